import type { MethodMessages } from '../catalogue/method.js';

/** English texts of the methodology appendix. */
export const stepsEn: MethodMessages = {
  intro: (p) =>
    `The scores were computed by ${p.engine} ${p.version} in ${p.count === '1' ? 'the one step' : `the ${p.count} steps`} below, in this order. Each paragraph is written from the method record stored with the results (results.json, “method”), which states every choice and parameter of the run.`,
  notReplayable: (p) => `The record cannot regenerate the results exactly: ${p.reason}.`,
  title: {
    measure: 'From member answers to indicator values',
    impute: 'Imputation of missing values',
    treat: 'Outlier treatment',
    normalise: 'Normalisation',
    aggregate: 'Aggregation and weights',
    members: 'Member scores',
    policy: 'Policy alignment',
    actions: 'Action plan',
    benchmark: 'Ranks, percentiles and peer medians',
    baseline: 'Change since the baseline',
    sensitivity: 'Sensitivity analysis',
  },

  measure: (p) =>
    `Member answers are combined into one value per indicator by the rule the framework sets for it (a mean, median, share of “yes” answers, count or regional statistic). An indicator is scored only if at least ${p.minAnswers === '1' ? 'one member' : `${p.minAnswers} members`} answered it (the framework may require more for a single indicator) and they make up at least ${p.minShare} of the respondents. Otherwise it has insufficient data: it is left out of the scores, never counted as zero.`,

  impute: {
    method: {
      mean: () => 'Each missing indicator value is replaced by the mean of the clusters of this assessment that have a value.',
      median: () => 'Each missing indicator value is replaced by the median of the clusters of this assessment that have a value.',
      group_mean: (p) => `Each missing indicator value is replaced by the mean of the clusters of this assessment with the same ${p.group} that have a value.`,
      group_median: (p) => `Each missing indicator value is replaced by the median of the clusters of this assessment with the same ${p.group} that have a value.`,
    },
    name: { mean: 'mean of the clusters', median: 'median of the clusters', group_mean: 'mean of the group', group_median: 'median of the group' },
    group: { region: 'region', industryCode: 'industry code' },
    attribute: (p) => `attribute “${p.name}”`,
    grouped: (p) => `${p.name} (${p.group})`,
    noGroup: 'No attribute to group the clusters by was given, so no value is imputed.',
    flagged: 'Imputed values are listed below and marked in the results; the measured value and its status still show what was measured.',
  },

  treat: (p) =>
    `Outliers are treated for each indicator over the clusters of this assessment. While the absolute skewness of its values is at least ${p.skewness} and their kurtosis at least ${p.kurtosis}, the most extreme value is winsorised (set to the next value inward), up to ${p.maxPoints === '1' ? 'one value' : `${p.maxPoints} values`}. If the test still fails, the winsorising is undone and the values are log-transformed instead, keeping their order. Every treated value is listed below.`,

  normalise: {
    method: {
      goalposts: (p) =>
        `Each indicator value becomes a score from 0 to ${p.scale} on goalposts fixed in the framework, so scores are comparable across years: where a higher value is better, (value − lower goalpost) / (upper goalpost − lower goalpost) × ${p.scale}; where a lower value is better, (upper goalpost − value) / (upper goalpost − lower goalpost) × ${p.scale}.`,
      minmax: (p) =>
        `Each indicator is rescaled over the clusters of this assessment (min–max): (value − lowest value) / (highest value − lowest value) × (${p.upper} − ${p.lower}) + ${p.lower}, so the lowest cluster scores ${p.lower} and the highest ${p.upper}. The scores compare the clusters of this assessment, not years.`,
      zscore: (p) =>
        `Each indicator is standardised over the clusters of this assessment (z-score): (value − mean) / standard deviation × ${p.sd} + ${p.mean}, the standard deviation taken with n − 1, so the scores have mean ${p.mean} and standard deviation ${p.sd}. The scores compare the clusters of this assessment, not years.`,
      prank: (p) =>
        `Each indicator becomes a percentile rank among the clusters of this assessment: (rank − 1) / (number of clusters with a value − 1) × ${p.scale}, so the lowest value scores 0 and the highest ${p.scale}; equal values share the lower rank.`,
      rank: () =>
        'Each indicator becomes a rank among the clusters of this assessment: the lowest value gets rank 1 and every other value 1 plus the number of clusters with a lower value, so equal values share a rank.',
      dist2targ: (p) =>
        `Each indicator is scored by its distance to a target: (1 − (target − value) / (target − lowest value)) × ${p.scale}, capped at ${p.scale}, so the lowest value of the clusters of this assessment scores 0 and a value at or beyond the target ${p.scale}. The target is the indicator’s own target in the framework, else the goalpost that scores highest.`,
      dist2max: (p) =>
        `Each indicator is scored by its distance to the best cluster: (1 − (highest value − value) / (highest value − lowest value)) × ${p.scale}, so the highest value of the clusters of this assessment scores ${p.scale} and the lowest 0.`,
    },
    name: {
      goalposts: (p) => (p.truncate ? 'goalposts, capped' : 'goalposts, not capped'),
      minmax: (p) => `min–max to ${p.lower}–${p.upper}`,
      zscore: (p) => `z-scores with mean ${p.mean} and standard deviation ${p.sd}`,
      prank: (p) => `percentile ranks × ${p.scale}`,
      rank: () => 'ranks',
      dist2targ: (p) => `distance to target × ${p.scale}`,
      dist2max: (p) => `distance to the best × ${p.scale}`,
    },
    brief: {
      goalposts: (p) => `Scores run from 0 to ${p.scale} after normalisation on the framework’s goalposts.`,
      minmax: (p) => `Scores are min–max normalised over the clusters assessed, from ${p.lower} to ${p.upper}.`,
      zscore: (p) => `Scores are z-scores over the clusters assessed, with mean ${p.mean} and standard deviation ${p.sd}.`,
      prank: (p) => `Scores are percentile ranks among the clusters assessed, from 0 to ${p.scale}.`,
      rank: () => 'Scores are ranks among the clusters assessed, 1 for the lowest value.',
      dist2targ: (p) => `Scores measure the distance to each indicator’s target, from 0 to ${p.scale}.`,
      dist2max: (p) => `Scores measure the distance to the best cluster assessed, from 0 to ${p.scale}.`,
    },
    truncate: (p) => (p.truncate ? `A value beyond a goalpost is capped at that goalpost, so it scores 0 or ${p.scale}.` : `Values beyond the goalposts are not capped, so scores may lie below 0 or above ${p.scale}.`),
    lowerIsBetter: 'For indicators where a lower value is better, the values are negated first, so that a lower value scores higher.',
    undefinedScores: 'Where the method is undefined for an indicator’s values (all clusters equal, a single cluster, no target), its scores are left missing, never guessed.',
  },

  aggregate: {
    method: {
      arithmetic: 'weighted arithmetic means, Σ w·x / Σ w, in which a high score on one part fully compensates a low score on another',
      geometric: 'weighted geometric means, exp(Σ w·ln x / Σ w), in which compensation is partial: a part scoring 0 makes the whole 0, and a negative score leaves it unscored',
      harmonic: 'weighted harmonic means, Σ w / Σ (w / x), the least compensating mean: a part scoring 0 makes the whole 0, and a negative score leaves it unscored',
    },
    name: { arithmetic: 'arithmetic mean', geometric: 'geometric mean', harmonic: 'harmonic mean' },
    hierarchy: (p) => `Indicator scores are combined into dimension scores and these, level by level, into the indices, as ${p.means}. The weights are the framework’s (table below), relative within each parent.`,
    minCoverage: (p) =>
      `Parts without a score are dropped and the weights of the others rescaled to sum to one; a dimension or index is scored only if its parts with a score carry at least ${p.minCoverage} of its weight.`,
    overrides: (p) => `The framework gives some parents their own method: ${p.list}.`,
    override: (p) => `${p.parent}, ${p.method}`,
    weights: (p) => `These weights replace the framework’s: ${p.list}.`,
    weight: (p) => `${p.child} in ${p.parent}, ${p.weight}`,
    policyIndexAlone: (p) =>
      `No policy profile was given for this assessment, so the ${p.index} holds no policy targets: it is ${p.count === '1' ? `the score of ${p.components} alone` : `the weighted mean of ${p.components} alone`}.`,
  },

  members: (p) =>
    `Each member’s own dimension scores come from its answers alone, normalised on the framework’s goalposts and combined with the weights and method of the cluster scores. Their quartiles are published only over at least ${p.minGroupSize === '1' ? 'one member' : `${p.minGroupSize} members`}, so that no figure exposes a few members’ answers.`,

  policy: {
    profile: (p) => `Policy alignment is measured against the profile ${p.profile} (${p.id}).`,
    partialCredit: {
      linear:
        'Each target earns an attainment with linear partial credit: for a target “at least T”, 100 if the value reaches T, else 100 × value / T; for “at most T”, 100 if the value is at most T, else 100 × T / value.',
    },
    strictTargets: 'A strict target, “more than T” (“less than T”), is met only by a value above (below) T: a value exactly at T earns the same credit, 100, but does not meet the target and is listed among the gaps with a shortfall of 0%.',
    targets: (p) =>
      `A priority’s attainment is the weighted mean of its targets with a value; the target attainment is the weighted mean of the priorities with a value, provided they carry at least ${p.minCoverage} of the profile’s weight.`,
    blend: (p) => `The ${p.index} is ${p.targetWeight} × target attainment + ${p.uptakeWeight} × policy uptake, the uptake being the score of the ${p.index}’s own parts, ${p.components}.`,
    blendScaled: (p) =>
      `The ${p.index} is (${p.targetWeight} × target attainment + ${p.uptakeWeight} × policy uptake) / ${p.sum}: the weights ${p.targetWeight} and ${p.uptakeWeight} are divided by their sum, ${p.sum}, so target attainment counts ${p.targetShare} and uptake ${p.uptakeShare}. The uptake is the score of the ${p.index}’s own parts, ${p.components}.`,
    missingPart: (p) => `If one part has no value, the other counts alone, provided its share of the weight is at least ${p.minCoverage}.`,
    noUptake: (p) =>
      `The framework has no index for policy uptake, so the policy alignment score is the target attainment alone: of the weights ${p.targetWeight} (targets) and ${p.uptakeWeight} (uptake), only the targets’ share, ${p.targetShare}, has a value, and it must be at least ${p.minCoverage}.`,
    alignmentScore: 'policy alignment score',
    rates: (p) => `Money values of the eligibility check in another currency than the threshold’s are converted at the exchange rates given for this run: ${p.list}.`,
    rate: (p) => `1 ${p.from} = ${p.rate} ${p.to}`,
    noRates: 'No exchange rates were given: a money criterion whose threshold is in another currency than the cluster’s is not applicable.',
  },

  actions: (p) =>
    `The action plan is computed by the engine, not estimated: for each policy target the cluster misses, the indicator is set to its target for this cluster alone and ${p.count === '1' ? `step ${p.steps} above is run again with its parameters` : `steps ${p.steps} above are run again with their parameters`}; the points each index would gain are the what-if score minus the score. ${p.maxActions === '1' ? 'The target with the largest total gain is listed' : `The ${p.maxActions} targets with the largest total gain are listed`}.`,
  actionField: { measure: 'the support measure', actor: 'who usually acts', horizon: 'the horizon' },
  actionsGiven: (p) => `For each action the policy profile gives ${p.list}.`,
  actionsSome: (p) => `The policy profile gives ${p.list} for some of these targets only.`,
  actionsNone: (p) => `The policy profile does not give ${p.list} for these actions.`,

  benchmark: {
    min: 'Clusters are ranked on every score, 1 for the highest; clusters with the same score share the best of their ranks (90, 80, 80, 70 rank 1, 2, 2, 4), as R’s rank with ties “min” (COINr). The percentile is the share of the other scored clusters below the cluster, ties counting half. Ranks and percentiles are among all clusters of this assessment, whatever their industry.',
    peers: (p) =>
      `Peer medians, the US Cluster Mapping strong-cluster test and the European Cluster Observatory-style stars are computed only within a peer group: the clusters of this assessment with the same peer-group key (the workbook’s peer group, else its industry code), where the group has at least ${p.minPeers} clusters. A cluster without such a group is compared with ${p.against} instead.`,
    config: 'The configuration assigns some clusters to peer groups of its own; these take precedence over the workbooks.',
  },

  baseline: {
    source: (p) => `Changes are measured against an earlier result, computed with the framework ${p.framework} by ${p.engine}; indicator changes compare the measured values.`,
    cluster: (p) => `This cluster is compared with its ${p.year} assessment.`,
    absent: 'This cluster is not in the earlier result, so no changes are shown for it.',
    comparable: (p) => `Both use the framework ${p.framework}, so the scores are comparable.`,
    comparableExcept: (p) => `Both use the framework ${p.framework}, so the scores are comparable except those listed below.`,
    noneCompared: (p) => `Both use the framework ${p.framework}, but no score or value is compared, for the reason below.`,
    mismatch: (p) => `The earlier result used another framework or framework version than this assessment (${p.framework}), so no score or value is compared.`,
    rule: 'A score is compared only where it is comparable: the same framework id and version, the same normalisation and goalposts for every indicator beneath it, for the policy index the same policy profile id and version, and a baseline from an earlier survey year. What is not compared is listed with the reason.',
    forced: 'This run was forced to compare a baseline that is not from an earlier survey year.',
  },

  sensitivity: {
    draws: (p) => `The uncertainty of the scores and ranks was estimated from ${p.draws === '1' ? 'one Monte Carlo draw' : `${p.draws} Monte Carlo draws`} with seed ${p.seed}, so the analysis can be repeated exactly.`,
    weights: (p) => `In each draw every weight is multiplied by a random factor between ${p.low} and ${p.high} (±${p.fraction}).`,
    weightsFixed: 'The weights are not varied.',
    drawn: (p) => `The ${p.what} is drawn at random from: ${p.list}.`,
    fixed: (p) => `The ${p.what} is the same in every draw: ${p.choice}.`,
    imputationAsRun: 'The imputation is not varied.',
    noImputation: 'none',
    what: { imputation: 'imputation', normalisation: 'normalisation', aggregation: 'aggregation' },
    varied: { weights: (p) => `the weights (by up to ±${p.fraction})`, imputation: 'the imputation', normalisation: 'the normalisation', aggregation: 'the aggregation' },
    summary: (p) => `Each draw re-runs the method from the first varied step. Reported for ${p.targets}: the median and the 5–95% interval of each cluster’s score and rank over the draws.`,
  },
};
