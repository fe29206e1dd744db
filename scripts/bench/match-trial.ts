/**
 * One child process of bench:match: builds one matcher over one dictionary, measures build time
 * and retained heap, then throughput on the prepared texts, and prints one JSON line.
 * Run with --expose-gc (match.ts does) so retained heap is measured after a full collection.
 *
 *   node --expose-gc --import tsx scripts/bench/match-trial.ts <matcher> <entries.json> <text>...
 */
import { readFileSync } from 'node:fs';
import { MATCHERS } from './matchers';
import { median } from './stats';
import { buildDictionary, packDictionary, unpackDictionary } from '../../lib/match/dictionary';
import type { DictEntry } from '../../lib/match/dictionary';

export interface TrialResult {
  matcher: string;
  buildMs: number;
  heapMB: number;
  /** Per text file: median ms per run and matches found. */
  texts: { file: string; chars: number; ms: number; count: number }[];
  /** Inkling only: size of the packed dictionary (JSON) and the time a tab takes to unpack it. */
  packedMB?: number;
  unpackMs?: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
function heapNow(): number {
  gc?.();
  gc?.();
  // Typed arrays live outside the JS heap: count their backing stores too.
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const [name, entriesFile, ...textFiles] = process.argv.slice(2);
const kind = MATCHERS[name!];
if (!kind || !entriesFile) throw new Error(`usage: match-trial <${Object.keys(MATCHERS)}> ...`);
const entries = JSON.parse(readFileSync(entriesFile, 'utf8')) as DictEntry[];
const texts = textFiles.map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));

const before = heapNow();
const t0 = performance.now();
const matcher = kind.build(entries);
const buildMs = performance.now() - t0;
const heapMB = (heapNow() - before) / 2 ** 20;

const result: TrialResult = { matcher: name!, buildMs, heapMB, texts: [] };
const smallest = texts.reduce((a, b) => (a.text.length <= b.text.length ? a : b));
matcher.count(smallest.text); // warm-up: let the JIT see the hot loop once
for (const { file, text } of texts) {
  // Fewer repetitions on big texts; the median of what we have.
  const reps = text.length > 4e6 ? 3 : 7;
  const times: number[] = [];
  let count = 0;
  for (let r = 0; r < reps; r++) {
    const s = performance.now();
    count = matcher.count(text);
    times.push(performance.now() - s);
  }
  result.texts.push({ file, chars: text.length, ms: median(times), count });
}

if (name === 'inkling') {
  const packed = packDictionary(buildDictionary(entries));
  result.packedMB = JSON.stringify(packed).length / 2 ** 20;
  const copy = structuredClone(packed);
  const s = performance.now();
  unpackDictionary(copy);
  result.unpackMs = performance.now() - s;
}
process.stdout.write(JSON.stringify(result) + '\n');
