import type { Issue } from '@clusterlens/schema';
import type { IssueSink } from './issue-sink.js';
import type { DamageEffect } from './messages/index.js';
import { partKind } from './part-check.js';
import type { XmlProblem } from './stream/xml-problem.js';

/** A workbook part whose XML is broken, or a sheet's part that is missing, with the error issue that says so. */
export interface DamagedPart {
  /** Zip entry name, as in the archive (or as the workbook names it, when missing). */
  entry: string;
  /** The workbook lists the sheet but the package lacks its part. */
  missing?: true;
  /** The sheet it holds, when it is one of the workbook's worksheets. */
  sheet?: string;
  effect: DamageEffect;
  issue: Issue;
}

/**
 * Reports a part that is not well-formed XML (never a DTD: that is a refusal) in `sink` and
 * says what it costs: a worksheet costs its sheet; one of the parts every sheet needs costs
 * the workbook; any other part costs only itself. Both readers report damage through here.
 */
export function addPartProblem(sink: IssueSink, entry: string, problem: XmlProblem, sheet: string | undefined): DamagedPart {
  const kind = partKind(entry);
  const effect: DamageEffect = kind === 'core' ? 'workbook' : kind === 'worksheet' && sheet !== undefined ? 'sheet' : 'part';
  const fault = problem.fault === 'dtd' ? 'bad_markup' : problem.fault;
  const named = effect === 'sheet' ? { sheet } : {};
  sink.add('xml_malformed', { file: sink.file, part: entry, fault, detail: problem.detail, effect, ...named }, named);
  const issue = sink.issues[sink.issues.length - 1]!;
  return { entry, ...named, effect, issue };
}

/**
 * The worksheets the workbook lists whose parts the package lacks (`entries`: what it holds),
 * in workbook order: an incomplete file, reported once per sheet; nothing of them is read.
 */
export function addMissingSheets(sink: IssueSink, names: ReadonlyMap<string, string>, entries: readonly string[]): DamagedPart[] {
  const present = new Set(entries);
  const missing: DamagedPart[] = [];
  for (const [entry, sheet] of names) {
    if (partKind(entry) !== 'worksheet' || present.has(entry)) continue;
    sink.add('sheet_part_missing', { file: sink.file, sheet, part: entry }, { sheet });
    missing.push({ entry, sheet, missing: true, effect: 'sheet', issue: sink.issues[sink.issues.length - 1]! });
  }
  return missing;
}

/** Whether a sheet name (as readers look it up: case and outer spaces ignored) is one of the damaged sheets. */
export function isDamagedSheet(damaged: readonly DamagedPart[], name: string): boolean {
  return damaged.some((part) => part.sheet !== undefined && part.sheet.trim().toLowerCase() === name.toLowerCase());
}
