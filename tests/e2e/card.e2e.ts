/**
 * Hover cards end to end in Chromium: hover intent and grace, pin and Esc, keyboard path,
 * positioning at the viewport edges, light and dark, hostile CSS, text-fragment links, copy
 * citation, fullscreen and frames, an axe-core accessibility check. Screenshots of each state
 * go to test-output/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  e2ePages,
  launch,
  markCenter,
  root,
  serve,
  tabIdOf,
  waitForMarks,
  type Browser,
  type Served,
} from './harness';
import { cardCss } from '../../components/card/card-css';
import {
  attr,
  boxOf,
  callOn,
  cardPanel,
  cardTree,
  clickIn,
  findAll,
  hasClass,
  settledPanelBox,
  textOf,
  waitForLabel,
  withCdp,
} from './card-helpers';

let browser: Browser;
let site: Served;
const shots = join(root, 'test-output');

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  site = await serve([join(e2ePages, 'card'), join(e2ePages, 'marking')]);
  browser = await launch();
  await browser.ctx.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: site.url(''),
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.goto(site.url(path));
  await waitForMarks(page, 2);
  return page;
}

const isOpen = (page: Page) => withCdp(page, async (cdp) => (await cardPanel(cdp)) !== null);

async function waitOpen(page: Page, want = true, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if ((await isOpen(page)) === want) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`card did not ${want ? 'open' : 'close'}`);
}

/** The client rectangle of the first mark whose text is `text`. */
async function markRect(page: Page, text: string) {
  const r = await page.evaluate((t) => {
    let out: { left: number; top: number; right: number; bottom: number } | null = null;
    CSS.highlights.forEach((h, name) => {
      if (out || !name.startsWith('inkling-')) return;
      for (const range of h as unknown as Set<Range>)
        if (range.toString() === t) {
          const b = range.getBoundingClientRect();
          out = { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
          break;
        }
    });
    return out as { left: number; top: number; right: number; bottom: number } | null;
  }, text);
  if (!r) throw new Error(`no mark with text "${text}"`);
  return r;
}

/** Counts card hosts added to the page from now on (the page's own world can see the host). */
async function countHostsAdded(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __hostsAdded: number };
    w.__hostsAdded = 0;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes)
          if (n instanceof Element && /^X-[A-Z]+$/.test(n.tagName)) w.__hostsAdded++;
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __hostsAdded: number }).__hostsAdded);
}

async function hover(page: Page, text: string): Promise<{ x: number; y: number }> {
  const p = await markCenter(page, text);
  await page.mouse.move(p.x, p.y + 60);
  await page.mouse.move(p.x, p.y, { steps: 3 });
  return p;
}

describe('hover cards', () => {
  it('opens on dwell, not on a sweep, and stays while the pointer travels into it', async () => {
    const page = await open('article.html');
    const p = await markCenter(page, 'Song-Chun Zhu');
    const hostsAdded = await countHostsAdded(page);
    // A fast sweep across the mark and away: no card.
    await page.mouse.move(p.x, p.y + 200);
    await page.mouse.move(p.x, p.y - 15, { steps: 2 });
    await page.mouse.move(p.x + 400, 880, { steps: 2 });
    // Positive control: a dwell on another mark, started after the sweep, goes through the same
    // hover intent and card loading. Once its card is up, a card the sweep had started would
    // have shown first: every label seen on the way must be the other mark's, and one host only.
    await hover(page, 'Kai-Fu Lee');
    expect(await waitForLabel(page, 'Inkling: Kai-Fu Lee')).toEqual(['Inkling: Kai-Fu Lee']);
    expect(await hostsAdded()).toBe(1);
    await page.keyboard.press('Escape');
    await page.mouse.move(1100, 850);
    await waitOpen(page, false);
    // Dwell: the card opens.
    await hover(page, 'Song-Chun Zhu');
    await waitOpen(page);
    await page.screenshot({ path: join(shots, 'card-open.png') });
    // Travel into the card: it stays open.
    const box = await withCdp(page, async (cdp) => boxOf(cdp, (await cardPanel(cdp))!));
    await page.mouse.move(box.x + 40, box.y + 30, { steps: 5 });
    await page.waitForTimeout(700);
    expect(await isOpen(page)).toBe(true);
    // Leave: it closes after the grace period.
    await page.mouse.move(1100, 850);
    await waitOpen(page, false);
    await page.close();
  });

  it('is a labelled dialog, pins on click, closes on Esc and with its close button', async () => {
    const page = await open('article.html');
    const p = await markCenter(page, 'Song-Chun Zhu');
    await page.mouse.click(p.x, p.y);
    await waitOpen(page);
    const panel = await withCdp(page, async (cdp) => (await cardPanel(cdp))!);
    expect(attr(panel, 'aria-label')).toBe('Inkling: Song-Chun Zhu');
    // Pinned: moving away does not close it.
    await page.mouse.move(1100, 850);
    await page.waitForTimeout(700);
    expect(await isOpen(page)).toBe(true);
    await page.keyboard.press('Escape');
    await waitOpen(page, false);
    await page.mouse.click(p.x, p.y);
    await waitOpen(page);
    await clickIn(page, (x) => attr(x, 'aria-label') === 'Close');
    await waitOpen(page, false);
    await page.close();
  });

  it('is reachable by keyboard: next-mark opens a focused card, Tab and Enter work, Esc returns focus', async () => {
    const page = await open('article.html');
    await page.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'before';
      b.textContent = 'before';
      document.body.prepend(b);
      b.focus();
    });
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
    await waitOpen(page);
    // Focus is inside the card: the first Tab reaches a control of the card, not the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('before');
    expect(await page.evaluate(() => document.activeElement?.tagName.startsWith('X-'))).toBe(true);
    // Tab to the first citation chip and open it with Enter.
    const focusedChip = async () =>
      withCdp(page, async (cdp) => {
        const tree = await cardTree(cdp);
        const buttons = findAll(tree, (x) => x.nodeName === 'BUTTON');
        for (const b of buttons)
          if (
            await callOn<boolean>(
              cdp,
              b,
              'function(){ return this.getRootNode().activeElement === this }',
            )
          )
            return hasClass('chip')(b);
        return false;
      });
    for (let i = 0; i < 8 && !(await focusedChip()); i++) await page.keyboard.press('Tab');
    expect(await focusedChip()).toBe(true);
    await page.keyboard.press('Enter');
    await withCdp(page, async (cdp) =>
      expect(findAll(await cardTree(cdp), hasClass('quote-box')).length).toBe(1),
    );
    await page.screenshot({ path: join(shots, 'card-keyboard-quote.png') });
    await page.keyboard.press('Escape');
    await waitOpen(page, false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
    await page.close();
  });

  it('stays inside the viewport and off the mark at the edges', async () => {
    const page = await open('article.html');
    const vw = 1200;
    const vh = 900;
    // Song-Chun Zhu near the top-left corner, Jie Tang at the bottom (flips above), Kai-Fu Lee
    // at the right edge (shifts left).
    for (const [text, side] of [
      ['Song-Chun Zhu', 'below'],
      ['Jie Tang', 'above'],
      ['Kai-Fu Lee', 'below'],
    ] as const) {
      const p = await hover(page, text);
      await waitForLabel(page, `Inkling: ${text}`);
      const box = await settledPanelBox(page);
      const mark = await markRect(page, text);
      // Placed next to its mark (6 px away, Floating UI's offset), on the side it has room,
      // overlapping the mark horizontally: a card left where its style puts it (0,0) fails.
      const gap = side === 'below' ? box.y - mark.bottom : mark.top - (box.y + box.height);
      expect(gap, `${text}: gap between card and mark`).toBeGreaterThanOrEqual(2);
      expect(gap, `${text}: gap between card and mark`).toBeLessThanOrEqual(12);
      expect(box.x, `${text}: card starts left of the mark's end`).toBeLessThan(mark.right);
      expect(box.x + box.width, `${text}: card ends right of the mark's start`).toBeGreaterThan(
        mark.left,
      );
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(vw);
      expect(box.y + box.height).toBeLessThanOrEqual(vh);
      expect(box.width).toBeGreaterThan(300);
      // The mark's centre is not covered by the card.
      const covers =
        p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height;
      expect(covers, text).toBe(false);
      await page.screenshot({ path: join(shots, `card-edge-${text.replace(/\W+/g, '-')}.png`) });
      await page.keyboard.press('Escape');
      await page.mouse.move(5, 5);
      await waitOpen(page, false);
    }
    await page.close();
  });

  it('follows a dark page and stays readable on a page with hostile CSS', async () => {
    const dark = await open('dark.html');
    await hover(dark, 'John Hopcroft');
    await waitOpen(dark);
    const panel = await withCdp(dark, async (cdp) => (await cardPanel(cdp))!);
    expect(attr(panel, 'class')).toContain('dark');
    await dark.screenshot({ path: join(shots, 'card-dark.png') });
    await dark.close();

    const hostile = await open('hostile.html');
    await hover(hostile, 'Yunji Chen');
    await waitOpen(hostile);
    const { box, font } = await withCdp(hostile, async (cdp) => {
      const n = (await cardPanel(cdp))!;
      const name = findAll(n, hasClass('name'))[0]!;
      return {
        box: await boxOf(cdp, n),
        font: await callOn<string>(
          cdp,
          name,
          'function(){ return getComputedStyle(this).fontSize + " " + getComputedStyle(this).display }',
        ),
      };
    });
    expect(box.width).toBeGreaterThan(300);
    expect(box.height).toBeGreaterThan(100);
    expect(font).toBe('16px block');
    await hostile.screenshot({ path: join(shots, 'card-hostile.png') });
    await hostile.close();
  });

  it('expands a citation to its quote, links to the source at the quote, and copies the citation', async () => {
    const page = await open('article.html');
    const p = await markCenter(page, 'Song-Chun Zhu');
    await page.mouse.click(p.x, p.y);
    await waitOpen(page);
    await clickIn(page, hasClass('chip'), hasClass('facts'));
    const link = await withCdp(page, async (cdp) => {
      const a = findAll(await cardTree(cdp), hasClass('src-link'))[0]!;
      return { href: attr(a, 'href')!, target: attr(a, 'target'), rel: attr(a, 'rel') };
    });
    expect(link.href).toMatch(/^https:\/\/[^#]+#:~:text=/);
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    await page.screenshot({ path: join(shots, 'card-quote.png') });
    await clickIn(page, (x) => x.nodeName === 'BUTTON' && textOf(x) === 'Copy citation');
    await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('@'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\(\[.+\]\(https:\/\/.+\), accessed \d{4}-\d{2}-\d{2}\)/); // Markdown
    expect(copied).toMatch(/@(misc|article)\{/); // BibTeX
    await page.close();
  });

  it('moves along relations and back', async () => {
    const page = await open('article.html');
    const p = await markCenter(page, 'Song-Chun Zhu');
    await page.mouse.click(p.x, p.y);
    await waitOpen(page);
    const onPage = await withCdp(page, async (cdp) => textOf((await cardPanel(cdp))!));
    expect(onPage).toMatch(/also on this page/);
    await clickIn(
      page,
      (x) =>
        hasClass('rel-target')(x) &&
        /Beijing Institute for General Artificial Intelligence/.test(textOf(x)),
    );
    // The card changes in place: every label seen is the old one or the new one.
    expect(
      await waitForLabel(page, 'Inkling: Beijing Institute for General Artificial Intelligence'),
    ).toEqual(
      expect.arrayContaining(['Inkling: Beijing Institute for General Artificial Intelligence']),
    );
    await clickIn(page, (x) => attr(x, 'aria-label') === 'Back');
    await waitForLabel(page, 'Inkling: Song-Chun Zhu');
    expect(await withCdp(page, async (cdp) => attr((await cardPanel(cdp))!, 'aria-label'))).toBe(
      'Inkling: Song-Chun Zhu',
    );
    await page.close();
  });

  it('shows cards inside a fullscreen element and inside frames', async () => {
    const page = await open('article.html');
    await page.click('#go-fs');
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.waitForTimeout(300);
    await hover(page, 'Tiejun Huang');
    const inFs = await page.waitForFunction(
      () => [...document.getElementById('fs')!.children].some((c) => /^X-[A-Z]+$/.test(c.tagName)),
      undefined,
      { timeout: 20_000 },
    );
    expect(await inFs.jsonValue()).toBe(true);
    await page.evaluate(() => document.exitFullscreen());
    await page.close();

    const framed = await browser.ctx.newPage();
    await framed.goto(site.url('frames.html'));
    const child = framed.frames().find((f) => f.url().endsWith('frame-child.html'))!;
    await child.waitForFunction(() => CSS.highlights.size > 0);
    const frameBox = (await (await framed.$('#same'))!.boundingBox())!;
    const inner = await child.evaluate(() => {
      let r: DOMRect | undefined;
      CSS.highlights.forEach((h) => {
        for (const x of h as unknown as Set<Range>)
          if (x.toString() === 'Michalis Vazirgiannis') r = x.getClientRects()[0];
      });
      return { x: r!.left + r!.width / 2, y: r!.top + r!.height / 2 };
    });
    await framed.mouse.move(frameBox.x + inner.x, frameBox.y + inner.y + 30);
    await framed.mouse.move(frameBox.x + inner.x, frameBox.y + inner.y, { steps: 3 });
    await child.waitForFunction(() =>
      [...document.documentElement.children].some((c) => /^X-[A-Z]+$/.test(c.tagName)),
    );
    await framed.close();
  });

  it('passes an axe-core accessibility check', async () => {
    const page = await open('article.html');
    const p = await markCenter(page, 'Song-Chun Zhu');
    await page.mouse.click(p.x, p.y);
    await waitOpen(page);
    await clickIn(page, hasClass('chip'), hasClass('facts'));
    // axe cannot enter a closed shadow root, so the card's rendered markup is checked with its
    // own style sheet on a page of its own.
    const html = await withCdp(page, async (cdp) => {
      const panel = (await cardPanel(cdp))!;
      const { outerHTML } = (await cdp.send('DOM.getOuterHTML', {
        backendNodeId: panel.backendNodeId,
      })) as { outerHTML: string };
      return outerHTML;
    });
    await page.close();
    const check = await browser.ctx.newPage();
    await check.setContent(
      `<!doctype html><html lang="en"><head><title>card</title></head><body><main>${html}</main></body></html>`,
    );
    await check.addStyleTag({ content: cardCss.replace(/:host[^}]*}/, '') });
    await check.addScriptTag({ path: join(root, 'node_modules/axe-core/axe.min.js') });
    const violations = await check.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (c: Element, o: object) => Promise<{ violations: { id: string; help: string }[] }>;
          };
        }
      ).axe;
      const r = await axe.run(document.querySelector('.card')!, { resultTypes: ['violations'] });
      return r.violations.map(
        (v) =>
          `${v.id}: ${v.help} ${JSON.stringify((v as unknown as { nodes: { target: string[] }[] }).nodes.map((n) => n.target))}`,
      );
    });
    expect(violations).toEqual([]);
    await check.close();
  });
});
