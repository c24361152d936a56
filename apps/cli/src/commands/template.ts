import type { Lang } from '@clusterlens/schema';
import type { TemplateLang } from '@clusterlens/survey';
import { writeFileAtomic } from '../files.js';
import { loadFramework } from '../framework.js';
import type { SideFileContext } from '../json-input.js';
import type { Logger } from '../log.js';
import { MESSAGES } from '../messages/index.js';

export interface TemplateOptions {
  /** The workbook to write, absolute. */
  out: string;
  cwd: string;
  /** Language of the CLI's messages. */
  lang: Lang;
  /** Language of the template: one, or both side by side (“English / 中文”). An XLSForm always holds both; this picks its default. */
  templateLang: TemplateLang;
  framework: string;
  /** An XLSForm for KoboToolbox / ODK instead of the native workbook. */
  xlsform: boolean;
}

export interface TemplateOutcome {
  outputs: string[];
}

/** Writes the blank native survey workbook of a framework, or its XLSForm. */
export async function runTemplate(options: TemplateOptions, logger: Logger, report: SideFileContext['report']): Promise<TemplateOutcome> {
  const framework = await loadFramework(options.framework, { lang: options.lang, cwd: options.cwd, report });
  const { writeSurveyWorkbook, writeXlsForm } = await import('@clusterlens/survey');
  const formLang = options.templateLang === 'both' ? options.lang : options.templateLang;
  const data = options.xlsform ? await writeXlsForm(framework, { lang: formLang }) : await writeSurveyWorkbook({ framework, lang: options.templateLang });
  await writeFileAtomic(options.out, data);
  logger.info(MESSAGES[options.lang].wrote(options.out));
  return { outputs: [options.out] };
}
