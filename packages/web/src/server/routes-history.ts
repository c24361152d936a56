import type { FastifyInstance, FastifyReply } from 'fastify';
import { historyChart, trendSparkline } from '@clusterlens/report';
import type { ClusterHistory, Lang } from '@clusterlens/schema';
import type { AppContext } from './app.js';
import { MESSAGES } from '../messages/index.js';
import { sideFiles } from './routes-side.js';
import { refuse, requestLang } from './security.js';
import type { Toolkit } from './toolkit.js';
import type { HistoryClusters, HistoryOfCluster, HistoryOfPortfolio } from '../schema/views.js';

/** An index as the framework that defines it names it; an id no framework names stays as it is. */
const nameIn = (toolkit: Toolkit, lang: Lang) => (id: string) => toolkit.frameworks.find((f) => f.names?.[id] !== undefined)?.names?.[id]?.[lang] ?? id;

const sendSvg = (reply: FastifyReply, svg: string) =>
  reply.header('content-type', 'image/svg+xml; charset=utf-8').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'").send(svg);

/**
 * GET /api/meta ─▶ the choices of a round (frameworks, policy profiles, whether a store is there, the side files)
 * GET /api/history/clusters · /api/history/clusters/:id · /api/history/portfolio ─▶ the store's
 * history queries (packages/store), opened per request and closed again.
 * GET /api/history/clusters/:id/chart.svg · /api/history/portfolio/:id/trend.svg ─▶ the
 * reports' history line chart and trend sparkline (packages/report), drawn from the same queries.
 */
export function historyRoutes(api: FastifyInstance, ctx: AppContext): void {
  const { toolkit, store, limits } = ctx;
  api.get('/meta', async (request) => ({
    frameworks: toolkit.frameworks,
    policies: toolkit.policies,
    store: store !== undefined,
    ...(await sideFiles(ctx, requestLang(request))),
    limits,
  }));

  // A SQLite store refuses a second opening while one is under way ("database is locked"), and the
  // page asks for the clusters and the portfolio at once: the server opens it for one request at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const turn = queue.then(work);
    queue = turn.catch(() => undefined);
    return turn;
  };
  const withStore = <T>(request: Parameters<typeof requestLang>[0], reply: Parameters<typeof refuse>[0], use: (s: import('@clusterlens/store').ResultStore) => Promise<T>) =>
    oneAtATime(() => openAndUse(request, reply, use));
  const openAndUse = async <T>(request: Parameters<typeof requestLang>[0], reply: Parameters<typeof refuse>[0], use: (s: import('@clusterlens/store').ResultStore) => Promise<T>) => {
    const lang = requestLang(request);
    if (store === undefined) return refuse(reply, 404, 'no_store', MESSAGES[lang].noStore);
    const { openStore } = await import('@clusterlens/store');
    const opened = await openStore(store, { lang });
    if (!opened.ok) return refuse(reply, 500, opened.issues[0]?.code ?? 'store_unavailable', opened.issues.map((i) => i.message).join('; '));
    try {
      return await use(opened.store);
    } finally {
      await opened.store.close();
    }
  };

  api.get('/history/clusters', (request, reply) => withStore(request, reply, async (s): Promise<HistoryClusters> => ({ clusters: await s.clusters() })));
  api.get('/history/clusters/:id', (request, reply) => withStore(request, reply, async (s): Promise<HistoryOfCluster> => ({ history: await s.history((request.params as { id: string }).id) })));
  const chartOf = (request: Parameters<typeof requestLang>[0], reply: FastifyReply, draw: (history: ClusterHistory, lang: Lang) => string | null) =>
    withStore(request, reply, async (s) => {
      // An <img> sends no language header: the page names it in the address.
      const asked = (request.query as { lang?: string }).lang;
      const lang = asked === 'zh' || asked === 'en' ? asked : requestLang(request);
      const svg = draw(await s.history((request.params as { id: string }).id), lang);
      return svg === null ? refuse(reply, 404, 'not_found', MESSAGES[lang].notFound) : sendSvg(reply, svg);
    });
  api.get('/history/clusters/:id/chart.svg', (request, reply) => chartOf(request, reply, (h, lang) => historyChart(h, lang, nameIn(toolkit, lang))));
  // The portfolio follows its headline index: the first index of the cluster's latest year.
  api.get('/history/portfolio/:id/trend.svg', (request, reply) => chartOf(request, reply, (h) => trendSparkline(h, h.years[h.years.length - 1]?.indices[0]?.id ?? '')));
  api.get('/history/portfolio', (request, reply) =>
    withStore(request, reply, async (s): Promise<HistoryOfPortfolio> => {
      const clusters = await s.clusters();
      return { histories: await s.portfolioHistory(clusters.map((c) => c.id)) };
    }),
  );
}
