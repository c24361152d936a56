import type { Lang } from '@clusterlens/schema';
import { EXIT, ExitError } from '../exit.js';
import type { Logger } from '../log.js';
import { MESSAGES } from '../messages/index.js';
import { serveToolkit } from './serve-toolkit.js';

export interface ServeOptions {
  port: number;
  host?: string;
  /** Results store, resolved (absolute SQLite path or postgres://…). */
  store?: string;
  lang: Lang;
  jobs: number;
  minGroup: number;
}

/**
 * `clusterlens serve`: the local web application until Ctrl+C (SIGINT) or SIGTERM; then the
 * server stops and its working folder is removed. `stopped` ends the wait early (tests).
 */
export async function runServe(options: ServeOptions, logger: Logger, stopped?: Promise<void>): Promise<{ outputs: string[] }> {
  const { startServer } = await import('@clusterlens/web');
  const toolkit = await serveToolkit(options);
  let served;
  try {
    served = await startServer({
      toolkit,
      port: options.port,
      lang: options.lang,
      print: (line) => logger.error(line),
      ...(options.host !== undefined && { host: options.host }),
      ...(options.store !== undefined && { store: options.store }),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EADDRINUSE' && code !== 'EACCES' && code !== 'EADDRNOTAVAIL' && code !== 'ENOTFOUND') throw error;
    throw new ExitError(EXIT.usage, MESSAGES[options.lang].cannotListen(`${options.host ?? '127.0.0.1'}:${options.port}`, code), { issue: 'cannot_listen' });
  }
  let stop = () => {};
  await new Promise<void>((resolve) => {
    stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    void stopped?.then(stop);
  });
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  await served.close();
  return { outputs: [] };
}
