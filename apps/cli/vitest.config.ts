import { defineConfig } from 'vitest/config';
import { sharedTest } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    ...sharedTest,
    // Test files keep no state of their own in modules (temporary folders are per file), so a worker
    // may run several: the packages, exceljs, pdfmake and the fonts then load once per worker, not per file.
    isolate: false,
    env: { TZ: 'UTC', LANG: 'en_GB.UTF-8', NO_COLOR: '1' },
  },
});
