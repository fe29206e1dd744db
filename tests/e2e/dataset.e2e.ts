/**
 * The dataset end to end: on a page that names every seed entity (tests/e2e/pages/all-seeds.html),
 * each is marked, and hovering its mark opens its card with a fact and that fact's source chip.
 * Every seed entity's card is checked, not a sample; the contested birth year of Song-Chun Zhu
 * shows both values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cardText,
  e2ePages,
  launch,
  root,
  serve,
  waitForCard,
  waitForMarks,
  type Browser,
  type Served,
} from './harness';
import type { Bundle } from '../../lib/dataset/runtime';
import { ownCitations } from '../../lib/dataset/contested';

const bundle = JSON.parse(readFileSync(join(root, 'lib/generated/dataset.json'), 'utf8')) as Bundle;
const seedIds = JSON.parse(readFileSync(join(root, 'data/seed-entities.json'), 'utf8')) as string[];
const entities = new Map(bundle.entities.map((e) => [e.id, e]));
const sources = new Map(bundle.sources.map((s) => [s.id, s]));

let browser: Browser;
let site: Served;
let page: Page;

beforeAll(async () => {
  site = await serve([e2ePages]);
  browser = await launch();
  page = await browser.ctx.newPage();
  await page.goto(site.url('all-seeds.html'));
  await waitForMarks(page, seedIds.length);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Ids of the seed spans on the page that contain the start of a mark, and each one's category. */
async function markedSpans(): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith('inkling-') || name === 'inkling-flash') return;
      for (const r of h as unknown as Set<Range>) {
        const el = r.startContainer.parentElement?.closest('[data-seed]');
        const id = el?.getAttribute('data-seed');
        // inkling-<category>[-bg]: the category is the first part.
        if (id) out[id] = name.slice('inkling-'.length).split('-')[0]!;
      }
    });
    return out;
  });
}

/** Scrolls the mark inside the entity's span into view and returns its centre. */
async function markCentreIn(id: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((seed) => {
    const span = document.querySelector(`[data-seed="${seed}"]`)!;
    let range: Range | null = null;
    CSS.highlights.forEach((h, name) => {
      if (range || !name.startsWith('inkling-') || name === 'inkling-flash') return;
      for (const r of h as unknown as Set<Range>)
        if (span.contains(r.startContainer)) {
          range = r;
          break;
        }
    });
    if (!range) return null;
    span.scrollIntoView({ block: 'center' });
    const rect = (range as Range).getClientRects()[0]!;
    return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
  }, id);
  if (!p) throw new Error(`no mark inside the span for ${id}`);
  return p;
}

/** Closes any open card and waits until it is gone, so the next card is the one we hover. */
async function closeCard(): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(1, 1);
  // Wait for the card to be gone: a card still open covers the next mark and takes its hover.
  const end = Date.now() + 20_000;
  while ((await cardText(page)) !== '') {
    if (Date.now() > end) throw new Error('the card did not close');
    await page.waitForTimeout(50);
  }
}

describe('every seed entity on one page', () => {
  it('marks every seed entity, in its own category', async () => {
    const spans = await markedSpans();
    const unmarked = seedIds.filter((id) => !(id in spans));
    expect(unmarked).toEqual([]);
    const wrong = seedIds.filter((id) => spans[id] !== entities.get(id)!.category);
    expect(wrong).toEqual([]);
  });

  it('lists every seed entity in the page summary the popup reads', async () => {
    await page.bringToFront();
    // The page is the active tab (tab URLs are not visible to the extension without the tabs
    // permission, so it is found by being active rather than by URL).
    const answer = (await browser.sw.evaluate(async () => {
      const { tabs } = (
        globalThis as unknown as {
          chrome: {
            tabs: {
              query: (q: object) => Promise<{ id?: number }[]>;
              sendMessage: (t: number, m: object) => Promise<unknown>;
            };
          };
        }
      ).chrome;
      const [tab] = await tabs.query({ active: true });
      return tabs.sendMessage(tab!.id!, { type: 'page:summary', payload: {} });
    })) as { ok: boolean; value: { url: string; entities: { id: string }[] } };
    expect(answer.ok).toBe(true);
    expect(answer.value.url).toBe(page.url());
    const onPage = new Set(answer.value.entities.map((e) => e.id));
    expect(seedIds.filter((id) => !onPage.has(id))).toEqual([]);
  });

  it('opens each seed entity’s card with its first fact and that fact’s source chip', async () => {
    const failures: string[] = [];
    for (const id of seedIds) {
      const e = entities.get(id)!;
      const fact = e.facts[0]!;
      const source = sources.get(ownCitations(fact)[0]!.source)!;
      await closeCard();
      const { x, y } = await markCentreIn(id);
      await page.mouse.move(x - 30, y + 40);
      await page.mouse.move(x, y, { steps: 4 });
      try {
        const text = await waitForCard(page, e.name);
        if (!text.includes(fact.text)) failures.push(`${id}: first fact missing`);
        // The chip reads "publisher · date" (or just the publisher when undated).
        const chip = source.published
          ? `${source.publisher} · ${source.published}`
          : source.publisher;
        if (!text.includes(chip)) failures.push(`${id}: chip "${chip}" missing`);
      } catch (err) {
        failures.push(`${id}: ${(err as Error).message.slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);
    // Every seed entity's card in turn: minutes on a machine whose cores are busy elsewhere.
  }, 600_000);

  it('shows both contested birth years of Song-Chun Zhu, each with its source', async () => {
    await closeCard();
    const { x, y } = await markCentreIn('song-chun-zhu');
    await page.mouse.move(x - 30, y + 40);
    await page.mouse.move(x, y, { steps: 4 });
    const text = await waitForCard(page, 'Sources differ');
    const born = entities.get('song-chun-zhu')!.facts.find((f) => f.contested)!;
    for (const v of born.contested!) {
      expect(text).toContain(v.value);
      expect(text).toContain(sources.get(v.citations[0]!.source)!.publisher);
    }
  });
});
