/**
 * Helpers for the reliability and privacy tests (Chromium here, Firefox in tests/firefox/):
 *
 * - a logging HTTP proxy that is the browser's only way out. It serves fixture pages under
 *   real-looking hostnames and records every request it sees (CONNECT for https included, which
 *   it refuses), so a test can prove the extension made none;
 * - readers for everything Inkling keeps (storage areas, IndexedDB) for the privacy checks;
 * - the pack used by import journeys.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { launch, type Browser } from './harness';

export interface ProxyLogEntry {
  method: string;
  url: string;
  origin?: string;
  referer?: string;
  fetchSite?: string;
  fetchDest?: string;
  userAgent?: string;
}

export interface LoggingProxy {
  port: number;
  /** Chromium flags that send every request (loopback included) through the proxy. */
  chromiumArgs: string[];
  log: ProxyLogEntry[];
  /** Extra behaviour per request path (e.g. collecting CSP reports); return true if handled. */
  onRequest?: (req: IncomingMessage, body: string) => void;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/**
 * Starts a proxy that serves `sites` (hostname → folder) and refuses everything else. Every
 * request is logged before it is answered. `headers` adds response headers per host and path.
 */
export async function startLoggingProxy(
  sites: Record<string, string>,
  headers: (host: string, path: string) => Record<string, string> = () => ({}),
): Promise<LoggingProxy> {
  const proxy: LoggingProxy = {
    port: 0,
    chromiumArgs: [],
    log: [],
    close: async () => {},
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'unknown'}`);
    const h = (k: string) => {
      const v = req.headers[k];
      return Array.isArray(v) ? v.join(',') : v;
    };
    proxy.log.push({
      method: req.method ?? 'GET',
      url: url.href,
      origin: h('origin'),
      referer: h('referer'),
      fetchSite: h('sec-fetch-site'),
      fetchDest: h('sec-fetch-dest'),
      userAgent: h('user-agent'),
    });
    let body = '';
    req.on('data', (d) => (body += String(d)));
    req.on('end', () => {
      proxy.onRequest?.(req, body);
      const dir = sites[url.hostname];
      const path = decodeURIComponent(url.pathname);
      const file = dir ? normalize(join(dir, path)) : '';
      if (dir && file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
          ...headers(url.hostname, path),
        });
        res.end(readFileSync(file));
      } else if (dir) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      } else {
        res.writeHead(502, { 'content-type': 'text/plain' }).end('refused by the test proxy');
      }
    });
  });
  // https: the tunnel request is logged and refused; nothing in these tests needs https.
  server.on('connect', (req, socket) => {
    proxy.log.push({ method: 'CONNECT', url: `https://${req.url ?? ''}/` });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  proxy.port = (server.address() as AddressInfo).port;
  proxy.chromiumArgs = [
    `--proxy-server=http://127.0.0.1:${proxy.port}`,
    '--proxy-bypass-list=<-loopback>',
    // Quiet the browser's own traffic so that what is left is easy to attribute: no https probe
    // before each http navigation, no network-time queries, no reliability reports. (Repeats the
    // harness's list because the last --disable-features wins.)
    '--disable-features=Translate,OptimizationHints,MediaRouter,HttpsUpgrades,NetworkTimeServiceQuerying',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--metrics-recording-only',
  ];
  proxy.close = () =>
    new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return proxy;
}

/**
 * Log entries that came from an extension context or went anywhere the test did not send it.
 * `browserOwnHosts` are hosts the same browser contacts with no extension loaded at all (a
 * control run at the same time, see startControlRun()); requests to them count only if an
 * extension sent them (which the proxy sees for http; recordInitiators() attributes the rest).
 */
export function unexpectedRequests(
  log: ProxyLogEntry[],
  expected: Set<string>,
  browserOwnHosts: Set<string> = new Set(),
): ProxyLogEntry[] {
  return log.filter(
    (e) =>
      (!expected.has(e.url) && !browserOwnHosts.has(new URL(e.url).hostname)) ||
      /^(chrome|moz)-extension:/.test(e.origin ?? '') ||
      /^(chrome|moz)-extension:/.test(e.referer ?? ''),
  );
}

/**
 * A control browser: the same Chromium, flags and kind of proxy, no extension, running for as long
 * as the journey it is compared with (start it just before, stop it just after), so whatever the
 * browser contacts by itself during the journey is seen by the control at the same moment rather
 * than in a fixed window beforehand. Debian's Chromium still calls update.googleapis.com and
 * accounts.google.com under --disable-background-networking --disable-component-update.
 */
export interface ControlRun {
  /** Stops the control browser and returns the hosts it contacted. */
  stop: () => Promise<Set<string>>;
}

export async function startControlRun(): Promise<ControlRun> {
  const { chromium } = await import('playwright-core');
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const proxy = await startLoggingProxy({});
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'inkling-ctl-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...proxy.chromiumArgs,
    ],
  });
  if (ctx.pages().length === 0) await ctx.newPage();
  return {
    stop: async () => {
      const hosts = new Set(proxy.log.map((e) => new URL(e.url).hostname));
      await ctx.close();
      await proxy.close();
      return hosts;
    },
  };
}

/** One request as the DevTools protocol saw it leave a page or an extension page. */
export interface InitiatedRequest {
  url: string;
  /** The page (or extension page) whose network stack sent it. */
  documentURL: string;
  /** Who started it: parser, script (with the script URLs on its stack), preload, other. */
  initiatorType: string;
  initiatorURLs: string[];
}

/**
 * Records every request each page of `ctx` sends (pages opened later included) through CDP
 * Network.requestWillBeSent, with its initiator: the script URLs on the initiator's stack show a
 * content script (chrome-extension://…/content-scripts/…) or the card script even though the
 * request leaves from the page's own network stack.
 */
export function recordInitiators(ctx: BrowserContext): {
  log: InitiatedRequest[];
  stop: () => void;
} {
  const log: InitiatedRequest[] = [];
  const sessions: { detach: () => Promise<void> }[] = [];
  type Frame = { url?: string; callFrames?: { url: string }[]; parent?: Frame };
  const urlsOf = (stack: Frame | undefined): string[] => {
    const out: string[] = [];
    for (let f = stack; f; f = f.parent) for (const c of f.callFrames ?? []) out.push(c.url);
    return out;
  };
  const watch = async (page: Page) => {
    try {
      const cdp = await ctx.newCDPSession(page);
      sessions.push(cdp);
      cdp.on('Network.requestWillBeSent', (e) => {
        const ev = e as unknown as {
          request: { url: string };
          documentURL: string;
          initiator: { type: string; url?: string; stack?: Frame };
        };
        log.push({
          url: ev.request.url,
          documentURL: ev.documentURL,
          initiatorType: ev.initiator.type,
          initiatorURLs: [
            ...(ev.initiator.url ? [ev.initiator.url] : []),
            ...urlsOf(ev.initiator.stack),
          ],
        });
      });
      await cdp.send('Network.enable');
    } catch {
      // the page closed before it could be watched
    }
  };
  for (const p of ctx.pages()) void watch(p);
  ctx.on('page', (p) => void watch(p));
  return {
    log,
    stop: () => {
      ctx.removeAllListeners('page');
      for (const s of sessions) void s.detach().catch(() => undefined);
    },
  };
}

/**
 * Requests an extension context started or nobody can account for: sent from an extension page
 * to anywhere but the extension itself; started by extension code (on the initiator's stack)
 * from a web page; or sent from a web page to another origin than the page's own and not a page
 * the test loaded (`expected`) — a content script's request has no stack to show.
 */
export function requestsFromExtension(
  log: InitiatedRequest[],
  extensionId: string,
  expected: Set<string>,
): InitiatedRequest[] {
  const ours = (u: string) => /^(chrome|moz)-extension:/.test(u);
  return log.filter((r) => {
    if (/^(data|blob):/.test(r.url)) return false;
    if (ours(r.documentURL)) return !r.url.startsWith(`chrome-extension://${extensionId}/`);
    if (r.initiatorURLs.some(ours)) return true;
    // Content-script requests carry no stack (initiator "other"): on a web page, anything but
    // a page the test loaded or a resource of that page's own origin is unexplained.
    if (expected.has(r.url)) return false;
    return new URL(r.url).origin !== new URL(r.documentURL).origin;
  });
}

/** A small valid data pack (the shape DATASET.md describes for packs). */
export function reliabilityPack(id = 'rel-pack') {
  return {
    id,
    name: 'Reliability test pack',
    version: '1.0.0',
    licence: 'CC BY 4.0',
    sources: [
      {
        id: `${id}-src`,
        title: 'Quasar Lab annual report',
        publisher: 'Quasar Lab',
        url: 'https://example.org/quasar-report',
        kind: 'official',
        accessed: '2026-11-01',
      },
    ],
    entities: [
      {
        id: `${id}-quasar-lab`,
        category: 'organisation',
        kind: 'institute',
        name: 'Quasar Robotics Lab',
        native: {
          hans: '类星机器人实验室',
          citation: { source: `${id}-src`, quote: '类星机器人实验室成立于2019年。' },
        },
        aliases: [{ text: 'QRL', match: 'case' }],
        summary: 'A robotics lab used as test data.',
        facts: [1, 2, 3].map((n) => ({
          text: `Fact ${n} about the lab.`,
          citations: [{ source: `${id}-src`, quote: `Quote ${n} from the report.` }],
        })),
        relations: [
          {
            type: 'collaborates_with',
            target: 'baai',
            citation: { source: `${id}-src`, quote: 'The lab works with BAAI.' },
          },
        ],
      },
    ],
  };
}

/**
 * Everything Inkling keeps, as one string: storage.local, storage.sync and every IndexedDB
 * store. Runs inside an extension context (the worker, or an extension page).
 */
export async function dumpExtensionStorage(): Promise<string> {
  const g = globalThis as unknown as {
    chrome?: { storage: Record<string, { get: (k: null) => Promise<unknown> }> };
    browser?: { storage: Record<string, { get: (k: null) => Promise<unknown> }> };
  };
  const api = (g.browser ?? g.chrome)!;
  const out: Record<string, unknown> = {};
  for (const area of ['local', 'sync', 'session']) {
    try {
      out[area] = await api.storage[area]!.get(null);
    } catch (e) {
      out[area] = `unreadable: ${String(e)}`;
    }
  }
  const dbs = (await indexedDB.databases?.()) ?? [];
  for (const info of dbs) {
    if (!info.name) continue;
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open(info.name!);
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    for (const name of [...db.objectStoreNames]) {
      out[`idb:${info.name}/${name}`] = await new Promise((res, rej) => {
        const r = db.transaction(name).objectStore(name).getAll();
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
    }
    db.close();
  }
  return JSON.stringify(out);
}

/**
 * Stops every service worker through the DevTools protocol (what Chrome does to an idle worker)
 * and resolves once the worker reports "stopped". `page` is any page of the profile (an
 * extension page is safest: its storage partition holds the extension's worker).
 */
export async function stopServiceWorkers(ctx: BrowserContext, page: Page): Promise<void> {
  const cdp = await ctx.newCDPSession(page);
  try {
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
        const versions = (e as { versions: { runningStatus: string; scriptURL: string }[] })
          .versions;
        if (versions.some((v) => /-extension:/.test(v.scriptURL) && v.runningStatus === 'stopped'))
          resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    await cdp.detach();
  }
}

/**
 * Like harness.launch(), with developer mode on in the profile: Chromium only re-enables an
 * unpacked extension after chrome.runtime.reload() when developer mode is on (without it the
 * extension stays unloaded and its pages answer ERR_BLOCKED_BY_CLIENT).
 */
export async function launchDeveloperMode(args: string[] = []): Promise<Browser> {
  return launch({ args, developerMode: true });
}
