/**
 * Peers like me (the member's dimension scores against all members, its chain role and its
 * size band, each group only where it passes the group rules), its own change since last
 * year, and the policy profile's support measures open to its role and size.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { MemberResult, SupportMeasure } from '@clusterlens/schema';
import type { ReportContext } from '../context.js';
import { COLOURS, ZEBRA_LAYOUT, headerCell } from '../theme.js';
import { roleLabel, sizeLabel } from './member-position.js';
import { hiddenText } from './member-answers.js';
import { groupStat, type Group } from './privacy.js';

/** The median (middle half) of one dimension over one of the member's groups, or why it is not shown. */
function cell(ctx: ReportContext, group: Group, dimension: string, k: number): TableCell {
  const { f, m } = ctx;
  const band = groupStat(ctx, group, 'dimensions', dimension, k);
  if (typeof band === 'string') return { text: hiddenText(ctx, band, group.kind), alignment: 'right', color: COLOURS.muted, fontSize: 7.5 };
  return { text: `${f.score(band.median)}${m.inBrackets({ text: `${f.score(band.p25)}–${f.score(band.p75)}` })}`, alignment: 'right' };
}

/** The peers section: a row per dimension, median (middle half) per group. */
export function memberPeersSection(ctx: ReportContext, member: MemberResult, k: number): Content[] {
  const { f, m } = ctx;
  const t = m.member.peersTable;
  const body: TableCell[][] = [[headerCell(t.dimension), headerCell(t.yours, 'right'), headerCell(t.all, 'right'), headerCell(t.role, 'right'), headerCell(t.size, 'right')]];
  for (const dim of ctx.cluster.dimensions) {
    const own = member.dimensions.find((d) => d.id === dim.id)?.score ?? null;
    body.push([
      { text: ctx.nameOf(dim.id) },
      { text: own === null ? m.member.notScored : f.score(own), alignment: 'right', bold: true },
      cell(ctx, { kind: 'all', key: '' }, dim.id, k),
      cell(ctx, { kind: 'chainRole', key: member.chainRole }, dim.id, k),
      cell(ctx, { kind: 'sizeBand', key: member.sizeBand }, dim.id, k),
    ]);
  }
  return [
    { text: m.member.headings.peers, style: 'h1', margin: [0, 14, 0, 6] },
    { text: m.member.peersIntro({ k: f.integer(k), role: roleLabel(ctx, member), size: sizeLabel(ctx, member) }), style: 'small' },
    // Above the table, which may break: under it, the note was left alone at the top of the next page.
    { text: m.member.peersNote({ k: f.integer(k) }), style: 'note', margin: [0, 0, 0, 4] },
    { style: 'table', fontSize: 8.5, table: { headerRows: 1, dontBreakRows: true, widths: ['*', 44, 84, 84, 84], body }, layout: ZEBRA_LAYOUT },
  ];
}

/** The change section: only with a baseline; the member's own change per dimension and its stage then and now. */
export function memberChangeSection(ctx: ReportContext, member: MemberResult): Content[] {
  const { f, m } = ctx;
  const baseline = ctx.cluster.baseline;
  if (!baseline) return [];
  const heading: Content = { text: m.member.headings.change, style: 'h1', margin: [0, 14, 0, 6] };
  const change = member.change;
  if (!change) return [heading, { text: m.member.changeNone({ year: String(baseline.surveyYear) }), style: 'small' }];
  const t = m.member.changeTable;
  const body: TableCell[][] = [[headerCell(t.dimension), headerCell(t.before, 'right'), headerCell(t.now, 'right'), headerCell(t.change, 'right')]];
  for (const d of change.dimensions) {
    const now = member.dimensions.find((x) => x.id === d.id)?.score ?? null;
    body.push([{ text: ctx.nameOf(d.id) }, { text: f.score(d.before), alignment: 'right' }, { text: f.score(now), alignment: 'right', bold: true }, { text: d.delta === null ? m.dash : f.signed(d.delta), alignment: 'right' }]);
  }
  const stage = (s: number | null) => (s === null ? m.member.stageUnknown : f.integer(s));
  return [
    heading,
    { text: m.member.changeIntro({ year: String(change.baselineYear) }), style: 'small' },
    { style: 'table', table: { headerRows: 1, dontBreakRows: true, widths: ['*', 60, 60, 60], body }, layout: ZEBRA_LAYOUT },
    { text: m.member.changeStage({ before: stage(change.stageBefore), now: stage(member.integrationStage), year: String(change.baselineYear) }), style: 'small' },
  ];
}

/** Whether a support measure is open to the member (a condition on something it did not state does not hold). */
export function openTo(measure: SupportMeasure, member: MemberResult): boolean {
  const role = member.chainRole;
  if (measure.roles && (role === null || !measure.roles.includes(role))) return false;
  if (measure.excludeRoles && role !== null && measure.excludeRoles.includes(role)) return false;
  const band = member.sizeBand ?? null;
  return !measure.sizeBands || (band !== null && measure.sizeBands.includes(band));
}

/** The support measures of the policy profile open to the member. */
export function memberSupportSection(ctx: ReportContext, member: MemberResult): Content[] {
  const { m, lang } = ctx;
  const policy = ctx.cluster.policy;
  const open = (policy?.supportMeasures ?? []).filter((s) => openTo(s, member));
  if (!policy || open.length === 0) return [];
  return [
    { text: m.member.headings.support, style: 'h2' },
    { text: m.member.supportIntro({ profile: policy.profile.label[lang] }), style: 'small' },
    { ul: open.map((s) => ({ text: [{ text: `${s.label[lang]}${m.member.colon}`, bold: true }, s.description[lang]] })), style: 'body' },
  ];
}
