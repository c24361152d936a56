import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CliConfig, validate, type Lang } from '@clusterlens/schema';
import { ExitError, EXIT } from './exit.js';
import { MESSAGES } from './messages.js';

/** The file looked for in the working directory when no `--config` is given. */
export const CONFIG_FILE = 'clusterlens.config.json';

/**
 * Loads the CLI defaults: `--config FILE` (must exist), else `clusterlens.config.json` in `cwd`
 * (optional). A file that is not JSON or breaks the CliConfig schema ends the run with exit 2,
 * naming the file and the property.
 */
export async function loadConfig(explicit: string | undefined, cwd: string, lang: Lang): Promise<CliConfig> {
  const text = MESSAGES[lang];
  const path = explicit ?? join(cwd, CONFIG_FILE);
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (explicit === undefined && code === 'ENOENT') return {};
    throw new ExitError(EXIT.usage, text.unreadableFile(path, code ?? String(error)));
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new ExitError(EXIT.usage, text.badConfig(path, (error as Error).message));
  }
  const checked = validate(CliConfig, data, path);
  if (!checked.ok) throw new ExitError(EXIT.usage, text.badConfig(path, checked.issues.map((issue) => issue.message).join('; ')));
  return checked.value;
}
