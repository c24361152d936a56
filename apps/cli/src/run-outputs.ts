import { join } from 'node:path';
import type { AssessmentResult, Lang, OutputFormat } from '@clusterlens/schema';
import { safeFileStem, writeFileAtomic } from './files.js';
import type { Logger } from './log.js';
import { MESSAGES } from './messages.js';

export interface RunOutputOptions {
  out: string;
  lang: Lang;
  formats: readonly OutputFormat[];
  /** Write a confidential feedback PDF per member (needs a result scored with members). */
  members: boolean;
  /** Smallest group an aggregate in a member report may describe. */
  minGroup: number;
}

/**
 * The outputs that belong to the whole run rather than to one cluster: results.json,
 * results.xlsx, the CSV tables, portfolio.pdf (several clusters) and the member reports
 * (DIR/members/<cluster-id>/<member-id>.pdf). Cluster PDFs are written by the caller, which
 * may render them on a worker pool.
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
  const needsReport = options.formats.some((f) => f !== 'json') || options.members;
  if (!needsReport) return outputs;
  const report = await import('@clusterlens/report');
  if (options.formats.includes('xlsx')) await write(join(options.out, 'results.xlsx'), await report.writeResultsWorkbook(result, { lang: options.lang }));
  if (options.formats.includes('csv')) {
    for (const [name, csv] of Object.entries(report.resultsToCsv(result))) await write(join(options.out, name), csv);
  }
  if (options.formats.includes('pdf') && result.clusters.length > 1) {
    await write(join(options.out, 'portfolio.pdf'), await report.renderPortfolioReport(result, { lang: options.lang }));
  }
  if (options.members) {
    for (const cluster of result.clusters) {
      const dir = join(options.out, 'members', safeFileStem(cluster.id));
      for (const member of cluster.members ?? []) {
        const path = join(dir, report.memberReportFileName(member.id));
        await writeFileAtomic(path, await report.renderMemberReport(result, cluster.id, member.id, { lang: options.lang, minGroup: options.minGroup }));
        outputs.push(path);
      }
      if ((cluster.members ?? []).length > 0) logger.info(text.wroteMembers(cluster.members?.length ?? 0, dir));
    }
  }
  return outputs;
}
