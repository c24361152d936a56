import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFileOpened, tempFileSettled } from './temp-files.js';
import { tempFolders } from './test-helpers.js';

const temp = tempFolders();

describe('temporary files of writes in flight', () => {
  it('are removed when the run is interrupted, and only they', async () => {
    const dir = await temp();
    const [inFlight, done, output] = ['.0123456789ab.tmp', '.ba9876543210.tmp', 'results.json'].map((name) => join(dir, name));
    for (const path of [inFlight!, done!, output!]) await writeFile(path, 'x');
    const before = process.listenerCount('SIGINT');
    tempFileOpened(inFlight!);
    tempFileOpened(done!);
    tempFileSettled(done!);
    // A listener of our own (as serve has) keeps the signal from ending this test process.
    const ours = () => {};
    process.on('SIGINT', ours);
    try {
      process.emit('SIGINT', 'SIGINT');
    } finally {
      process.off('SIGINT', ours);
    }
    expect([existsSync(inFlight!), existsSync(done!), existsSync(output!)]).toEqual([false, true, true]);
    expect(process.listenerCount('SIGINT')).toBe(before);
  });

  it('listen for signals only while a write is in flight', () => {
    const before = process.listenerCount('SIGTERM');
    tempFileOpened('/nonexistent/.aaaaaaaaaaaa.tmp');
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    tempFileSettled('/nonexistent/.aaaaaaaaaaaa.tmp');
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});
