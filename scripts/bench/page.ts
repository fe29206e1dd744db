/**
 * npm run bench:page — what Inkling costs a page, in headless Chromium with the built extension
 * against the same page in a browser without it, in the same run; and mark.js marking the same
 * aliases on the same page in its fastest mode (one combined RegExp with markRegExp).
 *
 * Measured per page (a 30 KB article, a 1 MB page of 20,000 paragraphs):
 * - added main-thread time: CDP Performance.getMetrics TaskDuration once marking has settled,
 *   with Inkling minus without (the content script runs on the page's main thread);
 * - longest task: PerformanceObserver 'longtask' (≥ 50 ms) after DOMContentLoaded;
 * - first marks: the first CSS highlight seen (polled every 2 ms in the page) after
 *   DOMContentLoaded — the content script starts at document_idle and marks the viewport first;
 * - heap added: JSHeapUsedSize after a forced GC, with minus without (the content script's
 *   isolated world shares the page's V8 heap).
 *
 *   npm run data:build && INKLING_OUT=.output-bench npx wxt build && npm run bench:page -- [--runs 3]
 */
import { chromium, type Browser as PwBrowser, type Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath, launch, serve, type Browser, type Served } from '../../tests/e2e/harness';
import { realEntries, root } from './corpus';
import { markJsPattern, writePages, type BenchPage } from './pages';
import { args, fmt, median, table, targetTable, type Target } from './stats';

const opts = args();
const runs = Number(opts.get('runs') ?? 3);
const dir = resolve(root, 'bench-output/pages');

interface Sample {
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  heapMB: number;
  longestAfterDcl: number;
  firstMarkMs: number;
  marks: number;
  wallMs?: number;
}

async function metrics(page: Page): Promise<Record<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  await cdp.detach();
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}

const countMarks = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('inkling-')) n += (h as unknown as Set<Range>).size;
    });
    return n;
  });

async function probe(page: Page): Promise<{ longest: number; firstMark: number }> {
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { longtasks: number[][]; firstMark: number } })
      .__bench;
    const dcl = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const after = b.longtasks.filter(([s]) => s! >= dcl.domContentLoadedEventEnd);
    return {
      longest: Math.max(0, ...after.map(([, d]) => d!)),
      firstMark: b.firstMark < 0 ? NaN : b.firstMark - dcl.domContentLoadedEventEnd,
    };
  });
}

async function sample(page: Page, withMarks: boolean): Promise<Sample> {
  if (withMarks) {
    // Settled: at least one mark and the same count over three polls.
    let last = -1;
    let stable = 0;
    const end = Date.now() + 60_000;
    while (stable < 3 && Date.now() < end) {
      await page.waitForTimeout(300);
      const n = await countMarks(page);
      stable = n > 0 && n === last ? stable + 1 : 0;
      last = n;
    }
  } else await page.waitForTimeout(1200);
  const m = await metrics(page);
  const p = await probe(page);
  return {
    taskMs: (m.TaskDuration ?? 0) * 1000,
    scriptMs: (m.ScriptDuration ?? 0) * 1000,
    layoutMs: (m.LayoutDuration ?? 0) * 1000,
    heapMB: (m.JSHeapUsedSize ?? 0) / 2 ** 20,
    longestAfterDcl: p.longest,
    firstMarkMs: p.firstMark,
    marks: withMarks ? await countMarks(page) : 0,
  };
}

async function markJs(page: Page, pattern: { source: string; flags: string }): Promise<Sample> {
  await page.waitForTimeout(1200);
  const before = await metrics(page);
  await page.addScriptTag({ path: resolve(root, 'node_modules/mark.js/dist/mark.min.js') });
  const { wall, marks } = await page.evaluate(({ source, flags }) => {
    const M = (
      window as unknown as {
        Mark: new (el: Element) => { markRegExp: (r: RegExp, o: object) => void };
      }
    ).Mark;
    const t0 = performance.now();
    let n = 0;
    new M(document.body).markRegExp(new RegExp(source, flags), { each: () => n++ });
    // The <mark> elements force a layout before the next paint: count it, as a reader pays it.
    void document.body.offsetHeight;
    return { wall: performance.now() - t0, marks: n };
  }, pattern);
  // Let the layout the new <mark> elements force happen, as it would for a reader.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  const after = await metrics(page);
  const p = await probe(page);
  return {
    taskMs: ((after.TaskDuration ?? 0) - (before.TaskDuration ?? 0)) * 1000,
    scriptMs: ((after.ScriptDuration ?? 0) - (before.ScriptDuration ?? 0)) * 1000,
    layoutMs: ((after.LayoutDuration ?? 0) - (before.LayoutDuration ?? 0)) * 1000,
    heapMB: ((after.JSHeapUsedSize ?? 0) - (before.JSHeapUsedSize ?? 0)) / 2 ** 20,
    longestAfterDcl: p.longest,
    firstMarkMs: NaN,
    marks,
    wallMs: wall,
  };
}

async function main(): Promise<void> {
  const entries = realEntries();
  const pages = writePages(dir, entries);
  const pattern = markJsPattern(entries);
  const site: Served = await serve([dir]);
  const results = new Map<string, { ext: Sample[]; plain: Sample[]; markjs: Sample[] }>(
    pages.map((p) => [p.name, { ext: [], plain: [], markjs: [] }]),
  );
  try {
    for (let r = 0; r < runs; r++) {
      const ext: Browser = await launch();
      const plain: PwBrowser = await chromium.launch({
        executablePath: chromiumPath(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--no-first-run',
        ],
      });
      const plainCtx = await plain.newContext({ viewport: { width: 1200, height: 900 } });
      // tsx keeps function names with a __name helper that page.evaluate code lacks.
      await plainCtx.addInitScript('window.__name = (f) => f;');
      try {
        // Warm-up: the first page of a fresh browser also pays for the service worker's start.
        const warm = await ext.ctx.newPage();
        await warm.goto(site.url(pages[0]!.file));
        await sample(warm, true);
        await warm.close();
        for (const p of pages) {
          console.error(`run ${r + 1}/${runs}: ${p.name}`);
          const res = results.get(p.name)!;
          const open = async (ctx: typeof plainCtx, bp: BenchPage) => {
            const page = await ctx.newPage();
            await page.goto(site.url(bp.file), { waitUntil: 'load', timeout: 120_000 });
            return page;
          };
          let page = await open(plainCtx, p);
          res.plain.push(await sample(page, false));
          await page.close();
          page = await open(ext.ctx, p);
          res.ext.push(await sample(page, true));
          await page.close();
          page = await open(plainCtx, p);
          res.markjs.push(await markJs(page, pattern));
          await page.close();
        }
      } finally {
        await ext.close();
        await plain.close();
      }
    }
  } finally {
    await site.close();
  }

  const out: string[] = [
    `Headless Chromium, ${runs} run(s), medians. Inkling = the built extension (${process.env.INKLING_OUT ?? '.output'}); mark.js = markRegExp with one RegExp of all ${entries.length} aliases on the same page without Inkling.`,
    '',
  ];
  const targets: Target[] = [];
  const rows: (string | number)[][] = [];
  for (const p of pages) {
    const res = results.get(p.name)!;
    const med = (xs: Sample[], f: (s: Sample) => number) => median(xs.map(f));
    const added = med(res.ext, (s) => s.taskMs) - med(res.plain, (s) => s.taskMs);
    const heap = med(res.ext, (s) => s.heapMB) - med(res.plain, (s) => s.heapMB);
    const longest = med(res.ext, (s) => s.longestAfterDcl);
    const plainLongest = med(res.plain, (s) => s.longestAfterDcl);
    const first = med(res.ext, (s) => s.firstMarkMs);
    // mark.js runs inside a DevTools evaluate, which TaskDuration under-counts: use its own
    // wall time (markRegExp plus the layout its elements force).
    const mj = med(res.markjs, (s) => s.wallMs ?? NaN);
    rows.push([
      `${p.name} (${Math.round(p.chars / 1024)} K chars)`,
      fmt(added),
      fmt(med(res.ext, (s) => s.scriptMs) - med(res.plain, (s) => s.scriptMs)),
      fmt(med(res.ext, (s) => s.layoutMs) - med(res.plain, (s) => s.layoutMs)),
      longest > 0 ? fmt(longest) : '< 50',
      plainLongest > 0 ? fmt(plainLongest) : '< 50',
      fmt(first),
      fmt(heap, 2),
      med(res.ext, (s) => s.marks),
      fmt(mj),
      med(res.markjs, (s) => s.marks),
      `${fmt((added / mj) * 100)}%`,
    ]);
    if (p.name === 'page-1mb') {
      targets.push(
        {
          what: '1 MB page: Inkling added main-thread time / mark.js fastest mode',
          measured: `${fmt((added / mj) * 100)}% (${fmt(added)} / ${fmt(mj)} ms)`,
          target: '≤ 20%',
          met: added / mj <= 0.2,
        },
        {
          what: '1 MB page: longest task after DOMContentLoaded with Inkling',
          measured: longest > 0 ? `${fmt(longest)} ms` : 'none ≥ 50 ms',
          target: '≤ 50 ms',
          met: longest <= 50,
        },
        {
          what: '1 MB page: first marks in the viewport after DOMContentLoaded',
          measured: `${fmt(first)} ms`,
          target: '≤ 50 ms',
          met: first <= 50,
        },
      );
    } else {
      targets.push({
        what: '30 KB article: Inkling added main-thread time',
        measured: `${fmt(added)} ms`,
        target: '< 10 ms',
        met: added < 10,
      });
    }
    targets.push({
      what: `${p.name}: JS heap added`,
      measured: `${fmt(heap, 2)} MB`,
      target: '< 5 MB',
      met: heap < 5,
    });
  }
  out.push(
    table(
      [
        'page',
        'added task ms',
        'added script ms',
        'added layout ms',
        'longest task (Inkling)',
        'longest task (no ext)',
        'first marks ms',
        'heap added MB',
        'marks',
        'mark.js ms (markRegExp + layout)',
        'mark.js marks',
        'Inkling / mark.js',
      ],
      rows,
    ),
    '',
    '### Targets',
    '',
    targetTable(targets),
  );
  const report = out.join('\n');
  console.log(report);
  writeFileSync(resolve(root, 'bench-output/page.md'), report + '\n');
  writeFileSync(
    resolve(root, 'bench-output/page.json'),
    JSON.stringify({ results: Object.fromEntries(results), targets }, null, 2),
  );
}

await main();
