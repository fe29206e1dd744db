/**
 * npm run bench:search — popup search per keystroke (lib/search/search-index.ts) with the bundled
 * data and a synthetic 50,000-entity pack, side by side with a plain linear scan over every
 * name (folded once, `includes` per keystroke) in the same run; then the popup's ready-to-type
 * time in Chromium with the built extension (open popup.html → the search box has focus).
 *
 *   npm run bench:search -- [--entities 50000] [--no-browser]
 *   (the popup part needs INKLING_OUT=.output-bench npx wxt build first)
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSearchIndex, search, type SearchDoc } from '../../lib/search/search-index';
import { foldKey } from '../../lib/text/tokenize';
import { extensionDir, launch } from '../../tests/e2e/harness';
import { loadDataset, root, syntheticEntities } from './corpus';
import type { Entity } from '../../lib/dataset/schema';
import { args, fmt, median, table, targetTable, type Target } from './stats';

const opts = args();
const n = Number(opts.get('entities') ?? 50_000);

function docsOf(entities: Pick<Entity, 'id' | 'name' | 'category' | 'native' | 'aliases'>[]) {
  return entities.map((e): SearchDoc => ({
    id: e.id,
    name: e.name,
    native: e.native?.hans,
    category: e.category,
    names: [
      e.name,
      ...(e.native ? [e.native.hans, e.native.hant ?? ''] : []),
      ...e.aliases.map((a) => a.text),
    ].filter(Boolean),
  }));
}

/** The baseline: every name folded once; per keystroke, one `includes` per name. */
function linearScan(docs: SearchDoc[]) {
  const names: { key: string; doc: number }[] = [];
  docs.forEach((d, doc) => d.names.forEach((x) => names.push({ key: foldKey(x), doc })));
  return (query: string) => {
    const q = foldKey(query);
    const hits = new Set<number>();
    if (!q) return hits;
    for (const x of names) if (x.key.includes(q)) hits.add(x.doc);
    return hits;
  };
}

/** Queries typed one character at a time: names, a typo, Chinese, an acronym, pinyin. */
function queries(docs: SearchDoc[]): string[] {
  const fixed = ['song-chun zhu', 'tsinghua', 'beijng academy', '北京大学', 'BAAI', 'zhu songchun'];
  // Plus names from this data set, so the big pack is searched for what it holds.
  const picks = [docs[7], docs[Math.floor(docs.length / 2)], docs[docs.length - 3]]
    .filter((d): d is SearchDoc => d !== undefined)
    .map((d) => d.name);
  return [...fixed, ...picks];
}

interface Row {
  label: string;
  names: number;
  buildMs: number;
  keystrokes: number;
  indexMedian: number;
  indexMax: number;
  scanMedian: number;
  scanMax: number;
}

function measure(label: string, docs: SearchDoc[]): Row {
  const t0 = performance.now();
  const index = buildSearchIndex(docs);
  const buildMs = performance.now() - t0;
  const scan = linearScan(docs);
  const idx: number[] = [];
  const lin: number[] = [];
  const qs = queries(docs);
  // Warm-up pass, then three measured passes; each keystroke is one prefix of a query.
  for (let pass = 0; pass < 4; pass++) {
    for (const q of qs) {
      for (let k = 1; k <= q.length; k++) {
        const typed = q.slice(0, k);
        let s = performance.now();
        search(index, typed);
        const a = performance.now() - s;
        s = performance.now();
        scan(typed);
        const b = performance.now() - s;
        if (pass > 0) {
          idx.push(a);
          lin.push(b);
        }
      }
    }
  }
  return {
    label,
    names: docs.reduce((k, d) => k + d.names.length, 0),
    buildMs,
    keystrokes: idx.length / 3,
    indexMedian: median(idx),
    indexMax: Math.max(...idx),
    scanMedian: median(lin),
    scanMax: Math.max(...lin),
  };
}

async function popupReady(): Promise<{ cold: number; warm: number[] } | null> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) return null;
  const b = await launch();
  try {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const page = await b.ctx.newPage();
      await page.goto(`chrome-extension://${b.extensionId}/popup.html`);
      // Time since the popup's navigation started, read the moment the box has focus.
      const t = await page.waitForFunction(
        () =>
          document.activeElement?.matches('input[type=search]') ? performance.now() : undefined,
        undefined,
        { polling: 1 },
      );
      times.push((await t.jsonValue()) as number);
      await page.close();
    }
    return { cold: times[0]!, warm: times.slice(1) };
  } finally {
    await b.close();
  }
}

async function main(): Promise<void> {
  const bundled = docsOf(loadDataset().entities);
  const synthetic = docsOf(syntheticEntities(n));
  const rows = [
    measure(`bundled (${bundled.length} entities)`, bundled),
    measure(`synthetic ${n} entities`, synthetic),
  ];
  const out: string[] = [
    `Node ${process.version}; per keystroke = one search() call for one typed prefix; medians and maxima over 3 passes.`,
    '',
    table(
      [
        'data',
        'names',
        'index build ms',
        'keystrokes',
        'index median ms',
        'index max ms',
        'linear scan median ms',
        'linear scan max ms',
        'scan / index',
      ],
      rows.map((r) => [
        r.label,
        r.names,
        fmt(r.buildMs),
        r.keystrokes,
        fmt(r.indexMedian, 3),
        fmt(r.indexMax, 2),
        fmt(r.scanMedian, 3),
        fmt(r.scanMax, 2),
        `${fmt(r.scanMedian / r.indexMedian)}×`,
      ]),
    ),
    '',
  ];
  const big = rows[1]!;
  const targets: Target[] = [
    {
      what: `${n} entities: search per keystroke (median)`,
      measured: `${fmt(big.indexMedian, 2)} ms`,
      target: '< 10 ms',
      met: big.indexMedian < 10,
    },
    {
      what: `${n} entities: search per keystroke (slowest)`,
      measured: `${fmt(big.indexMax, 2)} ms`,
      target: '< 10 ms',
      met: big.indexMax < 10,
    },
  ];
  if (!opts.has('no-browser')) {
    const ready = await popupReady();
    if (ready) {
      out.push(
        `Popup ready to type (navigation start → search box focused, Chromium, ${process.env.INKLING_OUT ?? '.output'}): first open ${fmt(ready.cold)} ms, then median ${fmt(median(ready.warm))} ms over ${ready.warm.length} opens.`,
        '',
      );
    } else out.push('Popup ready-to-type: skipped (no built extension; see the header).', '');
  }
  out.push('### Targets', '', targetTable(targets));
  const report = out.join('\n');
  console.log(report);
  writeFileSync(resolve(root, 'bench-output/search.md'), report + '\n');
}

await main();
