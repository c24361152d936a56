/**
 * Answer by answer: for each member-level indicator the member answered, its own value, the
 * cluster's median and middle half, the medians of its chain role and size band (where those
 * groups pass the group rules; for a yes/no answer the shares of yes, where they would not
 * reveal how the other members answered) and where it stands; then the questions it skipped, with what
 * they would have shown. A manager sees which answers drove a low dimension score.
 */
import type { Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces.js';
import type { IndicatorResult, MemberIndicatorValue, MemberResult } from '@clusterlens/schema';
import type { ReportContext } from '../context.js';
import { COLOURS, ZEBRA_LAYOUT, headerCell } from '../theme.js';
import { groupBand, groupStat, yesShares, type Group, type GroupBand, type Hidden, type Share } from './privacy.js';

const isYesNo = (ind: IndicatorResult) => ind.rule.method === 'share_yes';

/** Why a group's figure (a share of yes, or else quartiles) is not shown, in a table cell: too small, withheld, or the member's group not given. */
export function hiddenText(ctx: ReportContext, why: Hidden, kind: Group['kind'], share = false): string {
  const { m } = ctx;
  if (why === 'unknown') return kind === 'sizeBand' ? m.member.sizeUnknown : m.member.roleUnknown;
  if (why === 'small') return m.member.groupTooSmall;
  return share ? m.member.shareReveals : m.member.figureWithheld;
}

/** "47 (35–60)". */
export function bandText(ctx: ReportContext, ind: IndicatorResult, band: GroupBand, withRange: boolean): string {
  const { f, m } = ctx;
  const median = f.brief(band.median, ind.unit);
  return withRange ? `${median}${m.inBrackets({ text: `${f.number(band.p25)}–${f.number(band.p75)}` })}` : median;
}

/** "62% yes", or why the share is not shown. */
export function shareText(ctx: ReportContext, share: Share, kind: Group['kind']): string {
  const { f, m } = ctx;
  if (!share.shown) return hiddenText(ctx, share.why, kind, true);
  return m.member.yesShare({ share: f.wholeShare(share.share / 100) });
}

/** "As 62% of members": the share of all members who answered as the member did. */
function sameAs(ctx: ReportContext, value: number, all: Share): string {
  if (!all.shown) return ctx.m.dash;
  return ctx.m.member.standing.sameAs({ share: ctx.f.wholeShare((value >= 50 ? all.share : 100 - all.share) / 100) });
}

/** Where the member's value stands in the cluster's middle half, the better side by the indicator's direction. */
export function standing(ctx: ReportContext, ind: IndicatorResult, value: number, band: GroupBand | null): string {
  const s = ctx.m.member.standing;
  if (!band) return ctx.m.dash;
  const side = value < band.p25 ? -1 : value > band.p75 ? 1 : 0;
  return side === 0 ? s.typical : side * ind.direction > 0 ? s.strong : s.weak;
}

/** The member-level indicators of the cluster, in framework order, with the member's own entry. */
function ownIndicators(ctx: ReportContext, member: MemberResult): { ind: IndicatorResult; value: number | null; own: MemberIndicatorValue }[] {
  const own = new Map((member.indicators ?? []).map((x) => [x.id, x]));
  return ctx.cluster.indicators.flatMap((ind) => {
    const entry = own.get(ind.id);
    return entry ? [{ ind, value: entry.value, own: entry }] : [];
  });
}

interface GroupCell {
  text: string;
  shown: boolean;
}

/** The all, role and size cells (each with whether it shows a figure) and the standing text of one answer. */
function groupCells(ctx: ReportContext, member: MemberResult, ind: IndicatorResult, value: number, k: number): [GroupCell, GroupCell, GroupCell, string] {
  if (isYesNo(ind)) {
    const { all, role, size } = yesShares(ctx, member, ind.id, k);
    const cell = (s: Share, kind: Group['kind']): GroupCell => ({ text: shareText(ctx, s, kind), shown: s.shown });
    return [cell(all, 'all'), cell(role, 'chainRole'), cell(size, 'sizeBand'), sameAs(ctx, value, all)];
  }
  const cell = (group: Group, withRange: boolean): GroupCell => {
    const stat = groupStat(ctx, group, 'indicators', ind.id, k);
    return typeof stat === 'string' ? { text: hiddenText(ctx, stat, group.kind), shown: false } : { text: bandText(ctx, ind, stat, withRange), shown: true };
  };
  const all = groupBand(ctx, { kind: 'all', key: '' }, 'indicators', ind.id, k);
  return [
    cell({ kind: 'all', key: '' }, true),
    cell({ kind: 'chainRole', key: member.chainRole }, false),
    cell({ kind: 'sizeBand', key: member.sizeBand }, false),
    standing(ctx, ind, value, all),
  ];
}

function row(ctx: ReportContext, member: MemberResult, ind: IndicatorResult, value: number, k: number): TableCell[] {
  const { f, m, lang } = ctx;
  const own = isYesNo(ind) ? (value >= 50 ? m.member.yes : m.member.no) : f.brief(value, ind.unit);
  const [all, role, size, stand] = groupCells(ctx, member, ind, value, k);
  const figure = (cell: GroupCell): TableCell => ({ text: cell.text, alignment: 'right', ...(cell.shown ? {} : { color: COLOURS.muted, fontSize: 7.5 }) });
  return [
    { text: f.unitApart(ind.label, ind.unit) && !isYesNo(ind) ? m.withUnit({ label: ind.label[lang], unit: ind.unit[lang] }) : ind.label[lang] },
    { text: own, alignment: 'right', bold: true },
    figure(all),
    figure(role),
    figure(size),
    { text: stand },
  ];
}

// Column widths of the answers table; a dimension's first row repeats them in a table of its own.
// A new array for every table: pdfmake rewrites a table's widths in place while it lays it out,
// so one shared array would carry the first render's widths into every later report of a process.
const widths = (): (string | number)[] => ['*', 62, 76, 58, 58, 66];
const COLUMNS = widths().length;
// ZEBRA_LAYOUT's cell padding, which the inner table takes over from the cell it fills.
const PAD_X = 5;
const PAD_Y = 3.5;
const INNER_LAYOUT: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => PAD_X,
  paddingRight: () => PAD_X,
  paddingTop: (i) => (i === 0 ? 0 : PAD_Y),
  paddingBottom: (i) => (i === 0 ? PAD_Y : 0),
};

/**
 * The first row of a dimension with the dimension's name above it, in one row: rows are never
 * broken (`dontBreakRows`), so the name cannot stay at a page foot without its first answer.
 * The row is one cell across the table holding a table of the same columns (the name's row,
 * then the answer's), set over the cell's padding so that its columns line up with the others.
 */
function underGroup(name: string, cells: TableCell[]): TableCell[] {
  const inner: TableCell = {
    colSpan: COLUMNS,
    table: { widths: widths(), body: [[{ text: name, colSpan: COLUMNS, bold: true, color: COLOURS.navy }, ...cells.slice(1).map(() => ({}))], cells] },
    layout: INNER_LAYOUT,
    margin: [-PAD_X, 0, -PAD_X, 0],
  } as TableCell;
  return [inner, ...cells.slice(1).map(() => ({}))];
}

/** Why the member has no value of an indicator, in words; a result from before the reasons says it was not answered. */
export const missingWhy = (ctx: ReportContext, value: MemberIndicatorValue): string => ctx.m.member.missingWhy[value.missing ?? 'not_answered'];

/** The questions without a usable answer of the member: why, and what each would have shown. */
function missingLines(ctx: ReportContext, member: MemberResult, missing: readonly { ind: IndicatorResult; own: MemberIndicatorValue }[], k: number): Content[] {
  const { f, m, lang } = ctx;
  if (missing.length === 0) return [];
  return [
    { text: m.member.missingIntro, style: 'small', margin: [0, 6, 0, 2] },
    {
      ul: missing.map(({ ind, own }) => {
        const why = missingWhy(ctx, own);
        if (isYesNo(ind)) {
          const share = yesShares(ctx, member, ind.id, k).all;
          if (share.shown) return m.member.missingShare({ indicator: ind.label[lang], why, cluster: shareText(ctx, share, 'all') });
          return share.why === 'small' ? m.member.missingHidden({ indicator: ind.label[lang], why }) : m.member.missingReveals({ indicator: ind.label[lang], why });
        }
        const stat = groupStat(ctx, { kind: 'all', key: '' }, 'indicators', ind.id, k);
        if (typeof stat !== 'string') return m.member.missing({ indicator: ind.label[lang], why, cluster: f.value(stat.median, ind.unit) });
        return stat === 'small' ? m.member.missingHidden({ indicator: ind.label[lang], why }) : m.member.missingWithheld({ indicator: ind.label[lang], why });
      }),
      style: 'small',
    },
  ];
}

/** The answers section: one table over the dimensions (a heading row each), then the skipped questions. */
export function memberAnswersSection(ctx: ReportContext, member: MemberResult, k: number): Content[] {
  const { m, lang } = ctx;
  const items = ownIndicators(ctx, member);
  if (items.length === 0) return [];
  const t = m.member.answersTable;
  const body: TableCell[][] = [[headerCell(t.indicator), headerCell(t.yours, 'right'), headerCell(t.all, 'right'), headerCell(t.role, 'right'), headerCell(t.size, 'right'), headerCell(t.standing)]];
  for (const dim of ctx.cluster.dimensions) {
    const answered = items.filter((x) => x.ind.dimension === dim.id && x.value !== null);
    if (answered.length === 0) continue;
    const rows = answered.map(({ ind, value }) => row(ctx, member, ind, value as number, k));
    body.push(underGroup(dim.label[lang], rows[0] as TableCell[]), ...rows.slice(1));
  }
  return [
    { text: m.member.headings.answers, style: 'h1', margin: [0, 14, 0, 6] },
    { text: m.member.answersIntro({ k: ctx.f.integer(k) }), style: 'small' },
    ...(body.length > 1
      ? [{ style: 'table', fontSize: 8, table: { headerRows: 1, dontBreakRows: true, widths: widths(), body }, layout: ZEBRA_LAYOUT } as Content]
      : [{ text: m.member.answersNone, style: 'small' } as Content]),
    ...missingLines(ctx, member, items.filter((x) => x.value === null), k),
  ];
}
