import { LANGS, localized, type Lang, type LocalizedText, type QuestionType } from '@clusterlens/schema';
import type { Catalogue, IssueTexts, Text } from './catalogue.js';
import { en } from './en.js';
import { zh } from './zh.js';

export type { Catalogue, DamageEffect, ForeignKind, Found, Label, LeftOutItem, Text } from './catalogue.js';
export { SEVERITY } from './codes.js';

/** Every language's texts; a language of LANGS without its catalogue is a type error. */
export const MESSAGES: Record<Lang, Catalogue> = { en, zh };
export const messages = (lang: Lang): Catalogue => MESSAGES[lang];
/** A catalogue text in every language, for what is written in all of them (bilingual templates, XLSForms) or passed on as a LocalizedText. */
export const text = (select: (m: Catalogue) => string): LocalizedText => localized((lang) => select(MESSAGES[lang]));

export type IssueCode = keyof IssueTexts;
/** The parameters of issue `code`; `{}` for a text without values. */
export type IssueParams<C extends IssueCode> = Parameters<IssueTexts[C]> extends [] ? object : Parameters<IssueTexts[C]>[0];
/** The text of issue `code` in `lang`. */
export function issueText<C extends IssueCode>(lang: Lang, code: C, params: IssueParams<C>): Text {
  // The catalogue pairs each code with its own parameter type; TS cannot follow that through the index.
  return (MESSAGES[lang].issues[code] as (p: IssueParams<C>) => Text)(params);
}

/** What a valid number looks like, in every language, e.g. “a whole number between 0 and 100”. */
export const expectation = (type: QuestionType, min?: number, max?: number): LocalizedText =>
  text((m) => m.expect.number({ type, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }));

/** Language of a template: one language, or all of them side by side (“English / 中文”). */
export type TemplateLang = Lang | 'both';

/** A text in the template's language; `both` joins the languages' texts with `separator`, each distinct text once. */
export function pick(value: LocalizedText, lang: TemplateLang, separator = ' / '): string {
  return lang === 'both' ? [...new Set(LANGS.map((l) => value[l]))].join(separator) : value[lang];
}
