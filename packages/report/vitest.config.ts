import { defineConfig } from 'vitest/config';
import { sharedTest } from '../../vitest.shared.js';

export default defineConfig({
  test: {
    ...sharedTest,
    // Test files share one module graph per worker: fixtures are fresh copies, pdfmake's hooks install once.
    isolate: false,
    // One real render per report kind and language, shared by the PDF checks.
    globalSetup: ['./src/test-global-setup.ts'],
  },
});
