import { Piscina } from 'piscina';

const WORKER = new URL('./worker.js', import.meta.url).href;

/**
 * Runs `tasks` through the worker's exported function `name` on up to `jobs` threads and
 * returns the replies in task order. `settled` sees each task as it finishes (for progress);
 * a task that throws yields its error instead of a reply, so one bad input never stops a run.
 */
export async function runPool<T, R>(
  name: 'read' | 'render' | 'renderMember',
  tasks: readonly T[],
  options: { jobs: number; workerData: unknown; settled: (index: number, reply: R | Error) => void },
): Promise<(R | Error)[]> {
  if (tasks.length === 0) return [];
  const threads = Math.max(1, Math.min(options.jobs, tasks.length));
  const pool = new Piscina({ filename: WORKER, name, minThreads: threads, maxThreads: threads, workerData: options.workerData });
  try {
    return await Promise.all(
      tasks.map(async (task, index) => {
        let reply: R | Error;
        try {
          reply = (await pool.run(task)) as R;
        } catch (error) {
          reply = error instanceof Error ? error : new Error(String(error));
        }
        options.settled(index, reply);
        return reply;
      }),
    );
  } finally {
    await pool.destroy();
  }
}
