/**
 * Piscina worker of batch and merge runs: the pool tasks of tasks.ts, bound to the pool's
 * workerData or, on the threads a batch shares between its pools (workers.ts), to the pool data
 * each task carries, deserialised once per pool.
 */
import { workerData } from 'piscina';
import { taskHandlers } from './tasks.js';
import { moved } from './transfer.js';
import { isShared, sharedData, type SharedTask } from './workers.js';

type Handlers = ReturnType<typeof taskHandlers>;

const own = taskHandlers(workerData);
let bound: { key: number; handlers: Handlers } | undefined;

function unwrap<T>(input: T | SharedTask<T>): [Handlers, T] {
  if (!isShared(input)) return [own, input];
  if (bound?.key !== input.shared.key) bound = { key: input.shared.key, handlers: taskHandlers(sharedData(input.shared)) };
  return [bound.handlers, input.task];
}

type In<K extends keyof Handlers> = Parameters<Handlers[K]>[0] | SharedTask<Parameters<Handlers[K]>[0]>;

export const read = (input: In<'read'>) => {
  const [handlers, task] = unwrap(input);
  return handlers.read(task);
};
export const renderPortfolio = async (input: In<'renderPortfolio'>) => {
  const [handlers, task] = unwrap(input);
  return moved(await handlers.renderPortfolio(task));
};
export const render = async (input: In<'render'>) => {
  const [handlers, task] = unwrap(input);
  return moved(await handlers.render(task));
};
export const renderMember = async (input: In<'renderMember'>) => {
  const [handlers, task] = unwrap(input);
  return moved(await handlers.renderMember(task));
};
