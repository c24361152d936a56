import type { PageCatalogue } from './catalogue.js';
import { en } from './en.js';
import { zh } from './zh.js';

export type PageLang = 'en' | 'zh';
export type { PageCatalogue };

export const PAGE_MESSAGES: Record<PageLang, PageCatalogue> = { en, zh };
