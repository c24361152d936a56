import type { ErrorObject } from 'ajv';
import type { printParseErrorCode } from 'jsonc-parser';

/** What is wrong at the first place a JSON text breaks, by jsonc-parser's name for it. */
export type JsonProblem = Exclude<ReturnType<typeof printParseErrorCode>, '<unknown ParseErrorCode>'>;

/**
 * The texts of @clusterlens/schema's `validate`, one implementation per language (en.ts, zh.ts).
 * Most messages come from ajv itself (English) and from ajv-i18n (other languages); this names
 * the few ajv words too vaguely to act on, and how to translate the rest; and what `parseJson`
 * says of a text that is not JSON.
 */
export interface Catalogue {
  /** Where an error at the top of the document is. */
  root: string;
  unknownProperty: (p: { name: string }) => string;
  oneOf: (p: { values: string }) => string;
  /** Rewrites ajv's English messages of `errors` in place into this language (English: ajv's own, left as they are). */
  localizeAjv: (errors: ErrorObject[]) => void;
  /** A file that is not JSON, where it first breaks (`line` and `column` from 1) and how; without a place when none is known. */
  notJson: (p: { file: string | undefined; at?: { line: number; column: number; problem: JsonProblem } }) => { message: string; suggestion: string };
}
