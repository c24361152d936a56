import { Type, type Static } from '@sinclair/typebox';
import { Identifier } from './common.js';
import { ClusterMeta } from './survey.js';

/** One column of a flat table and the question it answers. */
export const MappingColumn = Type.Object(
  {
    header: Type.String({ minLength: 1, description: 'Header text of the column, as in the table (compared trimmed, ignoring case).' }),
    question: Identifier,
    option: Type.Optional(
      Type.String({
        minLength: 1,
        description:
          'For a select_multiple spread over one column per option: the choice code this column stands for. A cell holding yes, 1, true or the option text selects it; no, 0 or false does not; blank is no answer.',
      }),
    ),
    answers: Type.Optional(
      Type.Record(Type.String(), Type.String(), {
        description:
          'Answer text as it appears in the table → choice code (or number for a Likert question), e.g. {"Upstream manufacturer": "upstream"}. Texts not listed are read as codes or choice labels.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type MappingColumn = Static<typeof MappingColumn>;

/**
 * How to read a flat table (a CSV or XLSX download from Google Forms, Microsoft Forms or any
 * spreadsheet) as a cluster survey: which column holds what, and what the answer texts mean.
 * A flat table carries no cluster metadata, so the mapping gives it.
 */
export const SurveyMapping = Type.Object(
  {
    cluster: ClusterMeta,
    sheet: Type.Optional(Type.String({ minLength: 1, description: 'XLSX only: the sheet to read. __Default:__ the first sheet.' })),
    headerRow: Type.Optional(Type.Integer({ minimum: 1, description: 'Row holding the headers; answers start below it. __Default:__ 1.' })),
    delimiter: Type.Optional(
      Type.Union([Type.Literal(','), Type.Literal(';'), Type.Literal('\t')], {
        description: 'CSV only: the field separator. __Default:__ guessed from the header line.',
      }),
    ),
    respondentId: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'Header of the column holding respondent ids. __Default:__ none; respondents are named by their row (R2, R3, …).',
      }),
    ),
    chainRoleQuestion: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'Id of the question that gives each respondent\u2019s chain role. __Default:__ the framework\u2019s chain-role question.',
      }),
    ),
    columns: Type.Array(MappingColumn, { minItems: 1, description: 'Columns to read; columns not listed are ignored.' }),
    yes: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: 'Extra texts meaning yes (besides yes, y, true, 1, 是).' })),
    no: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: 'Extra texts meaning no (besides no, n, false, 0, 否).' })),
  },
  { additionalProperties: false },
);
export type SurveyMapping = Static<typeof SurveyMapping>;
