import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPO } from './test-helpers.js';

describe('the fixture generator', () => {
  it('writes the committed fixture workbooks byte for byte (its --check writes nothing)', async () => {
    const outcome = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(process.execPath, ['fixtures/generator/generate.mjs', '--check'], { cwd: REPO }, (error, _stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr }),
      );
    });
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
  });
});
