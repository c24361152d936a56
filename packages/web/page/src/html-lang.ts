import type { PageLang } from './messages/index.js';

/** A page language as an HTML `lang` attribute names it (Chinese of the mainland, simplified script). */
export const htmlLang = (lang: PageLang): string => (lang === 'zh' ? 'zh-Hans' : 'en');
