import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext, Limits } from './app.js';
import { MESSAGES } from '../messages/index.js';
import { refuse, requestLang } from './security.js';
import type { Upload } from './session.js';
import { knownFramework } from './toolkit.js';
import { uploadName } from './upload-name.js';
import { freeName, readUpload, uploadRows } from './uploads.js';
import type { UploadsResponse } from '../schema/views.js';

/** Raised while a file streams in, once the request or the session has more bytes than it may. */
class OverBudget extends Error {
  constructor(readonly over: 'request' | 'session') {
    super(over);
  }
}

/** Counts the bytes of a request as they arrive and stops the stream at the first byte over either budget. */
function byteBudget(limits: Limits, sessionUsed: number): () => Transform {
  let received = 0;
  return () =>
    new Transform({
      transform(chunk: Buffer, _encoding, done) {
        received += chunk.length;
        if (received > limits.requestBytes) done(new OverBudget('request'));
        else if (sessionUsed + received > limits.sessionBytes) done(new OverBudget('session'));
        else done(null, chunk);
      },
    });
}

const megabytes = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** SHA-256 of the bytes that pass through, for telling the same file added twice. */
function hashing(): { stream: Transform; digest: () => string } {
  const hash = createHash('sha256');
  const stream = new Transform({ transform: (chunk: Buffer, _encoding, done) => (hash.update(chunk), done(null, chunk)) });
  return { stream, digest: () => hash.digest('hex') };
}

const frameworkOf = (ctx: AppContext, request: FastifyRequest) => {
  const asked = (request.query as { framework?: string }).framework;
  return asked === undefined ? undefined : knownFramework(ctx.toolkit, asked);
};

/**
 * POST /api/uploads (multipart, many files) ─▶ each file to its own folder ─▶ the toolkit's
 * validate (the CLI's reader and refusals) ─▶ its status and issues. A request over its byte
 * budget, or one that would take the session's uploads over theirs, keeps none of its files.
 * GET /api/uploads ─▶ every upload in the request's language (read again in it when it was read in another).
 * DELETE /api/uploads[/:id].
 */
export function uploadRoutes(api: FastifyInstance, ctx: AppContext): void {
  const { session, limits } = ctx;
  api.get('/uploads', async (request): Promise<UploadsResponse> => ({ uploads: await uploadRows(ctx, requestLang(request), frameworkOf(ctx, request)) }));

  api.post('/uploads', async (request, reply) => {
    const lang = requestLang(request);
    const text = MESSAGES[lang];
    if (!request.isMultipart()) return refuse(reply, 400, 'no_files', text.noFiles);
    const framework = knownFramework(ctx.toolkit, (request.query as { framework?: string }).framework);
    const added: Upload[] = [];
    const folders: string[] = [];
    const discard = () => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
    // A file refused as too large was not kept: it holds no room.
    const sessionUsed = [...session.uploads.values()].reduce((sum, u) => sum + (u.tooLarge ? 0 : u.size), 0);
    const counter = byteBudget(limits, sessionUsed);
    const taken = new Set([...session.uploads.values()].map((u) => u.name));
    for await (const part of request.files()) {
      if (session.uploads.size + added.length >= limits.files) {
        part.file.resume();
        await discard();
        return refuse(reply, 413, 'too_many_files', text.tooManyFiles(limits.files));
      }
      const { id, dir } = await session.folder('uploads');
      folders.push(dir);
      const given = uploadName(part.filename);
      const name = freeName(given, taken);
      taken.add(name);
      const path = join(dir, name);
      const out = createWriteStream(path);
      const hash = hashing();
      try {
        await pipeline(part.file, counter(), hash.stream, out);
      } catch (error) {
        if (!(error instanceof OverBudget)) throw error;
        part.file.resume();
        await discard();
        return error.over === 'request'
          ? refuse(reply, 413, 'request_too_large', text.requestTooLarge(megabytes(limits.requestBytes)))
          : refuse(reply, 413, 'session_full', text.sessionFull(megabytes(limits.sessionBytes), megabytes(sessionUsed)));
      }
      const size = out.bytesWritten;
      const tooLarge = part.file.truncated || size > limits.fileBytes;
      const upload: Upload = { id, name, path, size, tooLarge, readings: {}, ...(name !== given && { given }), ...(!tooLarge && { sha256: hash.digest() }) };
      if (tooLarge) await rm(path, { force: true });
      else await readUpload(ctx, upload, lang, framework);
      added.push(upload);
    }
    if (added.length === 0) return refuse(reply, 400, 'no_files', text.noFiles);
    for (const upload of added) session.uploads.set(upload.id, upload);
    return { uploads: await uploadRows(ctx, lang, framework, added) };
  });

  // A running round reads the uploads: they stay until it has finished.
  const busy = () => [...session.runs.values()].some((r) => r.status === 'running');
  api.delete('/uploads/:id', async (request, reply) => {
    if (busy()) return refuse(reply, 409, 'run_busy', MESSAGES[requestLang(request)].runBusy);
    const removed = await session.removeUpload((request.params as { id: string }).id);
    return removed ? { removed: true } : refuse(reply, 404, 'not_found', MESSAGES[requestLang(request)].notFound);
  });
  api.delete('/uploads', async (request, reply) => {
    if (busy()) return refuse(reply, 409, 'run_busy', MESSAGES[requestLang(request)].runBusy);
    for (const id of [...session.uploads.keys()]) await session.removeUpload(id);
    return { removed: true };
  });
}
