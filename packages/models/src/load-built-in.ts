import { validate } from '@clusterlens/schema';
import type { Static, TSchema } from '@sinclair/typebox';

/**
 * A built-in data file checked against its schema on load rather than cast: TypeScript widens
 * JSON literals (direction 1 → number), so a cast would hide a mis-edited file. Built-ins are
 * shared by every caller in the process, so they are frozen: an accidental mutation by one
 * consumer becomes an immediate TypeError instead of a wrong score elsewhere.
 */
export function loadBuiltIn<S extends TSchema>(schema: S, data: unknown, file: string): Static<S> {
  const checked = validate(schema, data, file);
  if (!checked.ok) {
    const problems = checked.issues.map((issue) => issue.message).join('; ');
    throw new Error(`Built-in ${file} does not match its schema: ${problems}`);
  }
  return deepFreeze(checked.value);
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
