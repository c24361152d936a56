import { Type, type Static } from '@sinclair/typebox';
import { StringEnum } from './common.js';

export const Severity = Type.Union([Type.Literal('error'), Type.Literal('warning'), Type.Literal('info')]);
export type Severity = Static<typeof Severity>;

/**
 * One problem found in the input, located as precisely as the input allows.
 * `error` means the value (or file) was not used; `warning` means it was used but looks wrong;
 * `info` records a conversion that was applied.
 */
export const Issue = Type.Object(
  {
    severity: Severity,
    code: Type.String({ pattern: '^[a-z][a-z0-9_]*$', description: 'Stable machine-readable code, e.g. `value_out_of_range`.' }),
    message: Type.String({ minLength: 1, description: 'What is wrong, in words the person who filled the survey understands.' }),
    suggestion: Type.Optional(Type.String({ description: 'How to fix it.' })),
    file: Type.Optional(Type.String()),
    sheet: Type.Optional(Type.String()),
    cell: Type.Optional(Type.String({ pattern: '^[A-Z]{1,3}[1-9][0-9]*$', description: 'A1-style cell address.' })),
    question: Type.Optional(Type.String()),
    respondent: Type.Optional(Type.String()),
    effect: Type.Optional(
      StringEnum(
        ['answer_refused', 'row_left_out', 'question_unread'],
        'What the problem did to the data: the answer of `respondent` to `question` was refused as invalid, a member row was left out whole, or no member’s answer to `question` was read (the file has no column for it).',
      ),
    ),
    path: Type.Optional(
      Type.String({
        pattern: '^(/([^~/]|~[01])*)*$',
        description: 'Where in a JSON input (framework, policy profile, baseline, config, mapping) the problem is: a JSON Pointer (RFC 6901), e.g. `/dimensions/0/weight`; the empty string is the whole document.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type Issue = Static<typeof Issue>;
