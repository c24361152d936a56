/**
 * Data quality and methodology appendix: how scores are made (in words), the weights, what
 * was excluded or adjusted in this run (from the cluster's log), who answered, the missing
 * data per indicator, the baseline, which files went in (SHA-256), and which engine and
 * framework version.
 */
import { stepParams } from '@clusterlens/schema';
import type { Content } from 'pdfmake/interfaces.js';
import type { ReportContext } from './context.js';
import { baselineNote, indexWeightsTable, missingDataTable } from './data-quality.js';
import { heading, minorHeading } from './heading.js';
import { logLine } from './log-lines.js';
import { COLOURS, ZEBRA_LAYOUT, headerCell } from './theme.js';

function respondents(ctx: ReportContext): Content[] {
  const { cluster, f, m, lang } = ctx;
  const r = cluster.respondents;
  const rate =
    r.population !== null && r.responseRate !== null
      ? m.method.responseRate({ population: f.integer(r.population), rate: f.share(r.responseRate) })
      : m.method.responseRateUnknown;
  const sep = lang === 'zh' ? '' : ' ';
  const roles = r.byChainRole.filter((role) => role.count > 0);
  return [
    minorHeading(m.method.respondents),
    {
      text: [
        m.method.respondentsText({ count: f.integer(r.count) }),
        ...(r.excluded > 0 ? [m.method.excludedAnswers({ excluded: f.integer(r.excluded) })] : []),
        rate,
      ].join(sep),
      style: 'small',
    },
    ...(roles.length > 0
      ? [
          {
            text: [
              { text: m.method.byRole, color: COLOURS.muted },
              roles.map((role) => `${role.label[lang]} ${f.integer(role.count)}`).join('   ·   '),
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
        widths: ['*', 'auto'],
        body: [[headerCell(m.method.file), headerCell(m.method.sha256)], ...cluster.sources.map((s) => [s.file, { text: s.sha256, color: COLOURS.muted }])],
      },
      layout: ZEBRA_LAYOUT,
    },
  ];
}

/** The methodology and data section. */
export function methodologySection(ctx: ReportContext, number: number): Content[] {
  const { cluster, f, m, lang, result } = ctx;
  const { steps } = result.method;
  const s = { ...(stepParams(steps, 'measure')?.sufficiency ?? { minAnswers: 0, minShare: 0 }), minCoverage: stepParams(steps, 'aggregate')?.minCoverage ?? 0 };
  const para = (text: string): Content => ({ text, style: 'small' });
  return [
    heading(m.numbered({ number: String(number), title: m.headings.methodology }), 1, { pageBreak: 'before' }),
    minorHeading(m.method.normalisation),
    para(m.method.normalisationText({ truncate: stepParams(steps, 'normalise')?.truncate ?? true })),
    minorHeading(m.method.aggregation),
    para(m.method.aggregationText),
    ...indexWeightsTable(ctx),
    minorHeading(m.method.sufficiency),
    para(m.method.sufficiencyText({ minAnswers: f.integer(s.minAnswers), minShare: f.wholeShare(s.minShare), minCoverage: f.wholeShare(s.minCoverage) })),
    minorHeading(m.method.exclusions),
    cluster.log.length === 0
      ? para(m.method.noExclusions)
      : { ul: cluster.log.map((entry) => logLine(ctx, entry)), style: 'small', markerColor: COLOURS.muted },
    ...respondents(ctx),
    ...missingDataTable(ctx),
    ...baselineNote(ctx),
    ...sources(ctx),
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
  ];
}
