import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliConfig, Lang } from '@clusterlens/schema';
import { ExitError, EXIT } from './exit.js';
import { MESSAGES, readReason } from './messages/index.js';

/** The file looked for in the working directory when no `--config` is given. */
export const CONFIG_FILE = 'clusterlens.config.json';

/**
 * Loads the CLI defaults: `--config FILE` (must exist), else `clusterlens.config.json` in `cwd`
 * (optional). A file that is not JSON or breaks the CliConfig schema ends the run with exit 2,
 * naming the file and the property.
 */
export async function loadConfig(explicit: string | undefined, cwd: string, lang: Lang): Promise<CliConfig> {
  const text = MESSAGES[lang];
  const path = resolve(cwd, explicit ?? CONFIG_FILE);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (explicit === undefined && code === 'ENOENT') return {};
    throw new ExitError(EXIT.usage, text.unreadableFile(path, readReason(error, lang)), { issue: 'file_unreadable', file: path });
  }
  const { CliConfig: schema, parseJson, validate } = await import('@clusterlens/schema');
  const parsed = await parseJson(raw, path, lang);
  if (!parsed.ok) throw new ExitError(EXIT.usage, text.badConfig(path), { issue: 'config_invalid', file: path, issues: [parsed.issue] });
  const checked = validate(schema, parsed.value, path, lang);
  if (!checked.ok) throw new ExitError(EXIT.usage, text.badConfig(path), { issue: 'config_invalid', file: path, issues: checked.issues });
  return checked.value;
}
