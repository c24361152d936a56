import { join, relative, sep } from 'node:path';
import type { AssessmentResult, Lang, MemberContact, OutputFormat } from '@clusterlens/schema';
import { memberKey } from './member-delivery.js';
import type { MemberTask, RenderPoolData, Rendered } from '../batch/tasks.js';
import type { Workers } from '../batch/workers.js';
import { safeFileNames, writeFileAtomic } from '../files.js';
import { say, type Logger } from '../log.js';

export interface RunOutputOptions {
  out: string;
  lang: Lang;
  formats: readonly OutputFormat[];
  /** Worker threads for the member reports. */
  jobs: number;
  /** The run's threads, shared with its other pools (a batch's). */
  workers?: Workers;
  /** How the member reports are delivered: passwords, contacts, e-mails for index.csv (by `memberKey`). */
  delivery?: MemberDelivery;
}

export interface MemberDelivery {
  /** The password of a member's report; with it, every report must get one (checked before the run writes). */
  password?: (clusterId: string, memberId: string) => string | undefined;
  contacts?: Record<string, MemberContact>;
  emails?: ReadonlyMap<string, string>;
}

/** results.json, the run's primary output: written whole before any other. */
export async function writeResultsJson(result: AssessmentResult, options: Pick<RunOutputOptions, 'out' | 'lang' | 'formats'>, logger: Logger): Promise<string[]> {
  if (!options.formats.includes('json')) return [];
  const path = join(options.out, 'results.json');
  await writeFileAtomic(path, `${JSON.stringify(result, null, 2)}\n`);
  say(logger, options.lang, (t) => t.wrote(path));
  return [path];
}

/**
 * results.xlsx and the CSV tables, in that order: the paths written. Nothing is logged, as the
 * caller writes them while a pool renders the reports (and may draw a progress bar).
 */
export async function writeRunTables(result: AssessmentResult, options: Pick<RunOutputOptions, 'out' | 'lang' | 'formats'>): Promise<string[]> {
  const wanted = options.formats.filter((f) => f === 'xlsx' || f === 'csv');
  if (wanted.length === 0) return [];
  const report = await import('@clusterlens/report');
  const written: string[] = [];
  const write = async (path: string, data: string | Uint8Array) => {
    await writeFileAtomic(path, data);
    written.push(path);
  };
  if (wanted.includes('xlsx')) await write(join(options.out, 'results.xlsx'), await report.writeResultsWorkbook(result, { lang: options.lang }));
  if (wanted.includes('csv')) {
    for (const [name, csv] of Object.entries(report.resultsToCsv(result))) await write(join(options.out, name), csv);
  }
  return written;
}

/** The PDF of each cluster's report in the output folder, by cluster id (ids that differ only in case get names that differ beyond it). */
export const clusterReportNames = (result: AssessmentResult): Map<string, string> => safeFileNames(result.clusters.map((c) => c.id), { extension: '.pdf' });

/** The folder of each cluster's member reports under DIR/members, by cluster id. */
const memberFolders = (result: AssessmentResult): Map<string, string> => safeFileNames(result.clusters.map((c) => c.id));

/** Where each member's confidential report goes: DIR/members/<cluster folder>/member-<id>.pdf, by member id. */
const memberReportPaths = (out: string, folder: string, cluster: AssessmentResult['clusters'][number]): Map<string, string> => {
  const names = safeFileNames((cluster.members ?? []).map((m) => m.id), { prefix: 'member-', extension: '.pdf' });
  return new Map([...names].map(([id, name]) => [id, join(out, 'members', folder, name)]));
};

/**
 * One confidential PDF per member, none of whose aggregates describes a group smaller than
 * `minGroup`, rendered on the worker pool (they are many and independent)
 * and written here as each arrives (DIR/members/<cluster-id>/<member-id>.pdf), then
 * DIR/members/index.csv for a mail merge.
 */
export async function writeMemberReports(result: AssessmentResult, minGroup: number, options: RunOutputOptions, logger: Logger): Promise<string[]> {
  const { password: passwordFor, contacts, emails } = options.delivery ?? {};
  const folders = memberFolders(result);
  const tasks: (MemberTask & { path: string })[] = result.clusters.flatMap((cluster) => {
    const paths = memberReportPaths(options.out, folders.get(cluster.id)!, cluster);
    return (cluster.members ?? []).map((member) => {
      const password = passwordFor?.(cluster.id, member.id);
      // The run checked every member has one (passwordProblems): a gap here is a bug, and no report may go out open.
      if (passwordFor && password === undefined) throw new Error(`no password for member ${member.id} of ${cluster.id}`);
      return { clusterId: cluster.id, memberId: member.id, minGroup, path: paths.get(member.id)!, ...(password !== undefined && { password }) };
    });
  });
  const { runPool } = await import('../batch/pool.js');
  await runPool<MemberTask, Rendered>('renderMember', tasks, {
    jobs: options.jobs,
    ...(options.workers && { workers: options.workers }),
    workerData: { resultJson: JSON.stringify(result), lang: options.lang, ...(contacts && { contacts }) } satisfies RenderPoolData,
    hereData: { result, lang: options.lang, ...(contacts && { contacts }) } satisfies RenderPoolData,
    settled: async (index, reply) => {
      // The result was validated and the ids come from it: a failed render is a bug, not bad input.
      if (reply instanceof Error) throw reply;
      await writeFileAtomic(tasks[index]!.path, reply.pdf);
    },
  });
  for (const cluster of result.clusters) {
    const count = cluster.members?.length ?? 0;
    if (count > 0) say(logger, options.lang, (t) => t.wroteMembers(count, join(options.out, 'members', folders.get(cluster.id)!)));
  }
  if (tasks.length === 0) return [];
  const { tableToCsv } = await import('@clusterlens/report');
  const index = join(options.out, 'members', 'index.csv');
  const rows = tasks.map((t) => [t.memberId, t.clusterId, emails?.get(memberKey(t.clusterId, t.memberId)) ?? null, relative(join(options.out, 'members'), t.path).split(sep).join('/')]);
  await writeFileAtomic(index, tableToCsv(['respondent_id', 'cluster_id', 'email', 'file'], rows));
  say(logger, options.lang, (t) => t.wrote(index));
  return [...tasks.map((task) => task.path), index];
}
