/**
 * Cases the mutation run (npm run test:mutation -- settings) showed were unchecked: the 1 → 2
 * migration on values that are not plain objects, site lists with more than one host, stopping
 * a settings watcher, the pending context-menu lookup's age and shape checks, the popup's site
 * switch, fields that are inherited or partial, the stored "Not this one" choices, lazy storage
 * items and the theme of Inkling's own pages.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrations } from '../../lib/settings/migrations';
import {
  defaultSettings,
  enabledForHost,
  sanitizeSettings,
  sitesWithHost,
} from '../../lib/settings/settings';
import { saveSettings, watchSettings } from '../../lib/settings/settings-storage';
import { pendingLookupItem, takePendingLookup } from '../../lib/settings/pending-lookup';
import {
  addRejection,
  loadRejections,
  rejectionsItem,
  removeRejection,
  saveRejections,
  watchRejections,
} from '../../lib/settings/rejections-store';
import {
  sanitizeRejections,
  withoutRejection,
  type Rejection,
} from '../../lib/settings/rejections';
import { dataVersionItem } from '../../lib/settings/data-version';
import { lazyItem } from '../../lib/settings/lazy-item';
import { applyTheme, systemIsDark, themeIsDark } from '../../lib/settings/page-theme';

beforeEach(() => fakeBrowser.reset());

describe('settings migration 1 → 2', () => {
  const migrate = migrations[2]!;
  it('keeps the fields of a plain object and adds holdKey "none"', () => {
    expect(migrate({ markStyle: 'background', sites: ['a.org'] })).toEqual({
      markStyle: 'background',
      sites: ['a.org'],
      holdKey: 'none',
    });
  });
  it('starts from nothing for null, arrays, strings and numbers', () => {
    for (const old of [null, undefined, ['x', 'y'], 'abc', 42])
      expect(migrate(old), JSON.stringify(old)).toEqual({ holdKey: 'none' });
  });
  it('does not change the object it was given', () => {
    const old = { theme: 'dark' };
    migrate(old);
    expect(old).toEqual({ theme: 'dark' });
  });
});

describe('site lists', () => {
  const s = (siteMode: 'except' | 'only', sites: string[]) => ({
    ...defaultSettings,
    siteMode,
    sites,
  });
  it('matches a host against any one of several listed sites', () => {
    expect(enabledForHost(s('except', ['a.org', 'b.org']), 'a.org')).toBe(false);
    expect(enabledForHost(s('except', ['a.org', 'b.org']), 'www.b.org')).toBe(false);
    expect(enabledForHost(s('except', ['a.org', 'b.org']), 'c.org')).toBe(true);
    expect(enabledForHost(s('only', ['a.org', 'b.org']), 'B.ORG')).toBe(true);
    expect(enabledForHost(s('only', ['a.org', 'b.org']), 'xa.org')).toBe(false);
  });
});

describe('watchSettings', () => {
  it('stops calling back once stopped', async () => {
    const seen: number[] = [];
    const off = watchSettings((v) => seen.push(v.hoverDelayMs));
    await saveSettings({ hoverDelayMs: 300 });
    await expect.poll(() => seen).toEqual([300]);
    off();
    await saveSettings({ hoverDelayMs: 600 });
    // A change that is seen proves the storage events are still flowing after off().
    const after: number[] = [];
    const off2 = watchSettings((v) => after.push(v.hoverDelayMs));
    await saveSettings({ hoverDelayMs: 700 });
    await expect.poll(() => after).toEqual([700]);
    off2();
    expect(seen).toEqual([300]);
  });
});

describe('pending lookup', () => {
  it('hands over a fresh lookup once and clears it', async () => {
    await pendingLookupItem.setValue({ query: 'BAAI', tabId: 3, at: 1000 });
    expect(await takePendingLookup(1000 + 15_000)).toEqual({ query: 'BAAI', tabId: 3, at: 1000 });
    expect(await pendingLookupItem.getValue()).toBeNull();
    expect(await takePendingLookup(1000)).toBeNull();
  });
  it('ignores (and clears) a stale or malformed one', async () => {
    await pendingLookupItem.setValue({ query: 'BAAI', at: 1000 });
    expect(await takePendingLookup(1000 + 15_001)).toBeNull();
    expect(await pendingLookupItem.getValue()).toBeNull();
    await pendingLookupItem.setValue({ query: 7, at: 1000 } as never);
    expect(await takePendingLookup(1000)).toBeNull();
    await pendingLookupItem.setValue({ query: 'x', at: 5000 });
    expect(await takePendingLookup(1000, 100)).toEqual({ query: 'x', at: 5000 });
  });
});

describe("the popup's site switch (sitesWithHost)", () => {
  const s = (siteMode: 'except' | 'only', sites: string[]) => ({
    ...defaultSettings,
    siteMode,
    sites,
  });
  it('turning a host off unlists every site that covers it, parent domains too', () => {
    expect(sitesWithHost(s('only', ['a.org', 'news.b.org', 'b.org']), 'News.B.org', false)).toEqual(
      ['a.org'],
    );
    expect(sitesWithHost(s('only', ['a.org']), 'c.org', false)).toEqual(['a.org']);
  });
  it('turning a host off where Inkling runs everywhere else lists it once', () => {
    expect(sitesWithHost(s('except', ['a.org']), 'WWW.C.org', false)).toEqual([
      'a.org',
      'www.c.org',
    ]);
    expect(sitesWithHost(s('except', ['c.org']), 'www.c.org', false)).toEqual(['c.org']);
  });
  it('turning a host on lists it (only) or unlists it (except)', () => {
    expect(sitesWithHost(s('only', ['a.org']), 'c.org', true)).toEqual(['a.org', 'c.org']);
    expect(sitesWithHost(s('only', ['c.org']), 'x.c.org', true)).toEqual(['c.org']);
    expect(sitesWithHost(s('only', ['a.org', 'c.org']), 'x.c.org', true)).toEqual([
      'a.org',
      'c.org',
    ]);
    expect(sitesWithHost(s('except', ['a.org', 'c.org']), 'x.c.org', true)).toEqual(['a.org']);
    expect(sitesWithHost(s('except', ['a.org']), 'c.org', true)).toEqual(['a.org']);
  });
});

describe('sanitizeSettings: own and partial fields', () => {
  it('ignores inherited fields', () => {
    const raw = Object.create({ theme: 'dark', hoverDelayMs: 10 }) as object;
    expect(sanitizeSettings(raw)).toEqual(defaultSettings);
  });
  it('refuses a site list with a host that has other characters before a valid end', () => {
    expect(sanitizeSettings({ sites: ['a.org', 'x!a.org'] }).sites).toEqual([]);
    expect(sanitizeSettings({ sites: [' A.org '] }).sites).toEqual(['a.org']);
  });
  it('keeps the other categories on when only some are stored', () => {
    const out = sanitizeSettings({ categories: { person: false } });
    expect(out.categories).toEqual({ ...defaultSettings.categories, person: false });
  });
});

describe('"Not this one" choices in storage', () => {
  const r = (text: string, site = 'a.org'): Rejection => ({
    site,
    entity: 'wu-fei',
    text,
    name: 'Wu Fei',
    at: 1,
  });
  it('starts empty, adds, removes and saves sanitised', async () => {
    expect(await rejectionsItem.getValue()).toEqual([]);
    expect(await loadRejections()).toEqual([]);
    await addRejection(r('Wu Fei'));
    await addRejection(r('Wu'));
    await addRejection(r('WU  FEI'));
    expect((await loadRejections()).map((x) => x.text)).toEqual(['Wu Fei', 'Wu']);
    await removeRejection({ site: 'a.org', entity: 'wu-fei', text: 'wu fei' });
    expect((await loadRejections()).map((x) => x.text)).toEqual(['Wu']);
    await saveRejections([r('X', 'Bad Host!'), r('Y')]);
    expect(await rejectionsItem.getValue()).toEqual([r('Y')]);
  });
  it('reads a corrupt stored value as no choices', async () => {
    await rejectionsItem.setValue('junk' as never);
    expect(await loadRejections()).toEqual([]);
  });
  it('tells watchers the sanitised list', async () => {
    const seen: Rejection[][] = [];
    const off = watchRejections((list) => seen.push(list));
    await rejectionsItem.setValue([r('Wu'), { nope: 1 } as never]);
    await expect.poll(() => seen).toEqual([[r('Wu')]]);
    off();
  });
});

describe('storage items', () => {
  it('read the data version as 0 before anything was stored', async () => {
    expect(await dataVersionItem.getValue()).toBe(0);
  });
  it('pass plain values through and keep methods bound to the item', () => {
    const made: number[] = [];
    const item = lazyItem(() => {
      made.push(1);
      return {
        n: 7,
        get() {
          return this.n;
        },
      };
    });
    expect(made).toEqual([]);
    expect(item.n).toBe(7);
    const { get } = item;
    expect(get()).toBe(7);
    expect(made).toEqual([1]);
    expect(rejectionsItem.key).toBe('local:rejections');
  });
});

describe("theme of Inkling's pages", () => {
  /** A document whose system preference is `dark`, with change listeners that can be fired. */
  function fakeDoc(dark: boolean | undefined) {
    const listeners = new Set<() => void>();
    const other = new Set<() => void>();
    const classes = new Set<string>();
    const mq = {
      get matches() {
        return dark === true;
      },
      addEventListener: (type: string, f: () => void) =>
        (type === 'change' ? listeners : other).add(f),
      removeEventListener: (type: string, f: () => void) =>
        (type === 'change' ? listeners : other).delete(f),
    };
    const view =
      dark === undefined ? {} : { matchMedia: (q: string) => (q.includes('dark') ? mq : null) };
    const doc = {
      defaultView: view,
      documentElement: {
        classList: {
          toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)),
        },
      },
    } as unknown as Document;
    return {
      doc,
      view: view as unknown as Window,
      classes,
      listeners,
      setDark: (d: boolean) => {
        dark = d;
        listeners.forEach((f) => f());
      },
    };
  }

  it('reads the system preference, and light where it cannot', () => {
    expect(systemIsDark(fakeDoc(true).view)).toBe(true);
    expect(systemIsDark(fakeDoc(false).view)).toBe(false);
    expect(systemIsDark(fakeDoc(undefined).view)).toBe(false);
    expect(systemIsDark(undefined)).toBe(false);
    expect(themeIsDark('light', true)).toBe(false);
    expect(themeIsDark('dark', false)).toBe(true);
    expect(themeIsDark('auto', false)).toBe(false);
  });

  it('follows the system live for "auto" until stopped', () => {
    const f = fakeDoc(false);
    const stop = applyTheme(f.doc, 'auto');
    expect([...f.classes]).toEqual([]);
    f.setDark(true);
    expect([...f.classes]).toEqual(['dark']);
    f.setDark(false);
    expect([...f.classes]).toEqual([]);
    stop();
    expect(f.listeners.size).toBe(0);
    f.setDark(true);
    expect([...f.classes]).toEqual([]);
  });

  it('sets a fixed theme once, without listening', () => {
    const f = fakeDoc(true);
    const stop = applyTheme(f.doc, 'light');
    expect([...f.classes]).toEqual([]);
    expect(f.listeners.size).toBe(0);
    stop();
    const g = fakeDoc(false);
    applyTheme(g.doc, 'dark');
    expect([...g.classes]).toEqual(['dark']);
    expect(g.listeners.size).toBe(0);
    // No matchMedia at all: "auto" is light, and nothing to stop.
    const h = fakeDoc(undefined);
    expect(applyTheme(h.doc, 'auto')()).toBeUndefined();
    expect([...h.classes]).toEqual([]);
  });
});

describe('"Not this one" choices: what is kept', () => {
  const r = (over: Partial<Rejection> = {}): Rejection => ({
    site: 'a.org',
    entity: 'wu-fei',
    text: 'Wu Fei',
    name: 'Wu Fei',
    at: 1,
    ...over,
  });
  it('reads anything that is not a list as none', () => {
    for (const raw of [7, {}, null, undefined, 'abc'])
      expect(sanitizeRejections(raw), String(raw)).toEqual([]);
  });
  it('refuses a bad entity id and an empty or overlong surface', () => {
    expect(sanitizeRejections([r({ entity: 'wu-fei X' }), r({ entity: 'x wu-fei' })])).toEqual([]);
    expect(sanitizeRejections([r({ text: '' })])).toEqual([]);
    expect(sanitizeRejections([r({ text: 'x'.repeat(200) })])).toHaveLength(1);
    expect(sanitizeRejections([r({ text: 'x'.repeat(201) })])).toEqual([]);
  });
  it('cuts a long entity name to 160 characters', () => {
    expect(sanitizeRejections([r({ name: 'n'.repeat(300) })])[0]!.name).toBe('n'.repeat(160));
  });
  it('undoes a choice on its own site only', () => {
    const list = [r(), r({ site: 'b.org' })];
    expect(withoutRejection(list, { site: 'a.org', entity: 'wu-fei', text: 'Wu Fei' })).toEqual([
      r({ site: 'b.org' }),
    ]);
  });
});
