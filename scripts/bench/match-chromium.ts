/**
 * The matchers in headless Chromium (the engine the extension runs in): one fresh browser per
 * run, one page per matcher, the same texts and dictionaries as the Node trials. Needed for
 * modern-ahocorasick: in Node 20 its grapheme segmentation (Intl.Segmenter) crawls on any text
 * with non-ASCII characters — 100 KB of our mixed English/Chinese text took over 30 s.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath } from '../../tests/e2e/harness';
import { median } from './stats';

export interface BrowserTrial {
  matcher: string;
  buildMs: number;
  texts: { file: string; chars: number; ms: number; count: number }[];
}

let bundle: string | undefined;

async function bundleMatchers(): Promise<string> {
  if (bundle) return bundle;
  const out = await build({
    entryPoints: [resolve(import.meta.dirname, 'browser-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    target: 'es2022',
  });
  bundle = out.outputFiles[0]!.text;
  return bundle;
}

/** One run: a fresh browser, each matcher in its own page over each text. */
export async function chromiumRun(
  matchers: string[],
  entriesFile: string,
  textFiles: string[],
): Promise<BrowserTrial[]> {
  const code = await bundleMatchers();
  const entries = readFileSync(entriesFile, 'utf8');
  const texts = textFiles.map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const out: BrowserTrial[] = [];
  try {
    for (const name of matchers) {
      const page = await browser.newPage();
      await page.addScriptTag({ content: code });
      const buildMs = await page.evaluate(
        ({ name, entries }) => {
          const g = globalThis as unknown as {
            inklingBench: Record<string, { build: (e: unknown) => unknown }>;
            matcher: unknown;
          };
          const t0 = performance.now();
          g.matcher = g.inklingBench[name]!.build(JSON.parse(entries));
          return performance.now() - t0;
        },
        { name, entries },
      );
      const trial: BrowserTrial = { matcher: name, buildMs, texts: [] };
      for (const { file, text } of texts) {
        const times = await page.evaluate(
          ({ text, reps }) => {
            const m = (globalThis as unknown as { matcher: { count: (t: string) => number } })
              .matcher;
            m.count(text.slice(0, 100_000)); // warm-up
            const ts: number[] = [];
            let count = 0;
            for (let r = 0; r < reps; r++) {
              const s = performance.now();
              count = m.count(text);
              ts.push(performance.now() - s);
            }
            return { ts, count };
          },
          { text, reps: text.length > 4e6 ? 3 : 7 },
        );
        trial.texts.push({ file, chars: text.length, ms: median(times.ts), count: times.count });
      }
      out.push(trial);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}
