/**
 * Test pages for bench:page: a typical 30 KB article and a 1 MB page of 20,000 paragraphs, both
 * mentioning the dataset's names (English and Chinese). Each page carries a tiny probe script
 * that records long tasks and the moment the first highlight appears, the same with and
 * without Inkling, so both runs pay for it alike.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { textOfSize } from './corpus';
import type { DictEntry } from '../../lib/match/dictionary';

const PROBE = `<script>
window.__bench = { longtasks: [], firstMark: -1 };
new PerformanceObserver((l) => {
  for (const e of l.getEntries()) __bench.longtasks.push([e.startTime, e.duration]);
}).observe({ type: 'longtask', buffered: true });
(function poll() {
  if (CSS.highlights.size > 0) __bench.firstMark = performance.now();
  else setTimeout(poll, 2);
})();
</script>`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Splits text into `count` paragraphs at spaces, with a heading every 25 paragraphs. */
function html(title: string, text: string, count: number): string {
  const size = Math.ceil(text.length / count);
  const parts: string[] = [];
  let at = 0;
  for (let p = 0; p < count && at < text.length; p++) {
    let end = Math.min(text.length, at + size);
    const space = text.indexOf(' ', end);
    if (space > 0 && space - end < 40) end = space;
    if (p % 25 === 0) parts.push(`<h2>Section ${p / 25 + 1}</h2>`);
    parts.push(`<p>${esc(text.slice(at, end).replace(/\n+/g, ' '))}</p>`);
    at = end;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${PROBE}
<style>body{font:16px/1.5 sans-serif;max-width:46em;margin:2em auto}</style></head>
<body><article><h1>${title}</h1>
${parts.join('\n')}
</article></body></html>`;
}

export interface BenchPage {
  name: string;
  file: string;
  chars: number;
}

export function writePages(dir: string, entries: DictEntry[]): BenchPage[] {
  mkdirSync(dir, { recursive: true });
  const specs = [
    { name: 'article-30kb', chars: 30 * 1024, paragraphs: 40 },
    { name: 'page-1mb', chars: 2 ** 20, paragraphs: 20_000 },
  ];
  return specs.map((s) => {
    const text = textOfSize(entries, s.chars, 23);
    writeFileSync(`${dir}/${s.name}.html`, html(`Benchmark ${s.name}`, text, s.paragraphs));
    return { name: s.name, file: `${s.name}.html`, chars: text.length };
  });
}

/** One RegExp for mark.js's fastest mode: every alias, longest first, whole words for Latin. */
export function markJsPattern(entries: DictEntry[]): { source: string; flags: string } {
  const escRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names = [...new Set(entries.filter((e) => !e.confusable).map((e) => e.text))].sort(
    (a, b) => b.length - a.length,
  );
  const han = names.filter((s) => /\p{Script=Han}/u.test(s)).map(escRe);
  const latin = names.filter((s) => !/\p{Script=Han}/u.test(s)).map(escRe);
  return { source: `\\b(?:${latin.join('|')})\\b|(?:${han.join('|')})`, flags: 'gi' };
}
