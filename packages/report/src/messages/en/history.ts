import type { HistoryMessages } from '../catalogue/history.js';

/** English texts of the history section, the portfolio trend and the history source note. */
export const historyEn: HistoryMessages = {
  heading: 'History',
  intro: (p) =>
    `The results store holds ${p.count} comparable years of this cluster, ${p.first} to ${p.last}: scored with the ${p.framework} framework, version ${p.version}, on the same goalposts and policy settings as this year.`,
  indexTrend: (p) =>
    p.trend === 'flat'
      ? `The ${p.index} was ${p.to} in ${p.last}, unchanged from ${p.first}.`
      : `The ${p.index} ${p.trend === 'up' ? 'rose' : 'fell'} from ${p.from} in ${p.first} to ${p.to} in ${p.last} (${p.diff} points).`,
  indexOnce: (p) => `The ${p.index} was scored only in ${p.year} (${p.score}).`,
  indexNever: (p) => `The ${p.index} could not be scored in any of these years.`,
  missingYears: (p) => `No comparable run is stored for ${p.list}; the chart leaves ${p.count === 1 ? 'that year' : 'those years'} blank.`,
  otherSeries: (p) =>
    `${p.count === 1 ? 'One other stored run' : `${p.count} other stored runs`} (${p.years}) used another framework version, scale or policy profile and ${p.count === 1 ? 'is' : 'are'} not shown.`,
  chartAlt: (p) => `Line chart of the index scores of ${p.cluster} from ${p.first} to ${p.last}, on a scale of 0 to 100. ${p.series}`,
  altSeries: (p) => `${p.index}: ${p.points}.`,
  altPoint: (p) => `${p.year} ${p.score}`,
  altMissing: (p) => `No comparable run for ${p.list}.`,
  caption: (p) => `Index scores 0–100, ${p.first} to ${p.last}. Each line is broken where a year has no comparable score; the numbers are in the table below.`,
  tableTitle: 'Scores by year',
  item: 'Index / dimension',
  yearHeader: (p) => p.year,
  cellNote: 'Each cell: the score 0–100 and, below it, the change from the year before in points (▲ rise, ▼ fall, ▶ unchanged).',
  dashUnscored: '— as a score: not scored that year (too little data).',
  dashFirst: (p) => `— as the change of ${p.year}: no earlier comparable year is stored.`,
  dashGap: (p) => `— as the change of ${p.list}: the year before has no comparable run, so there is no change over one year.`,
  dashPreviousUnscored: '— as any other change: not scored that year or the year before.',
  axisNoRun: 'no run',

  trendHeading: 'Trends',
  trendIntro: (p) =>
    `Each cluster's scores over the comparable years the results store holds for it (up to 10, this year included); the line is the ${p.index} on a scale of 0 to 100, broken where a year has no comparable score.`,
  trendColumn: 'Trend',
  trendYears: 'Years',
  trendYearsCell: (p) => (p.first === p.last ? p.last : `${p.first}–${p.last} (${p.count})`),
  trendChange: (p) => `${p.index}: change`,
  trendSince: (p) => `${p.diff} since ${p.year}`,
  trendAlt: (p) => `${p.cluster}, ${p.index}: ${p.points}.`,
  trendNote: 'Change: this year’s score minus the score of the first comparable year shown, in points. — : no earlier comparable year, or not scored in one of the two years.',

  sourceTitle: 'History',
  source: (p) =>
    `The history section draws on the results store: ${p.count} years (${p.list}) of one series — the ${p.framework} framework, version ${p.version}, scale fingerprint ${p.goalposts}, ${p.policy}. The ${p.year} figures are this run's; earlier years are the scores as they were recorded, not scored again.`,
  sourcePolicy: (p) => `policy profile ${p.id}, version ${p.version}`,
  sourceNoPolicy: 'no policy profile',
  sourceAlone: (p) => `The results store holds no earlier comparable year of this cluster than ${p.year}, so the report has no history section.`,
};
