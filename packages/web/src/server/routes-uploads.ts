import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Issue } from '@clusterlens/schema';
import type { AppContext, Limits } from './app.js';
import { MESSAGES } from '../messages/index.js';
import { refuse, requestLang } from './security.js';
import type { Upload } from './session.js';
import { knownFramework } from './toolkit.js';
import { uploadName } from './upload-name.js';
import type { UploadRow } from '../schema/views.js';

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

/** What the page sees of an upload: never its path. */
export const uploadView = ({ id, name, size, survey, ok, issues }: Upload): UploadRow => ({ id, name, size, survey, ok, issues });

/** Reads every upload again (after a side file or the language changed), in the request's language. */
export async function readAgain(ctx: AppContext, request: FastifyRequest): Promise<Upload[]> {
  const { session, toolkit } = ctx;
  const lang = requestLang(request);
  const framework = knownFramework(toolkit, (request.query as { framework?: string }).framework);
  for (const upload of session.uploads.values()) {
    if (upload.issues.some((i) => i.code === 'file_too_large')) {
      const text = MESSAGES[lang];
      upload.issues = upload.issues.map((i) => ({ ...i, message: text.tooLarge(upload.name, ctx.limits.fileBytes / 1e6) }));
    } else Object.assign(upload, await toolkit.validate({ path: upload.path, name: upload.name }, { lang, framework, input: session.input() }));
  }
  return [...session.uploads.values()];
}

/**
 * POST /api/uploads/read-again ─▶ every upload read again in the request's language.
 * POST /api/uploads (multipart, many files) ─▶ each file to its own folder ─▶ the toolkit's
 * validate (the CLI's reader and refusals) ─▶ its status and issues. A request over its byte
 * budget, or one that would take the session's uploads over theirs, keeps none of its files.
 * GET /api/uploads, DELETE /api/uploads[/:id].
 */
export function uploadRoutes(api: FastifyInstance, ctx: AppContext): void {
  const { session, toolkit, limits } = ctx;
  api.get('/uploads', async () => ({ uploads: [...session.uploads.values()].map(uploadView) }));

  api.post('/uploads', async (request, reply) => {
    const lang = requestLang(request);
    const text = MESSAGES[lang];
    if (!request.isMultipart()) return refuse(reply, 400, 'no_files', text.noFiles);
    const framework = knownFramework(toolkit, (request.query as { framework?: string }).framework);
    const added: Upload[] = [];
    const folders: string[] = [];
    const discard = () => Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
    // A file refused as too large was not kept: it holds no room.
    const sessionUsed = [...session.uploads.values()].reduce((sum, u) => sum + (u.issues.some((i) => i.code === 'file_too_large') ? 0 : u.size), 0);
    const counter = byteBudget(limits, sessionUsed);
    for await (const part of request.files()) {
      if (session.uploads.size + added.length >= limits.files) {
        part.file.resume();
        await discard();
        return refuse(reply, 413, 'too_many_files', text.tooManyFiles(limits.files));
      }
      const { id, dir } = await session.folder('uploads');
      folders.push(dir);
      const name = uploadName(part.filename);
      const path = join(dir, name);
      const out = createWriteStream(path);
      try {
        await pipeline(part.file, counter(), out);
      } catch (error) {
        if (!(error instanceof OverBudget)) throw error;
        part.file.resume();
        await discard();
        return error.over === 'request'
          ? refuse(reply, 413, 'request_too_large', text.requestTooLarge(megabytes(limits.requestBytes)))
          : refuse(reply, 413, 'session_full', text.sessionFull(megabytes(limits.sessionBytes), megabytes(sessionUsed)));
      }
      const size = out.bytesWritten;
      const upload: Upload = { id, name, path, size, survey: false, ok: false, issues: [] };
      if (part.file.truncated || size > limits.fileBytes) {
        const issue: Issue = { severity: 'error', code: 'file_too_large', file: name, message: text.tooLarge(name, limits.fileBytes / 1e6) };
        upload.issues = [issue];
        await rm(path, { force: true });
      } else Object.assign(upload, await toolkit.validate({ path, name }, { lang, framework, input: session.input() }));
      added.push(upload);
    }
    if (added.length === 0) return refuse(reply, 400, 'no_files', text.noFiles);
    for (const upload of added) session.uploads.set(upload.id, upload);
    return { uploads: added.map(uploadView) };
  });

  api.post('/uploads/read-again', async (request) => ({ uploads: (await readAgain(ctx, request)).map(uploadView) }));

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
