import { resolve } from 'node:path';
import type { Lang } from '@clusterlens/schema';
import { writeFileAtomic } from '../files.js';
import { loadFramework } from '../framework.js';
import { formatIssue, type Logger } from '../log.js';
import { MESSAGES } from '../messages.js';

export interface TemplateOptions {
  out: string;
  lang: Lang;
  framework: string;
  /** An XLSForm for KoboToolbox / ODK instead of the native workbook. */
  xlsform: boolean;
}

export interface TemplateOutcome {
  outputs: string[];
}

/** Writes the blank native survey workbook of a framework. */
export async function runTemplate(options: TemplateOptions, logger: Logger): Promise<TemplateOutcome> {
  const framework = await loadFramework(options.framework, options.lang, (issues) =>
    issues.forEach((issue) => logger.error(formatIssue(issue, options.lang))),
  );
  const { writeSurveyWorkbook, writeXlsForm } = await import('@clusterlens/survey');
  const data = options.xlsform ? await writeXlsForm(framework, { lang: options.lang }) : await writeSurveyWorkbook({ framework, lang: options.lang });
  const target = resolve(options.out);
  await writeFileAtomic(target, data);
  logger.info(MESSAGES[options.lang].wrote(options.out));
  return { outputs: [options.out] };
}
