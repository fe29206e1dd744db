import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  defaultSettings,
  enabledForHost,
  sanitizeSettings,
  type Settings,
} from '../../lib/settings/settings';
import { migrations, SETTINGS_VERSION } from '../../lib/settings/migrations';
import {
  loadSettings,
  saveSettings,
  settingsItem,
  syncProblemItem,
  watchSettings,
} from '../../lib/settings/settings-storage';

const fixture = (v: number) =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, `../fixtures/settings/v${v}.json`), 'utf8'),
  ) as unknown;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('settings migrations', () => {
  it('has a migration for every version step', () => {
    for (let v = 2; v <= SETTINGS_VERSION; v++) expect(migrations[v]).toBeTypeOf('function');
  });

  it('1 → 2: keeps every version-1 setting and adds holdKey "none"', async () => {
    await fakeBrowser.storage.sync.set({ settings: fixture(1), settings$: { v: 1 } });
    await settingsItem.migrate();
    const s = await loadSettings();
    expect(s).toEqual({ ...(fixture(1) as object), holdKey: 'none' });
    expect((await fakeBrowser.storage.sync.get('settings$'))['settings$']).toEqual({ v: 2 });
  });

  it('reads a value from a newer version without crashing, keeping what it understands', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { ...defaultSettings, hoverDelayMs: 500, futureField: 1 },
      settings$: { v: SETTINGS_VERSION + 1 },
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await settingsItem.migrate().catch(() => undefined);
    const s = await loadSettings();
    expect(s.hoverDelayMs).toBe(500);
    expect(s).not.toHaveProperty('futureField');
  });
});

describe('sanitising', () => {
  it('falls back per field for wrong types and unknown values', () => {
    const s = sanitizeSettings({
      categories: { person: false, robots: true },
      siteMode: 'sometimes',
      sites: ['Example.COM', 'not a host!'],
      markStyle: 42,
      holdKey: 'Alt',
      hoverDelayMs: -5,
      theme: 'dark',
      __proto__: { polluted: true },
    });
    expect(s.categories).toEqual(defaultSettings.categories);
    expect(s.siteMode).toBe('except');
    expect(s.sites).toEqual(defaultSettings.sites);
    expect(s.markStyle).toBe('underline');
    expect(s.holdKey).toBe('Alt');
    expect(s.hoverDelayMs).toBe(150);
    expect(s.theme).toBe('dark');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it.each([null, 'x', 42, [], undefined])('gives defaults for %j', (raw) => {
    expect(sanitizeSettings(raw)).toEqual(defaultSettings);
  });

  it('matches sites and their subdomains in both modes', () => {
    const s = { ...defaultSettings, sites: ['example.com'] };
    expect(enabledForHost(s, 'news.example.com')).toBe(false);
    expect(enabledForHost(s, 'example.org')).toBe(true);
    expect(enabledForHost({ ...s, siteMode: 'only' }, 'example.com')).toBe(true);
    expect(enabledForHost({ ...s, siteMode: 'only' }, 'notexample.com')).toBe(false);
  });
});

describe('settings storage', () => {
  it('saves to sync and reads back, sanitised', async () => {
    await saveSettings({ hoverDelayMs: 700, sites: ['a.example'] });
    expect((await fakeBrowser.storage.sync.get('settings'))['settings']).toMatchObject({
      hoverDelayMs: 700,
    });
    expect((await loadSettings()).sites).toEqual(['a.example']);
  });

  it('keeps a setting on this device when sync is full, and returns to sync later', async () => {
    const set = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await saveSettings({ hoverDelayMs: 900 });
    expect(await syncProblemItem.getValue()).toMatch(/QUOTA_BYTES/);
    expect((await loadSettings()).hoverDelayMs).toBe(900);
    set.mockRestore();
    await saveSettings({ theme: 'light' });
    expect(await syncProblemItem.getValue()).toBeNull();
    expect(await loadSettings()).toMatchObject({ hoverDelayMs: 900, theme: 'light' });
  });

  it('reads the local copy when sync cannot be read', async () => {
    await saveSettings({ hoverDelayMs: 250 });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is off'));
    expect((await loadSettings()).hoverDelayMs).toBe(250);
  });

  it('loses no change when saves come back to back (20 values across 4 settings)', async () => {
    const delays = [0, 100, 200, 300, 400];
    const styles = ['background', 'first', 'off', 'underline', 'background'] as const;
    const themes = ['dark', 'light', 'auto', 'dark', 'light'] as const;
    const saves: Promise<Settings>[] = [];
    for (let i = 0; i < 5; i++) {
      saves.push(saveSettings({ hoverDelayMs: delays[i] }));
      saves.push(saveSettings({ markStyle: styles[i] }));
      saves.push(saveSettings({ theme: themes[i] }));
      saves.push(saveSettings((cur) => ({ sites: [...cur.sites, `s${i}.example`] })));
    }
    const answers = await Promise.all(saves);
    // Each save answers the settings with every earlier change in it.
    answers.forEach((a, n) => {
      const i = Math.floor(n / 4);
      expect(a.hoverDelayMs).toBe(delays[i]);
      expect(a.sites).toHaveLength(n % 4 === 3 ? i + 1 : i);
    });
    expect(await loadSettings()).toMatchObject({
      hoverDelayMs: 400,
      markStyle: 'background',
      theme: 'light',
      sites: ['s0.example', 's1.example', 's2.example', 's3.example', 's4.example'],
    });
  });

  it('derives a change from the settings as saved, not from a stale copy', async () => {
    const stale = await loadSettings();
    await Promise.all(
      (['person', 'organisation', 'place'] as const).map((c) =>
        saveSettings((cur) => ({ categories: { ...cur.categories, [c]: false } })),
      ),
    );
    const s = await loadSettings();
    expect([s.categories.person, s.categories.organisation, s.categories.place]).toEqual([
      false,
      false,
      false,
    ]);
    expect(stale.categories.person).toBe(true);
  });

  it('keeps writing after a failed save', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('disk full'));
    const first = saveSettings({ hoverDelayMs: 500 });
    const second = saveSettings({ theme: 'dark' });
    await expect(first).rejects.toThrow('disk full');
    expect(await second).toMatchObject({ theme: 'dark' });
  });

  it('tells watchers once per change, with sanitised values', async () => {
    const seen: number[] = [];
    const off = watchSettings((s) => seen.push(s.hoverDelayMs));
    await new Promise((r) => setTimeout(r, 10));
    await saveSettings({ hoverDelayMs: 300 });
    await new Promise((r) => setTimeout(r, 20));
    await fakeBrowser.storage.sync.set({ settings: { hoverDelayMs: 'bad' } });
    await new Promise((r) => setTimeout(r, 20));
    off();
    expect(seen).toEqual([300, 150]);
  });
});
