import { LANGS } from '@clusterlens/schema';
import { SHEETS } from './layout.js';
import { MESSAGES } from './messages/index.js';

const DATA_SHEETS = new Set(Object.values(SHEETS).map((name) => name.toLowerCase()));
// The template's instructions sheet (named in one language or both) and an annotation's issue list.
const OWN_SHEETS = LANGS.flatMap((lang) => [MESSAGES[lang].template.instructionsSheet, MESSAGES[lang].annotate.sheet]).map((name) => name.toLowerCase());

/**
 * The sheets of a native workbook that are none of those ClusterLens writes, in workbook order:
 * where a missing sheet went when someone renamed it, for the missing-sheet message to offer.
 */
export function otherSheets(names: readonly string[]): string[] {
  return names.filter((name) => {
    const key = name.trim().toLowerCase();
    return !DATA_SHEETS.has(key) && !OWN_SHEETS.some((own) => key.includes(own));
  });
}
