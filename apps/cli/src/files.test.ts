import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError } from './exit.js';
import { safeFileName, safeFileNames, writeFileAtomic } from './files.js';
import { tempFolders } from './test-helpers.js';

const temp = tempFolders();
const bytes = (name: string) => Buffer.byteLength(name, 'utf8');
const hash8 = (id: string) => createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 8);
// A registered company name of 27 characters (81 bytes of UTF-8), as members of a Chinese cluster answer.
const FIRM = '湖州市织里镇童装产业园区智能制造示范企业股份有限公司';

describe('safeFileName', () => {
  it('keeps ordinary ids as they are', () => {
    expect(safeFileName('zhili-kidswear', { extension: '.pdf' })).toBe('zhili-kidswear.pdf');
    expect(safeFileName('织里童装')).toBe('织里童装');
    expect(safeFileName('ZL-001', { prefix: 'member-', extension: '.pdf' })).toBe('member-ZL-001.pdf');
  });

  it('strips path tricks and adds 8 hex digits of the SHA-256 of what it changed', () => {
    expect(safeFileName('../../etc/passwd')).toBe(`etc_passwd-${hash8('../../etc/passwd')}`);
    expect(safeFileName('a/b\\c:d')).toBe(`a_b_c_d-${hash8('a/b\\c:d')}`);
    expect(safeFileName('...')).toBe(`unnamed-${hash8('...')}`);
    expect(safeFileName('CON', { extension: '.pdf' })).toBe(`CON-${hash8('CON')}.pdf`);
  });

  it('keeps ids apart that clean up to the same text', () => {
    expect(safeFileName('a/b')).not.toBe(safeFileName('a:b'));
    expect(safeFileName('a/b')).not.toBe(safeFileName('a_b'));
  });

  it('gives ids that differ only in letter case names that differ beyond it, as a case-blind file system (Windows, macOS) needs', () => {
    const names = safeFileNames(['ZL-0005', 'zl-0005', 'ZL-0006'], { prefix: 'member-', extension: '.pdf' });
    expect([...names]).toEqual([
      ['ZL-0005', `member-ZL-0005-${hash8('ZL-0005')}.pdf`],
      ['zl-0005', `member-zl-0005-${hash8('zl-0005')}.pdf`],
      ['ZL-0006', 'member-ZL-0006.pdf'],
    ]);
    expect(new Set([...names.values()].map((n) => n.toLowerCase())).size).toBe(3);
  });

  it('cuts a long Chinese name to 200 bytes in all, at a character boundary, keeping the hash', () => {
    const long = `${FIRM.repeat(3)}第一分公司`;
    const other = `${FIRM.repeat(3)}第二分公司`;
    const name = safeFileName(long, { prefix: 'member-', extension: '.pdf' });
    // member- (7) + stem + - (1) + 8 hex + .pdf (4) ≤ 200 → stem ≤ 180 bytes = 60 characters of 3 bytes.
    expect(name).toBe(`member-${(FIRM.repeat(3)).slice(0, 60)}-${hash8(long)}.pdf`);
    expect(bytes(name)).toBe(7 + 180 + 1 + 8 + 4);
    expect(safeFileName(other, { prefix: 'member-', extension: '.pdf' })).not.toBe(name);
  });

  it('never splits a letter from its combining mark', () => {
    // q + U+0307 (dot above) has no precomposed form: 1 + 2 bytes. 191 bytes of room hold 63 of them
    // (189 bytes); cutting by code points would keep a 64th q without its dot.
    const dotted = 'q\u0307'.repeat(100);
    expect(safeFileName(dotted)).toBe(`${'q\u0307'.repeat(63)}-${hash8(dotted)}`);
  });
});

describe('writeFileAtomic', () => {
  it('creates the directory and leaves no temporary file behind', async () => {
    const dir = await temp();
    const target = join(dir, 'sub', 'out.json');
    await writeFileAtomic(target, '{"a":1}');
    expect(await readFile(target, 'utf8')).toBe('{"a":1}');
    expect(await readdir(join(dir, 'sub'))).toEqual(['out.json']);
  });

  it('fails with an OutputError naming the path and the reason, leaving nothing half-written', async () => {
    const dir = await temp();
    await mkdir(join(dir, 'results.json'));
    await writeFile(join(dir, 'file'), '');
    await expect(writeFileAtomic(join(dir, 'results.json'), '{}')).rejects.toEqual(new OutputError(join(dir, 'results.json'), 'EISDIR'));
    await expect(writeFileAtomic(join(dir, 'file', 'x.pdf'), '%PDF')).rejects.toMatchObject({ path: join(dir, 'file', 'x.pdf'), reason: 'EEXIST' });
    expect((await readdir(dir)).sort()).toEqual(['file', 'results.json']);
  });
});
