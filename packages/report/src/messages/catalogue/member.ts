/**
 * Message types of the member feedback report (part of `Messages` as `member`); the texts are
 * in messages/en/member.ts and messages/zh/member.ts. Stage names and suggestions are the framework's, carried by the result.
 */
import type { MEMBER_VALUE_MISSING } from '@clusterlens/schema';

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
  headings: { scores: string; position: string; answers: string; peers: string; change: string; suggestions: string; support: string; about: string };
  scoresIntro: string;
  legendOwn: string;
  legendBand: string;
  legendMedian: string;
  suppressed: Fn<'k'>;
  table: { dimension: string; yours: string; median: string; middle: string; percentile: string };
  percentileNote: string;
  suppressedNote: Fn<'k'>;
  individualNote: Fn<'k'>;
  notScored: string;
  roleUnknown: string;
  stageUnknown: string;
  /** In place of a chain role, size or stage the member answered “not applicable”, or gave an answer that could not be used. */
  unstated: { not_applicable: string; not_usable: string };
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
  size: string;
  sizeUnknown: string;
  yes: string;
  no: string;
  colon: string;
  yesShare: Fn<'share'>;
  groupTooSmall: string;
  /** In place of a share of yes that would let the member work out how the others answered. */
  shareReveals: string;
  figureWithheld: string;
  answersIntro: Fn<'k'>;
  answersNone: string;
  answersTable: { indicator: string; yours: string; all: string; role: string; size: string; standing: string };
  standing: { weak: string; typical: string; strong: string; sameAs: Fn<'share'> };
  missingIntro: string;
  missing: Fn<'indicator' | 'why' | 'cluster'>;
  missingShare: Fn<'indicator' | 'why' | 'cluster'>;
  missingHidden: Fn<'indicator' | 'why'>;
  missingReveals: Fn<'indicator' | 'why'>;
  missingWithheld: Fn<'indicator' | 'why'>;
  /** Why the member has no value of an indicator (MemberIndicatorValue `missing`). */
  missingWhy: Record<(typeof MEMBER_VALUE_MISSING)[number], string>;
  peersIntro: Fn<'k' | 'role' | 'size'>;
  peersTable: { dimension: string; yours: string; all: string; role: string; size: string };
  peersNote: Fn<'k'>;
  changeIntro: Fn<'year'>;
  changeNone: Fn<'year'>;
  changeTable: { dimension: string; before: string; now: string; change: string };
  changeStage: Fn<'before' | 'now' | 'year'>;
  why: {
    indicator: Fn<'indicator' | 'value' | 'p25' | 'p75' | 'median'>;
    indicatorYes: Fn<'indicator' | 'answer' | 'share'>;
    indicatorYesHidden: Fn<'indicator' | 'answer'>;
    missing: Fn<'indicator' | 'why' | 'median'>;
    missingHidden: Fn<'indicator' | 'why'>;
    dimension: Fn<'dimension' | 'score' | 'p25' | 'p75'>;
    lowest: Fn<'dimension' | 'score'>;
    stage: Fn<'stage' | 'label'>;
  };
  /** Whom to ask: the contact's name, then its e-mail and phone where given, each language with its own list punctuation. */
  contact: (p: { name: string; email?: string; phone?: string }) => string;
  supportIntro: Fn<'profile'>;
}
