import type { Lang } from '@clusterlens/schema';
import type { Catalogue } from './catalogue.js';
import { en } from './en.js';
import { zh } from './zh.js';

export type { Catalogue };

export const MESSAGES: Record<Lang, Catalogue> = { en, zh };
