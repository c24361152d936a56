import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    isolate: false,
    env: { TZ: 'UTC', LANG: 'en_GB.UTF-8' },
  },
});
