/**
 * The core end-to-end cases in Firefox ESR (Debian's firefox-esr), driven by puppeteer-core
 * over WebDriver BiDi with the Firefox build installed as a temporary add-on: marks, the card,
 * popup search, and the privacy journey through the logging proxy (P1 in Firefox).
 *
 *   INKLING_OUT=.output npx wxt build -b firefox --mv3 && npm run test:firefox
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  reliabilityPack,
  startLoggingProxy,
  unexpectedRequests,
  type LoggingProxy,
} from '../e2e/reliability-helpers';

const root = resolve(import.meta.dirname, '../..');
const addon = join(root, process.env.INKLING_OUT ?? '.output', 'firefox-mv3');
const firefox = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const pages = join(root, 'tests/e2e/pages/hostile');
const ADDON_ID = 'inkling@inkling.invalid';
// A fixed internal UUID, so the popup's moz-extension:// address is known in advance.
const UUID = '6f1e5d2c-8a4b-4c3d-9e2f-1a2b3c4d5e6f';

/** Prefs that route every request through the proxy and quiet Firefox's own traffic. */
function prefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.share_proxy_settings': true,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'dom.security.https_first': false,
    'dom.security.https_only_mode': false,
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
  };
}

async function launchFirefox(port: number, withAddon: boolean): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox,
    headless: true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages (the popup, the options
    // page) unless system access is allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs(port),
  });
  if (withAddon) await browser.installExtension(addon);
  return browser;
}

const markTexts = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    CSS.highlights.forEach((h, name) => {
      if (name === 'inkling-flash') return;
      for (const r of h as unknown as Set<Range>) out.push(r.toString());
    });
    return out;
  });

async function waitForMarks(page: Page, n: number): Promise<string[]> {
  await page.waitForFunction(
    (min: number) => {
      let c = 0;
      CSS.highlights.forEach((h) => (c += (h as unknown as Set<Range>).size));
      return c >= min;
    },
    { timeout: 20_000 },
    n,
  );
  return markTexts(page);
}

async function hover(page: Page, text: string): Promise<void> {
  const p = await page.evaluate((t: string) => {
    let out: { x: number; y: number } | null = null;
    CSS.highlights.forEach((h) => {
      for (const r of h as unknown as Set<Range>)
        if (!out && r.toString() === t) {
          const b = r.getClientRects()[0]!;
          out = { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
    });
    return out;
  }, text);
  if (!p) throw new Error(`no mark "${text}"`);
  const { x, y } = p as { x: number; y: number };
  await page.mouse.move(x - 30, y + 40);
  await page.mouse.move(x, y, { steps: 4 });
}

/** The card host: a randomly named element on <html> whose shadow root the page cannot open. */
const cardHost = (page: Page) =>
  page.evaluate(() => {
    const host = [...document.documentElement.children].find((c) => /^X-[A-Z]+$/.test(c.tagName));
    return host ? { closed: host.shadowRoot === null, attrs: host.getAttributeNames() } : null;
  });

let proxy: LoggingProxy;
let browser: Browser;
let ownHosts: Set<string>;
const expected = new Set<string>();

beforeAll(async () => {
  if (!existsSync(join(addon, 'manifest.json')))
    throw new Error(
      `Build the Firefox add-on first: wxt build -b firefox --mv3 (looked in ${addon})`,
    );
  if (!existsSync(firefox))
    throw new Error(`Firefox not found at ${firefox}: apt-get install -y firefox-esr`);
  // Control: the hosts Firefox contacts by itself with these prefs and no add-on.
  const control = await startLoggingProxy({});
  const plain = await launchFirefox(control.port, false);
  await new Promise((r) => setTimeout(r, 8000));
  await plain.close();
  ownHosts = new Set(control.log.map((e) => new URL(e.url).hostname));
  await control.close();

  proxy = await startLoggingProxy({ 'news.example.com': pages, 'blog.example.org': pages });
  browser = await launchFirefox(proxy.port, true);
});
afterAll(async () => {
  await browser?.close();
  await proxy?.close();
});

async function visit(url: string): Promise<Page> {
  expected.add(url);
  const page = await browser.newPage();
  await page.goto(url);
  return page;
}

async function extensionPage(path: string): Promise<Page> {
  const page = await browser.newPage();
  // BiDi does not always report the load of an extension page: wait for its content instead.
  await page
    .goto(`moz-extension://${UUID}/${path}`, { waitUntil: 'domcontentloaded', timeout: 5000 })
    .catch(() => undefined);
  await page.waitForFunction(() => document.querySelector('input') !== null, { timeout: 10_000 });
  return page;
}

async function search(query: string, want: string): Promise<void> {
  const popup = await extensionPage('popup.html');
  await popup.waitForSelector('input[type=search]');
  await popup.type('input[type=search]', query);
  await popup.waitForFunction(
    (t: string) =>
      [...document.querySelectorAll('.result')].some((r) => r.textContent?.includes(t)),
    { timeout: 10_000 },
    want,
  );
  await popup.close();
}

describe('Firefox ESR', () => {
  it('marks names with CSS highlights and leaves the page text alone', async () => {
    const page = await visit('http://news.example.com/news.html');
    const before = await page.evaluate(() => document.body.innerHTML);
    const marks = await waitForMarks(page, 3);
    expect(marks).toEqual(
      expect.arrayContaining(['Song-Chun Zhu', 'BIGAI', 'Tiejun Huang', 'BAAI']),
    );
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await page.close();
  });

  it('marks subframes through the frame gate: cross-origin, sandboxed and late frames', async () => {
    const cross = encodeURIComponent('http://blog.example.org/frame-child.html');
    const page = await visit(`http://news.example.com/frames.html?cross=${cross}`);
    // The page loads its frames itself: requests of the page, not of Inkling (P1 below).
    for (const url of [
      'http://blog.example.org/frame-child.html',
      'http://news.example.com/frame-child.html',
      'http://news.example.com/frame-child.html?late',
    ])
      expected.add(url);
    expect(await waitForMarks(page, 2)).toEqual(expect.arrayContaining(['Tiejun Huang', 'BAAI']));
    await page.evaluate(() => (window as unknown as { addFrame: () => void }).addFrame());
    const childFrames = async () => {
      const out: string[] = [];
      for (const f of page.frames()) if (f !== page.mainFrame()) out.push(f.url());
      return out;
    };
    await expect.poll(childFrames).toHaveLength(3);
    // Each child frame (cross-origin, sandboxed, added late) gets the page script and its marks.
    for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
      await frame.waitForFunction(
        () => {
          const t: string[] = [];
          CSS.highlights.forEach((h) => {
            for (const r of h as unknown as Set<Range>) t.push(r.toString());
          });
          return t.includes('Kai-Fu Lee');
        },
        { timeout: 20_000 },
      );
    }
    await page.close();
  });

  it('opens a card on hover, in a closed shadow root', async () => {
    const page = await visit('http://blog.example.org/blog.html');
    await waitForMarks(page, 3);
    await hover(page, 'Kai-Fu Lee');
    await page.waitForFunction(
      () => [...document.documentElement.children].some((c) => /^X-[A-Z]+$/.test(c.tagName)),
      { timeout: 10_000 },
    );
    const host = await cardHost(page);
    expect(host).toEqual({ closed: true, attrs: [] });
    await page.close();
  });

  it('searches the dataset from the popup', async () => {
    await search('song-chun', 'Song-Chun Zhu');
    await search('BAAI', 'Beijing Academy of Artificial Intelligence');
  });

  it('makes no network request over the journey: browse, hover, search, settings, import (P1)', async () => {
    const news = await visit('http://news.example.com/news.html');
    await waitForMarks(news, 3);
    await hover(news, 'Song-Chun Zhu');
    await search('Tsinghua', 'Tsinghua University');

    const options = await extensionPage('options.html');
    await options.waitForSelector('input[name=markStyle]');
    const radios = await options.$$('input[name=markStyle]');
    await radios[1]!.click();
    const file = join(mkdtempSync(join(tmpdir(), 'inkling-ff-')), 'pack.json');
    writeFileSync(file, JSON.stringify(reliabilityPack('ff-pack')));
    const input = (await options.$('input[type=file]'))!;
    await input.uploadFile(file);
    await options.waitForFunction(
      () => document.querySelector('[role=status]')?.textContent?.includes('Reliability test pack'),
      { timeout: 10_000 },
    );
    await options.close();

    const blog = await visit('http://blog.example.org/blog.html');
    await blog.waitForFunction(
      () => {
        let found = false;
        CSS.highlights.forEach((h) => {
          for (const r of h as unknown as Set<Range>)
            if (r.toString() === 'Quasar Robotics Lab') found = true;
        });
        return found;
      },
      { timeout: 15_000 },
    );
    await search('Quasar', 'Quasar Robotics Lab');
    await news.close();
    await blog.close();

    expect(proxy.log.length).toBeGreaterThanOrEqual(expected.size);
    console.log(
      `P1 Firefox: ${proxy.log.length} requests through the proxy, ${expected.size} page loads by the test, browser's own hosts: ${[...ownHosts].join(', ') || 'none'}`,
    );
    expect(unexpectedRequests(proxy.log, expected, ownHosts)).toEqual([]);
    // What Firefox contacts by itself belongs to Mozilla, never to a page host of this test.
    expect(
      [...ownHosts].filter(
        (h) => !/(^|\.)(mozilla\.(com|org|net)|firefox\.com|mozaws\.net)$/.test(h),
      ),
    ).toEqual([]);
  });
});
