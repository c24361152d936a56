import { html } from 'htm/preact';
import { useState } from 'preact/hooks';
import type { ClusterView, ResultView, RunDetail } from './api.js';
import { IssuesTable } from './issues-table.js';
import { LangNote } from './lang-note.js';
import { respondentsOnly } from '@clusterlens/schema/rule-scope';
import type { PageCatalogue, PageLang } from './messages/index.js';
import { ScrollRegion } from './scroll-region.js';

const score = (v: number | null | undefined, t: PageCatalogue) => (v === null || v === undefined ? t.results.notScored : v.toFixed(1));
const signed = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v > 0 ? '+' : ''}${v.toFixed(1)}`);
// Up to two decimals without trailing zeros ("5.2", "≥ 3.5", "27.98"), as the reports print values.
const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 2, useGrouping: false });
const number = (v: number | null) => (v === null ? '—' : plain.format(v).replace('-', '\u2212'));
/** A rank, or a dash where fewer than two clusters have the score: a rank among one is none (as the PDF report says). */
const rank = (v: number | null | undefined, scored: number) => (v === null || v === undefined || scored < 2 ? '—' : String(v));
/** The region as the page's language writes it; a survey without the Chinese name gives only the English one. */
export const regionOf = (cluster: Pick<ClusterView, 'region' | 'regionZh'>, lang: PageLang) => (lang === 'zh' ? (cluster.regionZh ?? cluster.region) : cluster.region);
const scoredCount = (clusters: readonly ClusterView[], of: (c: ClusterView) => { score: number | null } | undefined) =>
  clusters.filter((c) => (of(c)?.score ?? null) !== null).length;

export function League({ view, t, lang }: { view: ResultView; t: PageCatalogue; lang: PageLang }) {
  const headline = (c: ClusterView) => c.indices.find((i) => i.id === view.headlineIndex) ?? c.indices[0];
  const rows = [...view.clusters].sort((a, b) => (headline(a)?.rank ?? 1e9) - (headline(b)?.rank ?? 1e9));
  const label = view.clusters[0] && headline(view.clusters[0])?.label[lang];
  const sensitive = rows.some((c) => headline(c)?.sensitivity);
  const interval = (c: ClusterView) => {
    const s = headline(c)?.sensitivity;
    return s && s.rankP5 !== null && s.rankP95 !== null ? `${s.rankP5}–${s.rankP95}` : '—';
  };
  return html`<section aria-labelledby="h-league">
    <h2 id="h-league">${t.results.league}</h2>
    <${ScrollRegion} label=${t.tableRegion(t.results.league)}><table>
      <thead><tr><th scope="col">${t.results.rank}</th><th scope="col">${t.results.clusterName}</th><th scope="col">${t.results.region}</th><th scope="col">${label ?? t.results.score}</th>${sensitive && html`<th scope="col">${t.results.rankInterval}</th>`}</tr></thead>
      <tbody>${rows.map((c) => html`<tr><td class="num">${rank(headline(c)?.rank, scoredCount(view.clusters, headline))}</td><th scope="row">${c.name[lang]}</th><td>${regionOf(c, lang)}</td><td class="num">${score(headline(c)?.score, t)}</td>${sensitive && html`<td class="num">${interval(c)}</td>`}</tr>`)}</tbody>
    </table></${ScrollRegion}>
  </section>`;
}

/** What the report's radar draws beside the cluster (radar-chart.ts), so that its alt text says no more. */
function radarLines(cluster: ClusterView) {
  const lastYear = cluster.dimensions.some((d) => (d.baseline?.previous ?? null) !== null) ? (cluster.baseline?.surveyYear ?? null) : null;
  return { peers: cluster.dimensions.some((d) => d.peerMedian !== null), lastYear };
}

/** What the peer median column holds, as the PDF report's indicator intro says it (indicators-section.ts). */
function peerNote(cluster: ClusterView, t: PageCatalogue): string {
  const of = t.results.peerMedianOf;
  if (cluster.peers && !cluster.peers.compared) return of.none(cluster.peers.minSize);
  const sentence = cluster.peers ? of.group : of.run;
  const counted = cluster.indicators.some((i) => i.peerMedian !== null && respondentsOnly(i.rule) !== undefined);
  return counted ? of.withCounts(sentence) : sentence;
}

/** “≥ 10” (“> 10” for a strict target) as the page's language writes it. */
const bound = (t: PageCatalogue, op: '>=' | '<=', target: number, strict = false): string => t.results.threshold(op === '>=' ? (strict ? '>' : '≥') : strict ? '<' : '≤', number(target));

export function ClusterDetail({ run, index, t, lang }: { run: RunDetail; index: number; t: PageCatalogue; lang: PageLang }) {
  const cluster = run.result!.clusters[index]!;
  const name = cluster.name[lang];
  const chart = (kind: string) => `/api/runs/${run.id}/charts/${index}/${kind}.svg?lang=${lang}`;
  const byDimension = cluster.dimensions.map((d) => ({ d, indicators: cluster.indicators.filter((i) => i.dimension === d.id) }));
  const all = run.result!.clusters;
  const respondents = cluster.respondents.count;
  const policyHeading = cluster.policy && t.results.policyHeading(cluster.policy.profile.label[lang], score(cluster.policy.score, t));
  // A count of members or a sum of their answers covers the respondents only, as the PDF report says beside the same figures.
  const amongNote = (i: ClusterView['indicators'][number]) => {
    const among = respondentsOnly(i.rule);
    return among && html`<span class="note under">${t.results.amongRespondents[among](respondents)}</span>`;
  };
  const measured = (indicatorId: string, value: number | null) => {
    const ind = cluster.indicators.find((i) => i.id === indicatorId);
    return value !== null && ind && respondentsOnly(ind.rule) === 'count' ? t.results.ofRespondents(number(value), respondents) : number(value);
  };
  return html`<section aria-labelledby="h-cluster">
    <h2 id="h-cluster">${name} <span class="note">${regionOf(cluster, lang)} · ${cluster.surveyYear} · ${t.results.respondents(respondents)}</span></h2>
    <h3>${t.results.scorecard}</h3>
    <${ScrollRegion} label=${t.tableRegion(t.results.scorecard)}><table>
      <thead><tr><th scope="col">${t.results.measure}</th><th scope="col">${t.results.score}</th><th scope="col">${t.results.rank}</th><th scope="col">${t.results.change}</th></tr></thead>
      <tbody>
        ${cluster.indices.map((i) => html`<tr class="index"><th scope="row">${i.label[lang]}</th><td class="num">${score(i.score, t)}</td><td class="num">${rank(i.rank, scoredCount(all, (c) => c.indices.find((x) => x.id === i.id)))}</td><td class="num">${signed(i.baseline?.change)}</td></tr>`)}
        ${cluster.dimensions.map((d) => html`<tr><th scope="row">${d.id} ${d.label[lang]}</th><td class="num">${score(d.score, t)}</td><td class="num">${rank(d.rank, scoredCount(all, (c) => c.dimensions.find((x) => x.id === d.id)))}</td><td class="num">${signed(d.baseline?.change)}</td></tr>`)}
      </tbody>
    </table></${ScrollRegion}>
    <h3>${t.results.charts}</h3>
    <div class="charts">
      ${cluster.dimensions.length >= 3 && html`<img src=${chart('radar')} alt=${t.results.radarAlt(name, radarLines(cluster))} />`}
      <img src=${chart('dimensions')} alt=${t.results.dimensionsAlt(name)} />
      ${cluster.policy && html`<img src=${chart('attainment')} alt=${t.results.attainmentAlt(name)} />`}
    </div>
    <h3>${t.results.indicators}</h3>
    <${ScrollRegion} label=${t.tableRegion(t.results.indicators)}><table>
      <thead><tr><th scope="col">${t.results.indicator}</th><th scope="col">${t.results.value}</th><th scope="col">${t.results.unit}</th><th scope="col">${t.results.score}</th><th scope="col">${t.results.peerMedian}</th><th scope="col">${t.results.status}</th></tr></thead>
      ${byDimension.map(
        ({ d, indicators }) => html`<tbody>
          <tr class="group"><th scope="rowgroup" colspan="6">${d.id} ${d.label[lang]}</th></tr>
          ${indicators.map((i) => html`<tr><th scope="row">${i.label[lang]}${amongNote(i)}</th><td class="num">${number(i.value)}</td><td>${i.unit[lang]}</td><td class="num">${score(i.score, t)}</td><td class="num">${number(i.peerMedian)}</td><td>${i.status === 'ok' ? t.results.statusOk : t.results.statusInsufficient}</td></tr>`)}
        </tbody>`,
      )}
    </table></${ScrollRegion}>
    <p class="note">${peerNote(cluster, t)}</p>
    ${cluster.policy &&
    html`<h3>${policyHeading}</h3>
      <${ScrollRegion} label=${t.tableRegion(policyHeading ?? '')}><table>
        <thead><tr><th scope="col">${t.results.priority}</th><th scope="col">${t.results.attainment}</th></tr></thead>
        <tbody>${cluster.policy.priorities.map((p) => html`<tr><th scope="row">${p.label[lang]}</th><td class="num">${score(p.attainment, t)}</td></tr>`)}</tbody>
      </table></${ScrollRegion}>
      <h3>${t.results.gaps}</h3>
      ${cluster.policy.gaps.length === 0
        ? html`<p>${t.results.noGaps}</p>`
        : html`<${ScrollRegion} label=${t.tableRegion(t.results.gaps)}><table>
            <thead><tr><th scope="col">${t.results.priority}</th><th scope="col">${t.results.indicator}</th><th scope="col">${t.results.value}</th><th scope="col">${t.results.target}</th><th scope="col">${t.results.recommendation}</th></tr></thead>
            <tbody>${cluster.policy.gaps.map((g) => html`<tr><td>${g.priorityLabel[lang]}</td><td>${g.indicatorLabel[lang]}</td><td class="num">${measured(g.indicator, g.value)}</td><td class="num">${bound(t, g.op, g.target, g.strict)}</td><td>${g.recommendation[lang]}</td></tr>`)}</tbody>
          </table></${ScrollRegion}>`}
      ${cluster.policy.priorities
        .flatMap((p) => p.targets)
        .filter((target) => target.reason === 'respondents_only')
        .map((target) => html`<p class="note">${t.results.targetRespondentsOnly(target.label[lang], bound(t, target.op, target.target, target.strict), measured(target.indicator, target.value), target.op === '<=')}</p>`)}`}
  </section>`;
}

/** The round's results: downloads, the league table, and one cluster at a time in detail. */
export function ResultsView({ run, t, lang }: { run: RunDetail | null; t: PageCatalogue; lang: PageLang }) {
  const [index, setIndex] = useState(0);
  if (!run?.result) return html`<p>${t.results.none}</p>`;
  const view = run.result;
  const count = (severity: string) => run.issues.filter((i) => i.severity === severity).length;
  return html`
    <section aria-labelledby="h-downloads">
      <h2 id="h-downloads">${t.results.downloads}</h2>
      <ul class="downloads">
        ${run.outputs.map((o) => html`<li><a href=${`/api/runs/${run.id}/outputs/${o.index}`} download>${o.name}</a></li>`)}
        ${run.members > 0 && html`<li><a href=${`/api/runs/${run.id}/members.zip`} download>${t.results.membersZip(run.members)}</a> <span class="note">${t.results.membersNote}</span></li>`}
      </ul>
      ${run.issues.length > 0 && html`<p><a href="#h-run-issues">${t.results.issuesSummary(count('error'), count('warning'), count('info'))}</a></p>`}
    </section>
    ${view.clusters.length > 1 && html`<${League} view=${view} t=${t} lang=${lang} />`}
    <label>${t.results.cluster}
      <select value=${String(index)} onChange=${(e: Event) => setIndex(Number((e.target as HTMLSelectElement).value))}>
        ${view.clusters.map((c, i) => html`<option value=${String(i)}>${c.name[lang]}</option>`)}
      </select>
    </label>
    <${ClusterDetail} run=${run} index=${Math.min(index, view.clusters.length - 1)} t=${t} lang=${lang} />
    <section aria-labelledby="h-run-issues">
      <h2 id="h-run-issues">${t.results.issues}</h2>
      <p>${t.results.issuesIntro}</p>
      <${LangNote} t=${t} lang=${lang} texts=${run.issues} />
      <${IssuesTable} issues=${run.issues} t=${t} lang=${lang} label=${t.results.issues} />
    </section>
  `;
}
