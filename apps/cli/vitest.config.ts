import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // End-to-end tests run the built CLI in child processes and render PDFs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC', LANG: 'en_GB.UTF-8', NO_COLOR: '1' },
  },
});
