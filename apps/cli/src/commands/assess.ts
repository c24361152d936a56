import { basename, join } from 'node:path';
import type { AssessmentResult, ClusterSurvey, Framework, Issue, Lang, OutputFormat } from '@clusterlens/schema';
import { combineSurveys, type SurveyPart } from '../combine-surveys.js';
import { writeFileAtomic } from '../files.js';
import { loadBaseline, loadFramework, loadPolicy } from '../framework.js';
import type { SideFileContext } from '../json-input.js';
import { countBySeverity, formatIssue, type Logger } from '../log.js';
import { MESSAGES } from '../messages.js';
import { readInput, type InputFormatOptions } from '../read-input.js';
import { clusterReportName, writeRunOutputs } from '../run-outputs.js';
import { ENGINE } from '../version.js';

export interface AssessOptions {
  /** Workbooks as given; read from `cwd`. */
  files: string[];
  /** Output folder, absolute. */
  out: string;
  cwd: string;
  lang: Lang;
  framework: string;
  formats: readonly OutputFormat[];
  /** Built-in policy profile id or path to a profile JSON file. */
  policy?: string;
  /** Path to last year's results.json. */
  baseline?: string;
  /** Write a confidential feedback report per member. */
  members?: boolean;
  minGroup?: number;
  /** Worker threads for member reports. */
  jobs?: number;
  /** Monte Carlo draws for rank intervals (weights ±25 %); off when absent. */
  sensitivity?: number;
  input?: InputFormatOptions;
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
 * workbook(s) ──read──▶ ClusterSurvey[] (+ issues) ──assess (+ policy, baseline)──▶ AssessmentResult
 *   ──▶ DIR/results.json, results.xlsx, *.csv, <cluster-id>.pdf, portfolio.pdf, members/…
 * A workbook that cannot be read is reported and skipped; the others are still assessed.
 */
export async function runAssess(options: AssessOptions, logger: Logger, report: SideFileContext['report']): Promise<AssessOutcome> {
  const text = MESSAGES[options.lang];
  const printIssues = (issues: Issue[]) => issues.filter((issue) => issue.severity !== 'info').forEach((issue) => logger.error(formatIssue(issue, options.lang)));
  const side: SideFileContext = { lang: options.lang, cwd: options.cwd, report };
  const framework = await loadFramework(options.framework, side);
  const policy = options.policy === undefined ? undefined : await loadPolicy(options.policy, framework, side);
  const baseline = options.baseline === undefined ? undefined : await loadBaseline(options.baseline, side);
  const read = await readSurveys(options.files, framework, { lang: options.lang, cwd: options.cwd, ...options.input }, logger);
  printIssues(read.issues);
  if (read.surveys.length === 0) {
    logger.error(text.nothingToAssess);
    return { outputs: [], issues: [...read.issues, { severity: 'error', code: 'nothing_produced', message: text.nothingToAssess }], nothingProduced: true };
  }

  const { assess } = await import('@clusterlens/scoring');
  const members = options.members === true;
  const result = assess(
    { framework, surveys: read.surveys, issues: read.issues, engineVersion: ENGINE.version, lang: options.lang, ...(policy && { policy }), ...(baseline && { baseline }) },
    {
      ...(members && { members: { minGroupSize: options.minGroup ?? 5 } }),
      ...(options.sensitivity !== undefined && { sensitivity: { draws: options.sensitivity } }),
    },
  );
  printIssues(result.issues.slice(read.issues.length));

  const outputs = await writeRunOutputs(result, { out: options.out, lang: options.lang, formats: options.formats, members, minGroup: options.minGroup ?? 5, jobs: options.jobs ?? 1 }, logger);
  if (options.formats.includes('pdf')) {
    const { renderClusterReport } = await import('@clusterlens/report');
    for (const cluster of result.clusters) {
      const pdfPath = join(options.out, clusterReportName(cluster.id));
      await writeFileAtomic(pdfPath, await renderClusterReport(result, cluster.id, { lang: options.lang }));
      outputs.push(pdfPath);
      logger.info(text.wrote(pdfPath));
    }
  }
  const counts = countBySeverity(read.issues);
  logger.info(text.summary(result.clusters.length, counts.error, counts.warning));
  return { result, outputs, issues: result.issues };
}

async function readSurveys(
  files: string[],
  framework: Framework,
  input: InputFormatOptions & { lang: Lang; cwd: string },
  logger: Logger,
): Promise<{ surveys: ClusterSurvey[]; issues: Issue[] }> {
  const { lang } = input;
  const parts: SurveyPart[] = [];
  const issues: Issue[] = [];
  for (const path of files) {
    logger.info(MESSAGES[lang].reading(path));
    const file = basename(path);
    const read = await readInput(path, file, { ...input, framework });
    issues.push(...read.issues);
    if (read.survey) parts.push({ survey: read.survey, file });
  }
  const combined = combineSurveys(parts, lang);
  return { surveys: combined.surveys, issues: [...issues, ...combined.issues] };
}
