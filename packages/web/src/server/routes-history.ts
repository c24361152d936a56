import type { FastifyInstance } from 'fastify';
import type { AppContext } from './app.js';
import { MESSAGES } from '../messages/index.js';
import { refuse, requestLang } from './security.js';

/**
 * GET /api/meta ─▶ the choices of a round (frameworks, policy profiles, whether a store is there)
 * GET /api/history/clusters · /api/history/clusters/:id · /api/history/portfolio ─▶ the store's
 * history queries (packages/store), opened per request and closed again.
 */
export function historyRoutes(api: FastifyInstance, ctx: AppContext): void {
  const { toolkit, session, store, limits } = ctx;
  api.get('/meta', async () => ({
    frameworks: toolkit.frameworks,
    policies: toolkit.policies,
    store: store !== undefined,
    baseline: session.baseline?.name ?? null,
    side: Object.fromEntries([...session.side].map(([kind, file]) => [kind, file.name])),
    limits,
  }));

  const withStore = async <T>(request: Parameters<typeof requestLang>[0], reply: Parameters<typeof refuse>[0], use: (s: import('@clusterlens/store').ResultStore) => Promise<T>) => {
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

  api.get('/history/clusters', (request, reply) => withStore(request, reply, async (s) => ({ clusters: await s.clusters() })));
  api.get('/history/clusters/:id', (request, reply) => withStore(request, reply, async (s) => ({ history: await s.history((request.params as { id: string }).id) })));
  api.get('/history/portfolio', (request, reply) =>
    withStore(request, reply, async (s) => {
      const clusters = await s.clusters();
      return { histories: await s.portfolioHistory(clusters.map((c) => c.id)) };
    }),
  );
}
