/**
 * The eligibility check as a reader needs it: every threshold and value with its unit and
 * currency, a converted value with the rate it was converted at, a criterion that cannot be
 * tested said to be "not applicable" with the reason, where each value comes from (Regional
 * statistics or the member survey), and the tally "2 met, 1 not met, 4 without data".
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { EligibilityCheck, EligibilityUnit, PolicyResult } from '@clusterlens/schema';
import type { ReportContext } from './context.js';
import { minorHeading } from './heading.js';
import { STATUS_COLOURS } from './status.js';
import { COLOURS, ZEBRA_LAYOUT, headerCell } from './theme.js';

type Outcome = Omit<EligibilityCheck, 'id' | 'label' | 'alternatives'>;

/** A number in a unit: "CNY 4,000 million", "70%", "10" (zh "4,000百万元", "70%", "10家"). */
function inUnit(ctx: ReportContext, value: number, unit: EligibilityUnit | undefined, currency?: string): string {
  const { f, m } = ctx;
  if (unit?.kind === 'percent') return `${f.number(value)}%`;
  if (unit?.kind === 'money') return m.policy.money({ currency: currency ?? unit.currency ?? '', value: f.number(value) });
  if (unit?.kind === 'count') return m.policy.count({ value: f.number(value) });
  return f.number(value);
}

const sign = (o: Outcome) => (o.op === '>=' ? (o.strict ? '>' : '≥') : o.strict ? '<' : '≤');

function valueText(ctx: ReportContext, o: Outcome): string {
  const { m } = ctx;
  if (o.status === 'not_applicable') {
    const reason = o.reason === 'no_rate' ? m.policy.notApplicableReason.no_rate({ from: ctx.cluster.currency ?? '', to: o.unit?.currency ?? '' }) : m.policy.notApplicableReason.currency_unknown;
    return `${m.policy.notApplicable}${m.colon}${reason}`;
  }
  if (o.value === null) return m.dash;
  const shown = inUnit(ctx, o.value, o.unit);
  const c = o.conversion;
  return c ? m.policy.converted({ original: inUnit(ctx, c.original, o.unit, c.from), rate: ctx.f.exact(c.rate), value: shown }) : shown;
}

function resultCell(ctx: ReportContext, check: EligibilityCheck): TableCell {
  const { m } = ctx;
  if (check.pass === null) {
    const text = check.status === 'not_applicable' ? m.policy.notApplicable : m.policy.unknown;
    return { text, color: STATUS_COLOURS.none.text, fillColor: STATUS_COLOURS.none.fill, fontSize: 8 };
  }
  const s = check.pass ? STATUS_COLOURS.good : STATUS_COLOURS.weak;
  return { text: check.pass ? `✓ ${m.policy.pass}` : `× ${m.policy.fail}`, color: s.text, fillColor: s.fill, bold: true, fontSize: 8 };
}

/** The outcome whose value the row shows: the rule's own, else the first alternative with a value. */
const shownOutcome = (c: EligibilityCheck): Outcome => (c.value !== null || c.status === 'not_applicable' ? c : (c.alternatives?.find((a) => a.value !== null) ?? c));

function tally(ctx: ReportContext, policy: PolicyResult): string {
  const { f, m } = ctx;
  const total = f.integer(policy.eligibility.length);
  const n = policy.eligibilityCounts;
  if (!n) return m.policy.eligibilityCount({ passed: f.integer(policy.eligibility.filter((c) => c.pass === true).length), total });
  return m.policy.eligibilityTally({ met: f.integer(n.met), notMet: f.integer(n.notMet), noData: f.integer(n.noData), notApplicable: f.integer(n.notApplicable), total });
}

/** The eligibility check: the tally and verdict, then one row per criterion. */
export function eligibilitySection(ctx: ReportContext, policy: PolicyResult): Content[] {
  const { m, lang } = ctx;
  if (policy.eligibility.length === 0) return [];
  const verdict = policy.eligible === true ? m.policy.eligible : policy.eligible === false ? m.policy.notEligible : m.policy.eligibilityUnknown;
  return [
    minorHeading(m.policy.eligibilityTitle),
    { text: `${tally(ctx, policy)} ${verdict}`, style: 'small' },
    {
      style: 'table',
      table: {
        headerRows: 1,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths: ['*', 74, 104, 62, 52],
        body: [
          [headerCell(m.policy.criterion), headerCell(m.policy.threshold, 'right'), headerCell(m.table.value, 'right'), headerCell(m.policy.sourceColumn), headerCell(m.policy.result)],
          ...policy.eligibility.map((c): TableCell[] => {
            const o = shownOutcome(c);
            return [
              { text: c.label[lang] },
              { text: `${sign(o)} ${inUnit(ctx, o.threshold, o.unit)}`, alignment: 'right' },
              { text: valueText(ctx, o), alignment: 'right', bold: c.pass === false },
              { text: o.valueSource ? m.policy.valueSource[o.valueSource] : m.dash, fontSize: 7.5, color: COLOURS.muted },
              resultCell(ctx, c),
            ];
          }),
        ],
      },
      layout: ZEBRA_LAYOUT,
    },
  ];
}
