import type { Catalogue } from './catalogue.js';
import { annotateEn, annotateTextsEn } from './en/annotate.js';
import { fileKindsEn, formEn, formatsEn } from './en/formats.js';
import { mergeEn } from './en/merge.js';
import { packageEn } from './en/package.js';
import { readEn } from './en/read.js';
import { refusalEn } from './en/refusal.js';
import { expectEn, sheetEn } from './en/sheet.js';
import { templateEn } from './en/template.js';
import { valuesEn } from './en/values.js';

/** The English (British spelling) texts of @clusterlens/survey, gathered from one file per concern. */
export const en: Catalogue = {
  issues: { ...readEn, ...refusalEn, ...packageEn, ...valuesEn, ...mergeEn, ...annotateEn, ...formatsEn },
  expect: expectEn,
  sheet: sheetEn,
  template: templateEn,
  annotate: annotateTextsEn,
  form: formEn,
  fileKinds: fileKindsEn,
};
