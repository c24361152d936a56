import type { Issue, Lang, Severity } from '@clusterlens/schema';
import type { Catalogue, Text } from './catalogue.js';
import { en } from './en.js';
import { zh } from './zh.js';

export type { Catalogue, Text };
/** Every language's texts; a language of LANGS without its catalogue is a type error. */
export const MESSAGES: Record<Lang, Catalogue> = { en, zh };

export type MessageCode = keyof Catalogue;
type Params<C extends MessageCode> = Parameters<Catalogue[C]>[0];

/** An Issue from the catalogue, in one language, optionally naming the file it is about. */
export function storeIssue<C extends MessageCode>(
  severity: Severity,
  code: C,
  params: Params<C>,
  lang: Lang,
  file?: string,
): Issue {
  // The catalogue pairs each code with its own parameter type; TS cannot follow that through the index.
  const text = (MESSAGES[lang][code] as (p: Params<C>) => Text)(params);
  return {
    severity,
    code,
    message: text.message,
    ...(text.suggestion ? { suggestion: text.suggestion } : {}),
    ...(file === undefined ? {} : { file }),
  };
}
