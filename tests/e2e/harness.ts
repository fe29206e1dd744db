/**
 * End-to-end harness: Debian's Chromium with the built extension, pages served from a local
 * server, and readers for marks (CSS.highlights, visible from the page's world) and for the
 * card (a closed shadow root, read through the DevTools protocol).
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

export const root = resolve(import.meta.dirname, '../..');
export const outDir = resolve(root, process.env.INKLING_OUT ?? '.output');
export const extensionDir = join(outDir, 'chrome-mv3');

export function chromiumPath(): string {
  const p = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(p)) {
    throw new Error(
      `Chromium not found at ${p}. Install it (Debian: apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM=/path/to/chromium.`,
    );
  }
  return p;
}

export interface Browser {
  ctx: BrowserContext;
  sw: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

export async function launch(
  opts: {
    args?: string[];
    colorScheme?: 'light' | 'dark';
    headless?: boolean;
    developerMode?: boolean;
    /** Another build of the extension (benchmarks compare builds). */
    extension?: string;
  } = {},
): Promise<Browser> {
  const ext = opts.extension ?? extensionDir;
  if (!existsSync(join(ext, 'manifest.json')))
    throw new Error('Build the extension first: npm run build');
  const userDir = mkdtempSync(join(tmpdir(), 'inkling-e2e-'));
  if (opts.developerMode) {
    // Chromium re-enables an unpacked extension after chrome.runtime.reload() only in
    // developer mode (otherwise it stays unloaded).
    mkdirSync(join(userDir, 'Default'));
    writeFileSync(
      join(userDir, 'Default', 'Preferences'),
      JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
    );
  }
  const ctx = await chromium.launchPersistentContext(userDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    colorScheme: opts.colorScheme ?? 'light',
    viewport: { width: 1200, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      ...(opts.args ?? []),
    ],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  return { ctx, sw, extensionId, close: () => ctx.close() };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export interface Served {
  url: (path: string) => string;
  close: () => Promise<void>;
  server: Server;
}

/** Serves files from `dirs` (first match wins); `headers` adds response headers per path. */
export async function serve(
  dirs: string[],
  headers: (path: string) => Record<string, string> = () => ({}),
): Promise<Served> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const dir of dirs) {
      const file = normalize(join(dir, path));
      if (!file.startsWith(dir)) break;
      if (existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          ...headers(path),
        });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: (p) => `http://127.0.0.1:${port}/${p.replace(/^\//, '')}`,
    close: () => new Promise((r) => server.close(() => r())),
    server,
  };
}

export interface MarkInfo {
  category: string;
  text: string;
}

/** Every mark on the page, read from CSS.highlights in the page's own world. */
export async function readMarks(page: Page): Promise<MarkInfo[]> {
  return page.evaluate(() => {
    const out: { category: string; text: string }[] = [];
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith('inkling-') || name === 'inkling-flash') return;
      for (const r of h as unknown as Set<Range>)
        out.push({ category: name.slice(8), text: r.toString() });
    });
    return out;
  });
}

/** Waits until the page has at least `n` marks. */
export async function waitForMarks(page: Page, n = 1, timeout = 30_000): Promise<MarkInfo[]> {
  await page.waitForFunction(
    (min) => {
      let count = 0;
      CSS.highlights.forEach((h, name) => {
        if (name.startsWith('inkling-') && name !== 'inkling-flash')
          count += (h as unknown as Set<Range>).size;
      });
      return count >= min;
    },
    n,
    { timeout },
  );
  return readMarks(page);
}

/** The centre of the first mark whose text equals `text`. */
export async function markCenter(page: Page, text: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((t) => {
    let found: { x: number; y: number } | null = null;
    CSS.highlights.forEach((h, name) => {
      if (found || !name.startsWith('inkling-')) return;
      for (const r of h as unknown as Set<Range>) {
        if (r.toString() === t) {
          const rect = r.getClientRects()[0]!;
          found = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          break;
        }
      }
    });
    return found;
  }, text);
  if (!p) throw new Error(`no mark with text "${text}"`);
  return p;
}

/** Hovers a mark long enough for the card to open. */
export async function hoverMark(page: Page, text: string): Promise<void> {
  const { x, y } = await markCenter(page, text);
  await page.mouse.move(x - 30, y + 40);
  await page.mouse.move(x, y, { steps: 4 });
}

/** All text inside Inkling's card (a closed shadow root), read through the DevTools protocol. */
export async function cardText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const html = root.children?.find((c) => c.nodeName === 'HTML');
    const host = html?.children?.find(
      (c) => /^X-[A-Z]+$/.test(c.nodeName) && c.shadowRoots?.length,
    );
    if (!host) return '';
    const parts: string[] = [];
    const walk = (n: CdpNode) => {
      if (n.nodeType === 3 && n.nodeValue) parts.push(n.nodeValue);
      for (const c of n.children ?? []) walk(c);
      for (const s of n.shadowRoots ?? []) walk(s);
    };
    walk(host);
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  } finally {
    await cdp.detach();
  }
}

interface CdpNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

/**
 * Waits for the card to show `includes`. The cap only bounds a failure: on a machine whose two
 * cores are busy with other work, the first card (worker wake-up, card script injected) took
 * over 5 s, and a 5 s cap failed a correct build.
 */
export async function waitForCard(page: Page, includes: string, timeout = 20_000): Promise<string> {
  const end = Date.now() + timeout;
  let text = '';
  while (Date.now() < end) {
    text = await cardText(page);
    if (text.includes(includes)) return text;
    await page.waitForTimeout(100);
  }
  throw new Error(`card did not show "${includes}"; card text: "${text.slice(0, 300)}"`);
}

export const demoPages = join(root, 'scripts/demo/pages');
export const e2ePages = join(root, 'tests/e2e/pages');

interface TabInfo {
  id?: number;
  url?: string;
}

/** The browser's tabs, asked of the extension's service worker. */
export async function tabsOf(b: Browser): Promise<TabInfo[]> {
  return b.sw.evaluate(() =>
    (
      globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<TabInfo[]> } } }
    ).chrome.tabs.query({}),
  );
}

/**
 * The tab id of a page (to open the popup for it with ?tab=). Without the "tabs" permission the
 * worker cannot see tab URLs, so the page is brought to the front and the active tab is asked for.
 */
export async function tabIdOf(b: Browser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await b.sw.evaluate(async () => {
    const c = (
      globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<TabInfo[]> } } }
    ).chrome;
    const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (id === undefined) throw new Error(`no tab for ${page.url()}`);
  return id;
}
