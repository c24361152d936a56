/**
 * One set of worker threads for a whole batch: the read pool and the render pools of a run take
 * turns on it, instead of each starting (and loading modules in) threads of its own. A pool's
 * data (ReadPoolData or RenderPoolData), which a pool of its own would get as workerData, goes to
 * the threads as one shared, serialised copy that each thread deserialises once, on its first
 * task of that pool.
 */
import { deserialize, serialize } from 'node:v8';
import type { Piscina } from 'piscina';

/** The worker file of every pool of batch and merge runs (worker.ts). */
export const WORKER = new URL('./worker.js', import.meta.url).href;

/** A task of a shared pool: the task itself and the pool data it runs with. */
export interface SharedTask<T> {
  shared: { key: number; data: SharedArrayBuffer };
  task: T;
}

export const isShared = <T>(input: T | SharedTask<T>): input is SharedTask<T> => typeof input === 'object' && input !== null && 'shared' in input;

/** The pool data of a shared task, as its pool gave it (structured-cloned, as workerData would be). */
export const sharedData = (shared: SharedTask<unknown>['shared']): unknown => deserialize(new Uint8Array(shared.data));

export interface Workers {
  readonly threads: number;
  /** Whether the threads have been started. */
  readonly started: boolean;
  /** The threads, started on first use. */
  pool(): Promise<Piscina>;
  /** Binds `data` for the tasks of one pool. */
  bind(data: unknown): SharedTask<never>['shared'];
  close(): Promise<void>;
}

let keys = 0;

/** Up to `threads` worker threads, started when a pool first needs them; `close` ends them. */
export function openWorkers(threads: number): Workers {
  let started: Promise<Piscina> | undefined;
  return {
    threads,
    get started() {
      return started !== undefined;
    },
    pool() {
      started ??= import('piscina').then(({ Piscina }) => new Piscina({ filename: WORKER, minThreads: threads, maxThreads: threads }));
      return started;
    },
    bind(data) {
      const bytes = serialize(data);
      const shared = new SharedArrayBuffer(bytes.byteLength);
      new Uint8Array(shared).set(bytes);
      keys += 1;
      return { key: keys, data: shared };
    },
    async close() {
      if (started) await (await started).destroy();
    },
  };
}
