import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real Chromium with the built extension; one file at a time keeps
// two cores from being oversubscribed.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
