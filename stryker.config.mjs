// Mutation testing of the pure code (issue 19). One folder per run: `npm run test:mutation`
// (scripts/mutation.ts) sets STRYKER_FOLDER for each folder in turn; run one by hand with
// `STRYKER_FOLDER=text npx stryker run`. Reports go to reports/mutation/<folder>/ (git-ignored).
const folder = process.env.STRYKER_FOLDER ?? 'text';
// STRYKER_REPORT names another report folder (one per file when a folder is measured in parts).
const out = `reports/mutation/${process.env.STRYKER_REPORT ?? folder}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.stryker.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [`lib/${folder}/**/*.ts`, '!**/*.d.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level code, and code the test files call at import time to build
  // their fixtures) would each need every test of the folder: on two shared cores that is hours.
  // They are reported as Ignored and left out of the score; see the report for the count.
  ignoreStatic: true,
  // The machines have 2 cores shared with other work: one test runner, one checker.
  concurrency: 1,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${out}/index.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  incremental: true,
  incrementalFile: `${out}/stryker-incremental.json`,
  // One temporary folder per Stryker process, so two can run side by side (scripts/mutation.ts --jobs).
  tempDirName: process.env.STRYKER_TMP ?? '.stryker-tmp',
  ignorePatterns: [
    '.stryker-tmp*',
    '.output',
    '.output-*',
    'demo-output',
    'test-output',
    'bench-output',
    'reports',
    'docs',
    'scripts/demo',
  ],
  cleanTempDir: true,
};
