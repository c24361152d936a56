import { rmSync } from 'node:fs';

/**
 * The temporary files of writes in flight (writeFileAtomic), removed when Ctrl+C or a kill
 * ends the run, so an interrupted run leaves no `.<hex>.tmp` beside its outputs. The signal
 * then does what it would have done: ends the process, unless someone else listens for it
 * (`serve` stops gracefully on its own).
 */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function interrupted(signal: NodeJS.Signals): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
  for (const other of SIGNALS) process.off(other, interrupted);
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

/** Records a temporary file from now until `settled` is called with it. */
export function tempFileOpened(path: string): void {
  if (pending.size === 0) for (const signal of SIGNALS) process.on(signal, interrupted);
  pending.add(path);
}

/** The temporary file is gone (renamed into place or removed). */
export function tempFileSettled(path: string): void {
  pending.delete(path);
  if (pending.size === 0) for (const signal of SIGNALS) process.off(signal, interrupted);
}
