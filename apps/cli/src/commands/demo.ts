import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Issue } from '@clusterlens/schema';
import { ExitError, EXIT } from '../exit.js';
import type { Logger } from '../log.js';
import { MESSAGES } from '../messages.js';
import { runAssess } from './assess.js';

/** The repository's fixtures folder, found from this file's location (apps/cli/dist/commands). */
export const FIXTURES_DIR = fileURLToPath(new URL('../../../../fixtures/clusters/', import.meta.url));

export interface DemoOptions {
  out: string;
}

/** Assesses every bundled fixture workbook twice: English reports in DIR, Chinese ones in DIR/zh. */
export async function runDemo(options: DemoOptions, logger: Logger): Promise<{ outputs: string[]; issues: Issue[] }> {
  let names: string[];
  try {
    names = (await readdir(FIXTURES_DIR)).filter((name) => name.endsWith('.xlsx')).sort();
  } catch {
    names = [];
  }
  if (names.length === 0) throw new ExitError(EXIT.nothingProduced, MESSAGES.en.noFixtures(FIXTURES_DIR));
  const files = names.map((name) => join(FIXTURES_DIR, name));
  const english = await runAssess({ files, out: resolve(options.out), lang: 'en', framework: 'vcm-cluster', formats: ['json', 'pdf'] }, logger);
  const chinese = await runAssess({ files, out: resolve(options.out, 'zh'), lang: 'zh', framework: 'vcm-cluster', formats: ['json', 'pdf'] }, logger);
  return { outputs: [...english.outputs, ...chinese.outputs], issues: english.issues };
}
