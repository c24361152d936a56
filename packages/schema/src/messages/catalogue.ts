import type { ErrorObject } from 'ajv';

/**
 * The texts of @clusterlens/schema's `validate`, one implementation per language (en.ts, zh.ts).
 * Most messages come from ajv itself (English) and from ajv-i18n (other languages); this names
 * the few ajv words too vaguely to act on, and how to translate the rest.
 */
export interface Catalogue {
  /** Where an error at the top of the document is. */
  root: string;
  unknownProperty: (p: { name: string }) => string;
  oneOf: (p: { values: string }) => string;
  /** Rewrites ajv's English messages of `errors` in place into this language (English: ajv's own, left as they are). */
  localizeAjv: (errors: ErrorObject[]) => void;
}
