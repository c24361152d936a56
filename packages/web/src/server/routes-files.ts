import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance } from 'fastify';
import { clusterChart, type ClusterChart } from '@clusterlens/report';
import { LANGS, parseJson, type Lang } from '@clusterlens/schema';
import { writeZip } from '@clusterlens/survey';
import type { AppContext } from './app.js';
import { MESSAGES } from '../messages/index.js';
import { sendFile } from './download.js';
import { refuse, requestLang } from './security.js';
import { knownFramework } from './toolkit.js';
import { uploadName } from './upload-name.js';

const CHARTS: readonly ClusterChart[] = ['radar', 'dimensions', 'attainment'];
const isLang = (v: unknown): v is Lang => LANGS.includes(v as Lang);

/**
 * Downloads, all as attachments, each named by an id or index from the server's own lists
 * (never a path from the request): the template, an upload's annotated copy, a round's outputs,
 * its member reports as one zip; a cluster's charts as SVG images; POST /api/baseline.
 */
export function fileRoutes(api: FastifyInstance, ctx: AppContext): void {
  const { session, toolkit } = ctx;
  const notFound = (request: Parameters<typeof requestLang>[0], reply: Parameters<typeof refuse>[0]) => refuse(reply, 404, 'not_found', MESSAGES[requestLang(request)].notFound);

  api.get('/template', async (request, reply) => {
    const q = request.query as { framework?: string; lang?: string; xlsform?: string };
    const framework = knownFramework(toolkit, q.framework);
    const lang = q.lang === 'both' || isLang(q.lang) ? q.lang : 'both';
    const xlsform = q.xlsform === '1';
    const data = await toolkit.template({ framework, lang, xlsform });
    return sendFile(reply, `${framework}-${xlsform ? 'xlsform' : 'survey'}-${lang}.xlsx`, data);
  });

  api.get('/uploads/:id/annotated', async (request, reply) => {
    const upload = session.uploads.get((request.params as { id: string }).id);
    if (!upload || !upload.survey) return notFound(request, reply);
    // A link the browser follows carries no header of the page's language, so the page names it in the address.
    const asked = (request.query as { lang?: string }).lang;
    const lang = isLang(asked) ? asked : requestLang(request);
    const data = await toolkit.annotate({ path: upload.path, name: upload.name }, upload.issues, lang);
    return sendFile(reply, upload.name.replace(/(\.[^.]*)?$/u, '-annotated$1'), data);
  });

  api.get('/runs/:id/outputs/:index', async (request, reply) => {
    const params = request.params as { id: string; index: string };
    const output = session.runs.get(params.id)?.outputs[Number(params.index)];
    if (!output) return notFound(request, reply);
    return sendFile(reply, basename(output.name), await readFile(output.path));
  });

  api.get('/runs/:id/members.zip', async (request, reply) => {
    const run = session.runs.get((request.params as { id: string }).id);
    if (!run || run.members.length === 0) return notFound(request, reply);
    const entries = await Promise.all(run.members.map(async (m) => ({ name: m.name.split(/[\\/]/u).join('/'), data: await readFile(m.path), method: 'store' as const })));
    return sendFile(reply, 'member-reports.zip', writeZip(entries));
  });

  api.get('/runs/:id/charts/:cluster/:chart', async (request, reply) => {
    const params = request.params as { id: string; cluster: string; chart: string };
    const result = session.runs.get(params.id)?.result;
    const cluster = result?.clusters[Number(params.cluster)];
    const chart = CHARTS.find((c) => `${c}.svg` === params.chart);
    const lang = (request.query as { lang?: string }).lang;
    if (!result || !cluster || !chart) return notFound(request, reply);
    const svg = clusterChart(result, cluster.id, chart, isLang(lang) ? lang : requestLang(request));
    if (svg === null) return notFound(request, reply);
    return reply.header('content-type', 'image/svg+xml; charset=utf-8').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'").send(svg);
  });

  api.post('/baseline', async (request, reply) => {
    const text = MESSAGES[requestLang(request)];
    const part = request.isMultipart() ? await request.file() : undefined;
    if (!part) return refuse(reply, 400, 'no_files', text.noFiles);
    const name = uploadName(part.filename);
    const { dir } = await session.folder('baseline');
    const path = join(dir, 'results.json');
    const out = createWriteStream(path);
    await pipeline(part.file, out);
    if (part.file.truncated || out.bytesWritten > ctx.limits.fileBytes) return refuse(reply, 413, 'file_too_large', text.tooLarge(name, ctx.limits.fileBytes / 1e6));
    // parseJson reads past the byte-order mark a results.json saved again in Windows Notepad starts with.
    const parsed = await parseJson(await readFile(path));
    const clusters = parsed.ok && typeof parsed.value === 'object' && parsed.value !== null ? (parsed.value as { clusters?: unknown }).clusters : undefined;
    if (!Array.isArray(clusters)) return refuse(reply, 400, 'baseline_invalid', text.baselineNotJson(name));
    session.baseline = { name, path };
    return { baseline: name };
  });
}
