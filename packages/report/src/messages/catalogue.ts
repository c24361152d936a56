/**
 * Every text the reports show, in English and Simplified Chinese (glossary: DESIGN.md §10).
 *
 * Sentences with numbers are functions of named, already formatted values, so each language
 * orders the parts its own way and a translation that forgets a part fails to typecheck.
 * Both catalogues have the type `Messages`; a missing translation is a type error.
 */
import type { Lang, NotComparedReason } from '@clusterlens/schema';
import type { HistoryMessages } from './catalogue/history.js';
import type { MemberMessages } from './catalogue/member.js';
import type { FigureMessages } from './catalogue/figure.js';
import type { MethodMessages } from './catalogue/method.js';
import type { SectionMessages } from './catalogue/sections.js';
import type { PortfolioMessages } from './catalogue/portfolio.js';
import type { TableMessages } from './catalogue/tables.js';
import type { Status } from '../status.js';

type Fn<K extends string> = (p: Record<K, string>) => string;

/** The documents that carry the publisher block. */
export type PublishedDocument = 'cluster' | 'portfolio';

export interface Messages extends SectionMessages, FigureMessages {
  /** BCP 47 tag for Intl formatting and the PDF language entry. */
  locale: string;
  member: MemberMessages;
  history: HistoryMessages;
  steps: MethodMessages;
  portfolio: PortfolioMessages;
  tables: TableMessages;
  reportTitle: string;
  subject: Fn<'cluster' | 'year'>;
  /** The PDF title: report title, then what it is about ("…: Zhili Children's Wear Cluster, 2025"). */
  titleOf: Fn<'title' | 'name' | 'year'>;
  keywords: string;
  /** Between PDF keywords (", " / "，"). */
  keywordSeparator: string;
  dash: string;
  /** Between the ends of a range with a negative end ("−5 to 15%"), where a dash would read as a minus. */
  rangeTo: string;
  /** A comparison sign and its threshold: "≥ 3.5" (en), "≥3.5" (zh); through `f.threshold`. */
  threshold: Fn<'sign' | 'value'>;
  pageOf: Fn<'page' | 'total'>;
  joinList: (items: readonly string[]) => string;
  /** A question id or other code in running text, quoted. */
  quotedId: Fn<'id'>;
  /** Between the items of a list whose items hold commas ("; "). */
  listSeparator: string;
  /** Between short items of a list that hold no commas (", " / "、"). */
  itemSeparator: string;
  /** Sentences run into one paragraph: a space between them in English, none after a Chinese full stop. */
  joinSentences: (sentences: readonly string[]) => string;
  /** Between the points of a series read out, e.g. "2023 40.0, 2024 45.0". */
  pointSeparator: string;
  /** Between a label and what follows it (": " / "："). */
  colon: string;
  /** A text in brackets after another (" (…)" / "（…）"). */
  inBrackets: Fn<'text'>;
  /** A rank interval: `lo`–`hi`, or the one rank when they are equal. */
  rankSpan: Fn<'lo' | 'hi'>;
  /** A label with its unit; a unit that brings its own brackets ("(score, 1–5)") is not bracketed again. */
  withUnit: Fn<'label' | 'unit'>;
  yes: string;
  no: string;
  scoreOf: Fn<'name' | 'score'>;
  /** A count with its share, as chart labels print it ("49 (17%)" / "49（17%）"). */
  countShare: Fn<'count' | 'share'>;
  /** A name as it stands inside a sentence: English sentence case ("the competitiveness index"), acronyms kept ("MIIT …"). */
  inSentence: (name: string) => string;
  /** The first letter of a sentence that starts with a name, capitalised. */
  sentenceStart: (text: string) => string;
  /** A policy target in words, never a comparison sign ("at least 300 patents"). */
  targetWords: (p: { op: '>=' | '<='; strict?: boolean | undefined; value: string }) => string;

  cover: {
    region: string;
    year: string;
    framework: string;
    rank: Fn<'rank' | 'total'>;
    peerMedian: Fn<'median'>;
    notScored: string;
    /** The note under a policy index that, without a policy profile, is its components alone (as policyIndexAlone, short). */
    policyIndexAlone: Fn<'components' | 'count'>;
  };

  /** Labels of the publisher block (see publisher-block.ts) and the disclaimer used when none is set. */
  /** `defaultDisclaimer` per document: each cites only the method statement that document or its results have. */
  publisher: { issuer: string; date: string; contact: string; licence: string; disclaimer: string; defaultDisclaimer: Record<PublishedDocument, string> };

  headings: {
    contents: string;
    summary: string;
    howToRead: string;
    keyFacts: string;
    profile: string;
    scorecard: string;
    radar: string;
    indicators: string;
    likert: string;
    policy: string;
    integration: string;
    peers: string;
    methodology: string;
  };
  /** The key-facts page (key-facts.ts). */
  keyFacts: {
    statistic: string;
    source: string;
    year: string;
    noSource: string;
    ofSurveyed: (p: { count: number; population: number; share: string }) => string;
    ofAllFirms: (p: { count: number; firms: number; share: string }) => string;
  };
  /** The "How to read this report" page (how-to-read.ts). */
  howToRead: {
    scoreTerm: string;
    scoreLevels: string;
    goalpostsTerm: string;
    goalposts: string;
    bandsTerm: string;
    bands: Fn<'good' | 'fair'>;
    peersTerm: string;
    ranksTerm: string;
    ranks: Fn<'count'>;
    /** `against`: `comparison.against`. */
    noRanks: Fn<'against'>;
    intervalTerm: string;
    interval: Fn<'draws' | 'varied'>;
    /** A sensitivity analysis whose draws varied nothing. */
    intervalNothing: Fn<'draws'>;
    insufficientTerm: string;
    insufficient: string;
  };
  /** Section heading with its number, e.g. "2  Scorecard". */
  numbered: Fn<'number' | 'title'>;

  summary: {
    headline: Fn<'cluster' | 'year' | 'index' | 'score' | 'scale' | 'rank' | 'total'>;
    headlineAlone: Fn<'cluster' | 'year' | 'index' | 'score' | 'scale'>;
    /** What the headline score is measured on, right after the number (see score-scale.ts). */
    scale: { hundred: string; bounded: Fn<'lower' | 'upper'>; zscore: Fn<'mean' | 'sd'>; rank: string };
    headlineNotScored: Fn<'cluster' | 'index'>;
    versusMedian: (p: { diff: string; median: string; above: boolean }) => string;
    atMedian: Fn<'median'>;
    /** Score and median differ by less than the printed precision shows, even at three decimals. */
    nearMedian: Fn<'median'>;
    secondary: Fn<'index' | 'score' | 'rank' | 'total'>;
    /** The policy index, named with the policy profile it measures alignment with. */
    secondaryPolicy: Fn<'index' | 'profile' | 'score' | 'rank' | 'total'>;
    secondaryAlone: Fn<'index' | 'score'>;
    secondaryNotScored: Fn<'index'>;
    strongest: (p: { list: string; count: number }) => string;
    weakest: (p: { list: string; count: number }) => string;
    unscored: (p: { list: string; count: number }) => string;
    insufficient: (p: { count: number; total: string }) => string;
    allSufficient: Fn<'total'>;
    response: (p: { count: number; population: number; rate: string }) => string;
    responseUnknown: (p: { count: number }) => string;
    responseBelow: (p: { count: number; population: number }) => string;
  };

  table: {
    item: string;
    score: string;
    rank: string;
    peerMedian: string;
    status: string;
    indicator: string;
    value: string;
  };
  status: Record<Status, string>;
  statusRange: (p: { good: string; fair: string }) => Record<Exclude<Status, 'none'>, string>;
  /** Replaces the status legend when the scores are not on 0–100; `method` names the normalisation. */
  noBands: Fn<'method'>;
  legendTitle: string;
  insufficientAnswers: Fn<'answers'>;
  scorecardNote: string;
  rankCell: Fn<'rank' | 'total'>;
  dimensionLine: Fn<'score' | 'coverage'>;
  dimensionNotScored: Fn<'coverage' | 'minCoverage'>;
  goalposts: (p: { range: string; lower: boolean }) => string;
  unitNote: Fn<'unit'>;
  /** Opens the indicator detail; `scores` is the normalisation's brief sentence. */
  indicatorsIntro: Fn<'values' | 'peers' | 'scores'>;
  /** What the value column holds: cluster figures; with indicators that count members or sum their answers, that those cover the respondents only. */
  indicatorValues: { cluster: string; withRespondents: string };
  /** Under an indicator that counts members (count_yes, count_in) or sums their answers (sum). */
  amongRespondents: { count: Fn<'respondents'>; sum: Fn<'respondents'> };
  /** What the peer median column holds: the peer group's median, the run's (a result from before peer groups), or nothing. */
  peerMedianOf: { group: string; run: string; none: Fn<'minSize'>; withCounts: Fn<'peers'> };

  radar: {
    cluster: string;
    peer: string;
    notScored: string;
    baseline: Fn<'year'>;
    gapNote: Fn<'list'>;
    /** The dimensions without a baseline point because they are not compared with it; `list` names each with its reason. */
    notComparedNote: Fn<'baseline' | 'list' | 'count'>;
    caption: Fn<'range' | 'grid'>;
  };

  method: {
    exclusions: string;
    noExclusions: string;
    respondents: string;
    respondentsText: Fn<'count'>;
    excludedAnswers: Fn<'excluded'>;
    excludedRows: Fn<'rows'>;
    responseRate: Fn<'population' | 'rate'>;
    responseRateUnknown: string;
    /** The population given is below the respondents' count: no rate. */
    responseRateBelow: Fn<'population' | 'count'>;
    byRole: string;
    sources: string;
    file: string;
    sha256: string;
    noSources: string;
    engine: Fn<'engine' | 'version' | 'framework' | 'frameworkVersion'>;
  };

  /** A sentence per log code of the schema (see log-lines.ts); `target` is the display name. */
  log: {
    indicator_insufficient: Fn<'target' | 'answers' | 'minAnswers'>;
    /** The same, where a survey workbook had no column for questions of the indicator. */
    indicator_unread: Fn<'target' | 'answers' | 'minAnswers' | 'questions'>;
    indicator_no_value: Fn<'target' | 'answers'>;
    value_imputed: Fn<'target' | 'value' | 'method'>;
    value_winsorised: Fn<'target' | 'from' | 'to'>;
    value_log_transformed: Fn<'target' | 'from' | 'to'>;
    goalposts_invalid: Fn<'target' | 'min' | 'max'>;
    /** The value was capped at the goalpost `bound` (the upper one when `above`), which scores `score`. */
    score_truncated: (p: Record<'target' | 'value' | 'bound' | 'score', string> & { above: boolean }) => string;
    normalisation_undefined: Fn<'target' | 'method'>;
    mean_undefined: Record<'negative_child', Fn<'target'>>;
    dimension_not_scored: Fn<'target' | 'coverage' | 'minCoverage'>;
    group_not_scored: Fn<'target' | 'coverage' | 'minCoverage'>;
    index_not_scored: Fn<'target' | 'coverage' | 'minCoverage'>;
    weights_rescaled: Fn<'target' | 'coverage'>;
    policy_blended: {
      both: Fn<'target' | 'index' | 'targetWeight' | 'uptakeWeight'>;
      alone: Fn<'target' | 'index' | 'part' | 'coverage' | 'targetWeight' | 'uptakeWeight'>;
      short: Fn<'target' | 'index' | 'part' | 'coverage' | 'minCoverage' | 'targetWeight' | 'uptakeWeight'>;
      none: Fn<'target' | 'index'>;
    };
    policyPart: Record<'targets' | 'uptake', string>;
    targets_not_scored: Fn<'target' | 'coverage' | 'minCoverage'>;
    peer_group_compared: Fn<'target' | 'size' | 'minSize'>;
    /** `against`: `comparison.against`. */
    peer_group_too_small: Fn<'target' | 'size' | 'minSize' | 'against'>;
    no_peer_group: Fn<'target' | 'against'>;
    baseline_not_compared: Fn<'target' | 'reason'>;
    notComparedReason: Record<NotComparedReason, string>;
    /** The `indicators` target of baseline_not_compared: every indicator value. */
    allIndicators: string;
    baseline_forced: Fn<'target' | 'year' | 'baselineYear'>;
  };
}
