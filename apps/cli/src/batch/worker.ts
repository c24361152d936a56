/** Piscina worker of batch and merge runs: the pool tasks of tasks.ts, bound to the pool's workerData. */
import { workerData } from 'piscina';
import { taskHandlers } from './tasks.js';
import { moved } from './transfer.js';

const handlers = taskHandlers(workerData);

export const { read } = handlers;
export const renderPortfolio = async (task: Parameters<typeof handlers.renderPortfolio>[0]) => moved(await handlers.renderPortfolio(task));
export const render = async (task: Parameters<typeof handlers.render>[0]) => moved(await handlers.render(task));
export const renderMember = async (task: Parameters<typeof handlers.renderMember>[0]) => moved(await handlers.renderMember(task));
