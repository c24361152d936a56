import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExitError, EXIT } from '../exit.js';
import type { Logger } from '../log.js';
import { LANGS, OUTPUT_FORMATS, type Issue, type Publisher } from '@clusterlens/schema';
import { MESSAGES } from '../messages/index.js';
import { runAssess } from './assess.js';

/** The repository's fixtures folder, found from this file's location (apps/cli/dist/commands). */
export const FIXTURES_DIR = fileURLToPath(new URL('../../../../fixtures/clusters/', import.meta.url));

export interface DemoOptions {
  /** Output folder, absolute. */
  out: string;
  cwd: string;
  /** The publisher block of the reports. */
  publisher?: Publisher;
}

/**
 * Assesses every bundled fixture workbook against the MIIT 2022 policy profile, with a 1,000-draw
 * sensitivity analysis, twice: English
 * outputs in DIR, Chinese ones in DIR/zh (cluster reports, portfolio, results.json/xlsx/csv).
 */
export async function runDemo(options: DemoOptions, logger: Logger, report: (issues: Issue[]) => void): Promise<{ outputs: string[]; issues: Issue[] }> {
  let names: string[];
  try {
    names = (await readdir(FIXTURES_DIR)).filter((name) => name.endsWith('.xlsx')).sort();
  } catch {
    names = [];
  }
  if (names.length === 0) throw new ExitError(EXIT.nothingProduced, MESSAGES.en.noFixtures(FIXTURES_DIR));
  const files = names.map((name) => join(FIXTURES_DIR, name));
  // One thread, as before the run module: the demo's three clusters render in this process.
  const run = { files, cwd: options.cwd, framework: 'vcm-cluster', policy: 'miit-2022-sme-clusters', formats: OUTPUT_FORMATS, sensitivity: 1000, members: false, minGroup: 5, jobs: 1, ...(options.publisher && { publisher: options.publisher }) } as const;
  const english = await runAssess({ ...run, out: options.out, lang: 'en' }, logger, report);
  const chineseDir = join(options.out, 'zh');
  const chinese = await runAssess({ ...run, out: chineseDir, lang: 'zh' }, logger, () => undefined);
  // The runs spoke each in its own language; the ending is said in both, the English reader's and the Chinese reader's.
  // The portfolio overview, in the reader's language, leads to the three cluster reports.
  const overview = { en: english.outputs, zh: chinese.outputs };
  for (const lang of LANGS) logger.info(MESSAGES[lang].demoDone(options.out, chineseDir, overview[lang].find((path) => path.endsWith('portfolio.pdf')) ?? options.out));
  return { outputs: [...english.outputs, ...chinese.outputs], issues: english.issues };
}
