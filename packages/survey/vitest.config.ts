import { defineConfig } from 'vitest/config';
import { sharedTest } from '../../vitest.shared.js';

// The test files share no state (fake clocks are restored after each use), so a worker imports
// exceljs and the readers once for all the files it runs rather than once per file, which was
// a third of the suite's time.
export default defineConfig({
  test: {
    ...sharedTest,
    isolate: false,
    setupFiles: ['./src/test-setup.ts'],
  },
});
