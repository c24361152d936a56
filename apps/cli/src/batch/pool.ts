import type { TaskName } from './tasks.js';

const WORKER = new URL('./worker.js', import.meta.url).href;

/**
 * Runs `tasks` through the task function `name` on up to `jobs` worker threads (in this thread
 * when one would do) and returns the replies in task order. `settled` sees each task as it finishes (to write its
 * output, for progress); a task that throws yields its error instead of a reply, so one bad
 * input never stops a run. When `settled` itself fails (an output cannot be written), the run
 * stops with that error and no later task is settled.
 */
export async function runPool<T, R>(
  name: TaskName,
  tasks: readonly T[],
  options: { jobs: number; workerData: unknown; settled: (index: number, reply: R | Error) => void | Promise<void> },
): Promise<(R | Error)[]> {
  if (tasks.length === 0) return [];
  const threads = Math.max(1, Math.min(options.jobs, tasks.length));
  if (threads === 1) return runHere(name, tasks, options);
  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename: WORKER, name, minThreads: threads, maxThreads: threads, workerData: options.workerData });
  let stopped = false;
  try {
    return await Promise.all(
      tasks.map(async (task, index) => {
        let reply: R | Error;
        try {
          reply = (await pool.run(task)) as R;
        } catch (error) {
          reply = asError(error);
        }
        if (stopped) return reply;
        try {
          await options.settled(index, reply);
        } catch (error) {
          stopped = true;
          throw error;
        }
        return reply;
      }),
    );
  } finally {
    await pool.destroy();
  }
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/** One thread would only add its own start-up (loading exceljs, or pdfmake and the fonts, again): run the tasks here, in order. */
async function runHere<T, R>(name: TaskName, tasks: readonly T[], options: { workerData: unknown; settled: (index: number, reply: R | Error) => void | Promise<void> }): Promise<(R | Error)[]> {
  const { taskHandlers } = await import('./tasks.js');
  const handle = taskHandlers(options.workerData)[name] as unknown as (task: T) => Promise<R>;
  const replies: (R | Error)[] = [];
  for (const [index, task] of tasks.entries()) {
    let reply: R | Error;
    try {
      reply = await handle(task);
    } catch (error) {
      reply = asError(error);
    }
    await options.settled(index, reply);
    replies.push(reply);
  }
  return replies;
}
