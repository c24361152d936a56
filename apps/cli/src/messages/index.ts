/** The CLI's catalogues, one per language of LANGS (en.ts, zh.ts), typed by catalogue.ts. */
import type { Lang } from '@clusterlens/schema';
import type { Catalogue } from './catalogue.js';
import { en } from './en.js';
import { zh } from './zh.js';

export type { Catalogue } from './catalogue.js';

export const MESSAGES: Record<Lang, Catalogue> = { en, zh };

/** The language for CLI messages before any --lang flag is parsed: CLUSTERLENS_LANG, then LANG. */
export function defaultLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const hint = env.CLUSTERLENS_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return hint.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
