import type { MemberMessages } from './member-messages.js';

/** English texts of the member feedback report. */
export const memberEn: MemberMessages = {
  title: 'Member feedback report',
  subject: (p) => `Confidential feedback for a member of ${p.cluster}, ${p.year}`,
  keywords: 'member feedback report, industrial cluster, integration stage, chain position',
  confidential: (p) => `Confidential: for member ${p.member} only`,
  memberId: 'Member',
  cluster: 'Industrial cluster',
  year: 'Survey year',
  chainPosition: 'Chain position',
  integrationStage: 'Integration stage',
  intro: (p) =>
    `This report compares your survey answers with the cluster as a whole. It shows only figures aggregated over at least ${p.k} members; no other member’s answers, scores or identity appear in it.`,
  headings: { scores: 'Your scores against the cluster', position: 'Your position in the cluster', suggestions: 'Suggestions', about: 'About this report' },
  scoresIntro:
    'Each bar is your score from 0 to 100 on one dimension of the assessment. The grey band shows the middle half of the members (25th to 75th percentile), the orange tick their median.',
  legendOwn: 'Your score',
  legendBand: 'Middle half of members',
  legendMedian: 'Median',
  suppressed: (p) => `fewer than ${p.k} members: not shown`,
  table: { dimension: 'Dimension', yours: 'Your score', median: 'Median', middle: 'Middle half', percentile: 'Percentile' },
  percentileNote: 'Percentile: the share of the members with a lower score than yours.',
  suppressedNote: (p) => `Figures for groups of fewer than ${p.k} members are not shown, to protect their confidentiality.`,
  notScored: 'not scored',
  roleUnknown: 'not given',
  stageUnknown: 'not answered',
  stageValue: (p) => `${p.stage} of ${p.total} · ${p.label}`,
  roleCount: (p) => `${p.count} respondents of the cluster share your chain position.`,
  roleSuppressed: (p) => `Fewer than ${p.k} respondents share your chain position, so their number is not shown.`,
  stageMean: (p) => `The mean integration stage of the ${p.answered} members who answered is ${p.mean} of ${p.total}.`,
  stageSuppressed: (p) => `Fewer than ${p.k} members answered the integration question, so the cluster figure is not shown.`,
  nextStage: (p) => `Next step, stage ${p.stage}: ${p.text}`,
  topStage: (p) => `You are at the highest stage. ${p.text}`,
  suggestionsIntro: 'Three suggestions for the dimensions where your score is lowest:',
  suggestionFor: (p) => `${p.dimension} (your score ${p.score})`,
  genericSuggestion: (p) => `Discuss with the cluster association how to improve on ${p.dimension}.`,
  about: (p) =>
    `Scores come from your own survey answers, normalised with the same goalposts as the cluster assessment. Medians, bands and percentiles are computed over the members who answered and shown only when at least ${p.k} did.`,
};
