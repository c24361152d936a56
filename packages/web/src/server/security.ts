import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '@clusterlens/schema';
import { MESSAGES } from '../messages/index.js';

export const TOKEN_COOKIE = 'clusterlens_token';

/** No inline script or style, nothing from another origin, no framing. */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface Guard {
  /** Host headers the server answers to (`127.0.0.1:8080`, `localhost:8080`, `localhost`, …). */
  hosts: ReadonlySet<string>;
  /** Required on every request when the server listens beyond loopback. */
  token?: string;
}

/** The language of a refusal: the page's choice, else the browser's. */
export function requestLang(request: FastifyRequest): Lang {
  const chosen = request.headers['x-clusterlens-lang'];
  if (chosen === 'zh' || chosen === 'en') return chosen;
  return /^zh\b/i.test(request.headers['accept-language'] ?? '') ? 'zh' : 'en';
}

export function refuse(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').send({ error: { code, message } });
}

const sameToken = (given: string | undefined, token: string): boolean => {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
};

function cookieToken(request: FastifyRequest): string | undefined {
  const cookie = request.headers.cookie ?? '';
  for (const part of cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === TOKEN_COOKIE) return value.join('=');
  }
  return undefined;
}

/**
 * Every request passes three checks before any route: its Host is one the server was started
 * for (DNS rebinding), a browser's Origin is the server's own and a request that changes
 * anything carries one (cross-site posts), and, beyond loopback, it carries the access token.
 * `/?token=…` trades the token for a same-site cookie and drops it from the address.
 */
export function installGuard(app: FastifyInstance, guard: Guard): void {
  app.addHook('onRequest', async (request, reply) => {
    const text = MESSAGES[requestLang(request)];
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    const host = request.headers.host ?? '';
    if (!guard.hosts.has(host.toLowerCase())) return refuse(reply, 403, 'forbidden_host', text.forbiddenHost(host));
    const origin = request.headers.origin;
    const changes = request.method !== 'GET' && request.method !== 'HEAD';
    if ((origin !== undefined && origin !== `http://${host}`) || (changes && origin === undefined) || request.headers['sec-fetch-site'] === 'cross-site') {
      return refuse(reply, 403, 'forbidden_origin', text.forbiddenOrigin(origin ?? '—'));
    }
    if (guard.token === undefined) return undefined;
    const query = (request.query as Record<string, unknown> | undefined)?.token;
    if (request.method === 'GET' && typeof query === 'string' && sameToken(query, guard.token)) {
      const path = request.url.split('?')[0] ?? '/';
      return reply
        .header('set-cookie', `${TOKEN_COOKIE}=${guard.token}; HttpOnly; SameSite=Strict; Path=/`)
        .redirect(path, 303);
    }
    const bearer = /^Bearer (.+)$/u.exec(request.headers.authorization ?? '')?.[1];
    if (sameToken(cookieToken(request), guard.token) || sameToken(bearer, guard.token)) return undefined;
    return refuse(reply, 401, 'token_required', text.tokenRequired);
  });
}
