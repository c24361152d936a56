import { defineConfig } from 'vitest/config';
import { sharedTest } from '../../vitest.shared.js';

// Test files share one module graph per worker (they only read the package's pure functions):
// importing it once instead of per file saves most of the package's test time.
export default defineConfig({
  test: {
    ...sharedTest,
    isolate: false,
  },
});
