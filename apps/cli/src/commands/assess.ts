import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { AssessmentResult, ClusterSurvey, Framework, Issue, Lang } from '@clusterlens/schema';
import { ExitError, EXIT } from '../exit.js';
import { safeFileStem, writeFileAtomic } from '../files.js';
import { loadFramework } from '../framework.js';
import { countBySeverity, formatIssue, type Logger } from '../log.js';
import { MESSAGES } from '../messages.js';
import { ENGINE } from '../version.js';

export interface AssessOptions {
  files: string[];
  out: string;
  lang: Lang;
  framework: string;
}

export interface AssessOutcome {
  result: AssessmentResult;
  outputs: string[];
  issues: Issue[];
}

/**
 * workbook(s) ──read──▶ ClusterSurvey[] (+ issues) ──assess──▶ AssessmentResult
 *   ──▶ DIR/results.json and DIR/<cluster-id>.pdf
 * A workbook that cannot be read is reported and skipped; the others are still assessed.
 */
export async function runAssess(options: AssessOptions, logger: Logger): Promise<AssessOutcome> {
  const text = MESSAGES[options.lang];
  const printIssues = (issues: Issue[]) => issues.forEach((issue) => logger.error(formatIssue(issue, options.lang)));
  const framework = await loadFramework(options.framework, options.lang, printIssues);
  const surveys = await readSurveys(options.files, framework, options.lang, logger);
  printIssues(surveys.issues.filter((issue) => issue.severity !== 'info'));
  if (surveys.read.length === 0) throw new ExitError(EXIT.nothingProduced, text.nothingToAssess);

  const { assess } = await import('@clusterlens/scoring');
  const result = assess({ framework, surveys: surveys.read, issues: surveys.issues, engineVersion: ENGINE.version });

  const outputs: string[] = [];
  const resultsPath = join(options.out, 'results.json');
  await writeFileAtomic(resultsPath, `${JSON.stringify(result, null, 2)}\n`);
  outputs.push(resultsPath);
  logger.info(text.wrote(resultsPath));

  const { renderClusterReport } = await import('@clusterlens/report');
  for (const cluster of result.clusters) {
    const pdfPath = join(options.out, `${safeFileStem(cluster.id)}.pdf`);
    await writeFileAtomic(pdfPath, await renderClusterReport(result, cluster.id, { lang: options.lang }));
    outputs.push(pdfPath);
    logger.info(text.wrote(pdfPath));
  }
  const counts = countBySeverity(surveys.issues);
  logger.info(text.summary(result.clusters.length, counts.error, counts.warning));
  return { result, outputs, issues: surveys.issues };
}

async function readSurveys(
  files: string[],
  framework: Framework,
  lang: Lang,
  logger: Logger,
): Promise<{ read: ClusterSurvey[]; issues: Issue[] }> {
  const { readSurveyWorkbook } = await import('@clusterlens/survey');
  const text = MESSAGES[lang];
  const read: ClusterSurvey[] = [];
  const firstFile = new Map<string, string>();
  const issues: Issue[] = [];
  for (const path of files) {
    const file = basename(path);
    logger.info(text.reading(path));
    let data: Buffer;
    try {
      data = await readFile(path);
    } catch (error) {
      issues.push({ severity: 'error', code: 'file_unreadable', file, message: text.unreadableFile(path, (error as NodeJS.ErrnoException).code ?? String(error)) });
      continue;
    }
    const outcome = await readSurveyWorkbook(data, { file, lang, framework });
    issues.push(...outcome.issues);
    if (!outcome.survey) continue;
    const id = outcome.survey.cluster.id;
    const first = firstFile.get(id);
    if (first !== undefined) {
      issues.push({ severity: 'error', code: 'duplicate_cluster', file, sheet: 'Cluster', message: text.duplicateCluster(id, first), suggestion: text.duplicateClusterFix });
      continue;
    }
    firstFile.set(id, file);
    read.push(outcome.survey);
  }
  return { read, issues };
}
