import type { Static, TSchema } from '@sinclair/typebox';

/** One shipped data file and the schema it must satisfy. */
export interface BuiltInFile<S extends TSchema = TSchema> {
  schema: S;
  data: unknown;
  file: string;
}

/** Every shipped data file, in load order, for `checkBuiltIns`. */
export const BUILT_IN_FILES: BuiltInFile[] = [];

/**
 * A built-in data file, frozen and typed by its schema. It is not validated here: compiling the
 * ajv validators at import cost every command ~0.3 s of start-up. Instead `checkBuiltIns` (run by
 * the build, which fails on a mis-edited file, and by the tests) validates every registered file,
 * so the cast never hides a file that does not match. Built-ins are shared by every caller in the
 * process, so they are frozen: an accidental mutation by one consumer becomes an immediate
 * TypeError instead of a wrong score elsewhere.
 */
export function loadBuiltIn<S extends TSchema>(entry: BuiltInFile<S>): Static<S> {
  BUILT_IN_FILES.push(entry);
  return deepFreeze(entry.data as Static<S>);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** A registry with a null prototype, so a user-typed id such as "constructor" is simply unknown. */
export function registryOf<T extends { id: string }>(items: readonly T[]): Readonly<Record<string, T>> {
  const registry = Object.create(null) as Record<string, T>;
  for (const item of items) registry[item.id] = item;
  return Object.freeze(registry);
}
