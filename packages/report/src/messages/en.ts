import type { Messages } from './catalogue.js';
import { historyEn } from './en/history.js';
import { memberEn } from './en/member.js';
import { stepsEn } from './en/method.js';
import { figureEn } from './en/figure.js';
import { sectionsEn } from './en/sections.js';
import { portfolioEn } from './en/portfolio.js';
import { tablesEn } from './en/tables.js';
import { inSentence, ordinal } from '../english-words.js';

const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);
const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });


/** English catalogue (British spelling, as in the rest of ClusterLens). */
export const en: Messages = {
  ...sectionsEn,
  ...figureEn,
  member: memberEn,
  steps: stepsEn,
  portfolio: portfolioEn,
  history: historyEn,
  tables: tablesEn,
  locale: 'en-GB',
  reportTitle: 'Cluster assessment report',
  subject: (p) => `Assessment of ${p.cluster}, ${p.year}`,
  titleOf: (p) => `${p.title}: ${p.name}, ${p.year}`,
  keywords: 'industrial cluster, cluster assessment',
  keywordSeparator: ', ',
  dash: '—',
  rangeTo: ' to ',
  threshold: (p) => `${p.sign} ${p.value}`,
  pageOf: (p) => `Page ${p.page} of ${p.total}`,
  quotedId: (p) => `“${p.id}”`,
  joinList: (items) =>
    items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`,
  listSeparator: '; ',
  itemSeparator: ', ',
  joinSentences: (sentences) => sentences.join(' '),
  pointSeparator: ', ',
  colon: ': ',
  inBrackets: (p) => ` (${p.text})`,
  rankSpan: (p) => (p.lo === p.hi ? p.lo : `${p.lo}–${p.hi}`),
  withUnit: (p) => (/^[(（]/u.test(p.unit) ? `${p.label} ${p.unit}` : `${p.label} (${p.unit})`),
  yes: 'yes',
  no: 'no',
  scoreOf: (p) => `${p.name} (${p.score})`,
  countShare: (p) => `${p.count} (${p.share})`,
  inSentence,
  sentenceStart: (text) => text.charAt(0).toUpperCase() + text.slice(1),
  targetWords: (p) => `${p.op === '>=' ? (p.strict ? 'more than' : 'at least') : p.strict ? 'less than' : 'at most'} ${p.value}`,

  cover: {
    region: 'Region',
    year: 'Survey year',
    framework: 'Framework',
    rank: (p) => `Rank ${p.rank} of ${p.total}`,
    peerMedian: (p) => `Peer median ${p.median}`,
    notScored: 'Not scored: insufficient data',
    policyIndexAlone: (p) => `No policy profile given: ${p.count === '1' ? `the score of ${p.components} alone` : `the weighted mean of ${p.components} alone`}, with no policy targets.`,
  },

  publisher: {
    issuer: 'Issued by',
    date: 'Published',
    contact: 'Contact',
    licence: 'Licence and citation',
    disclaimer: 'Disclaimer',
    defaultDisclaimer: {
      cluster:
        'The scores rest on the answers of the firms surveyed and on the framework’s method, stated in the methodology appendix; they describe the cluster as surveyed, not a ranking endorsed by any authority.',
      portfolio:
        'The scores rest on the answers of the firms surveyed and on the framework’s method, recorded step by step with the results (results.json, “method”); they describe the clusters as surveyed, not a ranking endorsed by any authority.',
    },
  },

  headings: {
    contents: 'Contents',
    summary: 'Executive summary',
    howToRead: 'How to read this report',
    keyFacts: 'Key facts',
    profile: 'Cluster profile',
    scorecard: 'Scorecard',
    radar: 'Dimension profile',
    indicators: 'Indicator detail',
    likert: 'Answers on rating scales',
    policy: 'Policy alignment',
    integration: 'Integration stages',
    peers: 'Rank among the clusters of this assessment',
    methodology: 'Data quality and methodology',
  },

  keyFacts: {
    statistic: 'Regional statistic',
    source: 'Source',
    year: 'Year',
    noSource: 'not stated in the workbook',
    ofSurveyed: (p) =>
      `${integer.format(p.count)} ${plural(p.count, 'respondent', 'respondents')} answered the survey, ${p.share} of the ${integer.format(p.population)} ${plural(p.population, 'firm', 'firms')} surveyed.`,
    ofAllFirms: (p) => `The respondents are ${p.share} of the ${integer.format(p.firms)} ${plural(p.firms, 'firm', 'firms')} in the cluster.`,
  },

  howToRead: {
    scoreTerm: 'Score',
    scoreLevels: 'Indicator scores are combined into dimension scores, and dimension scores into the indices, with the framework’s weights; the methodology appendix gives every step.',
    goalpostsTerm: 'Goalposts',
    goalposts: 'For each indicator the framework fixes two goalposts: the value that scores 0 and the value that scores 100. Because they do not depend on the clusters assessed, a score means the same in every year and for every cluster.',
    bandsTerm: 'Status bands',
    bands: (p) => `Good: ${p.good} and above; fair: ${p.fair} to under ${p.good}; weak: under ${p.fair}. The bands are the framework’s and are printed in words beside every coloured cell.`,
    peersTerm: 'Peer group',
    ranksTerm: 'Ranks',
    ranks: (p) => `Ranks are taken over the ${p.count} clusters of this assessment that have a score; rank 1 is the highest score.`,
    noRanks: (p) => `Only this cluster has a score, so there are no ranks; it is compared with ${p.against}.`,
    intervalTerm: 'Rank interval',
    interval: (p) => `The sensitivity analysis, detailed in the methodology appendix, scored the clusters ${p.draws} times, varying ${p.varied}; the rank interval holds the middle 90% of the ranks (5th to 95th percentile). A wide interval means the rank depends on what was varied.`,
    intervalNothing: (p) => `The sensitivity analysis scored the clusters ${p.draws} times but varied no choice of the method, so every rank interval is the rank itself.`,
    insufficientTerm: 'Insufficient data',
    insufficient: 'An indicator with too few answers is not scored and is marked “Insufficient data”; it is left out of the scores, never counted as zero.',
  },

  numbered: (p) => `${p.number}   ${p.title}`,

  summary: {
    headline: (p) =>
      `In ${p.year}, ${p.cluster} scored ${p.score}${p.scale} on the ${p.index}, ranking ${ordinal(p.rank)} of the ${p.total} clusters assessed.`,
    headlineAlone: (p) => `In ${p.year}, ${p.cluster} scored ${p.score}${p.scale} on the ${p.index}.`,
    scale: {
      hundred: ' out of 100',
      bounded: (p) => ` on a scale from ${p.lower} to ${p.upper}`,
      zscore: (p) => ` as a z-score (${p.mean} is the average of the clusters assessed, ${p.sd} one standard deviation)`,
      rank: ' as a rank among the clusters assessed (1 for the lowest)',
    },
    headlineNotScored: (p) =>
      `The ${p.index} of ${p.cluster} could not be scored: too few of its dimensions had enough data.`,
    versusMedian: (p) => `That is ${p.diff} points ${p.above ? 'above' : 'below'} the peer median of ${p.median}.`,
    atMedian: (p) => `That is exactly the peer median of ${p.median}.`,
    nearMedian: (p) => `That is about the peer median of ${p.median}.`,
    secondary: (p) => `On the ${p.index} it scored ${p.score}, ranking ${ordinal(p.rank)} of ${p.total}.`,
    secondaryPolicy: (p) => `On the ${p.index}, measured against the policy profile ${p.profile}, it scored ${p.score}, ranking ${ordinal(p.rank)} of ${p.total}.`,
    secondaryAlone: (p) => `On the ${p.index} it scored ${p.score}.`,
    secondaryNotScored: (p) => `The ${p.index} could not be scored for lack of data.`,
    strongest: (p) => `${plural(p.count, 'Its strongest dimension is', 'Its strongest dimensions are')} ${p.list}.`,
    weakest: (p) => `${plural(p.count, 'The weakest is', 'The weakest are')} ${p.list}.`,
    unscored: (p) =>
      `${p.list} ${plural(p.count, 'was', 'were')} not scored because too few of ${plural(p.count, 'its', 'their')} indicators had enough answers.`,
    insufficient: (p) =>
      p.count === 1
        ? `1 of the ${p.total} indicators had insufficient data; it is left out of the scores, not counted as zero.`
        : `${integer.format(p.count)} of the ${p.total} indicators had insufficient data; they are left out of the scores, not counted as zero.`,
    allSufficient: (p) =>
      p.total === '1' ? 'The one indicator had enough answers to be scored.' : p.total === '2' ? 'Both indicators had enough answers to be scored.' : `All ${p.total} indicators had enough answers to be scored.`,
    response: (p) =>
      `The assessment rests on ${integer.format(p.count)} ${plural(p.count, 'respondent', 'respondents')} out of ${integer.format(p.population)} ${plural(p.population, 'firm', 'firms')} surveyed, a response rate of ${p.rate}.`,
    responseUnknown: (p) =>
      `The assessment rests on ${integer.format(p.count)} ${plural(p.count, 'respondent', 'respondents')}; the response rate is unknown because the number of firms surveyed was not given.`,
    responseBelow: (p) =>
      `The assessment rests on ${integer.format(p.count)} ${plural(p.count, 'respondent', 'respondents')}; the workbook gives only ${integer.format(p.population)} ${plural(p.population, 'firm', 'firms')} surveyed, so no response rate is given.`,
  },

  table: {
    item: 'Index / dimension',
    score: 'Score',
    rank: 'Rank',
    peerMedian: 'Peer median',
    status: 'Status',
    indicator: 'Indicator',
    value: 'Value',
  },
  status: { good: 'Good', fair: 'Fair', weak: 'Weak', none: 'Insufficient data' },
  statusRange: (p) => ({ good: `${p.good} and above`, fair: `${p.fair} to under ${p.good}`, weak: `under ${p.fair}` }),
  noBands: (p) => `No status bands: the scores are ${p.method}, not on a 0–100 scale, so good, fair and weak are not defined for them.`,
  legendTitle: 'Status of a 0–100 score:',
  insufficientAnswers: (p) => `Insufficient data\n(${p.answers} ${p.answers === '1' ? 'answer' : 'answers'})`,
  scorecardNote:
    'Rank “n of N”: position among the N clusters of this assessment that have a score (1 = best). Peer median: the median score of those clusters.',
  rankCell: (p) => `${p.rank} of ${p.total}`,
  dimensionLine: (p) => `Dimension score ${p.score} · indicators with data carry ${p.coverage} of its weight`,
  dimensionNotScored: (p) =>
    `Dimension not scored · indicators with data carry only ${p.coverage} of its weight, at least ${p.minCoverage} needed`,
  unitNote: (p) => `Unit: ${p.unit.replace(/^\((.*)\)$/u, '$1')}`,
  goalposts: (p) => `Goalposts ${p.range}${p.lower ? ' · lower is better' : ''}`,
  indicatorsIntro: (p) =>
    `${p.values} ${p.peers} ${p.scores} The methodology appendix states how every score was made.`,
  indicatorValues: {
    cluster: 'Values are cluster-level figures aggregated from member answers or regional statistics.',
    withRespondents:
      'Values are cluster-level figures aggregated from member answers or regional statistics; where an indicator counts members or adds up their answers, it covers the respondents only, not every firm of the cluster.',
  },
  amongRespondents: {
    count: (p) => (p.respondents === '1' ? 'Counted among the one respondent' : `Counted among the ${p.respondents} respondents`),
    sum: (p) => (p.respondents === '1' ? 'The answer of the one respondent' : `Summed over the ${p.respondents} respondents`),
  },
  peerMedianOf: {
    group: 'The peer median is the median value of the clusters of its peer group.',
    run: 'The peer median is the median value of the clusters assessed.',
    none: (p) => `No peer median is shown: the cluster has no peer group of ${p.minSize} in this assessment.`,
    withCounts: (p) =>
      `${p.peers} The peer median of a count or a sum also reflects how many firms answered in each cluster, as each cluster’s value covers its own respondents.`,
  },

  radar: {
    cluster: 'This cluster',
    peer: 'Peer median',
    notScored: 'Not scored',
    baseline: (p) => `This cluster, ${p.year}`,
    gapNote: (p) => `${p.list}: not scored for lack of data, marked with an open circle at the centre (not a zero).`,
    notComparedNote: (p) => `${p.baseline}: no point on ${p.list}, as ${p.count === '1' ? 'this dimension is' : 'these dimensions are'} not compared with the baseline.`,
    caption: (p) => `Dimension scores, ${p.range}; gridlines at ${p.grid}.`,
  },

  method: {
    exclusions: 'Exclusions and adjustments in this assessment',
    noExclusions: 'None: every indicator and dimension was scored as specified.',
    respondents: 'Respondents',
    respondentsText: (p) => (p.count === '1' ? 'One respondent answered the survey.' : `${p.count} respondents answered the survey.`),
    excludedAnswers: (p) => `${p.excluded} ${p.excluded === '1' ? 'answer was' : 'answers were'} set aside as invalid.`,
    excludedRows: (p) => `${p.rows} more ${p.rows === '1' ? 'member row was' : 'member rows were'} left out: without a respondent id, or repeating one.`,
    responseRate: (p) => `${p.population} firms were surveyed, a response rate of ${p.rate}.`,
    responseRateUnknown: 'The number of firms surveyed was not given, so the response rate is unknown.',
    responseRateBelow: (p) => `The workbook gives ${p.population} firms surveyed, fewer than the ${p.count} who answered, so no response rate is given.`,
    byRole: 'Respondents by chain position: ',
    sources: 'Input files',
    file: 'File',
    sha256: 'SHA-256',
    noSources: 'No input files were recorded.',
    engine: (p) => `Scores computed by ${p.engine} ${p.version} with the ${p.framework} framework, version ${p.frameworkVersion}.`,
  },

  log: {
    indicator_insufficient: (p) =>
      `${p.target}: insufficient data (${p.answers} ${p.answers === '1' ? 'answer' : 'answers'}, at least ${p.minAnswers} needed); not scored.`,
    indicator_unread: (p) =>
      `${p.target}: insufficient data (${p.answers} ${p.answers === '1' ? 'answer' : 'answers'}, at least ${p.minAnswers} needed: a survey workbook has no column for ${p.questions}); not scored.`,
    indicator_no_value: (p) => `${p.target}: the ${p.answers} answers gave no usable value; not scored.`,
    value_imputed: (p) => `${p.target}: missing; imputed as ${p.value} (${p.method}).`,
    value_winsorised: (p) => `${p.target}: outlier ${p.from} winsorised to ${p.to}.`,
    value_log_transformed: (p) => `${p.target}: winsorising did not remove the outliers, so the values were log-transformed; ${p.from} became ${p.to}.`,
    goalposts_invalid: (p) => `${p.target}: the goalposts ${p.min} and ${p.max} do not form a range; not scored.`,
    score_truncated: (p) => `${p.target}: value ${p.value} lies ${p.above ? 'above the upper' : 'below the lower'} goalpost, ${p.bound}; it was capped at that goalpost and scores ${p.score}.`,
    normalisation_undefined: (p) => `${p.target}: the normalisation (${p.method}) is undefined for the values of this assessment, for example because all clusters have the same value; not scored.`,
    mean_undefined: {
      negative_child: (p) => `${p.target}: a part has a negative score, and a geometric or harmonic mean of a negative score is not defined; not scored.`,
    },
    dimension_not_scored: (p) =>
      `${p.target}: not scored; indicators with data carry ${p.coverage} of its weight, at least ${p.minCoverage} needed.`,
    group_not_scored: (p) => `${p.target}: not scored; parts with data carry ${p.coverage} of its weight, at least ${p.minCoverage} needed.`,
    index_not_scored: (p) =>
      `${p.target}: not scored; dimensions with data carry ${p.coverage} of its weight, at least ${p.minCoverage} needed.`,
    weights_rescaled: (p) => `${p.target}: weights rescaled over the parts with data (${p.coverage} of the weight).`,
    policy_blended: {
      both: (p) => `${p.target}: the ${p.index} combines target attainment (weight ${p.targetWeight}) and policy uptake (weight ${p.uptakeWeight}); both have a value.`,
      alone: (p) =>
        `${p.target}: of target attainment (weight ${p.targetWeight}) and policy uptake (weight ${p.uptakeWeight}), only ${p.part} has a value (${p.coverage} of the weight), so it makes the ${p.index} alone.`,
      short: (p) =>
        `${p.target}: of target attainment (weight ${p.targetWeight}) and policy uptake (weight ${p.uptakeWeight}), only ${p.part} has a value, ${p.coverage} of the weight where ${p.minCoverage} is needed; the ${p.index} is not scored.`,
      none: (p) => `${p.target}: neither target attainment nor policy uptake has a value; the ${p.index} is not scored.`,
    },
    policyPart: { targets: 'target attainment', uptake: 'policy uptake' },
    targets_not_scored: (p) =>
      `${p.target}: target attainment not scored; the priorities with data carry ${p.coverage} of the weight, at least ${p.minCoverage} needed.`,
    peer_group_compared: (p) =>
      `${p.target}: the peer group of this cluster, with ${p.size} clusters in this assessment (at least ${p.minSize} needed); peer medians, the strong-cluster test and the stars are computed within this group.`,
    peer_group_too_small: (p) =>
      `${p.target}: the peer group of this cluster has ${p.size === '1' ? 'only this cluster' : `${p.size} clusters`} in this assessment, fewer than the ${p.minSize} needed; no peer medians, strong-cluster test or stars are shown, and the cluster is compared with ${p.against} instead.`,
    no_peer_group: (p) =>
      `${p.target}: no peer group, as the workbook gives neither an industry code nor a peer group; no peer medians, strong-cluster test or stars are shown, and the cluster is compared with ${p.against} instead.`,
    baseline_not_compared: (p) => `${p.target}: not compared with the baseline, because ${p.reason}.`,
    notComparedReason: {
      framework: 'the baseline was scored with another framework or framework version',
      normalisation: 'the baseline used another normalisation, or does not record it',
      goalposts: 'the goalposts of at least one indicator differ from the baseline’s, or are not recorded there',
      policy_profile: 'the baseline used another policy profile',
      policy_version: 'the baseline used another version of the policy profile',
      policy_added: 'the baseline was scored without a policy profile, so its index holds no policy targets',
      policy_removed: 'the baseline included a policy profile’s targets, and this assessment has no policy profile',
      survey_year: 'the baseline is not from an earlier survey year',
    },
    allIndicators: 'Indicator values',
    baseline_forced: (p) =>
      `${p.target}: the baseline is from ${p.baselineYear}, not earlier than this survey (${p.year}); it was compared only because the run was told to compare it anyway.`,
  },
};
