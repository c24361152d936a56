import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { hostname, networkInterfaces } from 'node:os';
import type { Lang } from '@clusterlens/schema';
import { MESSAGES } from '../messages/index.js';
import { createApp, type Limits } from './app.js';
import { Session } from './session.js';
import type { Toolkit } from './toolkit.js';

export interface ServeOptions {
  toolkit: Toolkit;
  /** Port to listen on; 0 picks a free one. __Default:__ 8080. */
  port?: number;
  /** Address to listen on. __Default:__ `127.0.0.1`; any other requires the access token. */
  host?: string;
  store?: string;
  lang: Lang;
  limits?: Limits;
  /** Where the start lines go. */
  print: (line: string) => void;
}

export interface Served {
  /** The address to open, with the token when there is one. */
  url: string;
  token: string | undefined;
  app: FastifyInstance;
  /** Stops listening and removes the session's working folder. */
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const ALL_INTERFACES = new Set(['0.0.0.0', '::']);

/**
 * The names a browser may put in the Host header to reach this server. Bound to every interface,
 * people open it by any of the machine's addresses or its name, and by the address printed at
 * start; the token, not the Host, keeps others out. The Host check still stops DNS rebinding.
 */
export function hostNames(host: string, machine = { interfaces: networkInterfaces(), name: hostname() }): string[] {
  if (LOOPBACK.has(host)) return [...LOOPBACK];
  if (!ALL_INTERFACES.has(host)) return [host];
  const addresses = Object.values(machine.interfaces).flatMap((list) => (list ?? []).map((i) => i.address));
  return [...new Set([host, ...LOOPBACK, machine.name, ...addresses])];
}

/**
 * The Host headers of `names` on `port`: each name with the port, and without it, as a client
 * behind a proxy or on port 80 sends it. A name without its port is still this server's own name,
 * so the check keeps stopping DNS rebinding, which needs the attacker's name in the Host.
 */
export function hostHeaders(names: readonly string[], port: number): string[] {
  const bracketed = names.map((name) => (name.includes(':') && !name.startsWith('[') ? `[${name}]` : name).toLowerCase());
  return bracketed.flatMap((name) => [`${name}:${port}`, name]);
}

/**
 * Starts the local web application: one session folder, the guard, the routes, listening on
 * loopback unless told otherwise, and then only with a random token printed at start (as
 * notebook servers do).
 */
export async function startServer(options: ServeOptions): Promise<Served> {
  const host = options.host ?? '127.0.0.1';
  const exposed = !LOOPBACK.has(host);
  const token = exposed ? randomBytes(24).toString('base64url') : undefined;
  const session = await Session.open();
  const hosts = new Set<string>();
  const guard = { hosts, ...(token !== undefined && { token }) };
  const app = await createApp({ toolkit: options.toolkit, session, guard, ...(options.store !== undefined && { store: options.store }), ...(options.limits && { limits: options.limits }) });
  try {
    await app.listen({ port: options.port ?? 8080, host });
  } catch (error) {
    await session.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 8080);
  for (const header of hostHeaders(hostNames(host), port)) hosts.add(header);
  const shown = host.includes(':') ? `[${host}]` : host;
  const url = `http://${shown}:${port}/${token === undefined ? '' : `?token=${token}`}`;
  const text = MESSAGES[options.lang];
  options.print(text.listening(url));
  if (token !== undefined) options.print(text.tokenNote);
  let closed: Promise<void> | undefined;
  return {
    url,
    token,
    app,
    close: () => (closed ??= app.close().then(() => session.close())),
  };
}
