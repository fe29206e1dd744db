/**
 * The gold corpus (tests/fixtures/pages/) in real Chromium with the built extension: the marks
 * the content script and the worker's context judge make must match the gold mentions as well
 * as `npm run eval` says they do in Node. Highlights carry no entity ids (privacy), so marks are
 * compared as texts (white space collapsed), counted per page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, readMarks, root, serve, type Browser, type Served } from './harness';
import type { Gold } from '../../lib/match/eval/score';

const dir = join(root, 'tests/fixtures/pages');
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''))
  .sort();

let browser: Browser;
let site: Served;

beforeAll(async () => {
  site = await serve([dir]);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Marks once they stop changing (the context judge answers after the first marks). */
async function settledMarks(page: import('playwright-core').Page): Promise<string[]> {
  let last = -1;
  let same = 0;
  for (let i = 0; i < 60 && same < 4; i++) {
    await page.waitForTimeout(150);
    const n = (await readMarks(page)).length;
    same = n === last && n > 0 ? same + 1 : 0;
    last = n;
  }
  return (await readMarks(page)).map((m) => norm(m.text));
}

/**
 * A page with no gold mention (a page about a namesake) gives no mark to wait for. A probe names
 * an entity related to no one (WAIC, so it is no evidence for a namesake) at the end of the page:
 * once the probe is marked, the whole page has been resolved again, and every other mark is one
 * the page made itself.
 */
const PROBE = 'World Artificial Intelligence Conference';
async function marksWithProbe(page: import('playwright-core').Page): Promise<string[]> {
  await page.evaluate((text) => {
    const p = document.createElement('p');
    p.textContent = text;
    document.body.appendChild(p);
  }, PROBE);
  await page.waitForFunction(
    (text) => {
      let seen = false;
      CSS.highlights.forEach((h, name) => {
        if (!name.startsWith('inkling-')) return;
        for (const r of h as unknown as Set<Range>) if (r.toString() === text) seen = true;
      });
      return seen;
    },
    PROBE,
    { timeout: 15_000 },
  );
  return (await readMarks(page)).map((m) => norm(m.text)).filter((t) => t !== PROBE);
}

describe('the gold corpus in Chromium', () => {
  it('marks what the gold files say, at precision 0.97 and recall 0.95', async () => {
    let marked = 0;
    let gold = 0;
    let hits = 0;
    const report: string[] = [];
    const namesakeMarks: string[] = [];
    for (const name of names) {
      const g = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')) as Gold;
      const page = await browser.ctx.newPage();
      await page.goto(site.url(`${name}.html`));
      const got = g.mentions.length > 0 ? await settledMarks(page) : await marksWithProbe(page);
      await page.close();
      const want = new Map<string, number>();
      for (const m of g.mentions) want.set(norm(m.text), (want.get(norm(m.text)) ?? 0) + 1);
      let tp = 0;
      const extra: string[] = [];
      for (const t of got) {
        const left = want.get(t) ?? 0;
        if (left > 0) {
          want.set(t, left - 1);
          tp++;
        } else extra.push(t);
      }
      const missed = [...want].flatMap(([t, n]) => Array<string>(n).fill(t));
      if (g.namesakePage) namesakeMarks.push(...got.map((t) => `${name}: ${t}`));
      if (extra.length + missed.length > 0)
        report.push(`${name}: extra ${JSON.stringify(extra)} missed ${JSON.stringify(missed)}`);
      marked += got.length;
      gold += g.mentions.length;
      hits += tp;
    }
    const precision = hits / marked;
    const recall = hits / gold;
    console.log(
      `Chromium: ${names.length} pages, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n${report.join('\n')}`,
    );
    expect(precision, report.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(recall, report.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(namesakeMarks, 'marks on pages about namesakes').toEqual([]);
  }, 300_000);
});
