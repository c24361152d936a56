import type { Issue, Lang } from '@clusterlens/schema';
import { MESSAGES } from '../messages/index.js';
import { ownIssue, pageIssue, tidyText } from './issue-text.js';
import { resultView } from './result-view.js';
import type { LogEntry, Note, Run } from './run-state.js';
import type { RunDetail, RunLine } from '../schema/views.js';

/** A note of the server's as an issue in `lang`. */
function noteIssue(note: Exclude<Note, { code: 'stopped' }>, lang: Lang): Issue {
  const text = MESSAGES[lang];
  if (note.code === 'left_out') return ownIssue('error', 'upload_left_out', text.leftOut(note.file, note.reasons[lang]), note.file);
  if (note.code === 'duplicate') return ownIssue('warning', 'upload_duplicate', text.duplicateUpload(note.file, note.first), note.file);
  return ownIssue('error', 'internal', { message: text.internal });
}

/**
 * The toolkit's issue as the page shows it in `lang`. A baseline that is not from an earlier year
 * stops the CLI with advice to add `--force-baseline`: the page says its own choice instead.
 */
function toolkitIssue(run: Run, issue: Issue, lang: Lang): Issue {
  if (issue.code === 'baseline_not_earlier' && run.baseline) {
    return ownIssue('error', issue.code, MESSAGES[lang].baselineNotEarlier(run.baseline.name, run.baseline.years.join(', ')), run.baseline.name);
  }
  return pageIssue(issue, lang, run.names);
}

/** Every issue of the round in `lang`: the files it left out and why, then the toolkit's, then a bug if there was one. */
export function runIssues(run: Run, lang: Lang): Issue[] {
  const notes = run.notes.map((n) => noteIssue(n, lang));
  const bug = run.log.some((e) => 'note' in e && e.note.code === 'internal') ? [noteIssue({ code: 'internal' }, lang)] : [];
  return [...notes, ...run.issues.map((i) => toolkitIssue(run, i, lang)), ...bug];
}

/** One entry of the progress as the page shows it in `lang`. */
export function runLine(run: Run, entry: LogEntry, lang: Lang): RunLine {
  if ('line' in entry) return { text: tidyText(entry.line, run.names), lang: entry.lang };
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
