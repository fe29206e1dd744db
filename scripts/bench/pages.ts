/**
 * Test pages for bench:page: a typical 30 KB article and a 1 MB page of 20,000 paragraphs, both
 * mentioning the dataset's names (English and Chinese), and a page with 20 ad-like frames that
 * hold no text beside the same page without them. The pages carry no script: whatever runs on
 * their main thread is the browser's work and Inkling's.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { textOfSize } from './corpus';
import type { DictEntry } from '../../lib/match/dictionary';

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
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 sans-serif;max-width:46em;margin:2em auto}</style></head>
<body><article><h1>${title}</h1>
${parts.join('\n')}
</article></body></html>`;
}

export interface BenchPage {
  name: string;
  file: string;
  chars: number;
  /** How long after load the trace keeps recording (the same for every variant). */
  windowMs: number;
  /** Also trace mark.js on this page / the busy-loop build. */
  markjs?: boolean;
  calibrate?: boolean;
}

export function writePages(dir: string, entries: DictEntry[]): BenchPage[] {
  mkdirSync(dir, { recursive: true });
  const specs = [
    { name: 'article-30kb', chars: 30 * 1024, paragraphs: 40, windowMs: 2500, calibrate: true },
    { name: 'page-1mb', chars: 2 ** 20, paragraphs: 20_000, windowMs: 8000, markjs: true },
  ];
  return specs.map((s) => {
    const text = textOfSize(entries, s.chars, 23);
    writeFileSync(`${dir}/${s.name}.html`, html(`Benchmark ${s.name}`, text, s.paragraphs));
    return {
      name: s.name,
      file: `${s.name}.html`,
      chars: text.length,
      windowMs: s.windowMs,
      markjs: s.markjs,
      calibrate: s.calibrate,
    };
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

/**
 * A short news page with 20 ad-like frames (a box, an image placeholder, no words), and the same
 * page without them: the difference is what the frames cost, with and without Inkling.
 */
export function writeFramePages(dir: string): BenchPage[] {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    `${dir}/ad.html`,
    '<!doctype html><html><body style="margin:0"><div style="width:300px;height:250px;background:#eee"><img alt="" width="300" height="250"></div></body></html>',
  );
  const page = (frames: number) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body>
<p>Tiejun Huang spoke at the Beijing Academy of Artificial Intelligence about large models.</p>
${Array.from({ length: frames }, () => '<iframe src="ad.html" width="300" height="250"></iframe>').join('\n')}
</body></html>`;
  writeFileSync(`${dir}/frames-20.html`, page(20));
  writeFileSync(`${dir}/frames-none.html`, page(0));
  return [
    { name: 'frames-20', file: 'frames-20.html', chars: 0, windowMs: 2500 },
    { name: 'frames-none', file: 'frames-none.html', chars: 0, windowMs: 2500 },
  ];
}
