import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import bundle from '../../lib/generated/dataset.json';
import type { Bundle } from '../../lib/dataset/runtime';
import { DB_VERSION, openInklingDb, reconnecting } from '../../lib/user-data/db';
import { idbPackStore, memoryPackStore, openPackStore } from '../../lib/user-data/pack-store';
import { exportPack, importPack, loadEnabledPacks } from '../../lib/user-data/packs';
import { backupToJson, planRestore } from '../../lib/user-data/backup';
import { defaultSettings } from '../../lib/settings/settings';
import { StoreError } from '../../lib/user-data/types';
import { packText, validPack } from './packs-fixture';

const bundled = bundle as unknown as Bundle;
let n = 0;
const freshName = () => `inkling-test-${n++}`;

afterEach(() => vi.restoreAllMocks());

describe('the IndexedDB schema', () => {
  it('upgrades a version-1 database and keeps its packs', async () => {
    const name = freshName();
    const v1 = await openDB(name, 1, {
      upgrade: (db) => void db.createObjectStore('packs', { keyPath: 'id' }),
    });
    const stored = { id: 'old', meta: { id: 'old' }, data: {}, enabled: true };
    await v1.put('packs', stored);
    v1.close();
    const db = await openInklingDb({ name });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['compiled', 'packs']);
    expect(await db.get('packs', 'old')).toEqual(stored);
    db.close();
  });

  it('closes its connection when a newer version needs the database (blocking)', async () => {
    const name = freshName();
    const lost = vi.fn();
    await openInklingDb({ name, onLost: lost });
    const newer = await openDB(name, DB_VERSION + 1);
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(lost).toHaveBeenCalled();
    newer.close();
  });

  it('times out instead of hanging when an upgrade stays blocked', async () => {
    const name = freshName();
    // An old connection that ignores versionchange: the upgrade to our version is blocked.
    const stuck = await openDB(name, 1);
    await expect(openInklingDb({ name, timeoutMs: 200 })).rejects.toThrow(/did not open/);
    stuck.close();
  });

  it('opens a lost or failed connection afresh on next use (packs and research log alike)', async () => {
    let opens = 0;
    let lose = () => {};
    const conn = reconnecting(async (onLost) => {
      opens++;
      if (opens === 1) throw new Error('did not open');
      lose = onLost;
      return { close: () => undefined, n: opens };
    });
    await expect(conn.get()).rejects.toThrow('did not open');
    expect((await conn.get()).n).toBe(2);
    expect((await conn.get()).n).toBe(2);
    lose();
    expect((await conn.get()).n).toBe(3);
  });

  it('falls back to memory when IndexedDB is unavailable, and says why', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = await openPackStore({ name: freshName() });
    vi.unstubAllGlobals();
    expect(store.backend).toBe('memory');
    expect(store.problem).toMatch(/not available/);
  });
});

describe('packs in the store', () => {
  const idbStore = async () => {
    const name = freshName();
    return idbPackStore(() => openInklingDb({ name }));
  };

  it('imports a valid pack, lists it, exports it and loads it compiled', async () => {
    const store = await idbStore();
    const r = await importPack(store, bundled, packText(validPack()), 1000);
    expect(r).toMatchObject({ ok: true, value: { id: 'test-pack', enabled: true } });
    expect((await store.list()).map((p) => p.id)).toEqual(['test-pack']);
    expect(JSON.parse(await exportPack(store, 'test-pack')).entities).toEqual(validPack().entities);
    const { parts, problems } = await loadEnabledPacks(store, bundled);
    expect(problems).toEqual([]);
    expect(parts.map((p) => p.compiled.entities[0]!.id)).toEqual(['test-pack-quasar-lab']);
  });

  it('writes nothing when a pack is invalid', async () => {
    const store = await idbStore();
    const bad = validPack();
    bad.entities[0]!.facts = [];
    const r = await importPack(store, bundled, packText(bad));
    expect(r.ok).toBe(false);
    expect(await store.list()).toEqual([]);
  });

  it('never replaces an installed pack silently', async () => {
    const store = await idbStore();
    await importPack(store, bundled, packText(validPack()), 1);
    const newer = { ...validPack(), version: '2.0.0' };
    const r = await importPack(store, bundled, packText(newer), 2);
    expect(r.ok ? '' : r.errors[0]).toMatch(/already installed \(version 1\.0\.0\)/);
    expect((await store.get('test-pack'))!.meta.version).toBe('1.0.0');
  });

  it('refuses ids used by another installed pack', async () => {
    const store = await idbStore();
    await importPack(store, bundled, packText(validPack()), 1);
    const other = { ...validPack(), id: 'other-pack' };
    const r = await importPack(store, bundled, packText(other), 2);
    expect(r.ok ? [] : r.errors).toContain(
      'entities[0].id: duplicate entity id "test-pack-quasar-lab"',
    );
  });

  it('leaves disabled packs out, and brings them back when enabled', async () => {
    const store = await idbStore();
    await importPack(store, bundled, packText(validPack()), 1);
    await store.setEnabled('test-pack', false);
    expect((await loadEnabledPacks(store, bundled)).parts).toEqual([]);
    await store.setEnabled('test-pack', true);
    expect((await loadEnabledPacks(store, bundled)).parts).toHaveLength(1);
  });

  it('recompiles when the cache was built against other bundled data', async () => {
    const store = await idbStore();
    await importPack(store, bundled, packText(validPack()), 1);
    const newer = { ...bundled, version: 'next' };
    const { parts } = await loadEnabledPacks(store, newer);
    expect(parts).toHaveLength(1);
    expect((await store.getCompiled('test-pack'))!.stamp).toBe('next|1');
  });

  it('reports a pack that no longer compiles, and keeps it', async () => {
    const store = await idbStore();
    await importPack(store, bundled, packText(validPack()), 1);
    // The bundled data of a later version took one of the pack's ids.
    const later = {
      ...bundled,
      version: 'later',
      entities: [...bundled.entities, { ...bundled.entities[0]!, id: 'test-pack-quasar-lab' }],
    };
    const { parts, problems } = await loadEnabledPacks(store, later);
    expect(parts).toEqual([]);
    expect(problems[0]!.errors[0]).toMatch(/duplicate entity id/);
    expect(await store.get('test-pack')).toBeDefined();
  });

  it('keeps loading other packs when a stored record is damaged, and keeps the record', async () => {
    const name = freshName();
    const store = idbPackStore(() => openInklingDb({ name }));
    await importPack(store, bundled, packText(validPack()), 1);
    const db = await openInklingDb({ name });
    await db.put('packs', { id: 'junk', enabled: true } as never);
    const corrupt = { ...(await db.get('packs', 'test-pack'))!, id: 'half', importedAt: 2 };
    corrupt.data = { ...corrupt.data, entities: [{ id: 'x' }] };
    await db.put('packs', corrupt);
    const { parts, problems } = await loadEnabledPacks(store, bundled);
    expect(parts.map((p) => p.id)).toEqual(['test-pack']);
    expect(problems.map((p) => p.id)).toEqual(['half']);
    expect((await store.list()).map((p) => p.id).sort()).toEqual(['half', 'junk', 'test-pack']);
    db.close();
  });

  it('turns a full disk into a message with the size needed, and rolls back', async () => {
    const store = await idbStore();
    await importPack(store, bundled, packText(validPack('first')), 1);
    const quota = new DOMException('full', 'QuotaExceededError');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw quota;
    });
    const err = await importPack(store, bundled, packText(validPack('second')), 2).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).kind).toBe('quota');
    expect((err as Error).message).toMatch(/needs about \d+\.\d MB/);
    expect((await store.list()).map((p) => p.id)).toEqual(['first']);
  });

  it('works the same in memory', async () => {
    const store = memoryPackStore('test');
    await importPack(store, bundled, packText(validPack()), 1);
    await store.setEnabled('test-pack', false);
    expect((await store.list())[0]!.enabled).toBe(false);
    await store.remove('test-pack');
    expect(await store.list()).toEqual([]);
  });
});

describe('backup', () => {
  it('round-trips settings and packs, keeping installed packs as they are', async () => {
    const source = memoryPackStore();
    await importPack(source, bundled, packText(validPack('one')), 1);
    await importPack(source, bundled, packText(validPack('two')), 2);
    await source.setEnabled('two', false);
    const settings = { ...defaultSettings, hoverDelayMs: 400, sites: ['example.com'] };
    const file = backupToJson(settings, await source.list());

    const target = memoryPackStore();
    await importPack(target, bundled, packText(validPack('one')), 5);
    const plan = await planRestore(target, bundled, file, 10);
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(plan.value.skipped).toEqual(['one']);
    expect(plan.value.writes.map((w) => [w.pack.id, w.pack.enabled])).toEqual([['two', false]]);
    expect(plan.value.settings).toEqual(settings);
  });

  it('carries the "Not this one" choices, sanitised', async () => {
    const r = {
      site: 'music.example.com',
      entity: 'wu-fei',
      text: 'Wu Fei',
      name: 'Wu Fei',
      at: 1,
    };
    const file = backupToJson(defaultSettings, [], new Date(0), [r]);
    const tampered = JSON.parse(file) as { rejections: unknown[] };
    tampered.rejections.push({ site: 'x', entity: 'BAD ID', text: 'y' }, 'junk');
    const plan = await planRestore(memoryPackStore(), bundled, JSON.stringify(tampered));
    if (!plan.ok) throw new Error(plan.errors.join('\n'));
    expect(plan.value.rejections).toEqual([r]);
  });

  it('refuses the whole backup when one pack is invalid, with the pack in the path', async () => {
    const bad = validPack('bad');
    (bad.sources[0] as { url: string }).url = 'javascript:alert(1)';
    const file = JSON.stringify({
      format: 'inkling-backup',
      version: 1,
      settings: {},
      packs: [
        { enabled: true, pack: validPack('good') },
        { enabled: true, pack: bad },
      ],
    });
    const r = await planRestore(memoryPackStore(), bundled, file);
    expect(r.ok ? [] : r.errors[0]).toBe('packs[1].pack.sources[0].url: must be https');
  });

  it('refuses files that are not backups', async () => {
    const r = await planRestore(memoryPackStore(), bundled, packText(validPack()));
    expect(r.ok ? '' : r.errors[0]).toMatch(/not an Inkling backup/);
  });
});
