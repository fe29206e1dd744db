/**
 * Cases the mutation run (npm run test:mutation -- user-data) showed were unchecked in the
 * worker's store messages: damaged records in the list, its order, the data version on each
 * change (and not on a refused one), enabling again, export file names, and restoring a backup
 * with and without packs and "Not this one" choices. One worker store (IndexedDB, faked) for the
 * whole file: each test removes what it added.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { storeHandlers } from '../../lib/user-data/worker-handlers';
import { getPackStore } from '../../lib/user-data/instance';
import { importPack } from '../../lib/user-data/packs';
import { backupToJson } from '../../lib/user-data/backup';
import { bundled } from '../../lib/worker/runtime-holder';
import { dataVersionItem } from '../../lib/settings/data-version';
import { loadRejections, saveRejections } from '../../lib/settings/rejections-store';
import { loadSettings } from '../../lib/settings/settings-storage';
import { defaultSettings } from '../../lib/settings/settings';
import type { Rejection } from '../../lib/settings/rejections';
import { packText, validPack } from './packs-fixture';

const page = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/options.html') });
const h = storeHandlers;

beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  const store = await getPackStore();
  for (const p of await store.list()) await store.remove(p.id);
});

const rejection = (text: string): Rejection => ({
  site: 'a.org',
  entity: 'wu-fei',
  text,
  name: 'Wu Fei',
  at: 1,
});

describe('packs:list', () => {
  it('lists packs by import time and reports damaged records, kept', async () => {
    const store = await getPackStore();
    // Stored by id (a, b, c); listed by import time.
    await importPack(store, bundled, packText(validPack('a')), 20);
    await importPack(store, bundled, packText(validPack('b')), 10);
    await importPack(store, bundled, packText(validPack('c')), 30);
    await store.put([{ pack: { id: 'junk', enabled: true } as never }]);
    const list = await h['packs:list']!({}, page());
    expect(list.packs.map((p) => p.id)).toEqual(['b', 'a', 'c']);
    expect(list.backend).toBe('indexeddb');
    expect(list.storageProblem).toBeUndefined();
    expect(list.problems).toEqual([{ id: 'junk', errors: ['damaged record (kept, not loaded)'] }]);
  });
});

describe('pack changes and the data version', () => {
  it('counts up from the stored version on each change, not on a refused import', async () => {
    await dataVersionItem.setValue(5);
    const bad = await h['packs:import']!({ text: '{' }, page());
    expect(bad.ok).toBe(false);
    expect(await dataVersionItem.getValue()).toBe(5);
    const r = await h['packs:import']!({ text: packText(validPack('one')) }, page());
    expect(r.ok).toBe(true);
    expect(await dataVersionItem.getValue()).toBe(6);
    expect((await h['packs:enable']!({ id: 'one', enabled: false }, page())).enabled).toBe(false);
    expect((await h['packs:enable']!({ id: 'one', enabled: true }, page())).enabled).toBe(true);
    expect(await dataVersionItem.getValue()).toBe(8);
    expect(await h['packs:remove']!({ id: 'one' }, page())).toBe(true);
    expect(await dataVersionItem.getValue()).toBe(9);
  });
});

describe('export file names', () => {
  it('names a pack file by its id and a backup by the date', async () => {
    await importPack(await getPackStore(), bundled, packText(validPack('one')), 1);
    const pack = await h['packs:export']!({ id: 'one' }, page());
    expect(pack.filename).toBe('one.inkling-pack.json');
    expect(JSON.parse(pack.text).id).toBe('one');
    const backup = await h['backup:export']!({}, page());
    expect(backup.filename).toBe(`inkling-backup-${new Date().toISOString().slice(0, 10)}.json`);
    expect(JSON.parse(backup.text).packs).toHaveLength(1);
  });
});

describe('backup:import', () => {
  it('writes new packs and bumps the data version, adds choices, saves settings', async () => {
    await dataVersionItem.setValue(1);
    await saveRejections([rejection('Wu')]);
    const file = backupToJson({ ...defaultSettings, hoverDelayMs: 500 }, [], new Date(0), [
      rejection('Wu Fei'),
    ]);
    const withPack = JSON.parse(file) as { packs: unknown[] };
    withPack.packs = [{ enabled: false, pack: validPack('one') }];
    const r = await h['backup:import']!({ text: JSON.stringify(withPack) }, page());
    expect(r).toEqual({ ok: true, value: { added: ['one'], skipped: [] } });
    expect(await dataVersionItem.getValue()).toBe(2);
    expect((await (await getPackStore()).get('one'))?.enabled).toBe(false);
    expect((await loadRejections()).map((x) => x.text)).toEqual(['Wu', 'Wu Fei']);
    expect((await loadSettings()).hoverDelayMs).toBe(500);
  });

  it('leaves the data version and the choices alone when the backup has none', async () => {
    await dataVersionItem.setValue(1);
    await saveRejections([rejection('Wu')]);
    const file = backupToJson(defaultSettings, [], new Date(0), []);
    const r = await h['backup:import']!({ text: file }, page());
    expect(r).toEqual({ ok: true, value: { added: [], skipped: [] } });
    expect(await dataVersionItem.getValue()).toBe(1);
    expect((await loadRejections()).map((x) => x.text)).toEqual(['Wu']);
  });

  it('refuses a file that is not a backup and changes nothing', async () => {
    await dataVersionItem.setValue(1);
    const r = await h['backup:import']!({ text: '[]' }, page());
    expect(r.ok).toBe(false);
    expect(await dataVersionItem.getValue()).toBe(1);
  });
});
