/**
 * Data quality and methodology appendix: how the scores were made, written step by step from
 * the method record (`result.method.steps`, so it states exactly what this run did), the
 * weights, what was excluded or adjusted for this cluster (its log), who answered, the missing
 * data per indicator, which files went in (SHA-256), and which engine and framework version.
 */
import { KEEP_WHOLE } from './charts/figure.js';
import { gapTable } from './policy-section.js';
import type { Content } from 'pdfmake/interfaces.js';
import type { ReportContext } from './context.js';
import { indexWeightsTable, missingDataTable } from './data-quality.js';
import { heading, minorHeading } from './heading.js';
import { historySource } from './history/history-source.js';
import { logLine } from './log-lines.js';
import { entriesInline } from './no-break.js';
import { describeStep } from './method/method-steps.js';
import { COLOURS, ZEBRA_LAYOUT, headerCell } from './theme.js';

function respondents(ctx: ReportContext): Content[] {
  const { cluster, f, m, lang } = ctx;
  const r = cluster.respondents;
  const rate =
    r.population === null
      ? m.method.responseRateUnknown
      : r.responseRate === null
        ? m.method.responseRateBelow({ population: f.integer(r.population), count: f.integer(r.count) })
        : m.method.responseRate({ population: f.integer(r.population), rate: f.share(r.responseRate) });
  const roles = r.byChainRole.filter((role) => role.count > 0);
  return [
    minorHeading(m.method.respondents),
    {
      text: m.joinSentences([
        m.method.respondentsText({ count: f.integer(r.count) }),
        ...(r.excluded > 0 ? [m.method.excludedAnswers({ excluded: f.integer(r.excluded) })] : []),
        ...((r.excludedRows ?? 0) > 0 ? [m.method.excludedRows({ rows: f.integer(r.excludedRows ?? 0) })] : []),
        rate,
      ]),
      style: 'small',
    },
    ...(roles.length > 0
      ? [
          {
            text: [
              { text: m.method.byRole, color: COLOURS.muted },
              ...entriesInline(roles.map((role) => `${role.label[lang]} ${f.integer(role.count)}`)),
            ],
            style: 'small',
          } as Content,
        ]
      : []),
  ];
}

function sources(ctx: ReportContext): Content[] {
  const { cluster, m } = ctx;
  if (cluster.sources.length === 0) return [minorHeading(m.method.sources), { text: m.method.noSources, style: 'small' }];
  return [
    minorHeading(m.method.sources),
    {
      style: 'table',
      fontSize: 7.5,
      table: {
        headerRows: 1,
        // Kept whole when short, so the engine note after it never stands alone on the last page (keep-with-next.ts).
        ...(cluster.sources.length <= KEEP_WHOLE ? { keepWithHeaderRows: cluster.sources.length } : {}),
        widths: ['*', 'auto'],
        body: [[headerCell(m.method.file), headerCell(m.method.sha256)], ...cluster.sources.map((s) => [s.file, { text: s.sha256, color: COLOURS.muted }])],
      },
      layout: ZEBRA_LAYOUT,
    },
  ];
}

const para = (text: string): Content => ({ text, style: 'small' });

/** Sentences run together as one paragraph, each kept a text of its own (after the first, with the separator the language puts before it). */
function sentencesPara(ctx: ReportContext, sentences: readonly string[]): Content {
  return { text: sentences.map((s, i) => (i === 0 ? s : ctx.m.joinSentences(['', s]))), style: 'small' };
}

/** The method record in words: an intro, then each step with its number, title and sentences (the weights after aggregation). */
export function methodSteps(ctx: ReportContext): Content[] {
  const { f, lang, m, result } = ctx;
  const { steps, replayable, reason } = result.method;
  const intro = [
    m.steps.intro({ count: f.integer(steps.length), engine: result.engine.name, version: result.engine.version }),
    ...(replayable || !reason ? [] : [m.steps.notReplayable({ reason: reason[lang] })]),
  ];
  return [
    sentencesPara(ctx, intro),
    ...steps.flatMap((step, k) => {
      const { title, sentences } = describeStep(ctx, step);
      return [minorHeading(`${f.integer(k + 1)}  ${title}`), sentencesPara(ctx, sentences), ...(step.step === 'aggregate' ? indexWeightsTable(ctx) : [])];
    }),
  ];
}

/** The methodology and data section. */
export function methodologySection(ctx: ReportContext, number: number): Content[] {
  const { cluster, m, lang, result } = ctx;
  return [
    heading(m.numbered({ number: String(number), title: m.headings.methodology }), 1, { pageBreak: 'before' }),
    ...methodSteps(ctx),
    minorHeading(m.method.exclusions),
    cluster.log.length === 0
      ? para(m.method.noExclusions)
      : { ul: cluster.log.map((entry) => logLine(ctx, entry)), style: 'small', markerColor: COLOURS.muted },
    ...respondents(ctx),
    ...(cluster.policy?.actions !== undefined ? gapTable(ctx, cluster.policy) : []),
    ...missingDataTable(ctx),
    ...sources(ctx),
    // What computed the scores, under the files it read.
    {
      text: m.method.engine({
        engine: result.engine.name,
        version: result.engine.version,
        framework: result.framework.label[lang],
        frameworkVersion: result.framework.version,
      }),
      style: 'note',
      margin: [0, 8, 0, 0],
    },
    ...historySource(ctx),
  ];
}
