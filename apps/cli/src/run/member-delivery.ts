/**
 * Delivering the member reports: the per-member passwords file (`--member-passwords` of assess,
 * batch and merge), read and checked with located issues, and members/index.csv for a mail merge.
 * Passwords go only into the render tasks: never into a log line, an issue, the results, the
 * method log or summary.json.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { AssessmentResult, ClusterSurvey, Framework, Issue, Lang } from '@clusterlens/schema';
import { parseCsv } from '../commands/index-tables.js';
import { EXIT, ExitError } from '../exit.js';
import { MESSAGES, readReason } from '../messages/index.js';

const ID_HEADERS = ['respondent_id', 'id', 'member_id'];

/** The passwords of a `--member-passwords` file, checked. */
export interface MemberPasswords {
  /** The file's base name, for messages. */
  file: string;
  /** By `memberKey(cluster, id)` when the file has a cluster_id column, else by respondent id. */
  passwords: ReadonlyMap<string, string>;
  byCluster: boolean;
}

export const memberKey = (clusterId: string, memberId: string): string => `${clusterId}\u0000${memberId}`;

/** The password of one member's report, if the file gives one. */
export const passwordOf = (p: MemberPasswords, clusterId: string, memberId: string): string | undefined =>
  p.passwords.get(p.byCluster ? memberKey(clusterId, memberId) : memberId);

/**
 * `respondent_id,password` rows (a header row first; `id` or `member_id` also name the id
 * column), with an optional `cluster_id` column for runs whose clusters share respondent ids.
 * Errors, each at its row: no such columns, an empty id, cluster or password, a member given
 * twice. Passwords are never echoed in a message.
 */
export async function readMemberPasswords(path: string, cwd: string, lang: Lang): Promise<{ passwords: MemberPasswords; issues: Issue[] }> {
  const text = MESSAGES[lang];
  const file = basename(path);
  const issues: Issue[] = [];
  const empty = () => ({ passwords: { file, passwords: new Map<string, string>(), byCluster: false }, issues });
  // The row is in the message: an Issue locates workbook cells, not CSV rows.
  const issue = (code: string, message: string, respondent?: string): void => {
    issues.push({ severity: 'error', code, message, file, ...(respondent === undefined ? {} : { respondent }) });
  };
  let rows: string[][];
  try {
    rows = parseCsv(await readFile(resolve(cwd, path), 'utf8'));
  } catch (error) {
    issue('member_passwords_unreadable', text.passwordsUnreadable(file, readReason(error, lang)));
    return empty();
  }
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const idColumn = header.findIndex((h) => ID_HEADERS.includes(h));
  const pwColumn = header.indexOf('password');
  const clusterColumn = header.indexOf('cluster_id');
  const byCluster = clusterColumn !== -1;
  if (idColumn === -1 || pwColumn === -1) {
    issue('member_passwords_header', text.passwordsHeader);
    return empty();
  }
  const passwords = new Map<string, string>();
  rows.slice(1).forEach((row, i) => {
    const line = i + 2;
    const id = (row[idColumn] ?? '').trim();
    const cluster = byCluster ? (row[clusterColumn] ?? '').trim() : '';
    const password = row[pwColumn] ?? '';
    const key = byCluster ? memberKey(cluster, id) : id;
    const who = byCluster ? `${cluster}/${id}` : id;
    if (id === '') issue('member_passwords_no_id', text.passwordsNoId(line));
    else if (byCluster && cluster === '') issue('member_passwords_no_cluster', text.passwordsNoCluster(line, id), id);
    else if (password === '') issue('member_passwords_empty', text.passwordsEmpty(line, who), id);
    else if (passwords.has(key)) issue('member_passwords_duplicate', text.passwordsDuplicate(line, who), id);
    else passwords.set(key, password);
  });
  return { passwords: { file, passwords, byCluster }, issues };
}

/**
 * The passwords file of a run, read and checked before anything else: its errors stop the run
 * (exit 1) with nothing written. Undefined without a file; a usage error without `--members`.
 */
export async function loadMemberPasswords(path: string | undefined, run: { members: boolean; cwd: string; lang: Lang }): Promise<MemberPasswords | undefined> {
  if (path === undefined) return undefined;
  const text = MESSAGES[run.lang];
  if (!run.members) throw new ExitError(EXIT.usage, text.passwordsWithoutMembers, { issue: 'member_passwords_without_members' });
  const read = await readMemberPasswords(path, run.cwd, run.lang);
  if (read.issues.length > 0) throw new ExitError(EXIT.inputErrors, text.passwordsInvalid(basename(path)), { issue: 'member_passwords_invalid', file: basename(path), issues: read.issues });
  return read.passwords;
}

/**
 * The members of the result the file cannot give a password to, an error each, so that no
 * report goes out unprotected by mistake: those without a row and, in a file without a
 * cluster_id column, ids that members of several clusters share (one row cannot tell them apart).
 */
export function passwordProblems(result: AssessmentResult, p: MemberPasswords, lang: Lang): Issue[] {
  const text = MESSAGES[lang];
  const clustersOf = new Map<string, string[]>();
  for (const c of result.clusters) for (const m of c.members ?? []) clustersOf.set(m.id, [...(clustersOf.get(m.id) ?? []), c.id]);
  const error = (code: string, message: string, respondent: string): Issue => ({ severity: 'error', code, message, file: p.file, respondent });
  const shared = p.byCluster ? [] : [...clustersOf].filter(([, clusters]) => clusters.length > 1).map(([id, clusters]) => error('member_passwords_ambiguous', text.passwordsAmbiguous(id, clusters.join(', ')), id));
  const missing = result.clusters.flatMap((c) =>
    (c.members ?? []).flatMap((m) => (passwordOf(p, c.id, m.id) === undefined ? [error('member_passwords_missing', text.passwordsMissing(p.byCluster ? `${c.id}/${m.id}` : m.id), m.id)] : [])),
  );
  return [...shared, ...missing];
}

/** Each member's contact e-mail (by `memberKey`), when the framework names an e-mail question (`memberProfile.contactEmail`) and the member answered it. */
export function memberEmails(surveys: readonly ClusterSurvey[], framework: Framework): Map<string, string> {
  const question = framework.memberProfile?.contactEmail;
  const emails = new Map<string, string>();
  if (question === undefined) return emails;
  for (const survey of surveys)
    for (const r of survey.respondents) {
      const answer = r.answers[question];
      if (typeof answer === 'string' && answer.includes('@')) emails.set(memberKey(survey.cluster.id, r.id), answer.trim());
    }
  return emails;
}
