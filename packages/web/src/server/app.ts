import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { DEFAULT_LIMITS } from '@clusterlens/survey';
import { MESSAGES } from '../messages/index.js';
import { pageRoutes } from './page-files.js';
import { historyRoutes } from './routes-history.js';
import { fileRoutes } from './routes-files.js';
import { runRoutes } from './routes-runs.js';
import { sideRoutes } from './routes-side.js';
import { uploadRoutes } from './routes-uploads.js';
import { installGuard, refuse, requestLang, type Guard } from './security.js';
import type { Session } from './session.js';
import type { Toolkit } from './toolkit.js';
import { validationText } from './validation-text.js';

export interface Limits {
  /** Largest upload, in bytes: the survey reader's own limit. */
  fileBytes: number;
  /** Files a round may hold. */
  files: number;
  /** Bytes one upload request may bring, all its files together. */
  requestBytes: number;
  /** Bytes the session's uploads may hold at once: the working folder never grows past it. */
  sessionBytes: number;
}

// Five workbooks at the reader's limit in one request, a gigabyte in all: far above 300 members' returns, far below a full disk.
export const DEFAULT_WEB_LIMITS: Limits = { fileBytes: DEFAULT_LIMITS.maxFileBytes, files: 300, requestBytes: 5 * DEFAULT_LIMITS.maxFileBytes, sessionBytes: 1e9 };

export interface AppOptions {
  toolkit: Toolkit;
  session: Session;
  guard: Guard;
  /** Results store (SQLite file or postgres://…) for history and for runs recorded in it. */
  store?: string;
  limits?: Limits;
  /** Folder of the built page; the package's own build by default. */
  pageDir?: string;
}

/** Everything a route needs. */
export interface AppContext {
  toolkit: Toolkit;
  session: Session;
  store: string | undefined;
  limits: Limits;
}

const builtPage = fileURLToPath(new URL('../page/', import.meta.url));

/**
 *   request ──guard (Host, Origin, token; CSP)──▶ /api/… routes ──▶ toolkit (validate, template, assess)
 *                                                └─▶ the built page (static files)
 */
export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const limits = options.limits ?? DEFAULT_WEB_LIMITS;
  // Unknown fields are refused, not silently dropped: a request says exactly what it means.
  const app = Fastify({ logger: false, bodyLimit: 1_000_000, ajv: { customOptions: { removeAdditional: false } } });
  installGuard(app, options.guard);
  // Set before the routes are registered: each plugin keeps the handler it was registered under.
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const text = MESSAGES[requestLang(request)];
    if (error.code === 'FST_FILES_LIMIT' || error.code === 'FST_PARTS_LIMIT') return refuse(reply, 413, 'too_many_files', text.tooManyFiles(limits.files));
    if (error.validation?.[0]) return refuse(reply, 400, 'bad_request', validationText(error.validation[0], request.routeOptions.schema?.[error.validationContext ?? 'body'], text));
    if (error.statusCode !== undefined && error.statusCode < 500) return refuse(reply, error.statusCode, 'bad_request', text.badRequest(error.message));
    request.log.error(error);
    process.stderr.write(`${error.stack ?? error.message}\n`);
    return refuse(reply, 500, 'internal', text.internal);
  });
  // One more byte than the reader accepts, so an oversize file is told apart from one at the limit.
  // An oversize file is marked truncated, not thrown, so each route refuses it by name (an upload keeps the files beside it).
  await app.register(multipart, { limits: { fileSize: limits.fileBytes + 1, files: limits.files, fields: 0, parts: limits.files }, throwFileSizeLimit: false });
  const context: AppContext = { toolkit: options.toolkit, session: options.session, store: options.store, limits };
  await app.register(async (api) => {
    uploadRoutes(api, context);
    runRoutes(api, context);
    sideRoutes(api, context);
    fileRoutes(api, context);
    historyRoutes(api, context);
  }, { prefix: '/api' });
  const pageDir = options.pageDir ?? builtPage;
  if (existsSync(pageDir)) await pageRoutes(app, pageDir);
  app.setNotFoundHandler((request, reply) => refuse(reply, 404, 'not_found', MESSAGES[requestLang(request)].notFound));
  return app;
}
