import { Type, type Static } from '@sinclair/typebox';
import { LocalizedText, SourceFile } from './common.js';
import { MemberContacts } from './member-feedback.js';
import { ChoiceList, Question } from './question.js';

export const ClusterMeta = Type.Object(
  {
    id: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$', maxLength: 64, description: 'Cluster id; also the report file name.' }),
    name: LocalizedText,
    region: Type.String({ minLength: 1 }),
    regionZh: Type.Optional(Type.String({ minLength: 1, description: 'The region in Chinese, printed by Chinese reports; without it they print `region`.' })),
    industryCode: Type.Optional(Type.String()),
    peerGroup: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description: 'Key of the peer group the cluster is compared within (clusters with the same key are peers). __Default:__ the industry code.',
      }),
    ),
    surveyYear: Type.Integer({ minimum: 1990, maximum: 2100 }),
    currency: Type.Optional(Type.String({ pattern: '^[A-Z]{3}$' })),
    population: Type.Optional(Type.Integer({ minimum: 1, description: 'Members surveyed (for the response rate).' })),
    contacts: Type.Optional(
      MemberContacts(
        'The association’s contacts printed in member reports, per suggestion `contact` key and `default` for the others (the Cluster sheet’s contact_… rows). A config `memberContacts` entry of the same key wins.',
      ),
    ),
  },
  { additionalProperties: false },
);
export type ClusterMeta = Static<typeof ClusterMeta>;

/** The `contacts` of a cluster metadata file alone, for checking them where they stand in it (/contacts/…). */
export const ClusterContacts = Type.Pick(ClusterMeta, ['contacts']);

/** A validated answer: numbers for numeric types (percent as 0–100), booleans for yes/no, codes for choices, ISO dates. */
export const AnswerValue = Type.Union([Type.Number(), Type.Boolean(), Type.String(), Type.Array(Type.String())]);
export type AnswerValue = Static<typeof AnswerValue>;

export const Respondent = Type.Object(
  {
    id: Type.String({ minLength: 1 }),
    chainRole: Type.Union([Type.String(), Type.Null()]),
    answers: Type.Record(Type.String(), AnswerValue, { description: 'Question id → answer; unanswered questions are absent.' }),
    nonAnswers: Type.Optional(
      Type.Record(Type.String(), Type.String(), {
        description:
          'Question id → the explicit non-answer typed instead of an answer (e.g. "N/A", "不适用", "不知道"), kept distinct from a blank cell. Such questions are absent from `answers`.',
      }),
    ),
    source: Type.Object(
      { file: Type.String(), sheet: Type.String(), row: Type.Integer({ minimum: 1 }) },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type Respondent = Static<typeof Respondent>;

/** Where a regional statistic comes from, as the Regional sheet states it. */
export const RegionalSource = Type.Object(
  {
    source: Type.Optional(Type.String({ minLength: 1, description: 'Publisher or publication, e.g. "Huzhou Statistical Yearbook 2025".' })),
    year: Type.Optional(Type.Integer({ minimum: 1900, maximum: 2100, description: 'Year the figure refers to.' })),
  },
  { additionalProperties: false },
);
export type RegionalSource = Static<typeof RegionalSource>;

/** One cluster's survey after reading and validation. */
export const ClusterSurvey = Type.Object(
  {
    cluster: ClusterMeta,
    questions: Type.Array(Question),
    choiceLists: Type.Array(ChoiceList),
    respondents: Type.Array(Respondent),
    regional: Type.Record(Type.String(), Type.Number(), { description: 'Regional statistic key → value.' }),
    regionalSources: Type.Optional(Type.Record(Type.String(), RegionalSource, { description: 'Regional statistic key → its source and year, where the sheet gives them.' })),
    sources: Type.Array(SourceFile),
  },
  { additionalProperties: false },
);
export type ClusterSurvey = Static<typeof ClusterSurvey>;
