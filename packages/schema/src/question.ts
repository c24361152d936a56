import { Type, type Static } from '@sinclair/typebox';
import { Identifier, LocalizedText, StringEnum } from './common.js';

export const QUESTION_TYPES = [
  'integer',
  'decimal',
  'percent',
  'likert',
  'yes_no',
  'select_one',
  'select_multiple',
  'text',
  'date',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** What a text answer must look like; `email`: an e-mail address (name@domain.tld). */
export const TEXT_FORMATS = ['email'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

export const Choice = Type.Object(
  {
    value: Type.String({ minLength: 1, description: 'Code stored in answers.' }),
    label: LocalizedText,
    score: Type.Optional(Type.Number({ description: 'Numeric value of an ordinal choice, used when the question is aggregated as a number.' })),
  },
  { additionalProperties: false },
);
export type Choice = Static<typeof Choice>;

export const ChoiceList = Type.Object(
  {
    name: Identifier,
    choices: Type.Array(Choice, { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type ChoiceList = Static<typeof ChoiceList>;

/** One survey question, XLSForm-like. Percent answers are stored as 0–100. */
export const Question = Type.Object(
  {
    id: Identifier,
    type: StringEnum(QUESTION_TYPES),
    label: LocalizedText,
    unit: Type.Optional(LocalizedText),
    min: Type.Optional(Type.Number()),
    max: Type.Optional(Type.Number()),
    choices: Type.Optional(Type.String({ description: 'Name of the choice list for select_one / select_multiple.' })),
    required: Type.Boolean({ default: false }),
    hint: Type.Optional(LocalizedText),
    format: Type.Optional(
      StringEnum(TEXT_FORMATS, 'For text questions: what the answer must look like (`email`: an e-mail address); other answers are refused, each at its cell.'),
    ),
  },
  { additionalProperties: false },
);
export type Question = Static<typeof Question>;
