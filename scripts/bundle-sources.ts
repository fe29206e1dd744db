/**
 * What a built bundle is made of: bytes of minified code per source module (node_modules grouped
 * by package), read from its source map. For deciding what the content script — which every
 * page load pays to compile and run — should carry (docs/PERFORMANCE.md).
 *
 *   INKLING_SOURCEMAP=1 INKLING_OUT=/tmp/inkling-map npx wxt build
 *   npx tsx scripts/bundle-sources.ts /tmp/inkling-map/chrome-mv3/content-scripts/content.js
 */
import { readFileSync } from 'node:fs';
import { SourceMapConsumer, type RawSourceMap } from 'source-map';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/bundle-sources.ts <bundle.js> (its .map next to it)');
  process.exit(2);
}
const lines = readFileSync(file, 'utf8').split('\n');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as RawSourceMap;
const consumer = await new SourceMapConsumer(map);
const perLine = new Map<number, { column: number; source: string }[]>();
consumer.eachMapping((m) => {
  const list = perLine.get(m.generatedLine) ?? [];
  list.push({ column: m.generatedColumn, source: m.source ?? '(none)' });
  perLine.set(m.generatedLine, list);
});
// Each generated character belongs to the source of the nearest mapping before it.
const bytes = new Map<string, number>();
const add = (source: string, n: number) => bytes.set(source, (bytes.get(source) ?? 0) + n);
let source = '(none)';
lines.forEach((line, i) => {
  let column = 0;
  for (const m of (perLine.get(i + 1) ?? []).sort((a, b) => a.column - b.column)) {
    add(source, m.column - column);
    column = m.column;
    source = m.source;
  }
  add(source, line.length - column + 1);
});
const group = (s: string) =>
  s.includes('node_modules/')
    ? `npm:${/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s)![1]}`
    : s.replace(/^(\.\.\/)+/, '').replace(/^.*?\/(lib|entrypoints|components)\//, '$1/');
const grouped = new Map<string, number>();
for (const [s, n] of bytes) grouped.set(group(s), (grouped.get(group(s)) ?? 0) + n);
const total = [...grouped.values()].reduce((a, b) => a + b, 0);
console.log(`${file}: ${total} bytes`);
for (const [s, n] of [...grouped].sort((a, b) => b[1] - a[1]))
  console.log(`${String(n).padStart(8)}  ${((n / total) * 100).toFixed(1).padStart(5)}%  ${s}`);
