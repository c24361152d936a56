import type { Issue, Lang } from '@clusterlens/schema';
import type { Catalogue, Text } from './catalogue.js';
import { en } from './en.js';
import { zh } from './zh.js';

export type { Catalogue, Text };
/** Every language's texts; a language of LANGS without its catalogue is a type error. */
export const MESSAGES: Record<Lang, Catalogue> = { en, zh };
export const messages = (lang: Lang): Catalogue => MESSAGES[lang];

export type MessageCode = keyof Catalogue['issues'];
type Params<C extends MessageCode> = Parameters<Catalogue['issues'][C]>[0];

/** Builds an Issue located in a file (and optionally a cell), e.g. for a CSV table. */
export function issueIn<C extends MessageCode>(
  severity: Issue['severity'],
  code: C,
  where: { file?: string; cell?: string },
  params: Params<C>,
  lang: Lang,
): Issue {
  // The catalogue pairs each code with its own parameter type; TS cannot follow that through the index.
  const text = (MESSAGES[lang].issues[code] as (p: Params<C>) => Text)(params);
  return {
    severity,
    code,
    message: text.message,
    ...(text.suggestion === undefined ? {} : { suggestion: text.suggestion }),
    ...(where.file === undefined ? {} : { file: where.file }),
    ...(where.cell === undefined ? {} : { cell: where.cell }),
  };
}

/** Builds an Issue located by a JSON Pointer into the checked document, e.g. `/dimensions/0/indicators/2/rule/question: …`. */
export function issueAt<C extends MessageCode>(
  severity: Issue['severity'],
  code: C,
  path: string,
  params: Params<C>,
  lang: Lang,
): Issue {
  const issue = issueIn(severity, code, {}, params, lang);
  return { ...issue, message: `${path}: ${issue.message}`, path };
}
