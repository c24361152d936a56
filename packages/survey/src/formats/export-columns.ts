import type { ChoiceList, Question } from '@clusterlens/schema';
import { CLUSTER_KEYS, RESPONDENT_ID, type ClusterKey } from '../layout.js';
import { foldText } from '../read-text.js';
import { LANGS } from '@clusterlens/schema';
import { messages } from '../messages/index.js';
import { CLUSTER_FIELDS } from './xlsform-layout.js';

/** What one column of a KoboToolbox or ODK export holds. */
export type ColumnRole =
  | { kind: 'answer'; question: Question }
  | { kind: 'option'; question: Question; code: string }
  | { kind: 'respondent' }
  | { kind: 'cluster'; key: ClusterKey }
  /** A form field that is not scored (note, calculate, group, repeat, metadata question). */
  | { kind: 'declared' }
  /** A column the tool adds to every export (`_uuid`, `SubmissionDate`, `KEY`…). */
  | { kind: 'tool' }
  | { kind: 'unknown' };

export interface ExportDefinition {
  questions: readonly Question[];
  choiceLists: readonly ChoiceList[];
  /** Field names of the form that are not questions to score. */
  declared: ReadonlySet<string>;
}

// KoboToolbox: `_id`, `_uuid`, `_submission_time`, `_index`, `_validation_status`, `__version__`…
// (all start with "_"); ODK Central: SubmissionDate, KEY, SubmitterID…; both: form metadata.
const TOOL_COLUMNS = new Set(
  [
    'SubmissionDate', 'KEY', 'PARENT_KEY', 'SubmitterID', 'SubmitterName', 'AttachmentsPresent', 'AttachmentsExpected',
    'Status', 'ReviewState', 'DeviceID', 'Edits', 'FormVersion', 'instanceID', 'instanceName',
    'start', 'end', 'today', 'deviceid', 'username', 'simserial', 'subscriberid', 'phonenumber', 'audit',
  ].map((name) => name.toLowerCase()),
);
const TOOL_PREFIX = /^(_|meta[-/]|formhub[-/]|__)/i;
/** Group paths: `/` in KoboToolbox exports, `-` in ODK Central's. */
const SEPARATORS = ['/', '-'];

export function isToolColumn(header: string): boolean {
  return TOOL_PREFIX.test(header) || TOOL_COLUMNS.has(header.toLowerCase());
}

/** Classifies export headers against a survey definition: xml names with group paths, or labels. */
export class ExportColumns {
  private readonly names = new Map<string, ColumnRole>();
  private readonly labels = new Map<string, ColumnRole>();
  private readonly lists: ReadonlyMap<string, ChoiceList>;

  constructor(definition: ExportDefinition) {
    this.lists = new Map(definition.choiceLists.map((list) => [list.name, list]));
    for (const name of definition.declared) this.names.set(name, { kind: 'declared' });
    for (const key of CLUSTER_KEYS) this.names.set(CLUSTER_FIELDS[key], { kind: 'cluster', key });
    this.names.set(RESPONDENT_ID, { kind: 'respondent' });
    for (const label of LANGS.map((lang) => messages(lang).form.respondentId)) this.labels.set(foldText(label), { kind: 'respondent' });
    for (const question of definition.questions) {
      this.names.set(question.id, { kind: 'answer', question });
      for (const label of [question.label.en, question.label.zh]) this.labels.set(foldText(label), { kind: 'answer', question });
    }
  }

  /** The field a path names: the whole header, or its last group-path segments. */
  private byName(path: string): ColumnRole | undefined {
    const exact = this.names.get(path);
    if (exact) return exact;
    let best: { length: number; role: ColumnRole } | undefined;
    for (const [name, role] of this.names) {
      if (name.length < path.length && path.endsWith(name) && SEPARATORS.includes(path[path.length - name.length - 1] ?? '')) {
        if (!best || name.length > best.length) best = { length: name.length, role };
      }
    }
    return best?.role;
  }

  private byLabel(text: string): ColumnRole | undefined {
    const folded = foldText(text);
    const exact = this.labels.get(folded);
    if (exact) return exact;
    // With "hierarchy in labels" KoboToolbox prefixes group labels: "Your firm/Employees".
    for (const [label, role] of this.labels) if (folded.endsWith(`/${label}`)) return role;
    return undefined;
  }

  /** A select_multiple option column: `q/code` (xml names) or `Question label/Option label`. */
  private option(header: string): ColumnRole | undefined {
    const slash = header.lastIndexOf('/');
    if (slash <= 0) return undefined;
    const [path, tail] = [header.slice(0, slash), header.slice(slash + 1)];
    for (const role of [this.byName(path), this.byLabel(path)]) {
      if (role?.kind !== 'answer' || role.question.type !== 'select_multiple') continue;
      const list = this.lists.get(role.question.choices ?? '');
      const choice = list?.choices.find((c) => c.value === tail) ?? list?.choices.find((c) => [c.label.en, c.label.zh].some((l) => foldText(l) === foldText(tail)));
      if (choice) return { kind: 'option', question: role.question, code: choice.value };
    }
    return undefined;
  }

  classify(header: string): ColumnRole {
    if (header === '') return { kind: 'tool' };
    return this.option(header) ?? this.byName(header) ?? (isToolColumn(header) ? { kind: 'tool' } : undefined) ?? this.byLabel(header) ?? { kind: 'unknown' };
  }
}
