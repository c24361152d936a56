/**
 * Cluster profile: key facts, members by chain position (bars with counts and shares), how
 * much of the chain the respondents cover, and the specialisation figures when the result
 * has regional statistics, and members by headcount band when the result has them.
 */
import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces.js';
import type { RoleCount } from '@clusterlens/schema';
import { barChart, svgHeight, type BarRow } from './charts/bar-chart.js';
import { barData, chartFigure } from './charts/figure.js';
import { regionName, type ReportContext } from './context.js';
import { heading, minorHeading } from './heading.js';
import { COLOURS, CONTENT_WIDTH } from './theme.js';

// Thin rules between facts, no header row: a list of key/value pairs, not a data table.
const FACTS_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : 0.3),
  vLineWidth: () => 0,
  hLineColor: () => COLOURS.rule,
  paddingLeft: () => 0,
  paddingTop: () => 2.5,
  paddingBottom: () => 2.5,
};

function facts(ctx: ReportContext): TableCell[][] {
  const { cluster, f, m } = ctx;
  const r = cluster.respondents;
  const rows: [string, string][] = [
    [m.cover.region, regionName(cluster, ctx.lang)],
    [m.profile.industryCode, cluster.industryCode ?? m.dash],
    [m.cover.year, String(cluster.surveyYear)],
    [m.profile.respondents, f.integer(r.count)],
    [m.profile.population, r.population === null ? m.dash : f.integer(r.population)],
    [m.profile.responseRate, r.responseRate === null ? m.dash : f.share(r.responseRate)],
  ];
  const s = cluster.specialisation;
  if (s) {
    rows.push([m.profile.locationQuotient, s.locationQuotient === null ? m.dash : f.number(s.locationQuotient)]);
    if (s.hhi !== null) rows.push([m.profile.hhi, f.number(s.hhi * 10_000)]);
    const untested = ctx.cluster.peers && !ctx.cluster.peers.compared ? m.comparison.noPeerTest({ minSize: ctx.f.integer(ctx.cluster.peers.minSize) }) : null;
    if (s.strongCluster !== null) rows.push([m.profile.strongCluster, s.strongCluster ? m.profile.yes : m.profile.no]);
    else if (untested !== null && s.locationQuotient !== null) rows.push([m.profile.strongCluster, untested]);
    if (s.stars !== null) rows.push([m.profile.stars, `${'★'.repeat(s.stars)}${'☆'.repeat(3 - s.stars)}  ${m.profile.starsOf({ stars: String(s.stars) })}`]);
  }
  return rows.map(([k, v]) => [{ text: k, color: COLOURS.muted }, { text: v }]);
}

/** What the HHI rests on, from the number of revenues that entered it; none for a result that does not record it. */
function hhiBasis(ctx: ReportContext): Content[] {
  const { f, m } = ctx;
  const s = ctx.cluster.specialisation;
  const n = s?.hhiMembers;
  if (!s || s.hhi === null || n === undefined || n < 1) return [];
  return [{ text: m.profile.hhiBasis({ members: f.integer(n), floor: f.number(10_000 / n) }), style: 'small', margin: [0, -4, 0, 8] }];
}

/** Members per group as bar rows: count and share of all counted. */
function countRows(ctx: ReportContext, roles: readonly RoleCount[]): BarRow[] {
  const { f, lang, m } = ctx;
  const total = roles.reduce((n, r) => n + r.count, 0);
  return roles.map((r) => ({ label: r.label[lang], value: r.count, text: m.countShare({ count: f.integer(r.count), share: f.wholeShare(r.count / total) }) }));
}

/** Bars of members per group (chain position or size band); null when no member is counted. */
function countChart(ctx: ReportContext, roles: readonly RoleCount[]): string | null {
  const { m } = ctx;
  const total = roles.reduce((n, r) => n + r.count, 0);
  if (roles.length === 0 || total === 0) return null;
  return barChart({
    rows: countRows(ctx, roles),
    max: Math.max(...roles.map((r) => r.count)),
    width: CONTENT_WIDTH,
    missing: m.dash,
    labelWidth: 160,
  });
}

/** The chain-position bars; empty when no respondent has a chain role recorded. */
export function chainRoleChart(ctx: ReportContext): string | null {
  return countChart(ctx, ctx.cluster.respondents.byChainRole);
}

/** The size-band bars; empty when the result has no sizes. */
export function sizeChart(ctx: ReportContext): string | null {
  return countChart(ctx, ctx.cluster.respondents.bySize ?? []);
}

/** The cluster profile section. */
export function profileSection(ctx: ReportContext, number: number): Content[] {
  const { cluster, f, m, lang } = ctx;
  const roles = cluster.respondents.byChainRole;
  const present = roles.filter((r) => r.count > 0);
  const chart = chainRoleChart(ctx);
  const table: Content = { table: { widths: [210, '*'], body: facts(ctx) }, layout: FACTS_LAYOUT, style: 'table', margin: [0, 0, 0, 8] };
  const basis = hhiBasis(ctx);
  const out: Content[] = [
    heading(m.numbered({ number: String(number), title: m.headings.profile }), 1),
    // The facts fit on any page: with the HHI's note under them, one block, so the note never starts the next page alone.
    basis.length > 0 ? { stack: [table, ...basis], unbreakable: true } : table,
  ];
  if (chart) {
    out.push(
      minorHeading(m.profile.byRole),
      ...chartFigure(lang, { svg: chart, width: CONTENT_WIDTH, height: svgHeight(chart), margin: [0, 4, 0, 4] }, barData('bars', m.profile.byRole, [m.figure.chainPosition, m.figure.members], countRows(ctx, roles), m.dash)),
      { text: m.profile.coverage({ present: f.integer(present.length), total: f.integer(roles.length) }), style: 'small' },
    );
    const missing = roles.filter((r) => r.count === 0).map((r) => r.label[lang]);
    if (missing.length > 0) out.push({ text: m.profile.missingRoles({ list: m.joinList(missing) }), style: 'small' });
  }
  const sizes = sizeChart(ctx);
  if (sizes) {
    const note = ctx.result.framework.sizeBandsNote;
    // One block: the bands' note is a line, and alone it would make a page of its own.
    out.push({
      unbreakable: true,
      stack: [
        minorHeading(m.profile.bySize, { inUnbreakable: true }),
        ...chartFigure(lang, { svg: sizes, width: CONTENT_WIDTH, height: svgHeight(sizes), margin: [0, 4, 0, 4] }, barData('bars', m.profile.bySize, [m.figure.sizeBand, m.figure.members], countRows(ctx, cluster.respondents.bySize ?? []), m.dash)),
        ...(note ? [{ text: note[lang], style: 'small' }] : []),
      ],
    } as Content);
  }
  return out;
}
