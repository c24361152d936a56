/**
 * Key facts: the regional statistics the survey gives (employment, firms, output, exports,
 * world market share, …), each with its source and year where the workbook states them, and
 * the survey's coverage — respondents of the firms surveyed and of all firms in the cluster.
 * Left out when the result has neither statistics nor a population to compare with.
 */
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import type { RegionalFact } from '@clusterlens/schema';
import type { ReportContext } from './context.js';
import { heading } from './heading.js';
import { ZEBRA_LAYOUT, headerCell } from './theme.js';

// Statistics of the key-facts table; the others feed indicators and the eligibility check.
const KEY_FACTS = ['cluster_employment', 'firms', 'output', 'exports', 'world_market_share'];

/** The coverage sentences: of the firms surveyed, and of all the cluster's firms when known. */
export function coverageSentences(ctx: ReportContext): string[] {
  const { cluster, f, m } = ctx;
  const { count, population } = cluster.respondents;
  const out: string[] = [];
  // A population below the count gives no share (the methodology says why).
  if (population !== null && count <= population) out.push(m.keyFacts.ofSurveyed({ count, population, share: f.share(count / population) }));
  const firms = cluster.regional?.find((r) => r.key === 'firms')?.value;
  if (firms !== undefined && firms > 0) out.push(m.keyFacts.ofAllFirms({ count, firms, share: f.shareAgainst(count / firms, 0) }));
  return out;
}

/** A money statistic in the cluster's currency ("CNY 90 bn", "900亿元"); its unit text only when the currency is unknown. */
function valueText(ctx: ReportContext, fact: RegionalFact): string {
  const { cluster, f, m } = ctx;
  if (fact.kind === 'money' && cluster.currency !== null) return m.policy.money({ currency: cluster.currency, millions: fact.value });
  return f.value(fact.value, fact.unit);
}

function row(ctx: ReportContext, fact: RegionalFact): TableCell[] {
  const { m, lang } = ctx;
  return [
    { text: fact.label[lang] },
    { text: valueText(ctx, fact), alignment: 'right' },
    { text: fact.source ?? m.keyFacts.noSource, color: fact.source ? undefined : '#5B6475' },
    { text: fact.year === undefined ? m.dash : String(fact.year), alignment: 'right' },
  ];
}

/** The key-facts section. */
export function keyFactsSection(ctx: ReportContext, number: number): Content[] {
  const { cluster, m } = ctx;
  const facts = (cluster.regional ?? []).filter((r) => KEY_FACTS.includes(r.key));
  const coverage = coverageSentences(ctx);
  if (facts.length === 0 && coverage.length === 0) return [];
  const joined = m.joinSentences(coverage);
  return [
    // Short: it follows the how-to-read page rather than take a page of its own.
    heading(m.numbered({ number: String(number), title: m.headings.keyFacts }), 1),
    ...(facts.length > 0
      ? [
          {
            style: 'table',
            table: {
              headerRows: 1,
              dontBreakRows: true,
              widths: ['*', 90, 150, 36],
              body: [[headerCell(m.keyFacts.statistic), headerCell(m.table.value, 'right'), headerCell(m.keyFacts.source), headerCell(m.keyFacts.year, 'right')], ...facts.map((fact) => row(ctx, fact))],
            },
            layout: ZEBRA_LAYOUT,
          } as Content,
        ]
      : []),
    ...(joined ? [{ text: joined, style: 'body', margin: [0, 8, 0, 0] } as Content] : []),
  ];
}
