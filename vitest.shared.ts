import { configDefaults } from 'vitest/config';

/** Test options every package shares. */
export const sharedTest = {
  // Tests run from src/ only: a build with a package's plain tsconfig.json (as an editor may run it)
  // puts compiled copies of them in dist/, which would run again, against stale code.
  exclude: [...configDefaults.exclude, '**/dist/**'],
  // The other workspace packages are imported from their build (dist/, plain JavaScript, which
  // `npm test` builds first): Node loads it as it is, instead of vite transforming every file of it
  // again in every worker.
  server: { deps: { external: [/\/(packages|apps)\/[^/]+\/dist\//u] } },
  // A guard against hangs, not a budget: the slowest test or setup (a first render in a fresh worker,
  // writer processes, a PostgreSQL server) takes a few seconds on an idle two-core machine, and the
  // suite must stay green beside another CPU-heavy process.
  testTimeout: 60_000,
  hookTimeout: 60_000,
};
