import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from './app.js';
import { MESSAGES } from '../messages/index.js';
import { readAgain, uploadView } from './routes-uploads.js';
import { refuse, requestLang } from './security.js';
import { SIDE_KINDS, type SideKind } from './toolkit.js';
import { uploadName } from './upload-name.js';

const isKind = (v: string): v is SideKind => (SIDE_KINDS as readonly string[]).includes(v);

/**
 * POST /api/side/:kind (form | mapping | cluster) · DELETE /api/side/:kind — the side files of
 * KoboToolbox / ODK exports and flat tables (`--form`, `--mapping`, `--cluster`). Every upload is
 * read again with the new side files, so its status always matches what a run would read.
 */
export function sideRoutes(api: FastifyInstance, ctx: AppContext): void {
  const { session } = ctx;
  const revalidate = async (request: FastifyRequest) => {
    const uploads = await readAgain(ctx, request);
    return { side: Object.fromEntries([...session.side].map(([k, f]) => [k, f.name])), uploads: uploads.map(uploadView) };
  };

  api.post('/side/:kind', async (request, reply) => {
    const { kind } = request.params as { kind: string };
    const text = MESSAGES[requestLang(request)];
    if (!isKind(kind)) return refuse(reply, 404, 'not_found', text.notFound);
    const part = request.isMultipart() ? await request.file() : undefined;
    if (!part) return refuse(reply, 400, 'no_files', text.noFiles);
    const name = uploadName(part.filename);
    const { dir } = await session.folder('side');
    const path = join(dir, name);
    const out = createWriteStream(path);
    await pipeline(part.file, out);
    if (part.file.truncated || out.bytesWritten > ctx.limits.fileBytes) return refuse(reply, 413, 'file_too_large', text.tooLarge(name, ctx.limits.fileBytes / 1e6));
    const old = session.side.get(kind);
    session.side.set(kind, { name, path });
    if (old) await rm(join(old.path, '..'), { recursive: true, force: true });
    return revalidate(request);
  });

  api.delete('/side/:kind', async (request, reply) => {
    const { kind } = request.params as { kind: string };
    const old = isKind(kind) ? session.side.get(kind) : undefined;
    if (!isKind(kind) || !old) return refuse(reply, 404, 'not_found', MESSAGES[requestLang(request)].notFound);
    session.side.delete(kind);
    await rm(join(old.path, '..'), { recursive: true, force: true });
    return revalidate(request);
  });
}
