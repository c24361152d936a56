import type { Issue, Lang } from '@clusterlens/schema';
import { MESSAGES } from '../messages/index.js';
import { ownIssue, pageIssue, tidyText } from './issue-text.js';
import { resultView } from './result-view.js';
import type { LogEntry, Note, Run } from './run-state.js';
import type { RunDetail, RunIssue, RunLine } from '../schema/views.js';

/** A note of the server's as an issue in `lang`. */
function noteIssue(note: Exclude<Note, { code: 'stopped' }>, lang: Lang): Issue {
  const text = MESSAGES[lang];
  if (note.code === 'left_out') return ownIssue('error', 'upload_left_out', text.leftOut(note.file, note.reasons[lang]), note.file);
  if (note.code === 'duplicate') return ownIssue('warning', 'upload_duplicate', text.duplicateUpload(note.file, note.first), note.file);
  return ownIssue('error', 'internal', { message: text.internal });
}

/** The reader's issues of a round's files in one language, by how the page shows them in the report's. */
type Rewording = Map<string, Issue | null>;

const FIELDS = ['severity', 'code', 'file', 'sheet', 'cell', 'question', 'respondent', 'effect', 'path', 'message', 'suggestion'] as const;
/** An issue as the page shows it in `lang`, whatever the order of its fields. */
const shownAs = (run: Run, issue: Issue, lang: Lang = run.lang): string => {
  const shown = pageIssue(issue, lang, run.names);
  return JSON.stringify(FIELDS.map((field) => shown[field]));
};

const rewordings = new WeakMap<Run, Partial<Record<Lang, Rewording>>>();

/**
 * How the reader's issues of the round's files (and those between them) read in `lang`, from the
 * readings of each file in every language as the round started: the same reader on the same file
 * finds the same issues in the same order, and a file whose two readings do not pair up is left as
 * the toolkit worded it.
 */
function rewording(run: Run, lang: Lang): Rewording {
  const byLang = rewordings.get(run) ?? {};
  rewordings.set(run, byLang);
  if (byLang[lang]) return byLang[lang];
  const found: Rewording = new Map();
  for (const issues of run.readings) {
    const [from, to] = [issues[run.lang], issues[lang]];
    if (from.length !== to.length || from.some((issue, n) => issue.code !== to[n]!.code || issue.cell !== to[n]!.cell)) continue;
    from.forEach((issue, n) => {
      const key = shownAs(run, issue);
      const before = found.get(key);
      // An issue shown alike twice with two translations gets neither.
      found.set(key, before === undefined || (before !== null && shownAs(run, before, lang) === shownAs(run, to[n]!, lang)) ? to[n]! : null);
    });
  }
  return (byLang[lang] = found);
}

/**
 * The toolkit's issue as the page shows it in `lang`: worded by its reader in the report's language,
 * and in the page's when it is one that reading a file, or the check between the files, found (the
 * round's other issues, from scoring, stay in the report's).
 * A baseline that is not from an earlier year stops the CLI with advice to add `--force-baseline`:
 * the page says its own choice instead.
 */
function toolkitIssue(run: Run, issue: Issue, lang: Lang): RunIssue {
  if (issue.code === 'baseline_not_earlier' && run.baseline) {
    return { ...ownIssue('error', issue.code, MESSAGES[lang].baselineNotEarlier(run.baseline.name, run.baseline.years.join(', ')), run.baseline.name), lang };
  }
  const own = lang === run.lang ? undefined : rewording(run, lang).get(shownAs(run, issue));
  return own ? { ...pageIssue(own, lang, run.names), lang } : { ...pageIssue(issue, lang, run.names), lang: run.lang };
}

/** Every issue of the round in `lang`, each with the language of its message: the files it left out and why, then the toolkit's, then a bug if there was one. */
export function runIssues(run: Run, lang: Lang): RunIssue[] {
  const notes = run.notes.map((n) => ({ ...noteIssue(n, lang), lang }));
  const bug = run.log.some((e) => 'note' in e && e.note.code === 'internal') ? [{ ...noteIssue({ code: 'internal' }, lang), lang }] : [];
  return [...notes, ...run.issues.map((i) => toolkitIssue(run, i, lang)), ...bug];
}

/** One entry of the progress as the page shows it in `lang`. */
export function runLine(run: Run, entry: LogEntry, lang: Lang): RunLine {
  if ('line' in entry) {
    const { line } = entry;
    // The CLI's own lines are there in every language; a problem of the inputs in the report's, and in the page's when reading its file found it.
    if (!('text' in line)) return { text: tidyText(line[lang], run.names), lang };
    const own = line.issue && line.lang !== lang ? rewording(run, lang).get(shownAs(run, line.issue)) : undefined;
    return own ? { text: tidyText(run.format(own, lang), run.names), lang } : { text: tidyText(line.text, run.names), lang: line.lang };
  }
  const { note } = entry;
  const text = MESSAGES[lang];
  if (note.code !== 'stopped') return { text: noteIssue(note, lang).message, lang };
  const why = runIssues(run, lang).filter((i) => i.severity === 'error').at(-1);
  return { text: why ? text.runFailed(why.message) : text.runStopped, lang };
}

/** The round as the page shows it in `lang`: its progress and issues worded in it, outputs by index, the result without any member's figures. */
export function runDetail(run: Run, lang: Lang): RunDetail {
  return {
    id: run.id,
    status: run.status,
    lines: run.log.map((e) => runLine(run, e, lang)),
    issues: runIssues(run, lang),
    outputs: run.outputs.map((o, index) => ({ index, name: o.name })),
    // The zip also holds members/index.csv: the page counts the reports people will open.
    members: run.members.filter((m) => m.name.toLowerCase().endsWith('.pdf')).length,
    result: run.result ? resultView(run.result) : null,
  };
}
