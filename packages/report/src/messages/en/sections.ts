import { inSentence, ordinal } from '../../english-words.js';
import type { PolicyKind } from '@clusterlens/schema';
import type { SectionMessages } from '../catalogue/sections.js';

const amounts = new Map<number, Intl.NumberFormat>();
const amount = (digits = 2): Intl.NumberFormat => amounts.get(digits) ?? amounts.set(digits, new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits })).get(digits)!;

/** What a criterion of the profile is called, by its kind. */
const KIND_CRITERION: Record<PolicyKind, string> = { recognition: 'recognition', strategy: 'profile' };

/** The noun after a count of criteria, which arrives formatted. */
const criteria = (total: string): string => (total === '1' ? 'criterion' : 'criteria');

/** English texts of the cluster-report sections added after v1. */
export const sectionsEn: SectionMessages = {
  trend: {
    changeSince: (p) => `Change since ${p.year}`,
    note: (p) => `Change: score points against the ${p.year} assessment; ▲ up, ▼ down, ▶ unchanged.`,
    mismatch: (p) => `Last year’s assessment used framework version ${p.version}, so changes may not be fully comparable.`,
    previous: (p) => `${p.year}: ${p.value}`,
    headline: (p) =>
      p.trend === 'flat'
        ? `Compared with ${p.year}, the ${p.index} is unchanged at ${p.previous}.`
        : `Compared with ${p.year}, the ${p.index} ${p.trend === 'up' ? 'rose' : 'fell'} by ${p.diff} points from ${p.previous}.`,
    rank: (p) => `Its rank moved from ${ordinal(p.previous)} to ${ordinal(p.rank)}.`,
    biggestRise: (p) => `The largest improvement was in ${p.dimension} (+${p.diff} points).`,
    biggestFall: (p) => `The largest decline was in ${p.dimension} (−${p.diff} points).`,
    rankStable: (p) => `Allowing for uncertainty in ${p.varied}, its rank on the ${p.index} stays ${ordinal(p.rank)}.`,
    rankRange: (p) =>
      `Allowing for uncertainty in ${p.varied}, its rank on the ${p.index} lies between ${p.lo} and ${p.hi} (5–95% interval).`,
  },

  profile: {
    industryCode: 'Industry code',
    respondents: 'Respondents',
    population: 'Firms surveyed',
    responseRate: 'Response rate',
    locationQuotient: 'Location quotient',
    hhi: 'Concentration (HHI, 0–10,000)',
    hhiBasis: (p) =>
      p.members === '1'
        ? 'Concentration rests on the revenue of the one respondent who stated one, not on every firm of the cluster: over one firm the HHI is 10,000 whatever the cluster.'
        : `Concentration rests on the revenue shares of the ${p.members} respondents who stated a revenue, not on every firm of the cluster: over ${p.members} firms the HHI cannot fall below ${p.floor}.`,
    strongCluster: 'Strong cluster (US Cluster Mapping test)',
    yes: 'Yes',
    no: 'No',
    stars: 'Stars (European Cluster Observatory style)',
    starsOf: (p) => `${p.stars} of 3`,
    byRole: 'Members by chain position',
    bySize: 'Members by size',
    coverage: (p) => `Chain coverage: respondents fill ${p.present} of the ${p.total} chain positions.`,
    missingRoles: (p) => `Not represented among the respondents: ${p.list}.`,
  },

  policy: {
    intro: (p) =>
      `Alignment with the policy profile ${p.profile} (version ${p.version}): ${p.index} ${p.score}, combining attainment of the profile’s targets (${p.targets}) and policy uptake, the score of ${p.uptakeName} (${p.uptake}).`,
    priorityLabel: (p) => `${p.label} (weight ${p.weight})`,
    noData: 'no data',
    attainmentTitle: 'Attainment per priority',
    attainmentNote: 'Attainment 0–100: 100 means every target of the priority is met; partial credit below. Colours follow the status bands of the scorecard.',
    atStrictTarget: 'A value exactly at a strict target (“more than T”) earns full credit but does not meet it, so a priority at 100 can still have a gap.',
    attainmentNoteDecided: 'Attainment 0–100, over the targets of the priority that could be decided: 100 means every such target is met; partial credit below. Colours follow the status bands of the scorecard.',
    eligibilityTitle: { recognition: 'Eligibility check', strategy: 'Criteria of the profile' },
    eligibilityCount: (p) => `${p.passed} of ${p.total} ${criteria(p.total)} met.`,
    eligibilityTally: (p) =>
      `Of ${p.total} ${criteria(p.total)}: ${[
        `${p.met} met`,
        ...(p.notMet === '0' ? [] : [`${p.notMet} not met`]),
        ...(p.noData === '0' ? [] : [`${p.noData} without data`]),
        ...(p.notApplicable === '0' ? [] : [`${p.notApplicable} not applicable`]),
      ].join(', ')}.`,
    // "CNY 4 bn" as the criteria say it, kept on one line in a narrow column.
    money: (p) => (p.millions >= 1000 ? `${p.currency}\u00A0${amount(p.digits).format(p.millions / 1000)}\u00A0bn` : `${p.currency}\u00A0${amount(p.digits).format(p.millions)}\u00A0million`),
    count: (p) => p.value,
    clause: (p) => `Set by the ${inSentence(p.clause)}`,
    partOr: (p) => `or ${p.part}`,
    ofRespondents: (p) => (p.respondents === '1' ? `${p.value} of the one respondent` : `${p.value} of ${p.respondents} respondents`),
    undecided: 'Not decided',
    respondentsOnlyNote: (p) =>
      `${p.part}: ${p.value} of ${p.respondents === '1' ? 'the one respondent' : `the ${p.respondents} respondents`}, counted by the member survey. The survey counts only those who answered, so a count below ${p.threshold} does not show that the cluster as a whole has fewer; the criterion counts as without data until the Regional sheet gives the count for the whole cluster.`,
    targetRespondentsOnly: (p) =>
      `${p.indicator} ${p.target}: ${p.value}, counted by the member survey. The survey counts only those who answered, so this count does not show that the cluster as a whole ${p.atMost ? 'stays within the target' : 'falls short of the target'}; the target has no attainment and no gap, and its priority’s attainment rests on its other targets.`,
    valueSource: { regional: 'Regional statistics', survey: 'Member survey', derived: 'Derived from Regional statistics' },
    converted: (p) => `${p.original} × ${p.rate} = ${p.value}`,
    notApplicable: 'Not applicable',
    notApplicableReason: {
      no_rate: (p) => `no ${p.from}/${p.to} exchange rate given`,
      currency_unknown: 'the workbook states no currency',
    },
    sourceColumn: 'Source',
    actionsTitle: 'Action plan',
    actionsIntro: (p) =>
      `The ${p.count === '1' ? 'action' : `${p.count} actions`} that would raise the indices most. Gain: the points each index would gain if the target were met and everything else stayed as it is, computed by re-running the scoring (see the methodology).`,
    actionColumn: 'Priority · target · action',
    gainColumn: 'Gain if met',
    whoColumn: 'Who acts',
    horizonColumn: 'Horizon',
    gain: (p) => `+${p.points} ${p.index}`,
    actor: { association: 'Industry association', government: 'Government department', members: 'Member firms' },
    horizon: { short: 'Within a year', medium: '1–3 years', long: 'More than 3 years' },
    measure: (p) => `Support measure: ${p.measure}`,
    noActions: 'No missed target would raise an index: there is no action plan.',
    gapsInAppendix: 'Every missed target, with its shortfall, is listed in the appendix.',
    eligible: { recognition: 'The cluster meets the recognition thresholds.', strategy: 'The cluster meets every criterion of the profile.' },
    notEligible: { recognition: 'The cluster does not yet meet the recognition thresholds.', strategy: 'The cluster does not yet meet every criterion of the profile.' },
    eligibilityUnknown: {
      recognition: 'Whether the cluster meets the recognition thresholds cannot be decided: data for some criteria are missing.',
      strategy: 'Whether the cluster meets every criterion of the profile cannot be decided: data for some criteria are missing.',
    },
    criterion: 'Criterion',
    threshold: 'Threshold',
    result: 'Result',
    pass: 'Pass',
    passViaAlternative: 'Pass through an alternative',
    fail: 'Fail',
    unknown: 'No data',
    gapsTitle: 'Gaps and recommendations',
    gapsIntro: 'Targets not yet met, largest weighted shortfall first. Shortfall: the share of the target’s credit still missing.',
    noGaps: 'Every target of the profile is met.',
    gapIndicator: 'Priority · indicator · recommendation',
    target: 'Target',
    shortfall: 'Shortfall',
    targetNote: (p) => `Policy target ${p.target}`,
    labelTarget: (p) => `${p.label} ${p.target}`,
    benchmarkNote: (p) => `Benchmark ${p.target} (set by the framework’s authors, not by the policy)`,
    source: { policy: 'policy', framework: 'benchmark' },
    sourceNote: {
      policy: 'Target “policy”: a threshold the policy document itself sets.',
      framework: 'Target “benchmark”: a value chosen by the authors of the framework to measure progress on the policy’s priority; the policy does not set it.',
    },
    citation: (p) => `Policy document: ${p.citation}.`,
    summaryGap: (p) =>
      `Against the policy profile ${p.profile}, the largest gap is ${p.indicator}: ${p.value} against ${p.source === 'policy' ? `the policy’s target of ${p.target}` : `a benchmark of ${p.target} set by the framework’s authors`}.`,
    summaryEligible: (p) => (p.total === '1' ? `It meets the one ${KIND_CRITERION[p.kind]} criterion.` : `It meets all ${p.total} ${KIND_CRITERION[p.kind]} criteria.`),
    summaryFailed: (p) => `It does not yet meet ${p.count === 1 ? `one ${KIND_CRITERION[p.kind]} criterion` : `${p.count} ${KIND_CRITERION[p.kind]} criteria`}: ${p.list}.`,
  },

  likert: {
    intro: 'How members answered the rating-scale questions: shares of low answers to the left of the centre line, high answers to the right; the middle answer straddles it.',
    note: (p) => `Shares of the members who answered each question; shares that print under ${p.min} are not labelled in the chart.`,
    lowest: (p) => `${p.value} lowest`,
    highest: (p) => `${p.value} highest`,
    n: (p) => `n = ${p.n}`,
  },

  integration: {
    stageLabel: (p) => `${p.stage} ${p.label}`,
    mean: (p) => `The mean integration stage is ${p.mean} of ${p.total}, from ${p.answered} members who answered.`,
    answered: (p) => `${p.answered} members answered the integration question.`,
    stagesTitle: 'The stages',
  },

  comparison: {
    peerGroup: (p) =>
      `Peer group: the ${p.size} clusters of this assessment with the ${p.basis} “${p.key}”. Peer medians, the strong-cluster test and the stars compare the cluster with this group only.`,
    basis: { config: 'peer group set in the configuration', peer_group: 'peer group', industry_code: 'industry code' },
    tooSmall: (p) =>
      `No peer group of ${p.minSize}: ${p.size === '1' ? 'no other cluster of this assessment has' : `only ${p.size} clusters of this assessment have`} the ${p.basis} “${p.key}”, so no peer median, strong-cluster test or stars are shown. The cluster is compared with ${p.against}.`,
    noKey: (p) =>
      `No peer group of ${p.minSize}: the workbook gives no industry code or peer group, so no peer median, strong-cluster test or stars are shown. The cluster is compared with ${p.against}.`,
    against: { goalposts: 'the goalposts', history: 'the goalposts and with its own history' },
    notCompared: (p) => `Not compared with ${p.year}: ${p.list}.`,
    reason: (p) => `${p.names} (${p.reason})`,
    notComparedCell: (p) => `Not compared: ${p.reason}`,
    shortReason: {
      framework: 'other framework',
      normalisation: 'other normalisation',
      goalposts: 'goalposts differ',
      policy_profile: 'other policy profile',
      policy_version: 'other profile version',
      policy_added: 'no policy profile then',
      policy_removed: 'no policy profile now',
      survey_year: 'not an earlier year',
    },
    forced: (p) => `The baseline is from ${p.baselineYear}, not earlier than this survey (${p.year}); it is compared only because the run forced it.`,
    noPeerTest: (p) => `Not tested (no peer group of ${p.minSize})`,
    runRank: (p) => `Rank “n of N”: position among the ${p.count} clusters of this assessment with a score (1 = best) — all of them, not only peers.`,
    runRankAlone: 'Rank: none, as no other cluster of this assessment has a score.',
  },

  peers: {
    intro: (p) => `Each dot is one of the ${p.count} clusters of this assessment; this cluster is the filled dot.`,
    others: 'Other clusters',
    interval: '5–95% score interval',
    withInterval: (p) => `${p.rank} (${p.span})`,
    sensitivity: (p) =>
      `In the sensitivity analysis, which varied ${p.varied}, its median rank on the ${p.index} is ${p.median} of ${p.total}, and in 90% of the draws it ranks ${p.lo === p.hi ? ordinal(p.lo) : `between ${ordinal(p.lo)} and ${ordinal(p.hi)}`}.`,
    tableRanked: (p) => `The table under the chart gives the scores of this cluster and of ${p.count === '1' ? 'the cluster' : `the ${p.count} clusters`} ranked next to it on the ${p.index}.`,
    tableTop: (p) => `The table under the chart gives the scores of this cluster, which has no rank on the ${p.index}, and of ${p.count === '1' ? 'the cluster' : `the ${p.count} clusters`} ranked highest on it.`,
    rankHead: 'Rank',
    rankHeadInterval: 'Rank (5–95%)',
  },

  quality: {
    missingTitle: 'Missing data per indicator',
    missingIntro: 'Answers: members whose answers entered the value, against all respondents. Weight: nominal weight within the dimension; effective: the weight actually used after indicators without data were dropped.',
    answers: 'Answers',
    answersOf: (p) => `${p.answers} of ${p.respondents}`,
    answeredShare: 'Share',
    regional: 'regional statistic',
    weight: 'Weight',
    effectiveWeight: 'Effective',
    used: 'Used',
    weightsTitle: 'Weights',
    component: 'Index · dimension',
    targetAttainment: 'Target attainment',
    uptakePart: (p) => `Policy uptake: ${p.dimension}`,
  },
};
