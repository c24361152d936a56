import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore, type ResultStore } from './store.js';
import { buildResult } from './test-builder.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clusterlens-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function open(file: string): Promise<ResultStore> {
  const opened = await openStore(file);
  if (!opened.ok) throw new Error(opened.issues.map((i) => i.message).join('; '));
  return opened.store;
}

// Without turns inside the process, the second connection's BEGIN waits synchronously for the
// first one's lock, the first can never resume, and the record fails after the busy timeout.
it('two connections of one process recording into one SQLite file at once both succeed', async () => {
  const file = join(dir, 'shared.db');
  const [a, b] = [await open(file), await open(file)];
  try {
    const results = [1, 2].map((w) =>
      Array.from({ length: 5 }, (_, i) => buildResult([{ id: `w${w}-c${i}`, year: 2023, index: w * 10 + i }])),
    );
    await Promise.all([a, b].map(async (store, w) => {
      for (const result of results[w]!) await store.record(result);
    }));
    const clusters = await a.clusters();
    expect(clusters.map((c) => c.id).sort()).toEqual(
      ['w1-c0', 'w1-c1', 'w1-c2', 'w1-c3', 'w1-c4', 'w2-c0', 'w2-c1', 'w2-c2', 'w2-c3', 'w2-c4'],
    );
  } finally {
    await a.close();
    await b.close();
  }
});
