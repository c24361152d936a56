import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Static, TSchema } from '@sinclair/typebox';
import type { Issue, Lang } from '@clusterlens/schema';
import { ExitError, EXIT } from './exit.js';
import { MESSAGES, readReason } from './messages/index.js';

/** The JSON Pointer (RFC 6901) of a value: `/`-joined keys, `~` written `~0` and `/` written `~1`. */
export function jsonPointer(keys: readonly (string | number)[]): string {
  return keys.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Where a side file is and how to tell the user about it. */
export interface SideFileContext {
  lang: Lang;
  /** Folder relative paths are found from; the path stays as given in every message. */
  cwd: string;
  /** Receives the issues found, for stderr and the `--json` document. */
  report: (issues: Issue[]) => void;
}

/** A file a flag names (form, mapping, framework, …); one that cannot be read is a usage error naming it. */
export async function readSideFile(path: string, context: Pick<SideFileContext, 'lang' | 'cwd'>): Promise<Buffer> {
  try {
    return await readFile(resolve(context.cwd, path));
  } catch (error) {
    throw new ExitError(EXIT.usage, MESSAGES[context.lang].unreadableFile(path, readReason(error, context.lang)), { issue: 'file_unreadable', file: path });
  }
}

/**
 * The JSON in a file a flag names; not JSON is a usage error with where it breaks, then
 * `invalid` (what the file is for) or, __default__, that the file cannot be used.
 */
export async function readJsonFile(path: string, context: Pick<SideFileContext, 'lang' | 'cwd'>, invalid: (path: string) => string = MESSAGES[context.lang].notJsonFile): Promise<unknown> {
  const data = await readSideFile(path, context);
  const { parseJson } = await import('@clusterlens/schema');
  const parsed = await parseJson(data, path, context.lang);
  if (!parsed.ok) throw new ExitError(EXIT.usage, invalid(path), { issue: 'side_file_invalid', file: path, issues: [parsed.issue] });
  return parsed.value;
}

/**
 * Reads a JSON file the user named with a flag and checks it against its schema and, optionally,
 * semantic checks. Any error is a usage error (exit 2) after its issues are reported, because
 * the run would otherwise mean something else. Every issue names the file as the user gave it.
 */
export async function loadJsonInput<S extends TSchema>(
  path: string,
  schema: S,
  options: SideFileContext & {
    invalid: (path: string) => string;
    check?: (value: Static<S>) => Issue[];
  },
): Promise<Static<S>> {
  const data = await readJsonFile(path, options, options.invalid);
  const { validate } = await import('@clusterlens/schema');
  const checked = validate(schema, data, path, options.lang);
  if (!checked.ok) {
    options.report(checked.issues);
    throw new ExitError(EXIT.usage, options.invalid(path), { issue: 'side_file_invalid', file: path });
  }
  const semantic = (options.check?.(checked.value) ?? []).map((issue) => ({ ...issue, file: path }));
  if (semantic.some((issue) => issue.severity === 'error')) {
    options.report(semantic);
    throw new ExitError(EXIT.usage, options.invalid(path), { issue: 'side_file_invalid', file: path });
  }
  options.report(semantic);
  return checked.value;
}
