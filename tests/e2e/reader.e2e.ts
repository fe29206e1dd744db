/**
 * What a reader sees first (issue 18) and the card in Chinese (issue 14), in Chromium with the
 * built extension: a plain hover with nothing to check shows no claim box; a differing claim
 * leads as one line whose details open on click; a present role shows "as of"; the Chinese
 * interface shows the Chinese card, and Chinese names in the popup's list, search and relations;
 * on a Chinese page the English interface shows the summary in both; "on this page" covers a
 * same-origin frame. Every wait is for a state, never a fixed time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  e2ePages,
  hoverMark,
  launch,
  serve,
  tabIdOf,
  waitForMarks,
  type Browser,
  type Served,
} from './harness';
import {
  attr,
  cardTree,
  clickIn,
  findAll,
  hasClass,
  textOf,
  withCdp,
  type CardNode,
} from './card-helpers';
import { openPopup, setSettings, shots } from './popup-helpers';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  site = await serve([
    join(e2ePages, 'reader'),
    join(e2ePages, 'claims'),
    join(e2ePages, 'marking'),
  ]);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Polls `read` until `done` holds (a state, not a time), or fails with the last value. */
async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, what: string): Promise<T> {
  const end = Date.now() + 10_000;
  let v = await read();
  while (!done(v)) {
    if (Date.now() > end) throw new Error(`${what}; last: ${JSON.stringify(v).slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

interface CardView {
  text: string;
  /** The claim check has answered (a line, details, or the empty "checked" marker). */
  checked: boolean;
  claims: boolean;
  /** Classes of the body's children, in order. */
  order: string[];
  name: string;
  native: string;
}

const readCard = (page: Page): Promise<CardView | null> =>
  withCdp(page, async (cdp) => {
    const tree = await cardTree(cdp);
    const body = findAll(tree, hasClass('body'))[0];
    if (!tree || !body) return null;
    const one = (c: string) => findAll(tree, hasClass(c))[0];
    const text = (n?: CardNode) => (n ? textOf(n) : '');
    return {
      text: textOf(body),
      checked: !!one('claims-checked') || !!one('claims'),
      claims: !!one('claims'),
      order: (body.children ?? [])
        .filter((c) => c.nodeType === 1)
        .map((c) => attr(c, 'class') ?? '')
        .filter((c) => c !== 'claims-checked'),
      name: text(findAll(tree, hasClass('primary'))[0]),
      native: text(one('native')),
    };
  });

async function hoverCard(path: string, mark: string): Promise<{ page: Page; card: CardView }> {
  const page = await browser.ctx.newPage();
  await page.goto(site.url(path));
  await waitForMarks(page, 1);
  await hoverMark(page, mark);
  const card = await until(
    () => readCard(page),
    (c) => !!c && c.checked,
    `the card for ${mark} did not open and finish its check`,
  );
  return { page, card: card! };
}

async function setLanguage(language: 'en' | 'zh'): Promise<void> {
  const p = await openPopup(browser);
  await setSettings(p, { language });
  await p.close();
}

describe('what a hover shows first', () => {
  it('shows no claim box on a plain hover over a sentence with nothing to check', async () => {
    const { page, card } = await hoverCard('en.html', 'Liang Rubo');
    expect(card.claims).toBe(false);
    expect(card.order[0]).toBe('summary');
    expect(card.text).toContain('Key facts');
    await page.close();
  });

  it('shows a differing claim as its first line, with details on click', async () => {
    const { page } = await hoverCard('differs-meta.html', 'Song-Chun Zhu');
    const card = await until(
      () => readCard(page),
      (c) => !!c?.claims,
      'no claim line',
    );
    expect(card!.order[0]).toMatch(/\bclaims-differs\b/);
    // (The DevTools protocol leaves out white-space-only text nodes, hence \s*.)
    expect(card!.text).toMatch(/^Differs\s*“?2019”? — sources: 2020/);
    expect(card!.text).not.toContain('At the time of this article');
    await page.screenshot({ path: join(shots, 'card-claim-line.png') });
    await clickIn(page, hasClass('claim-line'));
    const open = await until(
      () => readCard(page),
      (c) => !!c?.text.includes('At the time of this article'),
      'the details did not open',
    );
    expect(open!.text).toMatch(/the page says 2019; Inkling’s sources say 2020/);
    await page.close();
  });

  it('dates a present role: "since 2021 · as of 2024"', async () => {
    const { page, card } = await hoverCard('en.html', 'Liang Rubo');
    expect(card.text).toContain('since 2021 · as of 2024');
    await page.close();
  });
});

describe('the reader’s language', () => {
  it('the Chinese interface shows the Chinese card, and Chinese names in relations, the popup list and search', async () => {
    await setLanguage('zh');
    try {
      const { page, card } = await hoverCard('zh.html', '梁汝波');
      expect(card.name).toBe('梁汝波');
      expect(card.native).toBe('Liang Rubo');
      expect(card.text).toContain('字节跳动联合创始人'); // summaryZh
      expect(card.text).toContain('2012年与张一鸣共同创办字节跳动'); // textZh
      expect(card.text).toContain('2021年起 · 截至2024');
      expect(card.text).not.toContain('Co-founded ByteDance');
      // Relations: the Chinese name first.
      const relations = await withCdp(page, async (cdp) =>
        findAll(await cardTree(cdp), hasClass('rel-target')).map(textOf),
      );
      expect(relations).toContain('字节跳动');
      await page.screenshot({ path: join(shots, 'card-zh-interface.png') });

      const popup = await openPopup(browser, { tab: await tabIdOf(browser, page) });
      await popup.waitForSelector('.page-entity');
      const rows = await popup.locator('.page-entity').allTextContents();
      expect(rows.some((r) => r.startsWith('梁汝波') && r.includes('Liang Rubo'))).toBe(true);
      await popup.locator('input[type=search]').fill('Peking University');
      await popup.waitForSelector('.result');
      expect(await popup.locator('.result .r-name').first().textContent()).toBe('北京大学');
      // Search finds entities by the words of their Chinese summary.
      await popup.locator('input[type=search]').fill('接替大学室友');
      await popup.waitForFunction(() =>
        document.querySelector('.result .r-name')?.textContent?.includes('梁汝波'),
      );
      await popup.close();
      await page.close();
    } finally {
      await setLanguage('en');
    }
  });

  it('on a Chinese page the English interface shows the summary in both languages', async () => {
    const { page, card } = await hoverCard('zh.html', '梁汝波');
    expect(card.name).toBe('Liang Rubo');
    expect(card.text).toContain('Co-founder of ByteDance');
    expect(card.text).toContain('字节跳动联合创始人');
    expect(card.text).toContain('Co-founded ByteDance with Zhang Yiming in 2012.');
    await page.close();
  });
});

describe('on this page, over frames', () => {
  it('lists what a same-origin frame marked, and goes to it', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(site.url('frames.html'));
    await waitForMarks(page, 2);
    const child = await until(
      async () => page.frames().find((f) => f.url().endsWith('frame-child.html')),
      (f) => !!f,
      'no child frame',
    );
    await child!.waitForFunction(() => CSS.highlights.size > 0);
    const popup = await openPopup(browser, { tab: await tabIdOf(browser, page) });
    // The frame's answer may follow the top frame's: wait for the merged list.
    await popup.waitForFunction(() =>
      [...document.querySelectorAll('.page-entity')].some((r) =>
        r.textContent?.includes('Michalis Vazirgiannis'),
      ),
    );
    const rows = await popup.locator('.page-entity').allTextContents();
    expect(rows.some((r) => r.includes('Tiejun Huang'))).toBe(true);
    await popup
      .locator('.page-entity', { hasText: 'Michalis Vazirgiannis' })
      .locator('.link-btn')
      .click();
    await child!.waitForFunction(() => {
      const h = CSS.highlights.get('inkling-flash') as unknown as Set<Range> | undefined;
      return !!h && h.size > 0;
    });
    await popup.close();
    await page.close();
  });
});
