import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Static, TSchema } from '@sinclair/typebox';
import type { Issue, Lang } from '@clusterlens/schema';
import { ExitError, EXIT } from './exit.js';
import { MESSAGES } from './messages.js';

/**
 * Reads a JSON file the user named with a flag (framework, policy profile, baseline) and checks
 * it against its schema and, optionally, semantic checks. Any problem is a usage error (exit 2)
 * after its issues are reported, because the run would otherwise mean something else.
 */
export async function loadJsonInput<S extends TSchema>(
  path: string,
  schema: S,
  options: {
    lang: Lang;
    report: (issues: Issue[]) => void;
    invalid: (path: string) => string;
    check?: (value: Static<S>) => Issue[];
  },
): Promise<Static<S>> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ExitError(EXIT.usage, MESSAGES[options.lang].unreadableFile(path, (error as Error).message));
  }
  const { validate } = await import('@clusterlens/schema');
  const file = basename(path);
  const checked = validate(schema, data, file);
  if (!checked.ok) {
    options.report(checked.issues);
    throw new ExitError(EXIT.usage, options.invalid(path));
  }
  const semantic = (options.check?.(checked.value) ?? []).map((issue) => ({ ...issue, file }));
  if (semantic.some((issue) => issue.severity === 'error')) {
    options.report(semantic);
    throw new ExitError(EXIT.usage, options.invalid(path));
  }
  return checked.value;
}
