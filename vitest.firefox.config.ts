import { defineConfig } from 'vitest/config';

// Firefox ESR end-to-end runs (tests/firefox/*.ff.ts), one file at a time like the Chromium ones.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.ff.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // expect.poll waits for state; the default 1 s is a timed assertion on a loaded machine.
    expect: { poll: { timeout: 30_000, interval: 100 } },
    fileParallelism: false,
  },
});
