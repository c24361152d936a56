import cliProgress from 'cli-progress';
import type { Logger } from '../log.js';

/** Progress of one phase of a run: a bar with counts and ETA on a TTY, one line per item otherwise. */
export interface Progress {
  start(label: string, total: number): void;
  /** One item done; `line` is its status line for non-TTY output. */
  tick(line: string): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WritableStream, logger: Logger): Progress {
  const tty = (stream as NodeJS.WriteStream).isTTY === true;
  if (logger.quiet) return { start: () => {}, tick: () => {}, stop: () => {} };
  // With --verbose people want every line, which a redrawn bar would overwrite.
  if (!tty || logger.verbose) return { start: () => {}, tick: (line) => logger.info(line), stop: () => {} };
  let bar: cliProgress.SingleBar | undefined;
  return {
    start(label, total) {
      bar = new cliProgress.SingleBar(
        { stream, format: `${label} [{bar}] {value}/{total} · ETA {eta_formatted}`, hideCursor: true, clearOnComplete: true },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    tick() {
      bar?.increment();
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
