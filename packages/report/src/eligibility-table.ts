/**
 * The eligibility check as a reader needs it: every threshold and value with its unit and
 * currency, a converted value with the rate it was converted at, a criterion that cannot be
 * tested said to be "not applicable" with the reason, where each value comes from (Regional
 * statistics or the member survey), the clause of the policy document that sets it, and the
 * tally "2 met, 1 not met, 4 without data". A criterion with alternatives shows each part on a
 * row of its own (what it counts, from which source, its own verdict) under the combined verdict;
 * a count of respondents that cannot decide it is explained below the table.
 */
import type { Content, ContentTable, CustomTableLayout, TableCell } from 'pdfmake/interfaces.js';
import type { EligibilityCheck, EligibilityUnit, PolicyKind, PolicyResult } from '@clusterlens/schema';
import type { ReportContext } from './context.js';
import type { ThresholdSign } from './format.js';
import { minorHeading } from './heading.js';
import { STATUS_COLOURS } from './status.js';
import { COLOURS, ZEBRA_LAYOUT, headerCell } from './theme.js';

type Outcome = Omit<EligibilityCheck, 'id' | 'label' | 'alternatives' | 'clause'>;


/** The profile's kind; a profile that does not state one is not taken for a recognition scheme. */
export const policyKind = (policy: PolicyResult): PolicyKind => policy.profile.kind ?? 'strategy';

/** A number in a unit: "CNY 4,000 million", "70%", "10" (zh "40亿元", "70%", "10家"). */
function inUnit(ctx: ReportContext, value: number, unit: EligibilityUnit | undefined, currency?: string): string {
  const { f, m } = ctx;
  if (unit?.kind === 'percent') return `${f.number(value)}%`;
  if (unit?.kind === 'money') return m.policy.money({ currency: currency ?? unit.currency ?? '', millions: value });
  if (unit?.kind === 'count') return m.policy.count({ value: f.number(value) });
  return f.number(value);
}

const sign = (o: Outcome): ThresholdSign => (o.op === '>=' ? (o.strict ? '>' : '>=') : o.strict ? '<' : '<=');
const thresholdText = (ctx: ReportContext, o: Outcome) => ctx.f.threshold(sign(o), inUnit(ctx, o.threshold, o.unit));

/**
 * A value beside its threshold, with the decimals that keep it apart from the threshold: 70.04
 * against 70 prints "70.04%", not "70%" beside "> 70%" (f.shareAgainst / f.numberAgainst).
 */
function valueAgainst(ctx: ReportContext, o: Outcome, value: number): string {
  const { f, m } = ctx;
  if (o.unit?.kind === 'percent') return f.shareAgainst(value / 100, o.threshold / 100);
  if (o.unit?.kind === 'money') return moneyAgainst(ctx, value, o.threshold, o.unit.currency ?? '');
  if (o.unit?.kind === 'count') return m.policy.count({ value: f.numberAgainst(value, o.threshold) });
  return f.numberAgainst(value, o.threshold);
}

// As f.shareAgainst: more decimals of the printed magnitude help no reader; closer than that, the side is what matters.
const MAX_MONEY_DIGITS = 3;

/**
 * An amount beside its threshold with the decimals that keep the two apart (CNY 3,995 million
 * against CNY 4 bn is "CNY 3.995 bn", not "CNY 4 bn"), or with the side where even those do not
 * ("< CNY 4 bn" for CNY 3,999.996 million).
 */
function moneyAgainst(ctx: ReportContext, value: number, threshold: number, currency: string): string {
  const say = (millions: number, digits: number) => ctx.m.policy.money({ currency, millions, digits });
  let digits = 2;
  while (value !== threshold && digits < MAX_MONEY_DIGITS && say(value, digits) === say(threshold, digits)) digits += 1;
  const text = say(value, digits);
  return value !== threshold && text === say(threshold, digits) ? ctx.f.threshold(value < threshold ? '<' : '>', text) : text;
}

function valueText(ctx: ReportContext, o: Outcome): string {
  const { m } = ctx;
  if (o.status === 'not_applicable') {
    const reason = o.reason === 'no_rate' ? m.policy.notApplicableReason.no_rate({ from: ctx.cluster.currency ?? '', to: o.unit?.currency ?? '' }) : m.policy.notApplicableReason.currency_unknown;
    return `${m.policy.notApplicable}${m.colon}${reason}`;
  }
  if (o.value === null) return m.dash;
  const shown = valueAgainst(ctx, o, o.value);
  if (o.reason === 'respondents_only') return m.policy.ofRespondents({ value: shown, respondents: ctx.f.integer(ctx.cluster.respondents.count) });
  const c = o.conversion;
  return c ? m.policy.converted({ original: inUnit(ctx, c.original, o.unit, c.from), rate: ctx.f.exact(c.rate), value: shown }) : shown;
}

const verdictText = (ctx: ReportContext, o: Outcome): string => {
  const { m } = ctx;
  if (o.pass !== null) return o.pass ? `✓ ${m.policy.pass}` : `× ${m.policy.fail}`;
  if (o.status === 'not_applicable') return m.policy.notApplicable;
  return o.reason === 'respondents_only' ? m.policy.undecided : m.policy.unknown;
};

/** The combined verdict, coloured by its status. */
function resultCell(ctx: ReportContext, check: EligibilityCheck): TableCell {
  const s = check.pass === null ? STATUS_COLOURS.none : check.pass ? STATUS_COLOURS.good : STATUS_COLOURS.weak;
  // Met only through an alternative: "Pass" alone would read as the first part's verdict.
  const viaAlternative = check.pass === true && check.alternatives !== undefined && ownOutcome(check).pass !== true;
  return { text: viaAlternative ? `✓ ${ctx.m.policy.passViaAlternative}` : verdictText(ctx, check), color: s.text, fillColor: s.fill, bold: check.pass !== null, fontSize: 8 };
}

const sourceCell = (ctx: ReportContext, o: Outcome): TableCell => ({ text: o.valueSource ? ctx.m.policy.valueSource[o.valueSource] : ctx.m.dash, fontSize: 7.5, color: COLOURS.muted });

/** The outcome of a criterion's own threshold, which the result keeps beside the combined one. */
const ownOutcome = (check: EligibilityCheck): Outcome => (check.own ? { ...check, ...check.own } : check);

/** The parts of a criterion, each with its own verdict: its own threshold, then each alternative. */
const partsOf = (check: EligibilityCheck): Outcome[] => (check.alternatives ? [ownOutcome(check), ...check.alternatives] : [check]);

function rows(ctx: ReportContext, check: EligibilityCheck): TableCell[][] {
  const { lang, m } = ctx;
  if (!check.alternatives) {
    return [[{ text: check.label[lang] }, { text: thresholdText(ctx, check), alignment: 'right' }, { text: valueText(ctx, check), alignment: 'right', bold: check.pass === false }, sourceCell(ctx, check), resultCell(ctx, check)]];
  }
  const parts = partsOf(check).map((o, k): TableCell[] => {
    const part = o.part?.[lang] ?? m.dash;
    return [
      { text: k === 0 ? part : m.policy.partOr({ part: m.inSentence(part) }), fontSize: 8, margin: [8, 0, 0, 0] },
      { text: thresholdText(ctx, o), alignment: 'right', fontSize: 8 },
      { text: valueText(ctx, o), alignment: 'right', fontSize: 8 },
      sourceCell(ctx, o),
      { text: verdictText(ctx, o), fontSize: 7.5, color: COLOURS.muted },
    ];
  });
  return [[{ text: check.label[lang], colSpan: 4 }, {}, {}, {}, resultCell(ctx, check)], ...parts];
}

/** A table row and its stripe: the parts of one criterion share it; a clause heading has none. */
interface Row {
  cells: TableCell[];
  stripe: number | null;
}

/** The criteria's rows, each run of criteria set by one clause of the policy document under that clause. */
function bodyRows(ctx: ReportContext, checks: readonly EligibilityCheck[]): Row[] {
  const { lang, m } = ctx;
  return checks.flatMap((check, k): Row[] => {
    const clause = check.clause?.[lang];
    const heading: Row[] =
      clause !== undefined && clause !== checks[k - 1]?.clause?.[lang]
        ? [{ cells: [{ text: m.policy.clause({ clause }), colSpan: 5, fontSize: 7.5, color: COLOURS.muted }, {}, {}, {}, {}], stripe: null }]
        : [];
    return [...heading, ...rows(ctx, check).map((cells) => ({ cells, stripe: k }))];
  });
}

/** Zebra stripes and rules per criterion, so that the parts of one read as one row. */
function stripedLayout(body: readonly Row[]): CustomTableLayout {
  const stripe = (row: number) => body[row - 1]?.stripe ?? null;
  const base = ZEBRA_LAYOUT.hLineWidth as (i: number, node: ContentTable) => number;
  return {
    ...ZEBRA_LAYOUT,
    hLineWidth: (i, node) => (i > 1 && i < node.table.body.length && stripe(i) !== null && stripe(i) === stripe(i - 1) ? 0 : base(i, node)),
    fillColor: (row) => (row === 0 ? COLOURS.headerFill : (stripe(row) ?? 0) % 2 === 1 ? COLOURS.zebra : null),
  };
}

/** Why a criterion is without data although the survey counted something: one sentence per such part. */
function respondentsOnlyNotes(ctx: ReportContext, checks: readonly EligibilityCheck[]): Content[] {
  const { lang, m, f } = ctx;
  return checks
    .filter((c) => c.status === 'no_data')
    .flatMap((c) => partsOf(c).filter((o) => o.reason === 'respondents_only' && o.value !== null))
    .map((o) => ({
      text: m.policy.respondentsOnlyNote({
        part: o.part?.[lang] ?? m.dash,
        value: valueAgainst(ctx, o, o.value ?? 0),
        respondents: f.integer(ctx.cluster.respondents.count),
        threshold: inUnit(ctx, o.threshold, o.unit),
      }),
      style: 'note',
      // A reason of three lines reads as one: split by a page break it loses its subject.
      unbreakable: true,
    }));
}

function tally(ctx: ReportContext, policy: PolicyResult): string {
  const { f, m } = ctx;
  const total = f.integer(policy.eligibility.length);
  const n = policy.eligibilityCounts;
  if (!n) return m.policy.eligibilityCount({ passed: f.integer(policy.eligibility.filter((c) => c.pass === true).length), total });
  return m.policy.eligibilityTally({ met: f.integer(n.met), notMet: f.integer(n.notMet), noData: f.integer(n.noData), notApplicable: f.integer(n.notApplicable), total });
}

/** The eligibility check: the tally and verdict, then one row per criterion (and per part of one with alternatives). */
export function eligibilitySection(ctx: ReportContext, policy: PolicyResult): Content[] {
  const { m } = ctx;
  if (policy.eligibility.length === 0) return [];
  const body = bodyRows(ctx, policy.eligibility);
  const kind = policyKind(policy);
  const verdict = (policy.eligible === true ? m.policy.eligible : policy.eligible === false ? m.policy.notEligible : m.policy.eligibilityUnknown)[kind];
  return [
    minorHeading(m.policy.eligibilityTitle[kind]),
    { text: m.joinSentences([tally(ctx, policy), verdict]), style: 'small' },
    {
      style: 'table',
      table: {
        headerRows: 1,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: ['*', 74, 104, 62, 52],
        body: [
          [headerCell(m.policy.criterion), headerCell(m.policy.threshold, 'right'), headerCell(m.table.value, 'right'), headerCell(m.policy.sourceColumn), headerCell(m.policy.result)],
          ...body.map((r) => r.cells),
        ],
      },
      layout: stripedLayout(body),
    },
    ...respondentsOnlyNotes(ctx, policy.eligibility),
  ];
}
