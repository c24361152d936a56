import { defineConfig } from 'vitest/config';

// `npm run fuzz`: the long property-based pass over src/**/*.fuzz.ts. Its tests run thousands
// of reads by design, so they get the time that takes; each read has its own hang guard.
export default defineConfig({
  test: {
    include: ['src/**/*.fuzz.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 60_000,
  },
});
