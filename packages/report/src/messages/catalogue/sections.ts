/**
 * Message types of the cluster-report sections added after v1 (profile, trend, policy,
 * rating scales, integration stages, peers, data quality). Part of `Messages`; the texts are
 * in messages/en/sections.ts and messages/zh/sections.ts.
 */
import type { NotComparedReason, PolicyKind } from '@clusterlens/schema';
import type { Trend } from '../../change.js';

type Fn<K extends string> = (p: Record<K, string>) => string;

export interface SectionMessages {
  trend: {
    changeSince: Fn<'year'>;
    note: Fn<'year'>;
    mismatch: Fn<'version'>;
    previous: Fn<'year' | 'value'>;
    headline: (p: { year: string; index: string; trend: Trend; diff: string; previous: string }) => string;
    rank: Fn<'previous' | 'rank'>;
    biggestRise: Fn<'dimension' | 'diff'>;
    biggestFall: Fn<'dimension' | 'diff'>;
    rankStable: Fn<'index' | 'rank' | 'varied'>;
    rankRange: Fn<'index' | 'lo' | 'hi' | 'varied'>;
  };

  profile: {
    industryCode: string;
    respondents: string;
    population: string;
    responseRate: string;
    locationQuotient: string;
    hhi: string;
    /** What the HHI rests on: `members` respondents' revenues; `floor`: its least possible value over that many firms (10,000 / members). */
    hhiBasis: Fn<'members' | 'floor'>;
    strongCluster: string;
    yes: string;
    no: string;
    stars: string;
    starsOf: Fn<'stars'>;
    byRole: string;
    bySize: string;
    coverage: Fn<'present' | 'total'>;
    missingRoles: Fn<'list'>;
  };

  policy: {
    /** `index`: the name of the index that holds the blend (or the steps' `alignmentScore`). */
    /** `uptakeName`: the policy index's own components, whose score is the uptake part. */
    intro: Fn<'profile' | 'version' | 'index' | 'score' | 'targets' | 'uptake' | 'uptakeName'>;
    priorityLabel: Fn<'label' | 'weight'>;
    noData: string;
    attainmentTitle: string;
    attainmentNote: string;
    /** The same when some priority with an attainment has a target without one: the attainment is over the targets that could be decided. */
    attainmentNoteDecided: string;
    /** Added to the attainment note when a value stands exactly at a strict target (full credit, not met). */
    atStrictTarget: string;
    /** Per policy kind: a recognition scheme has recognition thresholds, a strategy only eligibility criteria. */
    eligibilityTitle: Record<PolicyKind, string>;
    eligibilityCount: Fn<'passed' | 'total'>;
    /** "2 met, 1 not met, 4 without data" (zero parts left out). */
    eligibilityTally: (p: { met: string; notMet: string; noData: string; notApplicable: string; total: string }) => string;
    /** An amount given in millions of `currency`, in the language's own magnitude ("CNY 4,000 million", "40亿元"), with up to `digits` decimals there (default 2). */
    money: (p: { currency: string; millions: number; digits?: number }) => string;
    count: Fn<'value'>;
    /** Where the policy document sets a criterion. */
    clause: Fn<'clause'>;
    /** A further part of a criterion with alternatives ("or …"). */
    partOr: Fn<'part'>;
    /** A count from the member survey: of the respondents only. */
    ofRespondents: Fn<'value' | 'respondents'>;
    /** The verdict of a part that a count of respondents cannot decide. */
    undecided: string;
    /** Why a criterion with a survey count below its minimum is without data. */
    respondentsOnlyNote: Fn<'part' | 'value' | 'respondents' | 'threshold'>;
    /** A target whose respondent count cannot decide it (no attainment, no gap); `atMost`: a maximum. */
    targetRespondentsOnly: (p: Record<'indicator' | 'target' | 'value', string> & { atMost: boolean }) => string;
    valueSource: Record<'regional' | 'survey' | 'derived', string>;
    converted: Fn<'original' | 'rate' | 'value'>;
    notApplicable: string;
    notApplicableReason: { no_rate: Fn<'from' | 'to'>; currency_unknown: string };
    sourceColumn: string;
    actionsTitle: string;
    actionsIntro: Fn<'count'>;
    actionColumn: string;
    gainColumn: string;
    whoColumn: string;
    horizonColumn: string;
    gain: Fn<'points' | 'index'>;
    actor: Record<'association' | 'government' | 'members', string>;
    horizon: Record<'short' | 'medium' | 'long', string>;
    measure: Fn<'measure'>;
    noActions: string;
    gapsInAppendix: string;
    eligible: Record<PolicyKind, string>;
    notEligible: Record<PolicyKind, string>;
    eligibilityUnknown: Record<PolicyKind, string>;
    criterion: string;
    threshold: string;
    result: string;
    pass: string;
    /** A criterion met through an alternative while its first part is not. */
    passViaAlternative: string;
    fail: string;
    unknown: string;
    gapsTitle: string;
    gapsIntro: string;
    noGaps: string;
    gapIndicator: string;
    target: string;
    shortfall: string;
    targetNote: Fn<'target'>;
    /** An indicator and its target (f.threshold): "Patents per 10,000 employees ≥ 300", zh "每万名员工专利数≥300件/万名员工". */
    labelTarget: Fn<'label' | 'target'>;
    /** A target chosen by the framework's authors: never called a policy target. */
    benchmarkNote: Fn<'target'>;
    source: Record<'policy' | 'framework', string>;
    /** What a target's source tag means, one sentence per source; a table explains only the sources it shows. */
    sourceNote: Record<'policy' | 'framework', string>;
    citation: Fn<'citation'>;
    /** `source`: `policy` where the policy document sets the target, else `framework` (a benchmark, never called a policy target). */
    summaryGap: Fn<'profile' | 'indicator' | 'value' | 'target' | 'source'>;
    summaryEligible: (p: { total: string; kind: PolicyKind }) => string;
    summaryFailed: (p: { count: number; list: string; kind: PolicyKind }) => string;
  };

  likert: {
    intro: string;
    /** `min`: the least printed share that is labelled in the chart. */
    note: Fn<'min'>;
    lowest: Fn<'value'>;
    highest: Fn<'value'>;
    n: Fn<'n'>;
  };

  integration: {
    stageLabel: Fn<'stage' | 'label'>;
    mean: Fn<'mean' | 'answered' | 'total'>;
    answered: Fn<'answered'>;
    stagesTitle: string;
  };

  /** Which clusters a cluster is compared with, and which scores were not compared with the baseline. */
  comparison: {
    peerGroup: Fn<'key' | 'basis' | 'size'>;
    basis: Record<'config' | 'peer_group' | 'industry_code', string>;
    tooSmall: Fn<'key' | 'basis' | 'size' | 'minSize' | 'against'>;
    noKey: Fn<'minSize' | 'against'>;
    /** What a cluster without ranks or peers is compared with: its own history only when the result has a baseline or a history series. */
    against: Record<'goalposts' | 'history', string>;
    notCompared: Fn<'year' | 'list'>;
    reason: Fn<'names' | 'reason'>;
    /** A table cell where a baseline value would stand for a score not compared (`reason`: one of `shortReason`). */
    notComparedCell: Fn<'reason'>;
    /** Why a score was not compared, in a few words for a table cell. */
    shortReason: Record<NotComparedReason, string>;
    forced: Fn<'year' | 'baselineYear'>;
    noPeerTest: Fn<'minSize'>;
    runRank: Fn<'count'>;
    /** The rank column when no other cluster of the run has a score. */
    runRankAlone: string;
  };

  peers: {
    intro: Fn<'count'>;
    others: string;
    interval: string;
    /** A rank and its interval (`span`: rankSpan). */
    withInterval: Fn<'rank' | 'span'>;
    sensitivity: Fn<'index' | 'median' | 'lo' | 'hi' | 'total' | 'varied'>;
    /** The data table of a large run: this cluster and the `count` ranked next to it on `index`. */
    tableRanked: Fn<'index' | 'count'>;
    /** The same when this cluster has no rank on `index`: the `count` ranked highest. */
    tableTop: Fn<'index' | 'count'>;
    /** The head of the rank column at the right of the dot plot: without / with the 5–95 % rank interval in brackets. */
    rankHead: string;
    rankHeadInterval: string;
  };

  quality: {
    missingTitle: string;
    missingIntro: string;
    answers: string;
    answersOf: Fn<'answers' | 'respondents'>;
    answeredShare: string;
    regional: string;
    weight: string;
    effectiveWeight: string;
    used: string;
    weightsTitle: string;
    component: string;
    /** The parts of the policy step's blend in the weights table; `uptakePart` names a dimension of the uptake. */
    targetAttainment: string;
    uptakePart: Fn<'dimension'>;
  };
}
