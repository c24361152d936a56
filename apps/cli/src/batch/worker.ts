/** Piscina worker of batch and merge runs: the pool tasks of tasks.ts, bound to the pool's workerData. */
import { workerData } from 'piscina';
import { taskHandlers } from './tasks.js';

const handlers = taskHandlers(workerData);

export const { read, render, renderMember } = handlers;
