import { defineConfig } from 'vitest/config';

// One vitest process for every package: one worker pool sized to the machine instead of a
// pool per package competing for the same cores.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
    globalSetup: ['./test/temp-guard.ts'],
  },
});
