import type { Catalogue } from './catalogue.js';
import { annotateZh, annotateTextsZh } from './zh/annotate.js';
import { fileKindsZh, formZh, formatsZh } from './zh/formats.js';
import { mergeZh } from './zh/merge.js';
import { packageZh } from './zh/package.js';
import { readZh } from './zh/read.js';
import { refusalZh } from './zh/refusal.js';
import { expectZh, sheetZh } from './zh/sheet.js';
import { templateZh } from './zh/template.js';
import { valuesZh } from './zh/values.js';

/** The Simplified Chinese texts of @clusterlens/survey, gathered from one file per concern. */
export const zh: Catalogue = {
  issues: { ...readZh, ...refusalZh, ...packageZh, ...valuesZh, ...mergeZh, ...annotateZh, ...formatsZh },
  expect: expectZh,
  sheet: sheetZh,
  template: templateZh,
  annotate: annotateTextsZh,
  form: formZh,
  fileKinds: fileKindsZh,
};
