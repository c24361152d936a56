import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeFileStem, writeFileAtomic } from './files.js';

describe('safeFileStem', () => {
  it('keeps ordinary ids and strips path tricks', () => {
    expect(safeFileStem('zhili-kidswear')).toBe('zhili-kidswear');
    expect(safeFileStem('../../etc/passwd')).toBe('etc_passwd');
    expect(safeFileStem('a/b\\c:d')).toBe('a_b_c_d');
    expect(safeFileStem('...')).toBe('unnamed');
    expect(safeFileStem('织里童装')).toBe('织里童装');
  });
});

describe('writeFileAtomic', () => {
  it('creates the directory and leaves no temporary file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cl-'));
    const target = join(dir, 'sub', 'out.json');
    await writeFileAtomic(target, '{"a":1}');
    expect(await readFile(target, 'utf8')).toBe('{"a":1}');
    expect(await readdir(join(dir, 'sub'))).toEqual(['out.json']);
  });
});
