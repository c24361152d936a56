import type { Lang } from '../common.js';
import type { Catalogue } from './catalogue.js';
import { en } from './en.js';
import { zh } from './zh.js';

export type { Catalogue };
/** Every language's catalogue; a language of LANGS without one is a type error. */
export const CATALOGUES: Record<Lang, Catalogue> = { en, zh };
export const messages = (lang: Lang): Catalogue => CATALOGUES[lang];
