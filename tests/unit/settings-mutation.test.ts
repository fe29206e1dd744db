/**
 * Cases the mutation run (npm run test:mutation -- settings) showed were unchecked: the 1 → 2
 * migration on values that are not plain objects, site lists with more than one host, stopping
 * a settings watcher, and the pending context-menu lookup's age and shape checks.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrations } from '../../lib/settings/migrations';
import { defaultSettings, enabledForHost } from '../../lib/settings/settings';
import { saveSettings, watchSettings } from '../../lib/settings/settings-storage';
import { pendingLookupItem, takePendingLookup } from '../../lib/settings/pending-lookup';

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
