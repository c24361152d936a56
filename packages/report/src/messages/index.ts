/**
 * The report's catalogues, one per language of LANGS (messages/en.ts, messages/zh.ts and their
 * per-concern parts under en/ and zh/), typed by catalogue.ts: adding a language is adding its files.
 */
import type { Lang } from '@clusterlens/schema';
import type { Messages } from './catalogue.js';
import { en } from './en.js';
import { zh } from './zh.js';

export type * from './catalogue.js';
export { en, zh };

const CATALOGUES: Record<Lang, Messages> = { en, zh };

/** The catalogue for one language. */
export function messagesFor(lang: Lang): Messages {
  return CATALOGUES[lang];
}
