import { glob } from 'tinyglobby';

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The files matched by the patterns, as `/`-separated paths relative to `cwd`, without
 * duplicates, in code-unit order. This order is the run's order: in results.json, in the
 * summary, and for sharding.
 */
export async function findInputs(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found = await glob([...patterns], { cwd, onlyFiles: true, expandDirectories: false, dot: false });
  return [...new Set(found)].sort(byCodeUnit);
}
