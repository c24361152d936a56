import type { Piscina } from 'piscina';
import type { TaskName } from './tasks.js';
import { WORKER, type SharedTask, type Workers } from './workers.js';

export interface PoolOptions<T, R> {
  jobs: number;
  /** What each worker thread is sent once (ReadPoolData or RenderPoolData). */
  workerData: unknown;
  /** What the tasks use instead when they run in this thread, where the run's objects need no serialising. __Default:__ `workerData`. */
  hereData?: unknown;
  /** Sees each task as it finishes: its output is written here, and not kept by the pool. */
  settled: (index: number, reply: R | Error) => void | Promise<void>;
  /** The run's threads (workers.ts), when it has several pools: used instead of starting threads of this pool's own. */
  workers?: Workers;
}

/**
 * Runs `tasks` through the task function `name` (one for all, or one per task) on up to `jobs`
 * worker threads (in this thread when one would do). `settled` sees each task as it finishes (to
 * write its output, for progress); a task that throws yields its error instead of a reply, so one
 * bad input never stops a run. When `settled` itself fails (an output cannot be written), the run
 * stops with that error and no later task is settled. Replies are not collected: a batch's PDFs
 * would otherwise all stay in memory until the end of the run.
 */
export async function runPool<T, R>(name: TaskName | ((task: T) => TaskName), tasks: readonly T[], options: PoolOptions<T, R>): Promise<void> {
  if (tasks.length === 0) return;
  const nameOf = typeof name === 'function' ? name : () => name;
  const threads = Math.max(1, Math.min(options.jobs, tasks.length));
  const { workers } = options;
  // A batch of one input would start the threads for nothing; once started, they serve every pool.
  if (workers && workers.threads > 1 && (threads > 1 || workers.started)) return runTasks(nameOf, tasks, options, await workers.pool(), workers.bind(options.workerData));
  if (threads === 1) return runHere(nameOf, tasks, options);
  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename: WORKER, minThreads: threads, maxThreads: threads, workerData: options.workerData });
  try {
    await runTasks(nameOf, tasks, options, pool);
  } finally {
    await pool.destroy();
  }
}

/** Every task on `pool`, each with the shared pool data `shared` when given. */
async function runTasks<T, R>(nameOf: (task: T) => TaskName, tasks: readonly T[], options: PoolOptions<T, R>, pool: Piscina, shared?: SharedTask<T>['shared']): Promise<void> {
  let stopped = false;
  await Promise.all(
    tasks.map(async (task, index) => {
      let reply: R | Error;
      try {
        reply = (await pool.run(shared ? ({ shared, task } satisfies SharedTask<T>) : task, { name: nameOf(task) })) as R;
      } catch (error) {
        reply = asError(error);
      }
      if (stopped) return;
      try {
        await options.settled(index, reply);
      } catch (error) {
        stopped = true;
        throw error;
      }
    }),
  );
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** One thread would only add its own start-up (loading exceljs, or pdfmake and the fonts, again): run the tasks here, in order. */
async function runHere<T, R>(nameOf: (task: T) => TaskName, tasks: readonly T[], options: PoolOptions<T, R>): Promise<void> {
  const { taskHandlers } = await import('./tasks.js');
  const handlers = taskHandlers(options.hereData ?? options.workerData);
  for (const [index, task] of tasks.entries()) {
    const handle = handlers[nameOf(task)] as unknown as (task: T) => Promise<R>;
    let reply: R | Error;
    try {
      reply = await handle(task);
    } catch (error) {
      reply = asError(error);
    }
    await options.settled(index, reply);
  }
}
