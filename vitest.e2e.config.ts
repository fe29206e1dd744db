import { defineConfig } from 'vitest/config';

// End-to-end tests drive a real Chromium with the built extension; one file at a time keeps
// two cores from being oversubscribed.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for state; on a loaded machine (load 20 on 2 cores has been seen) the
    // default 1 s is a timed assertion in disguise. It still fails when the state never comes.
    expect: { poll: { timeout: 30_000, interval: 100 } },
    fileParallelism: false,
  },
});
