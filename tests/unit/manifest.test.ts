/**
 * P4 and S6: the manifest asks for no more than Inkling needs, and the static bundle gate finds
 * network APIs and eval-like code (scripts/check-bundles.ts runs it on the real builds in CI).
 */
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { checkManifest, scanSource, type ManifestLike } from '../../scripts/check-bundles';

type ManifestFn = (env: {
  browser: string;
  manifestVersion: 2 | 3;
  mode: string;
  command: string;
}) => ManifestLike;

function manifestFor(browser: 'chrome' | 'firefox'): ManifestLike {
  const m = (config as { manifest?: ManifestFn }).manifest!;
  return {
    manifest_version: 3,
    ...m({ browser, manifestVersion: 3, mode: 'production', command: 'build' }),
  };
}

describe('the manifest', () => {
  it.each(['chrome', 'firefox'] as const)('passes every assertion for %s', (browser) => {
    expect(checkManifest(manifestFor(browser), browser)).toEqual([]);
  });

  it('asks for exactly what it needs and exposes nothing to the web', () => {
    const m = manifestFor('chrome');
    expect([...(m.permissions ?? [])].sort()).toEqual(['contextMenus', 'scripting', 'storage']);
    expect([...(m.host_permissions ?? [])].sort()).toEqual([
      'file:///*',
      'http://*/*',
      'https://*/*',
    ]);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it('promises Firefox users that no data is collected, with an add-on id', () => {
    const gecko = manifestFor('firefox').browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/@/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('flags each way a manifest could widen what Inkling can do', () => {
    const good = manifestFor('firefox');
    const bad = (patch: Partial<ManifestLike>) => checkManifest({ ...good, ...patch }, 'firefox');
    expect(bad({ permissions: ['storage', 'tabs'] })).toEqual(['permission not needed: tabs']);
    expect(bad({ permissions: ['storage', 'scripting', 'webRequest'] })).toEqual([
      'permission not needed: webRequest',
    ]);
    expect(bad({ host_permissions: ['<all_urls>'] })[0]).toMatch(/host_permissions/);
    expect(bad({ host_permissions: ['https://*/*', 'ws://*/*'] })).toEqual([
      'host_permissions asked for: ws://*/*',
    ]);
    expect(
      bad({
        content_security_policy: {
          extension_pages: "script-src 'self'; object-src 'none'; connect-src 'none'",
        },
      }),
    ).toEqual([expect.stringMatching(/img-src/)]);
    expect(
      bad({
        content_security_policy: {
          extension_pages:
            "script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data:",
        },
      }),
    ).toEqual([expect.stringMatching(/img-src/)]);
    expect(bad({ externally_connectable: { matches: ['https://*/*'] } })[0]).toMatch(
      /externally_connectable/,
    );
    expect(
      bad({ web_accessible_resources: [{ resources: ['options.html'], matches: ['<all_urls>'] }] }),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/HTML page/)]));
    expect(
      bad({ content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } }),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/more than 'self'/)]));
    expect(
      bad({
        content_security_policy: {
          extension_pages: "script-src 'self'; object-src 'none'; connect-src https://x.example",
        },
      }),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/connect-src/)]));
    expect(bad({ browser_specific_settings: { gecko: { id: 'a@b' } } })).toEqual([
      'Firefox: data_collection_permissions.required is not ["none"]',
    ]);
  });
});

describe('the bundle scan', () => {
  const whats = (src: string) => scanSource(src).map((f) => f.what);

  it('finds every network API, however it is reached', () => {
    expect(whats('fetch("/x")')).toEqual(['network API fetch']);
    expect(whats('self.fetch(u)')).toEqual(['network API .fetch']);
    expect(whats('globalThis["fetch"](u)')).toEqual(['network API .fetch']);
    expect(whats('new XMLHttpRequest()')).toEqual(['network API XMLHttpRequest']);
    expect(whats('new WebSocket(u)')).toEqual(['network API WebSocket']);
    expect(whats('navigator.sendBeacon(u, d)')).toEqual(['network API .sendBeacon']);
    expect(whats('const s = new EventSource(u)')).toEqual(['network API EventSource']);
  });

  it('finds eval, the Function constructor and string timers', () => {
    expect(whats('eval(code)')).toEqual(['eval(…)']);
    expect(whats('window.eval(code)').sort()).toEqual(['eval reached as a property', 'eval(…)']);
    expect(whats('new Function("return 1")')).toEqual(['Function constructor']);
    expect(whats('Function("a", "return a")')).toEqual(['Function constructor']);
    expect(whats('setTimeout("go()", 10)')).toEqual(['setTimeout with a string']);
    expect(whats('setInterval(`go()`, 10)')).toEqual(['setInterval with a string']);
    expect(whats('import(name)')).toEqual(['dynamic import()']);
  });

  it('finds the indirect ways to eval, load a URL or run code (issue 19)', () => {
    expect(whats('(0, eval)(code)')).toEqual(['eval reached indirectly']);
    expect(whats('const e = eval; e(code)')).toEqual(['eval reached indirectly']);
    expect(whats('const k = "fe" + "tch"; self[k](u)')).toEqual([
      'call through a computed name on the global object',
    ]);
    expect(whats('globalThis[name](u)')).toEqual([
      'call through a computed name on the global object',
    ]);
    expect(whats('new Image().src = u')).toEqual(['new Image(…)']);
    expect(whats('const a = new Audio(); a.src = u')).toEqual(['new Audio(…)']);
    expect(whats('new Worker(url)')).toEqual(['new Worker(…)']);
    expect(whats('new SharedWorker(url)')).toEqual(['new SharedWorker(…)']);
    expect(
      whats('const s = document.createElement("script"); s.src = u; document.head.append(s)'),
    ).toEqual(['creates a <script> element']);
    expect(whats('document.createElement("IMG").src = u')).toEqual(['creates a <IMG> element']);
    expect(whats('document.createElement("iframe")')).toEqual(['creates a <iframe> element']);
    expect(whats('(() => {}).constructor("return this")()')).toEqual([
      'Function constructor reached through .constructor',
    ]);
    expect(whats('f.constructor(`return ${x}`)')).toEqual([
      'Function constructor reached through .constructor',
    ]);
  });

  it('does not flag what only looks like them', () => {
    expect(whats('const o = { eval: 1 }; o.constructor(x); obj[k](u)')).toEqual([]);
    expect(whats('document.createElement("div"); document.createElement(tag)')).toEqual([]);
    expect(whats('self.postMessage(x); const m = new Map()')).toEqual([]);
  });

  it('does not flag names in data, property keys or harmless timers', () => {
    expect(whats('const fact = "they fetch(data) over a WebSocket and eval(x)"')).toEqual([]);
    expect(whats('const api = { eval: { minArgs: 1 }, fetch: 2 }')).toEqual([]);
    expect(whats('class A { fetch() { return 1 } }')).toEqual([]);
    expect(whats('setTimeout(() => go(), 10); setTimeout(go, 5)')).toEqual([]);
  });
});
