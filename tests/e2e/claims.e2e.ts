/**
 * Claim checks end to end in Chromium with the built extension: a sentence that contradicts a
 * sourced fact shows "differs" with the dataset's value and source; one that agrees shows
 * "matches"; the article's date is read from a meta tag, JSON-LD and a <time> element; an
 * evidence note is copied and lands in the research log on the options page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  tabIdOf,
  e2ePages,
  hoverMark,
  launch,
  markCenter,
  outDir,
  serve,
  waitForCard,
  waitForMarks,
  type Browser,
  type Served,
} from './harness';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  site = await serve([join(e2ePages, 'claims')]);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function openCard(
  path: string,
  mark: string,
  waitFor: string,
): Promise<{ page: Page; text: string }> {
  const page = await browser.ctx.newPage();
  await page.goto(site.url(path));
  await waitForMarks(page, 1);
  // Pinned (a click): the claim check shows its details, not only its one line.
  const { x, y } = await markCenter(page, mark);
  await hoverMark(page, mark);
  await page.mouse.click(x, y);
  const text = await waitForCard(page, waitFor, 10_000);
  return { page, text };
}

/** Clicks a button inside the card's closed shadow root, found through the DevTools protocol. */
async function clickCardButton(page: Page, label: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: Node;
    };
    let found: Node | undefined;
    const walk = (n: Node) => {
      if (found) return;
      if (n.nodeName === 'BUTTON' && (n.children ?? []).some((c) => c.nodeValue === label))
        found = n;
      for (const c of n.children ?? []) walk(c);
      for (const s of n.shadowRoots ?? []) walk(s);
    };
    walk(root);
    if (!found) throw new Error(`no button "${label}" in the card`);
    // A click dispatched on the element itself: the card may move while the pointer travels.
    const { object } = (await cdp.send('DOM.resolveNode', {
      backendNodeId: found.backendNodeId,
    })) as {
      object: { objectId: string };
    };
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { this.click(); }',
    });
  } finally {
    await cdp.detach();
  }
}
interface Node {
  nodeName: string;
  nodeValue?: string;
  backendNodeId: number;
  children?: Node[];
  shadowRoots?: Node[];
}

describe('claim check in the card', () => {
  it('shows "differs" with the dataset value and its source, and the date from a meta tag', async () => {
    const { page, text } = await openCard('differs-meta.html', 'Song-Chun Zhu', 'Differs');
    expect(text).toMatch(/Differs 2019 — the page says 2019; Inkling’s sources say 2020/);
    expect(text).toMatch(/to China in 2020/);
    expect(text).toMatch(/(Guardian|NDTV)[^·]*·/);
    expect(text).toContain('At the time of this article (2019-06-01)');
    expect(text).toMatch(/Changed later/);
    mkdirSync(join(outDir, 'screenshots'), { recursive: true });
    await page.screenshot({ path: join(outDir, 'screenshots', 'claims-differs.png') });
    await page.close();
  });

  it('shows "matches" with the supporting fact, and the date from JSON-LD', async () => {
    const { page, text } = await openCard('matches-jsonld.html', 'Song-Chun Zhu', 'Matches');
    expect(text).toMatch(/Matches “?2020”?/);
    expect(text).not.toContain('Differs');
    expect(text).toContain('At the time of this article (2021-03-02)');
    await page.close();
  });

  it('reads the date from a <time> element', async () => {
    const { page, text } = await openCard(
      'time-element.html',
      'BAAI',
      'At the time of this article',
    );
    expect(text).toContain('At the time of this article (2018-12-10)');
    expect(text).toMatch(/Matches “?2018”?/);
    await page.close();
  });

  it('copies an evidence note and keeps it in the research log', async () => {
    await browser.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(site.url('/')).origin,
    });
    const page = await browser.ctx.newPage();
    await page.goto(site.url('differs-meta.html'));
    await waitForMarks(page, 1);
    const { x, y } = await markCenter(page, 'Song-Chun Zhu');
    await page.mouse.move(x - 30, y + 40);
    await page.mouse.move(x, y, { steps: 4 });
    await page.mouse.click(x, y); // pin the card so the pointer can travel into it
    await waitForCard(page, 'Copy evidence', 10_000);
    await clickCardButton(page, 'Copy evidence');
    const text = await waitForCard(page, 'research log', 10_000);
    expect(text).toContain('Copied');
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toContain('> Song-Chun Zhu returned to China in 2019 to lead BIGAI.');
    expect(clip).toContain('differs from the dataset (dataset: 2020)');
    // The same by keyboard: the next-mark command opens a focused card, E captures.
    await page.keyboard.press('Escape');
    await page.evaluate(() => navigator.clipboard.writeText(''));
    const tab = await tabIdOf(browser, page);
    await browser.sw.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            chrome: { tabs: { sendMessage: (t: number, m: object) => Promise<unknown> } };
          }
        ).chrome.tabs.sendMessage(id, { type: 'page:next', payload: {} }),
      tab,
    );
    await waitForCard(page, 'Copy evidence', 10_000);
    await page.keyboard.press('e');
    await page.waitForFunction(async () =>
      (await navigator.clipboard.readText()).includes('returned to China in 2019'),
    );
    const options = await browser.ctx.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForFunction(() =>
      [...document.querySelectorAll('.log-note')].some((n) =>
        n.textContent?.includes('Song-Chun Zhu returned to China in 2019'),
      ),
    );
    const note = await options.locator('.log-note').first().textContent();
    expect(note).toContain('Returnee scientist to lead Beijing institute');
    expect(note).toMatch(/“2019”: Differs \(2020\)/);
    await options.locator('.log-search').fill('no such words anywhere');
    await options.waitForFunction(() => document.querySelectorAll('.log-note').length === 0);
    await page.close();
    await options.close();
  });
});

describe('issue 16: event claims in English and Chinese', () => {
  const cases: [string, string, string, RegExp][] = [
    // [page, mark, verdict shown, what the card must say]
    [
      'issue16-zhu-2017.html',
      'Song-Chun Zhu',
      'Differs',
      /the page says 2017; Inkling’s sources say 2020/,
    ],
    ['issue16-zhu-2020.html', 'Song-Chun Zhu', 'Matches', /Matches “?2020”?/],
    [
      'issue16-deepseek-2019.html',
      'DeepSeek',
      'Differs',
      /the page says 2019; Inkling’s sources say 2023/,
    ],
    [
      'issue16-cambricon-2010.html',
      'Cambricon',
      'Differs',
      /the page says 2010; Inkling’s sources say March 2016/,
    ],
    [
      'issue16-zh-zhu-2017.html',
      '朱松纯',
      'Differs',
      /the page says 2017; Inkling’s sources say 2020/,
    ],
    ['issue16-zh-zhu-2020.html', '朱松纯', 'Matches', /Matches “?2020”?/],
    [
      'issue16-zh-deepseek-2019.html',
      '深度求索',
      'Differs',
      /the page says 2019; Inkling’s sources say 2023/,
    ],
    [
      'issue16-zh-cambricon-2010.html',
      '寒武纪',
      'Differs',
      /the page says 2010; Inkling’s sources say March 2016/,
    ],
  ];
  for (const [path, mark, verdict, says] of cases)
    it(`${path}: ${verdict}`, async () => {
      const { page, text } = await openCard(path, mark, verdict);
      expect(text).toMatch(says);
      if (verdict === 'Matches') expect(text).not.toContain('Differs');
      await page.close();
    });

  it('issue 18: a version inside a product name ("Kimi2.5") is no claim', async () => {
    // The article's date is shown once the worker's report is in: then the claim list is final.
    const { page, text } = await openCard(
      'issue18-zh-kimi25.html',
      '月之暗面',
      'At the time of this article',
    );
    expect(text).not.toContain('This sentence, checked');
    expect(text).not.toMatch(/Not in the dataset “?2/);
    await page.close();
  });
});
