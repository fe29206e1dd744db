/**
 * Bad input for the namesake and reference rules (issue 12): pages with thousands of
 * same-surname mentions, shared names with and without evidence, another person's name taking
 * the surname over and ours taking it back. Times find + resolve on the real dictionary at
 * growing sizes; the time per mention must stay flat (linear), not grow with the page.
 *
 *   npx tsx scripts/bench/namesake.ts
 */
import { compileDataset } from '../../lib/dataset/compile';
import { buildDictionary } from '../../lib/match/dictionary';
import { findCandidates } from '../../lib/match/find';
import { resolveDocument } from '../../lib/match/resolve';
import { tokenize } from '../../lib/text/tokenize';
import { readRawDataset } from '../lib/data-files';
import { median } from './stats';

const compiled = compileDataset(readRawDataset());
if (!compiled.ok) throw new Error(compiled.errors.join('\n'));
const dict = buildDictionary(compiled.value.dictionary);

const unit =
  'The AI scientist Song-Chun Zhu spoke at Peking University. Zhu said so. ' +
  'His daughter Zhu Yi skated; Zhu won. Wu Fei played the guzheng and Wu sang. ' +
  'Zhang Peng painted; Zhang smiled. Zhu Rongji reformed. Yunji Chen and Tianshi Chen, ' +
  'the Cambricon brothers; Chen said, and Yunji agreed. ';

console.log('units  chars      candidates  marks   find ms  resolve ms  µs/candidate');
const perCandidate = new Map<number, number>();
for (const n of [100, 1000, 5000, 20000]) {
  const text = unit.repeat(n);
  const tokens = tokenize(text);
  const findTimes: number[] = [];
  const resolveTimes: number[] = [];
  let cands = 0;
  let marks = 0;
  for (let r = 0; r < 5; r++) {
    let t = performance.now();
    const c = findCandidates(dict, text, tokens);
    findTimes.push(performance.now() - t);
    t = performance.now();
    const res = resolveDocument(dict, c);
    resolveTimes.push(performance.now() - t);
    cands = c.length;
    marks = res.marks.length;
  }
  const f = median(findTimes);
  const rs = median(resolveTimes);
  perCandidate.set(n, (1000 * (f + rs)) / cands);
  console.log(
    `${String(n).padStart(5)}  ${String(text.length).padStart(9)}  ${String(cands).padStart(10)}  ${String(marks).padStart(6)}  ${f.toFixed(1).padStart(8)}  ${rs.toFixed(1).padStart(10)}  ${((1000 * (f + rs)) / cands).toFixed(2).padStart(12)}`,
  );
}

/**
 * A known quadratic cost (every candidate compared with every earlier one) timed the same way:
 * the growth ratio must show it, or the ratio below cannot tell linear from quadratic.
 */
function quadraticUs(n: number): number {
  const c = findCandidates(dict, unit.repeat(n));
  const times: number[] = [];
  let sink = 0;
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    for (let i = 0; i < c.length; i++) for (let j = 0; j < i; j++) sink += c[j]!.start & 1;
    times.push(performance.now() - t);
  }
  if (sink < 0) console.log(sink);
  return (1000 * median(times)) / c.length;
}
const growth = perCandidate.get(5000)! / perCandidate.get(1000)!;
const known = quadraticUs(500) / quadraticUs(100);
console.log(
  `\ntime per candidate, 5,000 units / 1,000 units: ${growth.toFixed(2)}× (linear ≈ 1×, quadratic ≈ 5×; wanted ≤ 2.5×)`,
);
console.log(
  `calibration: a known quadratic pass, 500 / 100 units: ${known.toFixed(2)}× (must read ≥ 2.5× to trust the figure above)`,
);
if (!(known >= 2.5)) {
  console.error(
    'bench:namesake: the calibration did not show a quadratic cost — figures are not trustworthy',
  );
  process.exit(1);
}
if (!(growth <= 2.5)) {
  console.error('bench:namesake: time per candidate grows with the page (not linear)');
  process.exit(1);
}
