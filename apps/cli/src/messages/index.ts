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

/** Why reading a file failed, in the user's words: the error's code looked up, else the code, else the error's message. */
export function readReason(error: unknown, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException).code;
  const text = MESSAGES[lang];
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  return text.readReasons[code] ?? text.fsReasons[code] ?? code;
}
