/**
 * `npm run eval`: the matcher on the gold corpus in tests/fixtures/pages/. Each page is parsed
 * with happy-dom and run through the same scan → match → resolve → context-judge pipeline as the
 * extension (scripts/lib/match-eval/run-page.ts), with the dataset compiled fresh from data/. Prints
 * precision and recall per page and overall, and every false or missed mark.
 *
 *   npm run eval            # table and errors
 *   npm run eval -- --quiet # table only
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { compileDataset } from '../lib/dataset/compile';
import { buildDictionary } from '../lib/match/dictionary';
import { judgeContext } from '../lib/match/context-judge';
import { runPage, type PageMark } from './lib/match-eval/run-page';
import {
  scoreCorpus,
  scorePage,
  type CorpusScore,
  type Gold,
  type PageScore,
} from './lib/match-eval/score';
import { readRawDataset, root } from './lib/data-files';

export const pagesDir = resolve(root, 'tests/fixtures/pages');

export interface PageResult {
  name: string;
  gold: Gold;
  marks: PageMark[];
  score: PageScore;
}

export interface CorpusResult {
  pages: PageResult[];
  total: CorpusScore;
  /** Pages held out from tuning, and the rest, scored apart. */
  heldOut: CorpusScore;
  tuned: CorpusScore;
  /** Marks on pages about namesakes (held out / all). */
  namesakeMarks: { heldOut: number; all: number };
}

export async function evaluateCorpus(): Promise<CorpusResult> {
  const compiled = compileDataset(readRawDataset());
  if (!compiled.ok) throw new Error(`dataset does not compile:\n${compiled.errors.join('\n')}`);
  const dict = buildDictionary(compiled.value.dictionary);
  const category = new Map(compiled.value.entities.map((e) => [e.id, e.category]));
  const window = new Window();
  // scan.ts uses the NodeFilter constants as a browser global.
  (globalThis as { NodeFilter?: unknown }).NodeFilter ??= window.NodeFilter;
  const pages: PageResult[] = [];
  const files = readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  for (const file of files) {
    const name = file.replace(/\.html$/, '');
    const html = readFileSync(join(pagesDir, file), 'utf8');
    const gold = JSON.parse(readFileSync(join(pagesDir, `${name}.gold.json`), 'utf8')) as Gold;
    gold.traps ??= [];
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    const marks = await runPage(
      doc.body as unknown as Node,
      dict,
      (id) => category.get(id) === 'person',
      (cases) => cases.map(judgeContext),
    );
    pages.push({ name, gold, marks, score: scorePage(marks, gold) });
  }
  await window.happyDOM.close();
  const score = (list: PageResult[]) =>
    scoreCorpus(list.map((p) => ({ marked: p.marks.length, score: p.score, gold: p.gold })));
  const namesake = pages.filter((p) => p.gold.namesakePage);
  return {
    pages,
    total: score(pages),
    heldOut: score(pages.filter((p) => p.gold.heldOut)),
    tuned: score(pages.filter((p) => !p.gold.heldOut)),
    namesakeMarks: {
      heldOut: namesake.filter((p) => p.gold.heldOut).reduce((n, p) => n + p.marks.length, 0),
      all: namesake.reduce((n, p) => n + p.marks.length, 0),
    },
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
const show = (m: { entity: string; text: string }) =>
  `${JSON.stringify(m.text.replace(/\s+/g, ' '))} → ${m.entity}`;

async function main(): Promise<void> {
  const quiet = process.argv.includes('--quiet');
  const { pages, total, heldOut, tuned, namesakeMarks } = await evaluateCorpus();
  const w = Math.max(...pages.map((p) => p.name.length + 2), 12);
  console.log(`${'page'.padEnd(w)}  gold  marks precision  recall  traps hit`);
  for (const p of pages) {
    const s = p.score;
    console.log(
      `${(p.name + (p.gold.heldOut ? ' *' : '')).padEnd(w)}  ${String(p.gold.mentions.length).padStart(4)}  ${String(p.marks.length).padStart(5)}   ${pct(s.precision)} ${pct(s.recall)}  ${String(s.trapHits.length).padStart(5)}`,
    );
    if (quiet) continue;
    for (const m of s.extra) console.log(`    false mark: ${show(m)}`);
    for (const m of s.missed) console.log(`    missed:     ${show(m)}`);
  }
  const line = (label: string, t: CorpusScore) =>
    console.log(
      `${label.padEnd(w)}  ${String(t.gold).padStart(4)}  ${String(t.marked).padStart(5)}   ${pct(t.precision)} ${pct(t.recall)}  ${String(t.trapHits).padStart(5)}`,
    );
  line('tuned on', tuned);
  line('held out (*)', heldOut);
  console.log(
    `${'overall'.padEnd(w)}  ${String(total.gold).padStart(4)}  ${String(total.marked).padStart(5)}   ${pct(total.precision)} ${pct(total.recall)}  ${String(total.trapHits).padStart(5)}`,
  );
  console.log(
    `marks on namesake pages: ${namesakeMarks.heldOut} held out, ${namesakeMarks.all} in all (target 0)`,
  );
  console.log(
    `(${pages.length} pages, ${pages.filter((p) => p.gold.heldOut).length} held out; targets: precision ≥ 97%, recall ≥ 95% overall; held out: precision ≥ 97%, recall ≥ 93%)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
