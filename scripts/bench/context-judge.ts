/**
 * What the context judge costs. The sentences are the real questions the gold corpus asks
 * (tests/fixtures/pages/, the same pipeline as `npm run eval`), judged many times over; the
 * baseline is tokenising the same sentences (lib/text/tokenize.ts), the matcher's own per-text
 * step. Prints milliseconds per sentence and the ratio to the baseline, the median of several
 * rounds, plus the one-off cost of loading compromise and of its first parse.
 *
 *   npx tsx scripts/bench/context-judge.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Window } from 'happy-dom';
import { compileDataset } from '../../lib/dataset/compile';
import { buildDictionary } from '../../lib/match/dictionary';
import { runPage } from '../lib/match-eval/run-page';
import { tokenize } from '../../lib/text/tokenize';
import type { ContextCase } from '../../lib/match/context-judge';
import { readRawDataset, root } from '../lib/data-files';

async function collectCases(): Promise<ContextCase[]> {
  const compiled = compileDataset(readRawDataset());
  if (!compiled.ok) throw new Error(compiled.errors.join('\n'));
  const dict = buildDictionary(compiled.value.dictionary);
  const category = new Map(compiled.value.entities.map((e) => [e.id, e.category]));
  const window = new Window();
  (globalThis as { NodeFilter?: unknown }).NodeFilter ??= window.NodeFilter;
  const dir = join(root, 'tests/fixtures/pages');
  const cases: ContextCase[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
    const doc = new window.DOMParser().parseFromString(
      readFileSync(join(dir, f), 'utf8'),
      'text/html',
    );
    await runPage(
      doc.body as unknown as Node,
      dict,
      (id) => category.get(id) === 'person',
      (batch) => {
        cases.push(...batch);
        return batch.map(() => false);
      },
    );
  }
  await window.happyDOM.close();
  return cases;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** Milliseconds per item for `fn` over `items`, median of `rounds` rounds. */
function perItem<T>(items: T[], fn: (x: T) => unknown, rounds: number, reps: number): number {
  const times: number[] = [];
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let k = 0; k < reps; k++) for (const x of items) sink += fn(x) ? 1 : 0;
    times.push((performance.now() - t0) / (reps * items.length));
  }
  if (sink < 0) console.log(sink);
  return median(times);
}

async function main(): Promise<void> {
  const cases = await collectCases();
  const cjk = cases.filter((c) =>
    /\p{Script=Han}/u.test(c.sentence.slice(c.offset, c.offset + c.length)),
  );
  const latin = cases.filter((c) => !cjk.includes(c));

  let t0 = performance.now();
  const { judgeContext } = await import('../../lib/match/context-judge');
  const nlp = (await import('compromise')).default;
  const loadMs = performance.now() - t0;
  t0 = performance.now();
  judgeContext({ ...latin[0]!, anchored: true });
  const firstMs = performance.now() - t0;

  const rounds = 7;
  const base = perItem(cases, (c) => tokenize(c.sentence).keys.length, rounds, 200);
  const judgeAll = perItem(cases, judgeContext, rounds, 5);
  const judgeLatin = perItem(latin, judgeContext, rounds, 5);
  const judgeCjk = perItem(cjk, judgeContext, rounds, 200);
  const parseOnly = perItem(latin, (c) => nlp(c.sentence).people().length, rounds, 5);

  const row = (what: string, ms: number) =>
    console.log(
      `${what.padEnd(44)} ${ms.toFixed(4).padStart(9)} ms  ${(ms / base).toFixed(1).padStart(7)}×`,
    );
  console.log(
    `context judge: ${cases.length} questions from the gold corpus (${latin.length} Latin, ${cjk.length} Chinese); median of ${rounds} rounds`,
  );
  console.log(`${'per sentence'.padEnd(44)} ${'time'.padStart(12)}  vs tokenize`);
  row('tokenize (baseline)', base);
  row('judge, all questions', judgeAll);
  row('judge, Latin-script (compromise)', judgeLatin);
  row('judge, Chinese (cue words only)', judgeCjk);
  row('compromise parse + people() alone', parseOnly);
  console.log(
    `one-off: import compromise + judge ${loadMs.toFixed(0)} ms, first judgement ${firstMs.toFixed(0)} ms`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
