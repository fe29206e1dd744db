import { defineConfig } from 'vitest/config';

// Firefox ESR end-to-end runs (tests/firefox/*.ff.ts), one file at a time like the Chromium ones.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.ff.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
