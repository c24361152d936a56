import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Test files keep no state of their own in modules (temporary folders are per file), so a worker
    // may run several: the packages, exceljs, pdfmake and the fonts then load once per worker, not per file.
    isolate: false,
    // A guard against hangs, not a budget: the slowest test or setup takes a few seconds on an idle
    // two-core machine, and the suite must stay green beside another CPU-heavy process.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { TZ: 'UTC', LANG: 'en_GB.UTF-8', NO_COLOR: '1' },
  },
});
