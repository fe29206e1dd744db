/**
 * Mutation testing of the pure code (issue 19): Stryker over each folder in turn, one test runner
 * per Stryker process (the machines have 2 cores shared with other work), then the score per
 * folder.
 *
 *   npm run test:mutation                 every folder
 *   npm run test:mutation -- text user-data   only these folders
 *   npm run test:mutation -- text --mutate lib/text/tokenize.ts   only these files (one folder;
 *       --mutate may repeat or take a comma-separated list; the score is for these files only)
 *   npm run test:mutation -- claims --parts [--jobs 2] [--files a.ts,b.ts]
 *       one Stryker run per file, each with its own report and incremental file in
 *       reports/mutation/<folder>/parts/<file>/, `--jobs` at a time; the folder's score sums the
 *       parts. A file's result is kept as soon as its run ends, so a long folder can be measured
 *       over several sittings. With one checker per process, a folder of big files is
 *       measured faster this way: the TypeScript checker checks one mutant per file at a time.
 *       A file over SPLIT_OVER lines is measured in pieces of whole top-level statements
 *       (…/parts/<file>@<start>-<end>/), summed.
 *   npm run test:mutation -- claims --parts --score   only sum the parts measured so far
 *
 * Incremental: each report folder keeps its stryker-incremental.json, so a second run only tests
 * mutants in changed code or covered by changed tests. HTML reports are git-ignored. Not part of
 * `npm test` (too slow for CI on two cores). Exits non-zero when a folder scores under the
 * threshold or (with --parts) a file of the folder has not been measured.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  openSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { chunksOf, type LineRange } from './lib/mutation-chunks';
import {
  countsPerFile,
  scoreOf,
  sumCounts,
  withFile,
  type MutationReport,
  type Score,
} from './lib/mutation-score';

const root = resolve(import.meta.dirname, '..');
export const folders = ['match', 'text', 'search', 'settings', 'user-data', 'claims', 'dataset'];
const THRESHOLD = 80;

// Folders are the bare words; `--mutate <glob>` (or `--mutate=<glob>`) picks files to mutate.
const asked: string[] = [];
const mutate: string[] = [];
const only: string[] = [];
let parts = false;
let scoreOnly = false;
let jobs = 1;
const argv = process.argv.slice(2);
const list = (v: string | undefined) => (v ?? '').split(',').filter(Boolean);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  if (a === '--mutate') mutate.push(...list(argv[++i]));
  else if (a.startsWith('--mutate=')) mutate.push(...list(a.slice(9)));
  else if (a === '--files') only.push(...list(argv[++i]));
  else if (a === '--parts') parts = true;
  else if (a === '--score') scoreOnly = true;
  else if (a === '--jobs') jobs = Math.max(1, Number(argv[++i]) || 1);
  else if (!a.startsWith('-')) asked.push(a);
}
const unknown = asked.filter((f) => !folders.includes(f));
if (unknown.length) {
  console.error(`unknown folder(s): ${unknown.join(', ')}; known: ${folders.join(', ')}`);
  process.exit(2);
}
const run = asked.length ? asked : folders;
if (mutate.length && (run.length !== 1 || parts)) {
  console.error('--mutate needs exactly one folder and no --parts (use --files with --parts)');
  process.exit(2);
}

// Stryker tests a copy of the project in <tmp>/sandbox-*; the dataset tests read the seed texts
// from ../shared/seeds next to the project, so each temporary folder gets the same neighbour.
function tmpDir(n: number): string {
  const tmp = join(root, n === 0 ? '.stryker-tmp' : `.stryker-tmp-${n}`);
  mkdirSync(tmp, { recursive: true });
  const shared = resolve(root, '../shared');
  if (existsSync(shared) && !existsSync(join(tmp, 'shared')))
    symlinkSync(shared, join(tmp, 'shared'));
  return basename(tmp);
}

/** A report folder (reports/mutation/<report>), made when missing. */
function reportDir(report: string): string {
  const dir = join(root, 'reports/mutation', report);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function stryker(folder: string, report: string, extra: string[], slot: number, quiet: boolean) {
  return new Promise<number>((done) => {
    // Side-by-side runs write their progress to the report folder instead of interleaving.
    const log = quiet ? openSync(join(reportDir(report), 'stryker.log'), 'w') : undefined;
    const child = spawn('npx', ['stryker', 'run', '--concurrency', '1', ...extra], {
      cwd: root,
      stdio: log === undefined ? 'inherit' : ['ignore', log, log],
      env: {
        ...process.env,
        STRYKER_FOLDER: folder,
        STRYKER_REPORT: report,
        STRYKER_TMP: tmpDir(slot),
      },
    });
    child.on('close', (code) => {
      if (log !== undefined) closeSync(log);
      done(code ?? 1);
    });
  });
}

const readReport = (report: string): MutationReport | undefined => {
  const file = join(root, 'reports/mutation', report, 'mutation.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as MutationReport) : undefined;
};

/** The folder's own source files (what `lib/<folder>/**` mutates), relative to the root. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, 'lib', folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => `lib/${folder}/${f.replaceAll('\\', '/')}`)
    .sort();
}

// A file longer than this is measured in pieces of at most CHUNK_LINES lines (whole top-level
// statements): events.ts has ~2,500 mutants, ~2.5 h in one run, and a stopped run keeps nothing.
const SPLIT_OVER = 600;
const CHUNK_LINES = 250;

interface Part {
  file: string;
  /** Lines of the file this part mutates; the whole file when absent. */
  range?: LineRange;
  lines: number;
}

function partsOf(file: string): Part[] {
  const src = readFileSync(join(root, file), 'utf8');
  const lines = src.split('\n').length;
  if (lines <= SPLIT_OVER) return [{ file, lines }];
  return chunksOf(src, CHUNK_LINES).map((range) => ({
    file,
    range,
    lines: range.end - range.start + 1,
  }));
}

const partDir = (folder: string, { file, range }: Part) =>
  `${folder}/parts/${file.slice(`lib/${folder}/`.length).replace(/\//g, '__')}` +
  (range ? `@${range.start}-${range.end}` : '');
const partName = ({ file, range }: Part) => (range ? `${file}:${range.start}-${range.end}` : file);

const fmt = (s: Score) => `${s.score.toFixed(1).padStart(5)}%  ${s.detected}/${s.total}`;

const stamp = () => new Date().toISOString().slice(11, 19);

async function measureParts(folder: string): Promise<{ score: Score; missing: string[] }> {
  const all = sourceFiles(folder);
  const files = all.filter((f) => only.length === 0 || only.some((o) => f.endsWith(o)));
  if (!scoreOnly) {
    // Biggest first: with two jobs the long parts run side by side with the many small ones.
    const queue = files.flatMap(partsOf).sort((a, b) => b.lines - a.lines);
    let failed = 0;
    await Promise.all(
      Array.from({ length: Math.min(jobs, queue.length) }, async (_, slot) => {
        for (let p = queue.shift(); p; p = queue.shift()) {
          const name = partName(p);
          console.log(`[${stamp()}] ${name} …`);
          const dir = partDir(folder, p);
          const code = await stryker(folder, dir, ['--mutate', name], slot, jobs > 1);
          let r = readReport(dir);
          if (code === 0 && !r?.files[p.file]) {
            r = withFile(r, p.file);
            writeFileSync(join(reportDir(dir), 'mutation.json'), JSON.stringify(r));
          }
          const counts = r && countsPerFile([r]).get(p.file);
          console.log(
            `[${stamp()}] ${name} ${code === 0 && counts ? fmt(scoreOf(counts)) : `failed (exit ${code})`}`,
          );
          if (code !== 0) failed++;
        }
      }),
    );
    if (failed) {
      console.error(`${failed} Stryker run(s) failed`);
      process.exit(1);
    }
  }
  // A file is measured when each of its parts is; its counts are the sum of theirs.
  const perFile = new Map<string, Record<string, number>>();
  for (const f of all) {
    const counts = partsOf(f).map((p) => {
      const r = readReport(partDir(folder, p));
      return r && countsPerFile([r]).get(f);
    });
    if (counts.every((n) => n !== undefined)) perFile.set(f, sumCounts(counts));
  }
  const missing = all.filter((f) => !perFile.has(f));
  for (const [f, n] of [...perFile].sort()) console.log(`  ${f.padEnd(36)} ${fmt(scoreOf(n))}`);
  if (missing.length) console.log(`  not measured: ${missing.join(', ')}`);
  return { score: scoreOf(sumCounts(perFile.values())), missing };
}

const results: { folder: string; score: Score; missing: string[] }[] = [];
for (const folder of run) {
  console.log(`\n=== lib/${folder} ===`);
  if (parts) {
    results.push({ folder, ...(await measureParts(folder)) });
    continue;
  }
  const extra = mutate.length ? ['--mutate', mutate.join(',')] : [];
  const code = await stryker(folder, folder, extra, 0, false);
  if (code !== 0) {
    console.error(`stryker failed for lib/${folder} (exit ${code})`);
    process.exit(1);
  }
  const report = readReport(folder)!;
  results.push({
    folder,
    score: scoreOf(sumCounts(countsPerFile([report]).values())),
    missing: [],
  });
}

console.log(
  '\nmutation score per folder (killed + timeout) / (killed + timeout + survived + no coverage):',
);
for (const { folder, score, missing } of results)
  console.log(
    `  lib/${folder.padEnd(9)} ${fmt(score)}  ${JSON.stringify(score.n)}${missing.length ? `  (${missing.length} file(s) not measured)` : ''}`,
  );
const low = results.filter((r) => r.score.score < THRESHOLD || r.missing.length > 0);
if (low.length) {
  console.log(
    `under ${THRESHOLD}% or not fully measured: ${low.map((r) => `lib/${r.folder}`).join(', ')}`,
  );
  process.exit(1);
}
