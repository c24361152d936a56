import type { Lang } from '@clusterlens/schema';
import type { Catalogue, IssueText } from './catalogue.js';
import { en } from './en.js';
import { zh } from './zh.js';

export type { Catalogue, IssueText };

export const MESSAGES: Record<Lang, Catalogue> = { en, zh };
