/**
 * Unit-level reliability and security cases (RELIABILITY.md S2, S4, D3, L4) that the store and
 * settings tests do not already show.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { safeHttpUrl, textFragmentUrl } from '../../lib/card/links';
import { createDispatcher, senderKind } from '../../lib/messaging/client';
import { createWorkerDispatcher } from '../../lib/worker/dispatch';
import { defaultSettings, type Settings } from '../../lib/settings/settings';
import { loadSettings, saveSettings, watchSettings } from '../../lib/settings/settings-storage';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('source links (S2)', () => {
  const hostile = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/123',
    'chrome-extension://abc/options.html',
    '//evil.example/x',
    '/relative/path',
    'https//missing-colon.example',
    '',
  ];
  it.each(hostile)('refuses %j', (raw) => {
    expect(safeHttpUrl(raw)).toBeNull();
    expect(textFragmentUrl(raw, 'a quote')).toBeNull();
  });

  it('keeps http and https, normalised by the URL parser', () => {
    expect(safeHttpUrl('HTTPS://Example.org/a b')?.href).toBe('https://example.org/a%20b');
    expect(safeHttpUrl('http://example.org/')?.protocol).toBe('http:');
    expect(textFragmentUrl('https://example.org/p#old', 'the quote')).toBe(
      'https://example.org/p#:~:text=the%20quote',
    );
  });
});

describe('spoofed messages (S4)', () => {
  const self = { id: 'ours', base: 'chrome-extension://ours/' };
  it('the dispatcher refuses senders that are not this extension, without running the handler', async () => {
    const handler = vi.fn(() => 'secret');
    const dispatch = createDispatcher<{ 'x:y': { req: object; res: string } }>(
      { 'x:y': handler },
      { 'x:y': ['content', 'extension'] },
      self,
    );
    expect(await dispatch({ type: 'x:y', payload: {} }, { id: 'other-extension' })).toEqual({
      ok: false,
      error: 'not allowed',
    });
    expect(await dispatch({ type: 'x:y', payload: {} }, {})).toEqual({
      ok: false,
      error: 'not allowed',
    });
    expect(handler).not.toHaveBeenCalled();
    // Prototype names are not message types.
    expect(dispatch({ type: 'constructor', payload: {} }, { id: 'ours' })).toBeUndefined();
    expect(dispatch({ type: '__proto__', payload: {} }, { id: 'ours' })).toBeUndefined();
    expect(await dispatch({ type: 'x:y', payload: {} }, { id: 'ours' })).toEqual({
      ok: true,
      value: 'secret',
    });
  });

  it('tells content scripts from extension pages by the URL the browser reports', () => {
    const ours = { id: 'ours' };
    expect(senderKind({ ...ours, url: 'chrome-extension://ours/options.html' }, self)).toBe(
      'extension',
    );
    expect(senderKind({ ...ours, url: 'https://evil.example/', tab: { id: 1 } }, self)).toBe(
      'content',
    );
    // A page URL that merely contains our base is a page.
    expect(
      senderKind({ ...ours, url: 'https://evil.example/?u=chrome-extension://ours/' }, self),
    ).toBe('content');
    expect(senderKind({ ...ours, url: 'about:srcdoc', tab: { id: 1 } }, self)).toBe('content');
    // The worker sending to a tab: no page, no tab.
    expect(senderKind(ours, self)).toBe('extension');
    expect(senderKind({ ...ours, tab: { id: 1 } }, self)).toBe('content');
    expect(senderKind({ id: 'theirs', url: 'chrome-extension://ours/options.html' }, self)).toBe(
      null,
    );
  });

  it('the worker refuses privileged calls from a content script in a web page', async () => {
    const dispatch = createWorkerDispatcher();
    const fromPage = {
      id: browser.runtime.id,
      url: 'https://evil.example/page.html',
      tab: { id: 1 },
    };
    const fromFrame = {
      id: browser.runtime.id,
      url: 'https://evil.example/?u=chrome-extension://',
      tab: { id: 1 },
    };
    const calls: [string, object, object][] = [
      ['packs:import', { text: '{}' }, fromPage],
      ['packs:remove', { id: 'x' }, fromPage],
      ['packs:enable', { id: 'x', enabled: false }, fromFrame],
      ['packs:list', {}, fromPage],
      ['packs:export', { id: 'x' }, fromPage],
      ['backup:import', { text: '{}' }, fromPage],
      ['backup:export', {}, fromPage],
      ['claims:log-list', {}, fromPage],
      ['claims:log-delete', { id: 1 }, fromFrame],
      ['claims:log-clear', {}, fromPage],
      ['packs:list', {}, {}],
    ];
    for (const [type, payload, sender] of calls)
      expect(await dispatch({ type, payload }, sender), type).toEqual({
        ok: false,
        error: 'not allowed',
      });
  });
});

describe('corrupted settings (D3)', () => {
  const corrupt: unknown[] = [
    'a string',
    42,
    null,
    [],
    { categories: 'all', sites: 'example.org', markStyle: 7, hoverDelayMs: -5, theme: {} },
    { categories: { person: 'yes', unknown: true }, sites: [1, {}, 'ok.example'] },
    JSON.parse('{"__proto__": {"polluted": true}, "markStyle": "background"}'),
  ];
  it.each(corrupt)('loads %j as valid settings, never throwing', async (value) => {
    await fakeBrowser.storage.sync.set({ settings: value });
    const s = await loadSettings();
    expect(Object.keys(s).sort()).toEqual(Object.keys(defaultSettings).sort());
    expect(typeof s.hoverDelayMs).toBe('number');
    expect(Array.isArray(s.sites)).toBe(true);
    expect(s.sites.every((x) => typeof x === 'string')).toBe(true);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('hands watchers sanitised values when a corrupt value arrives', async () => {
    const seen: Settings[] = [];
    const off = watchSettings((s) => seen.push(s));
    await new Promise((r) => setTimeout(r, 10));
    // A corrupt field next to a valid change: the watcher must fire (hoverDelayMs changed) and
    // must see the corrupt field replaced by its default.
    await fakeBrowser.storage.sync.set({
      settings: { markStyle: '<img src=x>', hoverDelayMs: 400 },
    });
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0), { timeout: 2000 });
    off();
    expect(seen).toEqual([{ ...defaultSettings, hoverDelayMs: 400 }]);
  });
});

describe('storage.local quota (L4)', () => {
  it('reports a full local store and loses no setting already saved', async () => {
    await saveSettings({ hoverDelayMs: 400 });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    await expect(saveSettings({ hoverDelayMs: 900 })).rejects.toThrow(/QUOTA_BYTES/);
    vi.restoreAllMocks();
    expect((await loadSettings()).hoverDelayMs).toBe(400);
  });
});
