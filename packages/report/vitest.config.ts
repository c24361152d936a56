import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // One real render per report kind and language, shared by the PDF checks.
    globalSetup: ['./src/test-global-setup.ts'],
  },
});
