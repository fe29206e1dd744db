/**
 * What the content script keeps on a page: a heap snapshot of the 1 MB bench page with Inkling
 * against one with an empty content script, grouped by constructor (self size), largest first.
 *
 *   npx tsx scripts/bench/heap-diff.ts [--page page-1mb] [--top 25]
 *
 * Needs the bench build (`npm run bench:page` once, or INKLING_BENCH=1 INKLING_OUT=.output-bench
 * npx wxt build) and bench-output/pages. The snapshot is of the whole renderer heap: the page's
 * world and the isolated world share it, so the diff is what Inkling added.
 */
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launch, serve } from '../../tests/e2e/harness';
import { root } from './corpus';
import { args } from './stats';

const opts = args();
const pageName = opts.get('page') ?? 'page-1mb';
const top = Number(opts.get('top') ?? 25);

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

async function groups(ctx: BrowserContext, url: string, settleMs: number) {
  const page = await ctx.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(settleMs);
  const cdp = await ctx.newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const snap = JSON.parse(chunks.join('')) as Snapshot;
  const f = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [iType, iName, iSize] = ['type', 'name', 'self_size'].map((k) => f.indexOf(k));
  const out = new Map<string, { n: number; bytes: number }>();
  let total = 0;
  for (let i = 0; i < snap.nodes.length; i += f.length) {
    const type = types[snap.nodes[i + iType!]!]!;
    let name = snap.strings[snap.nodes[i + iName!]!]!;
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string')
      name = `(${type})`;
    else if (type !== 'object' && type !== 'closure') name = `(${type}) ${name}`.slice(0, 60);
    else name = name.slice(0, 60);
    const size = snap.nodes[i + iSize!]!;
    total += size;
    const g = out.get(name) ?? { n: 0, bytes: 0 };
    g.n++;
    g.bytes += size;
    out.set(name, g);
  }
  await cdp.detach();
  await page.close();
  return { out, total };
}

async function main() {
  const dir = resolve(root, 'bench-output/pages');
  const site = await serve([dir]);
  const url = site.url(`${pageName}.html`);
  const ink = await launch({ extension: resolve(root, '.output-bench/chrome-mv3') });
  const empty = await launch({ extension: resolve(root, 'bench-output/empty-extension') });
  try {
    await groups(ink.ctx, url, 500);
    await groups(empty.ctx, url, 500);
    const a = await groups(ink.ctx, url, 8000);
    const b = await groups(empty.ctx, url, 8000);
    const rows = [...new Set([...a.out.keys(), ...b.out.keys()])].map((k) => {
      const x = a.out.get(k) ?? { n: 0, bytes: 0 };
      const y = b.out.get(k) ?? { n: 0, bytes: 0 };
      return { k, dn: x.n - y.n, db: x.bytes - y.bytes };
    });
    rows.sort((p, q) => q.db - p.db);
    console.log(
      `total self size: with ${(a.total / 2 ** 20).toFixed(2)} MB, without ${(b.total / 2 ** 20).toFixed(2)} MB, added ${((a.total - b.total) / 2 ** 20).toFixed(2)} MB`,
    );
    for (const r of rows.slice(0, top))
      console.log(`${(r.db / 1024).toFixed(0).padStart(8)} kB ${String(r.dn).padStart(8)}  ${r.k}`);
  } finally {
    await ink.close();
    await empty.close();
    await site.close();
  }
}

await main();
