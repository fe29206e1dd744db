// Vitest for mutation testing (stryker.config.mjs): the unit tests that exercise one folder of
// lib/, so each mutant runs the tests that can kill it and no others.
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

const testsFor: Record<string, string[]> = {
  text: ['tokenize', 'dictionary-tables', 'matcher', 'text-mutation'],
  match: [
    'matcher',
    'matcher-rules',
    'matcher-judge',
    'matcher-namesake',
    'dictionary-tables',
    'eval-matching',
    'match-mutation',
    'match-find-mutation',
    'match-resolve-mutation',
    'match-dictionary-mutation',
  ],
  search: ['search', 'search-lookup', 'search-mutation'],
  settings: [
    'settings',
    'reliability-security',
    'reliability-lifecycle',
    'search-lookup',
    'rejections',
    'lazy-item',
    'settings-mutation',
  ],
  'user-data': [
    'store',
    'store-handlers',
    'packs',
    'user-data-mutation',
    'user-data-handlers-mutation',
  ],
  claims: [
    'claims',
    'claims-events',
    'claims-rules',
    'claims-sets',
    'claims-heldout4',
    'claims-heldout5',
    'claims-recall',
    'claims-mutation',
    'claims-statements-mutation',
    'claims-numbers-mutation',
    'claims-year-mutation',
    'claims-extract-mutation',
    'claims-lexicon-mutation',
  ],
  dataset: ['dataset', 'dataset-contested', 'packs', 'policy', 'dataset-mutation'],
};
const folder = process.env.STRYKER_FOLDER ?? 'text';
const names = testsFor[folder];
if (!names) throw new Error(`no tests listed for lib/${folder} in vitest.stryker.config.ts`);

// The same setup as vitest.config.ts, with only these test files.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: { include: names.map((n) => `tests/unit/${n}.test.ts`), testTimeout: 20000 },
});
