/**
 * Mutation testing of the pure code (issue 19): Stryker over each folder in turn, one test runner
 * (the machines have 2 cores shared with other work), then the score per folder.
 *
 *   npm run test:mutation                 every folder
 *   npm run test:mutation -- text user-data   only these folders
 *   npm run test:mutation -- text --mutate lib/text/tokenize.ts   only these files (one folder;
 *       --mutate may repeat or take a comma-separated list; the score is for these files only)
 *
 * Incremental: each folder keeps reports/mutation/<folder>/stryker-incremental.json, so a second
 * run only tests mutants in changed code or covered by changed tests. HTML report per folder in
 * reports/mutation/<folder>/index.html (git-ignored). Not part of `npm test` (too slow for CI on
 * two cores). Exits non-zero when a folder scores under the threshold.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
export const folders = ['match', 'text', 'search', 'settings', 'user-data', 'claims', 'dataset'];
const THRESHOLD = 80;

// Folders are the bare words; `--mutate <glob>` (or `--mutate=<glob>`) picks files to mutate.
const asked: string[] = [];
const mutate: string[] = [];
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  if (a === '--mutate') mutate.push(...(argv[++i] ?? '').split(',').filter(Boolean));
  else if (a.startsWith('--mutate=')) mutate.push(...a.slice(9).split(',').filter(Boolean));
  else if (!a.startsWith('-')) asked.push(a);
}
const unknown = asked.filter((f) => !folders.includes(f));
if (unknown.length) {
  console.error(`unknown folder(s): ${unknown.join(', ')}; known: ${folders.join(', ')}`);
  process.exit(2);
}
const run = asked.length ? asked : folders;
if (mutate.length && run.length !== 1) {
  console.error('--mutate needs exactly one folder (the tests to run are chosen per folder)');
  process.exit(2);
}

// Stryker tests a copy of the project in .stryker-tmp/sandbox-*; the dataset tests read the seed
// texts from ../shared/seeds next to the project, so the sandbox gets the same neighbour.
const tmp = join(root, '.stryker-tmp');
mkdirSync(tmp, { recursive: true });
const shared = resolve(root, '../shared');
if (existsSync(shared) && !existsSync(join(tmp, 'shared')))
  symlinkSync(shared, join(tmp, 'shared'));

interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}

function score(folder: string) {
  const file = join(root, 'reports/mutation', folder, 'mutation.json');
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  const n: Record<string, number> = {};
  for (const f of Object.values(report.files))
    for (const m of f.mutants) n[m.status] = (n[m.status] ?? 0) + 1;
  const detected = (n.Killed ?? 0) + (n.Timeout ?? 0);
  const undetected = (n.Survived ?? 0) + (n.NoCoverage ?? 0);
  const total = detected + undetected;
  return { folder, score: total ? (100 * detected) / total : 100, detected, total, n };
}

const results = [];
for (const folder of run) {
  console.log(`\n=== lib/${folder} ===`);
  const extra = mutate.length ? ['--mutate', mutate.join(',')] : [];
  const r = spawnSync('npx', ['stryker', 'run', '--concurrency', '1', ...extra], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, STRYKER_FOLDER: folder },
  });
  if (r.status !== 0) {
    console.error(`stryker failed for lib/${folder} (exit ${r.status})`);
    process.exit(1);
  }
  results.push(score(folder));
}

console.log(
  '\nmutation score per folder (killed + timeout) / (killed + timeout + survived + no coverage):',
);
for (const r of results)
  console.log(
    `  lib/${r.folder.padEnd(9)} ${r.score.toFixed(1).padStart(5)}%  ${r.detected}/${r.total}  ${JSON.stringify(r.n)}  reports/mutation/${r.folder}/index.html`,
  );
const low = results.filter((r) => r.score < THRESHOLD);
if (low.length) {
  console.log(`under ${THRESHOLD}%: ${low.map((r) => `lib/${r.folder}`).join(', ')}`);
  process.exit(1);
}
