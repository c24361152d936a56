import type { RunLine } from './api.js';

export interface RunState {
  id: string | null;
  status: 'idle' | 'running' | 'done' | 'failed';
  lines: RunLine[];
  error: string | null;
}

export const IDLE: RunState = { id: null, status: 'idle', lines: [], error: null };
