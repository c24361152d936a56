import { join, relative, sep } from 'node:path';
import type { AssessmentResult, Lang, MemberContact, OutputFormat } from '@clusterlens/schema';
import { memberKey } from './member-delivery.js';
import type { MemberTask, RenderPoolData, Rendered } from '../batch/tasks.js';
import type { Workers } from '../batch/workers.js';
import { safeFileName, writeFileAtomic } from '../files.js';
import type { Logger } from '../log.js';
import { MESSAGES } from '../messages/index.js';

export interface RunOutputOptions {
  out: string;
  lang: Lang;
  formats: readonly OutputFormat[];
  /**
   * Write a confidential feedback PDF per member, none of whose aggregates describes a group
   * smaller than this; undefined: no member reports (the result was scored without members).
   */
  minGroup: number | undefined;
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

/**
 * The outputs that belong to the whole run rather than to one cluster: results.json,
 * results.xlsx, the CSV tables and the member reports (DIR/members/<cluster-id>/<member-id>.pdf,
 * and DIR/members/index.csv for a mail merge). The PDFs of the clusters and the portfolio are
 * written by the caller, which renders them together on a worker pool (cluster-reports.ts).
 */
export async function writeRunOutputs(result: AssessmentResult, options: RunOutputOptions, logger: Logger): Promise<string[]> {
  const text = MESSAGES[options.lang];
  const outputs: string[] = [];
  const write = async (path: string, data: string | Uint8Array) => {
    await writeFileAtomic(path, data);
    outputs.push(path);
    logger.info(text.wrote(path));
  };
  if (options.formats.includes('json')) await write(join(options.out, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
  const needsReport = options.formats.some((f) => f !== 'json') || options.minGroup !== undefined;
  if (!needsReport) return outputs;
  const report = await import('@clusterlens/report');
  if (options.formats.includes('xlsx')) await write(join(options.out, 'results.xlsx'), await report.writeResultsWorkbook(result, { lang: options.lang }));
  if (options.formats.includes('csv')) {
    for (const [name, csv] of Object.entries(report.resultsToCsv(result))) await write(join(options.out, name), csv);
  }
  if (options.minGroup !== undefined) outputs.push(...(await writeMemberReports(result, options.minGroup, options, logger)));
  return outputs;
}

/** The PDF of a cluster's report in the output folder. */
export const clusterReportName = (clusterId: string): string => safeFileName(clusterId, { extension: '.pdf' });

/** Where a member's confidential report goes: DIR/members/<cluster>/member-<id>.pdf. */
const memberReportPath = (out: string, clusterId: string, memberId: string): string =>
  join(out, 'members', safeFileName(clusterId), safeFileName(memberId, { prefix: 'member-', extension: '.pdf' }));

/**
 * One confidential PDF per member, rendered on the worker pool (they are many and independent)
 * and written here as each arrives.
 */
async function writeMemberReports(result: AssessmentResult, minGroup: number, options: RunOutputOptions, logger: Logger): Promise<string[]> {
  const { password: passwordFor, contacts, emails } = options.delivery ?? {};
  const tasks: (MemberTask & { path: string })[] = result.clusters.flatMap((cluster) =>
    (cluster.members ?? []).map((member) => {
      const password = passwordFor?.(cluster.id, member.id);
      // The run checked every member has one (passwordProblems): a gap here is a bug, and no report may go out open.
      if (passwordFor && password === undefined) throw new Error(`no password for member ${member.id} of ${cluster.id}`);
      return { clusterId: cluster.id, memberId: member.id, minGroup, path: memberReportPath(options.out, cluster.id, member.id), ...(password !== undefined && { password }) };
    }),
  );
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
    if (count > 0) logger.info(MESSAGES[options.lang].wroteMembers(count, join(options.out, 'members', safeFileName(cluster.id))));
  }
  if (tasks.length === 0) return [];
  const { tableToCsv } = await import('@clusterlens/report');
  const index = join(options.out, 'members', 'index.csv');
  const rows = tasks.map((t) => [t.memberId, t.clusterId, emails?.get(memberKey(t.clusterId, t.memberId)) ?? null, relative(join(options.out, 'members'), t.path).split(sep).join('/')]);
  await writeFileAtomic(index, tableToCsv(['respondent_id', 'cluster_id', 'email', 'file'], rows));
  logger.info(MESSAGES[options.lang].wrote(index));
  return [...tasks.map((task) => task.path), index];
}
