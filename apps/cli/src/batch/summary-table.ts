import { relative } from 'node:path';
import type { Lang } from '@clusterlens/schema';
import type { Palette } from '../colour.js';
import { MESSAGES } from '../messages/index.js';
import { renderTable } from '../table.js';
import { SUMMARY_FILE, type InputRecord } from './manifest.js';

/** The table printed at the end of a batch or merge: one row per input, then a one-line total. */
export function summaryTable(inputs: readonly InputRecord[], out: string, cwd: string, lang: Lang, paint: Palette): string {
  const text = MESSAGES[lang];
  const rows = inputs.map((entry) => [
    entry.status === 'ok' ? paint.green(text.status.ok) : paint.red(text.status.failed),
    entry.file,
    entry.cluster ?? '–',
    String(entry.issues.error),
    String(entry.issues.warning),
    entry.outputs.join(' ') || '–',
    (entry.durationMs / 1000).toFixed(1),
  ]);
  const failed = inputs.filter((e) => e.status !== 'ok').length;
  const where = relative(cwd, `${out}/${SUMMARY_FILE}`) || SUMMARY_FILE;
  return `${renderTable(text.batchHeader, rows)}\n${text.batchSummary(inputs.length, failed, where)}\n`;
}
