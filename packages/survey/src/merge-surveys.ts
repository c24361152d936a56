import type { ChoiceList, ClusterMeta, ClusterSurvey, Issue, Lang, Question, Respondent } from '@clusterlens/schema';
import { mergeContacts } from './cluster-contacts.js';
import { IssueSink } from './issue-sink.js';
import { setAsideIn, withSetAside } from './set-aside.js';

export interface SurveyPart {
  survey: ClusterSurvey;
  /** The file the part was read from, named in issues. */
  file: string;
}

export interface MergeOptions {
  /** Language of issue messages. */
  lang: Lang;
}

/** Cluster metadata compared between parts, by the key people see on the Cluster sheet. */
const FIELDS: { key: string; get: (c: ClusterMeta) => string | number | undefined; set: (c: ClusterMeta, v: never) => void }[] = [
  { key: 'name_en', get: (c) => c.name.en, set: (c, v: string) => void (c.name = { ...c.name, en: v }) },
  { key: 'name_zh', get: (c) => c.name.zh, set: (c, v: string) => void (c.name = { ...c.name, zh: v }) },
  { key: 'region', get: (c) => c.region, set: (c, v: string) => void (c.region = v) },
  { key: 'region_zh', get: (c) => c.regionZh, set: (c, v: string) => void (c.regionZh = v) },
  { key: 'industry_code', get: (c) => c.industryCode, set: (c, v: string) => void (c.industryCode = v) },
  { key: 'peer_group', get: (c) => c.peerGroup, set: (c, v: string) => void (c.peerGroup = v) },
  { key: 'survey_year', get: (c) => c.surveyYear, set: (c, v: number) => void (c.surveyYear = v) },
  { key: 'currency', get: (c) => c.currency, set: (c, v: string) => void (c.currency = v) },
  { key: 'population', get: (c) => c.population, set: (c, v: number) => void (c.population = v) },
];

/** JSON with object keys sorted, so definitions read by different paths compare by content. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Questions of `part` that do not match the base definition (changed, added, missing, or on a changed list). */
function conflictingQuestions(base: ClusterSurvey, part: ClusterSurvey, changedLists: Set<string>): string[] {
  const mine = new Map(base.questions.map((question) => [question.id, canonical(question)]));
  const theirs = new Map(part.questions.map((question: Question) => [question.id, question]));
  const ids = [...new Set([...mine.keys(), ...theirs.keys()])];
  return ids.filter((id) => {
    const question = theirs.get(id);
    return !question || mine.get(id) !== canonical(question) || (question.choices !== undefined && changedLists.has(question.choices));
  });
}

function without(respondent: Respondent, questions: ReadonlySet<string>): { respondent: Respondent; dropped: string[] } {
  const dropped = Object.keys(respondent.answers).filter((id) => questions.has(id));
  if (dropped.length === 0) return { respondent, dropped };
  const answers = Object.fromEntries(Object.entries(respondent.answers).filter(([id]) => !questions.has(id)));
  return { respondent: { ...respondent, answers }, dropped };
}

/**
 * Whether every member of a later file (two or more, on one sheet) is already in one earlier
 * file: that workbook saved again, whose rows are then left out with one issue rather than one
 * per member. A file repeating only some members gets an issue per member, at its row.
 */
function repeatsOneFile(respondents: readonly Respondent[], seen: ReadonlyMap<string, string>, file: string, sink: IssueSink): boolean {
  const [one] = respondents;
  if (!one || respondents.length < 2) return false;
  const first = seen.get(one.id);
  const { sheet } = one.source;
  if (first === undefined || !respondents.every((r) => seen.get(r.id) === first && r.source.sheet === sheet)) return false;
  // A loop, not Math.min(...rows): a survey of 200,000 members is more arguments than a call takes.
  let from = one.source.row;
  let to = one.source.row;
  for (const { source } of respondents) {
    from = Math.min(from, source.row);
    to = Math.max(to, source.row);
  }
  sink.add('merge_file_repeated', { first, file, count: respondents.length, sheet, from, to }, { sheet });
  return true;
}

/** Folds one later part into `merged`, reporting every disagreement with the first file. */
function mergePart(merged: ClusterSurvey, first: string, part: SurveyPart, seen: Map<string, string>, sink: IssueSink): void {
  const { survey, file } = part;
  const files = { first, file };
  if (survey.cluster.id !== merged.cluster.id) {
    return sink.add('merge_other_cluster', { ...files, firstId: merged.cluster.id, id: survey.cluster.id });
  }
  for (const field of FIELDS) {
    const kept = field.get(merged.cluster);
    const value = field.get(survey.cluster);
    if (value === undefined || value === kept) continue;
    if (kept === undefined) field.set(merged.cluster, value as never);
    else sink.add('merge_metadata_conflict', { ...files, field: field.key, firstValue: String(kept), value: String(value) });
  }
  const contacts = mergeContacts(merged.cluster.contacts, survey.cluster.contacts);
  if (contacts.contacts) merged.cluster.contacts = contacts.contacts;
  for (const c of contacts.conflicts) sink.add('merge_metadata_conflict', { ...files, field: c.key, firstValue: c.first, value: c.value });
  const changedLists = new Set<string>();
  for (const list of survey.choiceLists) {
    const base = merged.choiceLists.find((candidate: ChoiceList) => candidate.name === list.name);
    if (base && canonical(base) !== canonical(list)) {
      changedLists.add(list.name);
      sink.add('merge_choices_conflict', { ...files, list: list.name });
    }
  }
  const conflicts = new Set(conflictingQuestions(merged, survey, changedLists));
  const droppedPer = new Map<string, number>([...conflicts].map((id) => [id, 0]));
  const kept: Respondent[] = [];
  const repeated = repeatsOneFile(survey.respondents, seen, file, sink);
  for (const respondent of survey.respondents) {
    const firstFile = seen.get(respondent.id);
    if (firstFile !== undefined) {
      if (!repeated) sink.add('merge_duplicate_respondent', { first: firstFile, file, id: respondent.id, sheet: respondent.source.sheet, row: respondent.source.row }, { sheet: respondent.source.sheet, respondent: respondent.id });
      continue;
    }
    seen.set(respondent.id, file);
    const { respondent: trimmed, dropped } = without(respondent, conflicts);
    for (const id of dropped) droppedPer.set(id, (droppedPer.get(id) ?? 0) + 1);
    kept.push(trimmed);
  }
  for (const [question, dropped] of droppedPer) sink.add('merge_question_conflict', { ...files, question, dropped }, { question });
  for (const respondent of kept) merged.respondents.push(respondent);
  for (const [key, value] of Object.entries(survey.regional)) {
    const base = merged.regional[key];
    if (base === undefined) {
      merged.regional[key] = value;
      // The source goes with the value it describes.
      const source = survey.regionalSources?.[key];
      if (source) merged.regionalSources = { ...merged.regionalSources, [key]: source };
    } else if (base !== value) sink.add('merge_regional_conflict', { ...files, key, firstValue: base, value });
  }
  // The member rows left out here (repeated ids) add to what this file's read set aside; a
  // repeated file's rows, said in one issue, are counted here.
  const added = setAsideIn(sink.issues);
  const repeats = repeated ? { answers: 0, rows: survey.respondents.length } : undefined;
  merged.sources.push(...survey.sources.map((source) => (source.file === file ? withSetAside(withSetAside(source, added), repeats) : source)));
}

/**
 * Merges the workbooks of one cluster (one per member, say) into one survey. Respondents are
 * concatenated in input order; the first file's metadata, definitions and regional values win,
 * and every disagreement is an error naming both files: another cluster id (the part is left
 * out), conflicting metadata or regional values, a respondent id seen before (the later row is
 * left out), questions or choice lists defined differently (the later file's answers to them
 * are left out). Pure: the inputs are not modified.
 * @example const { survey, issues } = mergeSurveys(parts.map((p) => ({ survey: p.survey, file: p.file })), { lang: 'en' });
 */
export function mergeSurveys(parts: readonly SurveyPart[], options: MergeOptions): { survey: ClusterSurvey | null; issues: Issue[] } {
  const [head, ...rest] = parts;
  if (!head) return { survey: null, issues: [] };
  const base = head.survey;
  const merged: ClusterSurvey = {
    ...base,
    cluster: { ...base.cluster },
    respondents: [...base.respondents],
    regional: { ...base.regional },
    sources: [...base.sources],
  };
  const seen = new Map(base.respondents.map((respondent) => [respondent.id, head.file]));
  const issues: Issue[] = [];
  for (const part of rest) {
    const sink = new IssueSink(part.file, options.lang);
    mergePart(merged, head.file, part, seen, sink);
    for (const issue of sink.issues) issues.push(issue);
  }
  return { survey: merged, issues };
}
