import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One vitest process for every package: one worker pool sized to the machine instead of a
// pool per package competing for the same cores.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
    // One test file per core (vitest's default leaves one core idle): a file's time is mostly
    // one CPU-bound read or render after another, so every core is kept busy.
    maxWorkers: Math.max(2, availableParallelism()),
    globalSetup: ['./test/temp-guard.ts'],
  },
});
