/**
 * Delivering the member reports: the per-member passwords file (`--member-passwords`), read and
 * checked with located issues, and members/index.csv for a mail merge. Passwords go only into
 * the render tasks: never into a log line, an issue, the results or the method log.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { AssessmentResult, ClusterSurvey, Framework, Issue, Lang } from '@clusterlens/schema';
import { parseCsv } from '../commands/index-tables.js';
import { MESSAGES } from '../messages/index.js';

const ID_HEADERS = ['respondent_id', 'id', 'member_id'];

/**
 * `respondent_id,password` rows (a header row first; `id` or `member_id` also name the id
 * column). Errors, each at its row: no such columns, an empty id or password, an id given
 * twice. Passwords are never echoed in a message.
 */
export async function readMemberPasswords(path: string, cwd: string, lang: Lang): Promise<{ passwords: Map<string, string>; issues: Issue[] }> {
  const text = MESSAGES[lang];
  const file = basename(path);
  const issues: Issue[] = [];
  // The row is in the message: an Issue locates workbook cells, not CSV rows.
  const issue = (code: string, message: string, respondent?: string): void => {
    issues.push({ severity: 'error', code, message, file, ...(respondent === undefined ? {} : { respondent }) });
  };
  let rows: string[][];
  try {
    rows = parseCsv(await readFile(resolve(cwd, path), 'utf8'));
  } catch (error) {
    issue('member_passwords_unreadable', text.passwordsUnreadable(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message));
    return { passwords: new Map(), issues };
  }
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const idColumn = header.findIndex((h) => ID_HEADERS.includes(h));
  const pwColumn = header.indexOf('password');
  if (idColumn === -1 || pwColumn === -1) {
    issue('member_passwords_header', text.passwordsHeader(file));
    return { passwords: new Map(), issues };
  }
  const passwords = new Map<string, string>();
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    const id = (row[idColumn] ?? '').trim();
    const password = row[pwColumn] ?? '';
    if (id === '') issue('member_passwords_no_id', text.passwordsNoId(file, line));
    else if (password === '') issue('member_passwords_empty', text.passwordsEmpty(file, line, id), id);
    else if (passwords.has(id)) issue('member_passwords_duplicate', text.passwordsDuplicate(file, line, id), id);
    else passwords.set(id, password);
  });
  return { passwords, issues };
}

/** Members of the result without a password in the file: an error each, so no report goes out unprotected by mistake. */
export function missingPasswords(result: AssessmentResult, passwords: ReadonlyMap<string, string>, path: string, lang: Lang): Issue[] {
  const file = basename(path);
  return result.clusters.flatMap((c) =>
    (c.members ?? []).flatMap((m) =>
      passwords.has(m.id) ? [] : [{ severity: 'error' as const, code: 'member_passwords_missing', message: MESSAGES[lang].passwordsMissing(file, m.id), file, respondent: m.id }],
    ),
  );
}

/** Each member's contact e-mail, when the framework names an e-mail question (`memberProfile.contactEmail`) and the member answered it. */
export function memberEmails(surveys: readonly ClusterSurvey[], framework: Framework): Map<string, string> {
  const question = framework.memberProfile?.contactEmail;
  const emails = new Map<string, string>();
  if (question === undefined) return emails;
  for (const survey of surveys)
    for (const r of survey.respondents) {
      const answer = r.answers[question];
      if (typeof answer === 'string' && answer.includes('@')) emails.set(emailKey(survey.cluster.id, r.id), answer.trim());
    }
  return emails;
}

export const emailKey = (clusterId: string, memberId: string): string => `${clusterId}\u0000${memberId}`;
