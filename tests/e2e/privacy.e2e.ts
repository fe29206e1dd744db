/**
 * P1, P2 and P3 in Chromium: a whole journey — browse two sites, hover, search in the popup,
 * change settings and import a pack on the options page, stop the service worker and use
 * everything again — with a logging proxy as the browser's only way out. Every request the
 * proxy sees must be one this test caused (the fixture pages), and none may come from an
 * extension context. Afterwards nothing about the browsing is in Inkling's storage, and the
 * marks a page can read carry no entity identifiers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { e2ePages, hoverMark, launch, waitForCard, waitForMarks, type Browser } from './harness';
import {
  dumpExtensionStorage,
  recordInitiators,
  reliabilityPack,
  requestsFromExtension,
  startControlRun,
  startLoggingProxy,
  stopServiceWorkers,
  unexpectedRequests,
  type ControlRun,
  type LoggingProxy,
} from './reliability-helpers';

const pages = join(e2ePages, 'hostile');
let proxy: LoggingProxy;
let browser: Browser;
/** Every URL this test itself asked the browser to load over the network. */
const expected = new Set<string>();

let control: ControlRun | undefined;
let initiators: ReturnType<typeof recordInitiators>;

beforeAll(async () => {
  // The control browser (no extension) runs alongside the journey, from before its launch to
  // the end of the journey: what it contacts at the same time is the browser's own traffic.
  control = await startControlRun();
  proxy = await startLoggingProxy({ 'news.example.com': pages, 'blog.example.org': pages });
  browser = await launch({ args: proxy.chromiumArgs });
  initiators = recordInitiators(browser.ctx);
});
afterAll(async () => {
  initiators?.stop();
  await control?.stop();
  await browser?.close();
  await proxy?.close();
});

async function visit(url: string): Promise<Page> {
  expected.add(url);
  const page = await browser.ctx.newPage();
  await page.goto(url);
  return page;
}

async function extensionPage(path: string): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** Searches in the popup and waits for a result containing `expectText` (null: any answer). */
async function search(query: string, expectText: string | null): Promise<void> {
  const popup = await extensionPage('popup.html');
  await popup.locator('input[type=search]').fill(query);
  await popup.waitForFunction(
    (t) =>
      t === null
        ? document.querySelector('.results li') !== null
        : [...document.querySelectorAll('.result')].some((r) => r.textContent?.includes(t)),
    expectText,
  );
  await popup.close();
}

const markTexts = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    CSS.highlights.forEach((h) => {
      for (const r of h as unknown as Set<Range>) out.push(r.toString());
    });
    return out;
  });

describe('privacy', () => {
  it(
    'makes no network request over a whole journey, across a worker restart (P1)',
    { timeout: 120_000 },
    async () => {
      // Browse and hover.
      const news = await visit('http://news.example.com/news.html');
      await waitForMarks(news, 3);
      await hoverMark(news, 'Song-Chun Zhu');
      await waitForCard(news, 'Song-Chun Zhu');

      // Search in the popup, including a query that is stored nowhere (checked below).
      await search('BAAI', 'Beijing Academy of Artificial Intelligence');
      await search('qwertyprivacyprobe', null);

      // Change settings and import a pack on the options page, through its file picker.
      const options = await extensionPage('options.html');
      await options.locator('input[name=markStyle]').nth(1).check();
      await options.locator('input[type=checkbox]').first().uncheck();
      await options.locator('input[type=checkbox]').first().check();
      const file = join(mkdtempSync(join(tmpdir(), 'inkling-pack-')), 'quasar.json');
      writeFileSync(file, JSON.stringify(reliabilityPack()));
      await options.locator('input[type=file]').first().setInputFiles(file);
      await options.waitForFunction(() =>
        document.querySelector('[role=status]')?.textContent?.includes('Reliability test pack'),
      );
      // Open tabs pick up the new data.
      await news.waitForFunction(() => {
        let found = false;
        CSS.highlights.forEach((h) => {
          for (const r of h as unknown as Set<Range>)
            if (r.toString() === 'Quasar Robotics Lab') found = true;
        });
        return found;
      });

      // Stop the service worker through the DevTools protocol, then use everything again.
      await stopServiceWorkers(browser.ctx, options);
      await options.close();

      await search('Quasar', 'Quasar Robotics Lab');
      const blog = await visit('http://blog.example.org/blog.html');
      await waitForMarks(blog, 3);
      expect(await markTexts(blog)).toEqual(expect.arrayContaining(['Quasar Robotics Lab']));
      await hoverMark(blog, 'Kai-Fu Lee');
      await waitForCard(blog, 'Kai-Fu Lee');
      await blog.mouse.move(5, 5);
      await blog.keyboard.press('Escape');
      await hoverMark(blog, 'Quasar Robotics Lab');
      await waitForCard(blog, 'Fact 1 about the lab.');
      await news.reload();
      await waitForMarks(news, 3);

      const ownHosts = await control!.stop();
      control = undefined;
      // The proxy saw only the pages this test opened, and nothing from an extension context.
      expect(proxy.log.length).toBeGreaterThanOrEqual(expected.size);
      expect(unexpectedRequests(proxy.log, expected, ownHosts)).toEqual([]);
      // Attributed by initiator (CDP), https included: nothing sent by an extension page to
      // anywhere but the extension, nothing started by extension code on a page. The recorder
      // is shown to work by the journey's own page loads.
      expect(initiators.log.map((r) => r.url)).toEqual(
        expect.arrayContaining(['http://news.example.com/news.html']),
      );
      expect(requestsFromExtension(initiators.log, browser.extensionId, expected)).toEqual([]);
      // The browser's own hosts are Google services, never a page host this test serves.
      expect(
        [...ownHosts].filter((h) => !/(^|\.)(google|googleapis|gstatic)\.com$/.test(h)),
      ).toEqual([]);
      await news.close();
      await blog.close();
    },
  );

  it('keeps nothing about the browsing: no visited host, no search query (P2)', async () => {
    const options = await extensionPage('options.html');
    const kept = await options.evaluate(dumpExtensionStorage);
    await options.close();
    // The journey did write something (settings and the pack), so the dump is real.
    expect(kept).toContain('Reliability test pack');
    expect(kept).toContain('"markStyle":"background"');
    for (const trace of ['news.example.com', 'blog.example.org', 'qwertyprivacyprobe', 'news.html'])
      expect(kept).not.toContain(trace);
  });

  it('gives the page nothing to read but ranges: no entity ids in highlight names or DOM (P3)', async () => {
    const page = await visit('http://news.example.com/news.html');
    await waitForMarks(page, 3);
    const seen = await page.evaluate(() => {
      const names: string[] = [];
      CSS.highlights.forEach((_h, name) => names.push(name));
      const attrs = [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].map((a) => `${a.name}=${a.value}`),
      );
      const globals = Object.keys(window).filter((k) => /inkling/i.test(k));
      return { names, attrs, globals, html: document.documentElement.outerHTML };
    });
    // Highlight names say the category and the look only (what the style needs), never an
    // entity id. This journey set the background look, so the names carry '-bg'.
    expect(seen.names.length).toBeGreaterThan(0);
    for (const n of seen.names)
      expect(n).toMatch(
        /^inkling-(person|organisation|place|programme|project|event|flash)(-bg)?$/,
      );
    expect(seen.attrs.join(' ')).not.toMatch(/song-chun|baai|inkling/i);
    expect(seen.globals).toEqual([]);
    expect(seen.html).not.toMatch(/data-inkling|inkling-/);
    await page.close();
  });
});
