import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    isolate: false,
    // Some tests start writer processes or talk to a PostgreSQL server; on a machine busy with
    // other work the clock must not fail them (each takes well under a second when idle).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
