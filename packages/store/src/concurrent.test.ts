import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eachBackend } from './test-backends.js';
import { buildResult } from './test-builder.js';

const WRITER = fileURLToPath(new URL('./test-writer.mjs', import.meta.url));
const RUNS = 25;
const MEMBERS = 3;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clusterlens-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writer `w` records its own clusters and, each time, the cluster `shared` under one key. */
function writerResults(w: number) {
  const members = Array.from({ length: MEMBERS }, (_, m) => ({ id: `m${m}`, D1: w, D2: m }));
  return Array.from({ length: RUNS }, (_, i) =>
    buildResult([
      { id: `w${w}-c${i}`, year: 2023, index: i },
      { id: 'shared', year: 2023, index: w * 100 + i, members },
    ]),
  );
}

interface Writer {
  ready: Promise<void>;
  go(): void;
  exit: Promise<{ code: number | null; stderr: string }>;
}

function start(location: string, resultsFile: string): Writer {
  const child = spawn(process.execPath, [WRITER, location, resultsFile], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
  // A writer that fails to open never says ready; its exit then settles the wait.
  const ready = Promise.race([new Promise<void>((resolve) => child.stdout.once('data', () => resolve())), exit.then(() => undefined)]);
  return { ready, go: () => child.stdin.end('go\n'), exit };
}

eachBackend('two processes writing one store', (backend) => {
  it('take turns: every run is there once, the shared key once, the data intact', async () => {
    const location = await backend.location();
    const files = await Promise.all(
      [1, 2].map(async (w) => {
        const path = join(dir, `${backend.name}-writer-${w}.json`);
        await writeFile(path, JSON.stringify(writerResults(w)));
        return path;
      }),
    );
    // Both start on a store that does not exist yet, so they also race to create and migrate
    // it; then both record at once.
    const writers = files.map((f) => start(location, f));
    await Promise.all(writers.map((w) => w.ready));
    for (const writer of writers) writer.go();
    const exits = await Promise.all(writers.map((w) => w.exit));
    expect(exits).toEqual([
      { code: 0, stderr: '' },
      { code: 0, stderr: '' },
    ]);

    const store = await backend.open(location);
    const clusters = await store.clusters();
    expect(clusters).toHaveLength(2 * RUNS + 1);
    expect(clusters.find((c) => c.id === 'shared')?.runs).toHaveLength(1);
    // Whichever writer finished last left its last value for the shared key.
    const shared = await store.table({ clusters: ['shared'], levels: ['index'] });
    expect([[100 + RUNS - 1], [200 + RUNS - 1]]).toContainEqual(shared.map((r) => r.score));

    const raw = await backend.raw(location);
    if (raw.dialect === 'sqlite') {
      expect(await raw.all('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      expect(await raw.all('PRAGMA foreign_key_check')).toEqual([]);
    }
    expect(await raw.all('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM members')).toEqual([{ n: MEMBERS }]);
    expect(await raw.all('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM index_scores')).toEqual([{ n: 2 * RUNS + 1 }]);
  });
});
