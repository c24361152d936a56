import { basename, join } from 'node:path';
import type { AssessmentResult, ClusterSurvey, Framework, Issue, Lang, OutputFormat } from '@clusterlens/schema';
import { combineSurveys, type SurveyPart } from '../combine-surveys.js';
import { ExitError, EXIT } from '../exit.js';
import { safeFileStem, writeFileAtomic } from '../files.js';
import { loadFramework } from '../framework.js';
import { countBySeverity, formatIssue, type Logger } from '../log.js';
import { MESSAGES } from '../messages.js';
import { readInput } from '../read-input.js';
import { ENGINE } from '../version.js';

export interface AssessOptions {
  files: string[];
  out: string;
  lang: Lang;
  framework: string;
  formats: readonly OutputFormat[];
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
  const read = await readSurveys(options.files, framework, options.lang, logger);
  printIssues(read.issues.filter((issue) => issue.severity !== 'info'));
  if (read.surveys.length === 0) throw new ExitError(EXIT.nothingProduced, text.nothingToAssess);

  const { assess } = await import('@clusterlens/scoring');
  const result = assess({ framework, surveys: read.surveys, issues: read.issues, engineVersion: ENGINE.version });

  const outputs: string[] = [];
  if (options.formats.includes('json')) {
    const resultsPath = join(options.out, 'results.json');
    await writeFileAtomic(resultsPath, `${JSON.stringify(result, null, 2)}\n`);
    outputs.push(resultsPath);
    logger.info(text.wrote(resultsPath));
  }
  if (options.formats.includes('pdf')) {
    const { renderClusterReport } = await import('@clusterlens/report');
    for (const cluster of result.clusters) {
      const pdfPath = join(options.out, `${safeFileStem(cluster.id)}.pdf`);
      await writeFileAtomic(pdfPath, await renderClusterReport(result, cluster.id, { lang: options.lang }));
      outputs.push(pdfPath);
      logger.info(text.wrote(pdfPath));
    }
  }
  const counts = countBySeverity(read.issues);
  logger.info(text.summary(result.clusters.length, counts.error, counts.warning));
  return { result, outputs, issues: read.issues };
}

async function readSurveys(
  files: string[],
  framework: Framework,
  lang: Lang,
  logger: Logger,
): Promise<{ surveys: ClusterSurvey[]; issues: Issue[] }> {
  const parts: SurveyPart[] = [];
  const issues: Issue[] = [];
  for (const path of files) {
    logger.info(MESSAGES[lang].reading(path));
    const file = basename(path);
    const read = await readInput(path, file, { lang, framework });
    issues.push(...read.issues);
    if (read.survey) parts.push({ survey: read.survey, file });
  }
  const combined = combineSurveys(parts, lang);
  return { surveys: combined.surveys, issues: [...issues, ...combined.issues] };
}
