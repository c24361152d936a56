import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { parseJson, type Issue, type Lang } from '@clusterlens/schema';
import type { AppContext } from './app.js';
import { MESSAGES } from '../messages/index.js';
import { pageIssue } from './issue-text.js';
import { refuse, requestLang } from './security.js';
import type { CheckedFile } from './session.js';
import { knownFramework, SIDE_KINDS, type CheckedKind, type SideKind } from './toolkit.js';
import { uploadName } from './upload-name.js';
import { forgetReadings, uploadRows } from './uploads.js';
import type { SideFiles } from '../schema/views.js';

const isSide = (v: string): v is SideKind => (SIDE_KINDS as readonly string[]).includes(v);
const isChecked = (v: string): v is CheckedKind => isSide(v) || v === 'baseline';

/** The problems of a checked file in `lang`, asked of the toolkit once per language (its reader words them in one). */
async function problems(ctx: AppContext, kind: CheckedKind, file: CheckedFile, lang: Lang): Promise<Issue[]> {
  file.issues[lang] ??= await ctx.toolkit.check(kind, { path: file.path, name: file.name }, { lang });
  return file.issues[lang];
}

/** The side files in use and the latest refused one of each kind with why, in `lang`: only that file is marked, never the workbooks. */
export async function sideFiles(ctx: AppContext, lang: Lang): Promise<SideFiles> {
  const { session } = ctx;
  const names = session.names();
  const refused: SideFiles['refused'] = {};
  for (const [kind, file] of session.refused) {
    const found = (await problems(ctx, kind, file, lang)).map((i) => pageIssue(i, lang, names));
    refused[kind] = { name: file.name, issues: found };
  }
  const side: SideFiles['side'] = Object.fromEntries([...session.side].map(([kind, file]) => [kind, file.name]));
  if (session.baseline) side.baseline = session.baseline.name;
  return { side, refused };
}

/** The survey years a results.json holds (its schema was checked by the toolkit). */
async function surveyYears(path: string): Promise<number[]> {
  // parseJson reads past the byte-order mark a results.json saved again in Windows Notepad starts with.
  const parsed = await parseJson(await readFile(path));
  const clusters = parsed.ok ? (parsed.value as { clusters?: { surveyYear?: unknown }[] }).clusters : undefined;
  return [...new Set((clusters ?? []).map((c) => c.surveyYear).filter((y): y is number => typeof y === 'number'))].sort();
}

/**
 * POST /api/side/:kind (form | mapping | cluster | baseline) ─▶ the file checked on its own by the
 * toolkit, as a run would read it. Without error it is used (a side file: every upload is read
 * again with it; the baseline: a round may compare with it); with one it is not taken, and only
 * it is listed with its problems — the workbooks stay as they were read.
 * DELETE /api/side/:kind ─▶ stop using a side file · DELETE /api/side/:kind/refused ─▶ dismiss a refused one.
 */
export function sideRoutes(api: FastifyInstance, ctx: AppContext): void {
  const { session } = ctx;
  const answer = async (request: FastifyRequest) => {
    const lang = requestLang(request);
    const framework = knownFramework(ctx.toolkit, (request.query as { framework?: string }).framework);
    return { ...(await sideFiles(ctx, lang)), uploads: await uploadRows(ctx, lang, framework) };
  };

  api.post('/side/:kind', async (request, reply) => {
    const { kind } = request.params as { kind: string };
    const lang = requestLang(request);
    const text = MESSAGES[lang];
    if (!isChecked(kind)) return refuse(reply, 404, 'not_found', text.notFound);
    const part = request.isMultipart() ? await request.file() : undefined;
    if (!part) return refuse(reply, 400, 'no_files', text.noFiles);
    const name = uploadName(part.filename);
    const { dir } = await session.folder('side');
    const file: CheckedFile = { name, path: join(dir, name), issues: {} };
    const out = createWriteStream(file.path);
    await pipeline(part.file, out);
    if (part.file.truncated || out.bytesWritten > ctx.limits.fileBytes) {
      await session.discard(file);
      return refuse(reply, 413, 'file_too_large', text.tooLarge(name, ctx.limits.fileBytes / 1e6));
    }
    await session.discard(session.refused.get(kind));
    session.refused.delete(kind);
    if ((await problems(ctx, kind, file, lang)).some((i) => i.severity === 'error')) {
      session.refused.set(kind, file);
      return answer(request);
    }
    if (kind === 'baseline') {
      await session.discard(session.baseline);
      session.baseline = { ...file, years: await surveyYears(file.path) };
    } else {
      await session.discard(session.side.get(kind));
      session.side.set(kind, file);
      forgetReadings(ctx);
    }
    return answer(request);
  });

  api.delete('/side/:kind', async (request, reply) => {
    const { kind } = request.params as { kind: string };
    const old = isSide(kind) ? session.side.get(kind) : undefined;
    if (!isSide(kind) || !old) return refuse(reply, 404, 'not_found', MESSAGES[requestLang(request)].notFound);
    session.side.delete(kind);
    await session.discard(old);
    forgetReadings(ctx);
    return answer(request);
  });

  api.delete('/side/:kind/refused', async (request, reply) => {
    const { kind } = request.params as { kind: string };
    const old = isChecked(kind) ? session.refused.get(kind) : undefined;
    if (!isChecked(kind) || !old) return refuse(reply, 404, 'not_found', MESSAGES[requestLang(request)].notFound);
    session.refused.delete(kind);
    await session.discard(old);
    return answer(request);
  });
}
