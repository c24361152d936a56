import { basename } from 'node:path';
import type { AssessmentResult, ClusterSurvey, Framework, Issue, Lang, MemberContact, OutputFormat, Publisher } from '@clusterlens/schema';
import { combineSurveys, type InputPart } from '../combine-surveys.js';
import type { SideFileContext } from '../json-input.js';
import { countBySeverity, everyIssueIn, printIssues, say, sayIssue, type Logger, type Words } from '../log.js';
import { MESSAGES } from '../messages/index.js';
import { readInput, type InputFormatOptions } from '../read-input.js';
import { planRun, type RunChoices } from '../run/plan.js';
import { runAssessment } from '../run/run.js';
import { storedRun } from '../run/store.js';

export interface AssessOptions extends RunChoices {
  /** Workbooks as given; read from `cwd`. */
  files: string[];
  /** Output folder, absolute. */
  out: string;
  cwd: string;
  lang: Lang;
  formats: readonly OutputFormat[];
  /** Worker threads for the reports. */
  jobs: number;
  input?: InputFormatOptions;
  /** `--member-passwords`: CSV of respondent id → password; each member report is encrypted with its own. */
  memberPasswords?: string;
  /** Association contacts of the member reports (config `memberContacts`). */
  memberContacts?: Record<string, MemberContact>;
  /** The publisher block of the reports. */
  publisher?: Publisher;
}

export interface AssessOutcome {
  result?: AssessmentResult;
  outputs: string[];
  /** Every issue of the inputs and of scoring. */
  issues: Issue[];
  /** No workbook gave a survey: nothing was assessed or written. */
  nothingProduced?: boolean;
}

/**
 * workbook(s) ──read──▶ ClusterSurvey[] (+ issues) ──the run (run/run.ts)──▶ DIR/results.json,
 * results.xlsx, *.csv, <cluster-id>.pdf, portfolio.pdf, members/… (──▶ the --store history)
 * A workbook that cannot be read is reported and skipped; the others are still assessed.
 */
export async function runAssess(options: AssessOptions, logger: Logger, report: SideFileContext['report']): Promise<AssessOutcome> {
  const { lang } = options;
  const text = MESSAGES[lang];
  const all = everyIssueIn(options.formats, lang);
  // A page (serve) takes every issue, to word it again in its own language; a terminal shows each kind's first few.
  const show = (issues: Issue[]) =>
    logger.issue ? issues.filter((issue) => issue.severity !== 'info').forEach((issue) => sayIssue(logger, issue, lang)) : printIssues(issues, lang, all, (line) => logger.error(line));
  const { loadMemberPasswords } = await import('../run/member-delivery.js');
  const passwords = await loadMemberPasswords(options.memberPasswords, { members: options.members, cwd: options.cwd, lang });
  const plan = await planRun(options, { lang, cwd: options.cwd, report });
  const read = await readSurveys(options.files, plan.framework, { lang, cwd: options.cwd, ...options.input }, logger);
  show(read.issues);
  if (read.surveys.length === 0) {
    say(logger, lang, (t) => t.nothingToAssess, 'error');
    return { outputs: [], issues: [...read.issues, { severity: 'error', code: 'nothing_produced', message: text.nothingToAssess }], nothingProduced: true };
  }
  // One line per report: a bar is for batch's many clusters.
  const progress = { start: () => {}, tick: (_line: string, words: Words) => say(logger, lang, words), stop: () => {} };
  const output = {
    out: options.out,
    lang,
    formats: options.formats,
    jobs: options.jobs,
    progress,
    ...(passwords && { memberPasswords: passwords }),
    ...(options.memberContacts && { memberContacts: options.memberContacts }),
    ...(options.publisher && { publisher: options.publisher }),
  };
  const { result, outputs, reports } = await storedRun(options.store, { plan, choices: options, surveys: read.surveys }, { cwd: options.cwd, lang, logger }, (run) =>
    runAssessment(run, read, output, logger),
  );
  const failed: Issue[] = reports.flatMap((r) => (r.error === undefined ? [] : [{ severity: 'error' as const, code: 'report_failed', message: text.reportFailed(r.cluster, r.error) }]));
  show([...result.issues.slice(read.issues.length), ...failed]);
  const counts = countBySeverity(read.issues);
  say(logger, lang, (t) => t.summary(result.clusters.length, counts.error, counts.warning));
  return { result, outputs, issues: [...result.issues, ...failed] };
}

async function readSurveys(
  files: string[],
  framework: Framework,
  input: InputFormatOptions & { lang: Lang; cwd: string },
  logger: Logger,
): Promise<{ surveys: ClusterSurvey[]; issues: Issue[] }> {
  const { lang } = input;
  const parts: InputPart[] = [];
  const issues: Issue[] = [];
  for (const path of files) {
    say(logger, lang, (t) => t.reading(path));
    const file = basename(path);
    const read = await readInput(path, file, { ...input, framework });
    for (const issue of read.issues) issues.push(issue);
    if (read.survey) parts.push({ survey: read.survey, file, sha256: read.sha256 });
  }
  const combined = combineSurveys(parts, lang);
  return { surveys: combined.surveys, issues: [...issues, ...combined.issues] };
}
