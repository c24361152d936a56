import { join } from 'node:path';
import type { AssessmentResult, ClusterSurvey, Issue, MemberContact } from '@clusterlens/schema';
import { EXIT, ExitError } from '../exit.js';
import { MESSAGES } from '../messages/index.js';
import { say, type Logger } from '../log.js';
import { writeClusterReports, type ClusterReport, type ClusterReportOptions, type ReportsWritten } from './cluster-reports.js';
import { memberEmails, passwordOf, passwordProblems, type MemberPasswords } from './member-delivery.js';
import { writeMemberReports, writeResultsJson, writeRunTables, type RunOutputOptions } from './outputs.js';
import { memberGroup, scoreRun, type RunPlan } from './plan.js';

export interface RunOutput extends Omit<RunOutputOptions, 'delivery'>, ClusterReportOptions {
  /** Per-member passwords, read and checked (`loadMemberPasswords`). */
  memberPasswords?: MemberPasswords;
  /** Association contacts of the member reports (config `memberContacts`). */
  memberContacts?: Record<string, MemberContact>;
  /** Called once results.json and the member reports are written, before the cluster reports (batch saves its summary). */
  written?: () => Promise<void>;
}

export interface RunProduct {
  result: AssessmentResult;
  /** Every file written (or kept), absolute: the run's own outputs, then portfolio.pdf and the cluster reports. */
  outputs: string[];
  /** One per cluster of the result, in its order; none without `pdf` among the formats. */
  reports: ClusterReport[];
}

/**
 * The one run of assess, batch, merge and demo, once the inputs are read:
 *   surveys (+ issues) ──replay the plan's step log──▶ AssessmentResult (──▶ history from the store)
 *   ──▶ results.json ──▶ members/… , then portfolio.pdf and <cluster-id>.pdf, on the pool
 *                    ──▶ results.xlsx, *.csv in this thread meanwhile
 */
export async function runAssessment(plan: RunPlan, read: { surveys: ClusterSurvey[]; issues: Issue[] }, output: RunOutput, logger: Logger): Promise<RunProduct> {
  const result = await scoreRun(plan, read.surveys, read.issues);
  const minGroup = memberGroup(plan.steps);
  const passwords = output.memberPasswords;
  if (passwords && minGroup !== undefined) {
    // Checked before anything is written: a member without a password would get an open report.
    const problems = passwordProblems(result, passwords, output.lang);
    if (problems.length > 0) throw new ExitError(EXIT.inputErrors, MESSAGES[output.lang].passwordsInvalid(passwords.file), { issue: 'member_passwords_invalid', file: passwords.file, issues: problems });
  }
  const delivery = {
    ...(passwords && { password: (clusterId: string, memberId: string) => passwordOf(passwords, clusterId, memberId) }),
    ...(output.memberContacts && { contacts: output.memberContacts }),
    emails: memberEmails(read.surveys, plan.framework),
  };
  const pdf = output.formats.includes('pdf');
  // Only the PDFs show the history; read before anything is written, so a failed read leaves no outputs.
  const history = pdf && plan.history ? await plan.history(result) : undefined;
  const outputs = await writeResultsJson(result, output, logger);
  // This thread writes the tables while the pool renders the reports: it would otherwise only
  // wait for the pool. They are awaited (and their lines logged) after the reports, also when a
  // report fails first, so that no write is cut off.
  const tables = writeRunTables(result, output);
  tables.catch(() => {});
  let members: string[] = [];
  let written: ReportsWritten = { reports: [] };
  try {
    if (minGroup !== undefined) members = await writeMemberReports(result, minGroup, { ...output, delivery }, logger);
    await output.written?.();
    if (pdf) written = await writeClusterReports(result, { ...output, ...(history && { history }) });
  } catch (error) {
    await tables.catch(() => {});
    throw error;
  }
  const tablePaths = await tables;
  for (const path of tablePaths) say(logger, output.lang, (t) => t.wrote(path));
  for (const path of [...tablePaths, ...members]) outputs.push(path);
  if (written.portfolio !== undefined) outputs.push(written.portfolio);
  outputs.push(...written.reports.filter((r) => r.error === undefined).map((r) => join(output.out, r.name)));
  return { result, outputs, reports: written.reports };
}
