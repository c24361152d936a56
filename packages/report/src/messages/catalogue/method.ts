/**
 * Message types of the methodology appendix (part of `Messages` as `steps`): a sentence for
 * every step of the method record and every value its parameters can take. The records are
 * keyed by the schema's own unions (step names, normalisation, aggregation and imputation
 * methods), so a method the schema gains without a sentence here is a type error, not a gap in
 * a report. Texts: messages/en/method.ts and messages/zh/method.ts.
 */
import type { AggregationMethod, ImputationMethod, NormalisationMethod, StepName } from '@clusterlens/schema';

type Fn<K extends string> = (p: Record<K, string>) => string;

/** What a policy profile may give for an action: its support measure, who usually acts, its horizon. */
export type ActionField = 'measure' | 'actor' | 'horizon';

/** The parameters of a normalisation, formatted: `scale` of the 0–1 methods, `lower`/`upper` of minmax, `mean`/`sd` of zscore. */
export type NormaliseWords = Record<'scale' | 'lower' | 'upper' | 'mean' | 'sd', string>;

export interface MethodMessages {
  intro: Fn<'count' | 'engine' | 'version'>;
  notReplayable: Fn<'reason'>;
  /** Heading of each step, numbered in the order of the record. */
  title: Record<StepName, string>;

  measure: Fn<'minAnswers' | 'minShare'>;

  impute: {
    method: Record<ImputationMethod, Fn<'group'>>;
    /** Short names, for the log and the sensitivity lists. */
    name: Record<ImputationMethod, string>;
    /** The survey attributes a grouped imputation can use; any other is named as it is. */
    group: Record<'region' | 'industryCode', string>;
    attribute: Fn<'name'>;
    /** A grouped imputation in a list: its name and its grouping. */
    grouped: Fn<'name' | 'group'>;
    noGroup: string;
    flagged: string;
  };

  treat: Fn<'skewness' | 'kurtosis' | 'maxPoints'>;

  normalise: {
    method: Record<NormalisationMethod, (p: NormaliseWords) => string>;
    /** One phrase per method with its parameters, for the sensitivity lists ("goalposts, capped"). */
    name: Record<NormalisationMethod, (p: NormaliseWords & { truncate: boolean }) => string>;
    /** The sentence the indicator-detail section opens with, on the run's scale. */
    brief: Record<NormalisationMethod, (p: NormaliseWords) => string>;
    truncate: (p: { truncate: boolean; scale: string }) => string;
    lowerIsBetter: string;
    undefinedScores: string;
  };

  aggregate: {
    method: Record<AggregationMethod, string>;
    name: Record<AggregationMethod, string>;
    hierarchy: Fn<'means'>;
    minCoverage: Fn<'minCoverage'>;
    overrides: Fn<'list'>;
    override: Fn<'parent' | 'method'>;
    weights: Fn<'list'>;
    weight: Fn<'parent' | 'child' | 'weight'>;
    /** Without a policy profile: the policy index is its own components alone (`count` of them). */
    policyIndexAlone: Fn<'index' | 'components' | 'count'>;
  };

  members: Fn<'minGroupSize'>;

  /** `steps`: the numbers of the steps above that the what-if runs again, listed; `count` of them. */
  actions: Fn<'maxActions' | 'steps' | 'count'>;
  /**
   * What the policy profile gives for the listed actions, from the actions themselves: the
   * fields (`actionField`, listed with joinList) every action has, some have and none has.
   */
  actionField: Record<ActionField, string>;
  actionsGiven: Fn<'list'>;
  actionsSome: Fn<'list'>;
  actionsNone: Fn<'list'>;

  policy: {
    profile: Fn<'profile' | 'id'>;
    partialCredit: Record<'linear', string>;
    /** Said only where the profile has a strict target (“more than T”). */
    strictTargets: string;
    targets: Fn<'minCoverage'>;
    /** `components`: the index's own parts by name, whose score is the uptake. */
    blend: Fn<'index' | 'targetWeight' | 'uptakeWeight' | 'components'>;
    blendScaled: Fn<'index' | 'targetWeight' | 'uptakeWeight' | 'sum' | 'targetShare' | 'uptakeShare' | 'components'>;
    missingPart: Fn<'minCoverage'>;
    noUptake: Fn<'targetWeight' | 'uptakeWeight' | 'targetShare' | 'minCoverage'>;
    /** The score's name when the framework has no index to hold it. */
    alignmentScore: string;
    rates: Fn<'list'>;
    rate: Fn<'from' | 'to' | 'rate'>;
    noRates: string;
  };

  benchmark: Record<'min', string> & { peers: Fn<'minPeers' | 'against'>; config: string };

  baseline: {
    source: Fn<'framework' | 'engine'>;
    cluster: Fn<'year'>;
    absent: string;
    comparable: Fn<'framework'>;
    /** The same framework, some scores not compared: they are listed next, with the reason. */
    comparableExcept: Fn<'framework'>;
    /** The same framework, but nothing compared (the reason follows). */
    noneCompared: Fn<'framework'>;
    mismatch: Fn<'framework'>;
    rule: string;
    forced: string;
  };

  sensitivity: {
    draws: Fn<'draws' | 'seed'>;
    weights: Fn<'fraction' | 'low' | 'high'>;
    weightsFixed: string;
    drawn: Fn<'what' | 'list'>;
    fixed: Fn<'what' | 'choice'>;
    imputationAsRun: string;
    noImputation: string;
    what: Record<'imputation' | 'normalisation' | 'aggregation', string>;
    summary: Fn<'targets'>;
    /** What the draws varied, joined with joinList, for the sentences about rank intervals. */
    varied: { weights: Fn<'fraction'>; imputation: string; normalisation: string; aggregation: string };
  };
}
