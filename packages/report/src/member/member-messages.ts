/**
 * Message types of the member feedback report (part of `Messages` as `member`); the texts are
 * in member-messages-en.ts and member-messages-zh.ts. Stage names and suggestions are the framework's, carried by the result.
 */
type Fn<K extends string> = (p: Record<K, string>) => string;

export interface MemberMessages {
  title: string;
  subject: Fn<'cluster' | 'year'>;
  keywords: string;
  confidential: Fn<'member'>;
  memberId: string;
  cluster: string;
  year: string;
  chainPosition: string;
  integrationStage: string;
  intro: Fn<'k'>;
  headings: { scores: string; position: string; suggestions: string; about: string };
  scoresIntro: string;
  legendOwn: string;
  legendBand: string;
  legendMedian: string;
  suppressed: Fn<'k'>;
  table: { dimension: string; yours: string; median: string; middle: string; percentile: string };
  percentileNote: string;
  suppressedNote: Fn<'k'>;
  notScored: string;
  roleUnknown: string;
  stageUnknown: string;
  stageValue: Fn<'stage' | 'total' | 'label'>;
  roleCount: Fn<'count'>;
  roleSuppressed: Fn<'k'>;
  stageMean: Fn<'mean' | 'answered' | 'total'>;
  stageSuppressed: Fn<'k'>;
  nextStage: Fn<'stage' | 'text'>;
  topStage: Fn<'text'>;
  suggestionsIntro: string;
  suggestionFor: Fn<'dimension' | 'score'>;
  genericSuggestion: Fn<'dimension'>;
  about: Fn<'k'>;
}
