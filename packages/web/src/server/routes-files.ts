import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { clusterChart, type ClusterChart } from '@clusterlens/report';
import { LANGS, type Lang } from '@clusterlens/schema';
import { writeZip } from '@clusterlens/survey';
import type { AppContext } from './app.js';
import { MESSAGES } from '../messages/index.js';
import { sendFile } from './download.js';
import { pageIssue } from './issue-text.js';
import { refuse, requestLang } from './security.js';
import { knownFramework } from './toolkit.js';
import { readUpload } from './uploads.js';

const CHARTS: readonly ClusterChart[] = ['radar', 'dimensions', 'attainment'];
const isLang = (v: unknown): v is Lang => LANGS.includes(v as Lang);

/**
 * Downloads, all as attachments, each named by an id or index from the server's own lists
 * (never a path from the request): the template, an upload's annotated copy, a round's outputs,
 * its member reports as one zip; a cluster's charts as SVG images.
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
    // A link the browser follows carries no header of the page's language, so the page names it in the address.
    const asked = (request.query as { lang?: string }).lang;
    const lang = isLang(asked) ? asked : requestLang(request);
    const reading = upload && (await readUpload(ctx, upload, lang));
    if (!upload || !reading?.survey) return notFound(request, reply);
    const issues = reading.issues.map((i) => pageIssue(i, lang, session.names()));
    const data = await toolkit.annotate({ path: upload.path, name: upload.name }, issues, lang);
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
}
