import { readFile } from 'node:fs/promises';
import { AssessmentResult, parseJson, validate, type Issue, type Lang, type RecordedRun } from '@clusterlens/schema';
import { storeIssue } from './messages/index.js';
import type { ResultStore } from './store.js';
import { reasonOf, StoreError } from './store-error.js';

export interface Imported {
  recorded: RecordedRun[];
  issues: Issue[];
}

/**
 * Records earlier years' `results.json` files, each in its own transaction, in the order given.
 * A file that cannot be read, is not JSON, breaks the AssessmentResult schema or cannot be
 * stored is reported as issues naming it and left out; the other files are still imported.
 * @example const { recorded, issues } = await importResults(store, ['2023/results.json', '2024/results.json']);
 */
export async function importResults(store: ResultStore, files: readonly string[], options: { lang?: Lang } = {}): Promise<Imported> {
  const lang = options.lang ?? 'en';
  const recorded: RecordedRun[] = [];
  const issues: Issue[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      issues.push(storeIssue('error', 'store_import_unreadable', { reason: reasonOf(error) }, lang, file));
      continue;
    }
    const parsed = await parseJson(text, file, lang);
    if (!parsed.ok) {
      issues.push(parsed.issue);
      continue;
    }
    const valid = validate(AssessmentResult, parsed.value, file, lang);
    if (!valid.ok) {
      issues.push(...valid.issues);
      continue;
    }
    if (valid.value.clusters.length === 0) {
      issues.push(storeIssue('warning', 'store_import_empty', undefined, lang, file));
      continue;
    }
    try {
      recorded.push(...(await store.record(valid.value)));
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      issues.push({ ...error.issue, file });
    }
  }
  return { recorded, issues };
}
