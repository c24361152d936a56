import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Framework, validate, type Issue, type Lang } from '@clusterlens/schema';
import { ExitError, EXIT } from './exit.js';
import { MESSAGES } from './messages.js';

/**
 * Resolves `--framework`: a built-in id, else a path to a framework JSON file, which is
 * validated against the schema and the engine's semantic checks before use.
 */
export async function loadFramework(
  nameOrPath: string,
  lang: Lang,
  report: (issues: Issue[]) => void,
): Promise<Framework> {
  const { frameworks } = await import('@clusterlens/models');
  const builtIn = frameworks[nameOrPath];
  if (builtIn) return builtIn;
  if (!nameOrPath.toLowerCase().endsWith('.json')) {
    throw new ExitError(EXIT.usage, MESSAGES[lang].unknownFramework(nameOrPath, Object.keys(frameworks).join(', ')));
  }
  let data: unknown;
  try {
    data = JSON.parse(await readFile(nameOrPath, 'utf8'));
  } catch (error) {
    throw new ExitError(EXIT.usage, MESSAGES[lang].unreadableFile(nameOrPath, (error as Error).message));
  }
  const file = basename(nameOrPath);
  const checked = validate(Framework, data, file);
  if (!checked.ok) {
    report(checked.issues);
    throw new ExitError(EXIT.usage, MESSAGES[lang].badFramework(nameOrPath));
  }
  const { checkFramework } = await import('@clusterlens/scoring');
  const semantic = checkFramework(checked.value).map((issue) => ({ ...issue, file }));
  if (semantic.some((issue) => issue.severity === 'error')) {
    report(semantic);
    throw new ExitError(EXIT.usage, MESSAGES[lang].badFramework(nameOrPath));
  }
  return checked.value;
}
