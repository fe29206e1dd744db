/**
 * The thin slice, end to end in Chromium with the built extension: marks on a demo page with
 * the CSS Custom Highlight API and no DOM change, a card on hover with a fact and its source,
 * and popup search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launch,
  serve,
  waitForMarks,
  hoverMark,
  waitForCard,
  demoPages,
  type Browser,
  type Served,
} from './harness';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  site = await serve([demoPages]);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.goto(site.url(path));
  return page;
}

describe('thin slice', () => {
  it('marks seed entities with CSS highlights and leaves the DOM untouched', async () => {
    const page = await browser.ctx.newPage();
    const original = await (await fetch(site.url('zhu-bigai.html'))).text();
    await page.goto(site.url('zhu-bigai.html'));
    const marks = await waitForMarks(page, 5);
    const texts = marks.map((m) => m.text);
    expect(texts).toContain('Song-Chun Zhu');
    expect(texts).toContain('BIGAI');
    expect(texts).toContain('BAAI');
    expect(texts.some((t) => t.startsWith('Tsinghua'))).toBe(true);
    expect(marks.find((m) => m.text === 'Song-Chun Zhu')!.category).toBe('person');
    // No wrapper elements, attributes or text changes: the body is as the server sent it.
    const body = await page.evaluate(() => document.body.innerHTML);
    const sentBody = /<body>([\s\S]*)<\/body>/.exec(original)![1]!;
    expect(body.trim()).toBe(sentBody.trim());
    await page.close();
  });

  it('opens a card on hover with the name, a fact and its source', async () => {
    const page = await open('zhu-bigai.html');
    await waitForMarks(page, 5);
    await hoverMark(page, 'Song-Chun Zhu');
    const text = await waitForCard(page, 'Song-Chun Zhu');
    expect(text).toMatch(/Key facts/);
    // Each fact carries a citation chip: publisher · date.
    expect(text).toMatch(/(Guardian|NDTV|Nature|Wikipedia|UCLA|docs\.tuannvm\.com)[^·]*·/);
    await page.close();
  });

  it('searches the dataset from the popup', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.waitForFunction(() => document.activeElement?.matches('input[type=search]'));
    const box = page.locator('input[type=search]');
    await box.fill('song-chun');
    await page.waitForFunction(() =>
      document.querySelector('.result')?.textContent?.includes('Song-Chun Zhu'),
    );
    await box.fill('BAAI');
    await page.waitForFunction(() =>
      document
        .querySelector('.result')
        ?.textContent?.includes('Beijing Academy of Artificial Intelligence'),
    );
    await page.close();
  });
});
