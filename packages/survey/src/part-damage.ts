import type { Issue } from '@clusterlens/schema';
import type { IssueSink } from './issue-sink.js';
import type { DamageEffect } from './messages-package.js';
import { partKind } from './part-check.js';
import type { XmlProblem } from './stream/xml-problem.js';

/** A workbook part whose XML is broken, with the error issue that says so. */
export interface DamagedPart {
  /** Zip entry name, as in the archive. */
  entry: string;
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
