import type { Catalogue, JsonProblem } from './catalogue.js';

const JSON_PROBLEMS: Record<JsonProblem, string> = {
  InvalidSymbol: 'a character that cannot start a value (texts need "double quotes")',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'a name in "double quotes" was expected (or a comma after the last entry is left over)',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon (:) was expected after the name',
  CommaExpected: 'a comma was expected between two entries',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the JSON ends before this, but more text follows',
  InvalidCommentToken: 'a comment, which JSON does not allow',
  UnexpectedEndOfComment: 'a comment, which JSON does not allow',
  UnexpectedEndOfString: 'a text whose closing " is missing',
  UnexpectedEndOfNumber: 'a number that ends too early',
  InvalidUnicode: 'a malformed \\u escape',
  InvalidEscapeCharacter: 'a malformed \\ escape',
  InvalidCharacter: 'a control character, such as a line break, inside a text',
};

export const en: Catalogue = {
  root: '(root)',
  unknownProperty: (p) => `unknown property "${p.name}"`,
  oneOf: (p) => `must be one of ${p.values}`,
  localizeAjv: () => {},
  notJson: (p) => ({
    message: `${p.file === undefined ? 'The text' : `“${p.file}”`} is not valid JSON${p.at ? `: line ${p.at.line}, column ${p.at.column}: ${JSON_PROBLEMS[p.at.problem]}` : ''}.`,
    suggestion: 'Correct it in a text editor: JSON puts names and texts in "double quotes" and has no comments and no comma after the last entry.',
  }),
};
