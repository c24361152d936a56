import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import type { ClusterHistory, StoredCluster } from '@clusterlens/schema';
import { api, type HistoryClusters, type HistoryOfCluster, type HistoryOfPortfolio, type Meta } from './api.js';
import type { PageCatalogue, PageLang } from './messages/index.js';
import { ScrollRegion } from './scroll-region.js';

const score = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(1));
const signed = (v: number | null | undefined) => (v === null || v === undefined ? '' : ` (${v > 0 ? '+' : ''}${v.toFixed(1)})`);

function Series({ history, name, t, lang, names }: { history: ClusterHistory; name: string; t: PageCatalogue; lang: PageLang; names: (id: string) => string }) {
  const ids = [...new Set(history.years.flatMap((y) => [...y.indices, ...y.dimensions].map((p) => p.id)))];
  const first = history.years[0]?.surveyYear;
  const last = history.years[history.years.length - 1]?.surveyYear;
  // The report's chart, drawn by the server; the table under it is its data.
  const chart = `/api/history/clusters/${encodeURIComponent(history.cluster)}/chart.svg?lang=${lang}`;
  return html`<section aria-labelledby="h-series">
    <h2 id="h-series">${t.history.series(name)}</h2>
    ${history.years.length >= 2 && first !== undefined && last !== undefined && html`<div class="charts"><img class="wide" src=${chart} alt=${t.history.chartAlt(name, first, last)} /></div>`}
    <${ScrollRegion} label=${t.tableRegion(t.history.series(name))}><table>
      <thead><tr><th scope="col">${t.history.year}</th>${ids.map((id) => html`<th scope="col">${names(id)}</th>`)}</tr></thead>
      <tbody>
        ${history.years.map((y) => {
          const points = new Map([...y.indices, ...y.dimensions].map((p) => [p.id, p]));
          return html`<tr><th scope="row">${y.surveyYear}</th>${ids.map((id) => html`<td class="num">${score(points.get(id)?.score)}${signed(points.get(id)?.change)}</td>`)}</tr>`;
        })}
      </tbody>
    </table></${ScrollRegion}>
  </section>`;
}

/** With a store: the stored clusters, one cluster's time series, and the portfolio trend. */
export function HistoryView({ t, lang, meta }: { t: PageCatalogue; lang: PageLang; meta: Meta }) {
  const hasStore = meta.store;
  // A dimension reads "D3 Proximity efficiency", an index by its name; an id no framework names stays as it is.
  const names = (id: string) => {
    const framework = meta.frameworks.find((f) => f.names?.[id] !== undefined);
    const label = framework?.names?.[id]?.[lang];
    return label === undefined ? id : framework?.dimensions?.includes(id) ? `${id} ${label}` : label;
  };
  const [clusters, setClusters] = useState<StoredCluster[] | null>(null);
  const [portfolio, setPortfolio] = useState<ClusterHistory[]>([]);
  const [chosen, setChosen] = useState<{ id: string; history: ClusterHistory } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!hasStore) return;
    Promise.all([api<HistoryClusters>(lang, '/api/history/clusters'), api<HistoryOfPortfolio>(lang, '/api/history/portfolio')])
      .then(([c, p]) => (setClusters(c.clusters), setPortfolio(p.histories)))
      .catch((e: Error) => setError(e.message));
  }, [hasStore, lang]);
  if (!hasStore) return html`<p>${t.history.noStore}</p>`;
  if (error) return html`<p class="error" role="alert">${t.error(error)}</p>`;
  if (!clusters) return html`<p role="status">${t.loading}</p>`;
  if (clusters.length === 0) return html`<p>${t.history.empty}</p>`;
  const open = (id: string) => api<HistoryOfCluster>(lang, `/api/history/clusters/${encodeURIComponent(id)}`).then((h) => setChosen({ id, history: h.history }), (e: Error) => setError(e.message));
  const years = [...new Set(portfolio.flatMap((h) => h.years.map((y) => y.surveyYear)))].sort();
  const nameOf = (id: string) => clusters.find((c) => c.id === id)?.name[lang] ?? id;
  return html`
    <section aria-labelledby="h-stored">
      <h2 id="h-stored">${t.history.clusters}</h2>
      <ul class="clusters">
        ${clusters.map(
          (c) => html`<li>
            <button type="button" class="link" aria-label=${t.history.open(c.name[lang])} onClick=${() => void open(c.id)}>${c.name[lang]}</button>
            <span class="note">${c.region} · ${t.history.years([...new Set(c.runs.map((r) => r.surveyYear))].join(', '))}</span>
          </li>`,
        )}
      </ul>
    </section>
    ${chosen && html`<${Series} history=${chosen.history} name=${nameOf(chosen.id)} t=${t} lang=${lang} names=${names} />`}
    <section aria-labelledby="h-portfolio">
      <h2 id="h-portfolio">${t.history.portfolio}</h2>
      <p>${t.history.portfolioIntro}</p>
      <${ScrollRegion} label=${t.tableRegion(t.history.portfolio)}><table>
        <thead><tr><th scope="col">${t.results.clusterName}</th><th scope="col">${t.history.trend}</th>${years.map((y) => html`<th scope="col">${y}</th>`)}</tr></thead>
        <tbody>
          ${portfolio.map((h) => {
            const byYear = new Map(h.years.map((y) => [y.surveyYear, y.indices[0]]));
            const points = h.years.map((y) => `${y.surveyYear} ${score(y.indices[0]?.score)}`).join(lang === 'zh' ? '，' : ', ');
            const trend =
              h.years.length >= 2
                ? html`<img class="spark" src=${`/api/history/portfolio/${encodeURIComponent(h.cluster)}/trend.svg`} alt=${t.history.trendAlt(nameOf(h.cluster), points)} />`
                : html`<span class="note">${t.history.noTrend}</span>`;
            return html`<tr><th scope="row">${nameOf(h.cluster)}</th><td>${trend}</td>${years.map((y) => html`<td class="num">${score(byYear.get(y)?.score)}</td>`)}</tr>`;
          })}
        </tbody>
      </table></${ScrollRegion}>
    </section>
  `;
}
