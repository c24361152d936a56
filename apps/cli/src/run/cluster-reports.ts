import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { AssessmentResult, ClusterHistory, Lang, PortfolioHistory, Publisher } from '@clusterlens/schema';
import { runPool } from '../batch/pool.js';
import type { Workers } from '../batch/workers.js';
import type { PortfolioTask, RenderPoolData, RenderTask, Rendered } from '../batch/tasks.js';
import { writeFileAtomic } from '../files.js';
import { sha256 } from '../hash.js';
import type { Words } from '../log.js';
import { MESSAGES } from '../messages/index.js';
import { ENGINE } from '../version.js';
import { clusterReportNames } from './outputs.js';

/** One cluster's report: written, kept from a previous run, or failed. */
export interface ClusterReport {
  cluster: string;
  /** File name in the output folder. */
  name: string;
  /** Identity of what the report is drawn from: the whole result (ranks, peer medians), the language, the publisher block, the tool version, the cluster. */
  key: string;
  /** Kept from a previous run into the same folder instead of rendered again. */
  kept: boolean;
  /** Render time; 0 when kept. */
  ms: number;
  /** Why rendering failed; nothing was written. */
  error?: string;
}

/**
 * The run's progress (batch's `Progress` is one): each item's line comes worded in the run's
 * language and unworded, for a progress that words it in every language (`assess` for `serve`'s page).
 */
export interface ReportProgress {
  start(label: string, total: number): void;
  tick(line: string, words: Words): void;
  stop(): void;
}

export interface ClusterReportOptions {
  out: string;
  lang: Lang;
  /** The publisher block of the reports. */
  publisher?: Publisher;
  jobs: number;
  /** The run's threads, shared with its other pools (a batch's). */
  workers?: Workers;
  progress: ReportProgress;
  /** Whether the report on disk may be kept when it was drawn from `key` (a resumed batch); otherwise every report is rendered. */
  keep?: (cluster: string, name: string, key: string) => boolean;
  /** Sees each report as soon as it is written, kept or failed. */
  settled?: (report: ClusterReport) => void;
  /** Each cluster's years from the results store, for the reports' history sections and the portfolio's trends; absent without a store. */
  history?: PortfolioHistory;
}

const exists = (path: string) => access(path).then(() => true, () => false);

export interface ReportsWritten {
  /** One per cluster of the result, in its order. */
  reports: ClusterReport[];
  /** portfolio.pdf, absolute, when the run has several clusters. */
  portfolio?: string;
}

/**
 * Renders every cluster's report, and the portfolio report of a run of several clusters, on the
 * worker pool (`jobs` threads) and writes each as it arrives. The portfolio goes first: it is
 * the longest task and grows with the run, so it renders beside the cluster reports rather than
 * before them.
 */
export async function writeClusterReports(result: AssessmentResult, options: ClusterReportOptions): Promise<ReportsWritten> {
  const text = MESSAGES[options.lang];
  const tick = (words: Words) => options.progress.tick(words(text), words);
  const resultJson = JSON.stringify(result);
  // The publisher block is part of what a report shows: another one renders it again.
  const base = sha256(`${ENGINE.version}\n${options.lang}\n${JSON.stringify(options.publisher ?? null)}\n${resultJson}`);
  const reports: ClusterReport[] = [];
  const pending: ClusterReport[] = [];
  const histories = new Map<string, ClusterHistory>((options.history ?? []).map((h) => [h.cluster, h]));
  const names = clusterReportNames(result);
  for (const { id } of result.clusters) {
    const history = histories.get(id);
    // The history is drawn on the report too: another stored year is another report.
    const key = sha256(history ? `${base}\n${id}\n${JSON.stringify(history)}` : `${base}\n${id}`);
    const report: ClusterReport = { cluster: id, name: names.get(id)!, key, kept: false, ms: 0 };
    reports.push(report);
    if (options.keep?.(id, report.name, report.key) === true && (await exists(join(options.out, report.name)))) {
      report.kept = true;
      options.settled?.(report);
    } else pending.push(report);
  }
  const portfolio: PortfolioTask[] = result.clusters.length > 1 ? [{ portfolio: true, ...(options.history && { history: options.history }) }] : [];
  const tasks: (PortfolioTask | RenderTask)[] = [
    ...portfolio,
    ...pending.map((r) => {
      const history = histories.get(r.cluster);
      return { clusterId: r.cluster, ...(history && { history }) };
    }),
  ];
  const portfolioPath = join(options.out, 'portfolio.pdf');
  const settings = { lang: options.lang, ...(options.publisher && { publisher: options.publisher }) };
  options.progress.start(text.phaseReports, tasks.length);
  await runPool<PortfolioTask | RenderTask, Rendered>((task) => ('portfolio' in task ? 'renderPortfolio' : 'render'), tasks, {
    jobs: options.jobs,
    ...(options.workers && { workers: options.workers }),
    workerData: { ...settings, resultJson } satisfies RenderPoolData,
    hereData: { ...settings, result } satisfies RenderPoolData,
    settled: async (index, reply) => {
      if (index < portfolio.length) {
        // The result was validated and is whole: a portfolio that fails to render is a bug, not bad input.
        if (reply instanceof Error) throw reply;
        await writeFileAtomic(portfolioPath, reply.pdf);
        tick((t) => t.wrote(portfolioPath));
        return;
      }
      const report = pending[index - portfolio.length]!;
      if (reply instanceof Error) {
        report.error = reply.message;
        tick((t) => t.reportFailed(report.cluster, reply.message));
      } else {
        const path = join(options.out, report.name);
        await writeFileAtomic(path, reply.pdf);
        report.ms = reply.ms;
        tick((t) => t.wrote(path));
      }
      options.settled?.(report);
    },
  });
  options.progress.stop();
  return { reports, ...(portfolio.length > 0 && { portfolio: portfolioPath }) };
}
