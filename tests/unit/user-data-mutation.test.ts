/**
 * Cases the mutation run (npm run test:mutation -- user-data) showed were unchecked: how packs
 * merge into the bundled data (alias keys, confusables, relations shown on the other end) and
 * every refusal and field of a backup restore. Small hand-made bundles keep each run fast.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openInklingDb, reconnecting } from '../../lib/user-data/db';
import type { Bundle } from '../../lib/dataset/runtime';
import type { CompiledData, EntityRecord } from '../../lib/dataset/compile';
import type { DictEntry } from '../../lib/match/dictionary';
import { mergePacks, type PackPart } from '../../lib/user-data/merge';
import { BACKUP_FORMAT, backupToJson, planRestore } from '../../lib/user-data/backup';
import { idbPackStore, memoryPackStore, openPackStore } from '../../lib/user-data/pack-store';
import {
  exportPack,
  importPack,
  isStoredPack,
  knownIds,
  loadEnabledPacks,
} from '../../lib/user-data/packs';
import { PACK_LIMITS } from '../../lib/dataset/pack';
import { defaultSettings } from '../../lib/settings/settings';
import { validPack } from './packs-fixture';

const entity = (id: string, relations: EntityRecord['relations'] = []): EntityRecord =>
  ({ id, name: id, category: 'organisation', relations, origin: 'bundled' }) as never;
const rel = (other: string, direction: 'out' | 'in' = 'out') =>
  ({
    type: 'collaborates_with',
    direction,
    other,
    citation: { source: 's', quote: 'q' },
  }) as EntityRecord['relations'][number];
const entry = (text: string, mode: DictEntry['mode'], ids: string[], extra = {}): DictEntry => ({
  text,
  mode,
  ids,
  ...extra,
});
const bundleOf = (over: Partial<Bundle> = {}): Bundle => ({
  version: '1.0.0',
  hash: 'h',
  entities: [entity('baai')],
  sources: [{ id: 'b-src' } as never],
  dictionary: [],
  collisions: [],
  ...over,
});
const part = (id: string, compiled: Partial<CompiledData>, version = '2.0'): PackPart => ({
  id,
  version,
  compiled: { entities: [], sources: [], dictionary: [], collisions: [], ...compiled },
});

describe('mergePacks', () => {
  it('returns the bundle itself when no pack is enabled', () => {
    const b = bundleOf();
    expect(mergePacks(b, [])).toBe(b);
  });

  it('names every pack and version in the merged version', () => {
    const m = mergePacks(bundleOf(), [part('a', {}, '1'), part('b', {}, '2.1')]);
    expect(m.version).toBe('1.0.0+a@1,b@2.1');
    expect(m.hash).toBe('h');
  });

  it('gives one entry the ids of every entity a folded alias names, without duplicates', () => {
    const b = bundleOf({ dictionary: [entry('Quasar Lab', 'word', ['baai'])] });
    const m = mergePacks(b, [
      part('p', { dictionary: [entry('QUASAR  lab', 'word', ['q', 'baai'])] }),
    ]);
    expect(m.dictionary).toEqual([entry('Quasar Lab', 'word', ['baai', 'q'])]);
    // The bundled entry is copied, not changed: the next rebuild starts from the same bundle.
    expect(b.dictionary[0]!.ids).toEqual(['baai']);
  });

  it('keeps case-sensitive aliases apart by case, but one across compatibility forms', () => {
    const b = bundleOf({ dictionary: [entry('QRL', 'case', ['baai'])] });
    const m = mergePacks(b, [
      part('p', {
        dictionary: [entry('qrl', 'case', ['x']), entry('ＱＲＬ', 'case', ['y'])],
      }),
    ]);
    expect(m.dictionary).toEqual([
      entry('QRL', 'case', ['baai', 'y']),
      entry('qrl', 'case', ['x']),
    ]);
  });

  it('keeps the same text under two match modes as two entries', () => {
    const m = mergePacks(bundleOf({ dictionary: [entry('Nova', 'word', ['baai'])] }), [
      part('p', { dictionary: [entry('Nova', 'short', ['n'])] }),
    ]);
    expect(m.dictionary.map((d) => [d.mode, d.ids])).toEqual([
      ['word', ['baai']],
      ['short', ['n']],
    ]);
  });

  it('keeps every confusable as it is, after the names', () => {
    const c1 = entry('Nova', 'word', [], { confusable: { blocks: [] } });
    const c2 = entry('Nova', 'word', [], { confusable: { blocks: ['baai'] } });
    const m = mergePacks(bundleOf({ dictionary: [c1, entry('BAAI', 'case', ['baai'])] }), [
      part('p', { dictionary: [c2] }),
    ]);
    expect(m.dictionary).toEqual([entry('BAAI', 'case', ['baai']), c1, c2]);
  });

  it('keeps the bundled record when a pack reuses its id, and appends pack records', () => {
    const own = entity('q');
    const m = mergePacks(bundleOf(), [
      part('p', { entities: [{ ...entity('baai'), name: 'Impostor' }, own] }),
    ]);
    expect(m.entities.map((e) => [e.id, e.name])).toEqual([
      ['baai', 'baai'],
      ['q', 'q'],
    ]);
  });

  it('appends pack sources and collisions after the bundled ones, in pack order', () => {
    const b = bundleOf({ collisions: [{ alias: 'A', ids: ['x', 'y'] }] });
    const m = mergePacks(b, [
      part('p', { sources: [{ id: 'p-src' } as never], collisions: [{ alias: 'B', ids: ['z'] }] }),
      part('r', { sources: [{ id: 'r-src' } as never] }),
    ]);
    expect(m.sources.map((s) => s.id)).toEqual(['b-src', 'p-src', 'r-src']);
    expect(m.collisions.map((c) => c.alias)).toEqual(['A', 'B']);
  });

  it('shows each relation to an outside entity on that entity, reversed', () => {
    const b = bundleOf({ entities: [entity('baai', [rel('old')]), entity('thu')] });
    const m = mergePacks(b, [
      part('p', {
        entities: [
          entity('q', [rel('baai', 'out'), rel('baai', 'in'), rel('thu'), rel('q2'), rel('gone')]),
          entity('q2', [rel('q')]),
        ],
      }),
    ]);
    const relationsOf = (id: string) =>
      m.entities.find((e) => e.id === id)!.relations.map((r) => `${r.direction}:${r.other}`);
    // Two relations to the same bundled entity both show (its record is copied only once).
    expect(relationsOf('baai')).toEqual(['out:old', 'in:q', 'out:q']);
    expect(relationsOf('thu')).toEqual(['in:q']);
    // Relations inside the pack are already on both ends; unknown targets are left out.
    expect(relationsOf('q2')).toEqual(['out:q']);
    expect(b.entities[0]!.relations).toHaveLength(1);
  });

  it('shows a relation from one pack on an entity of another pack', () => {
    const m = mergePacks(bundleOf(), [
      part('p', { entities: [entity('q')] }),
      part('r', { entities: [entity('r1', [rel('q')])] }),
    ]);
    expect(m.entities.find((e) => e.id === 'q')!.relations).toEqual([
      { ...rel('r1'), direction: 'in' },
    ]);
  });
});

describe('backupToJson', () => {
  it('writes the format, version, date, settings, packs as files and the rejections', async () => {
    const store = memoryPackStore();
    await importPack(store, bundleOf(), JSON.stringify(validPack('one')), 7);
    await store.setEnabled('one', false);
    const text = backupToJson(defaultSettings, await store.list(), new Date(Date.UTC(2026, 0, 2)));
    expect(text.startsWith('{\n  "format": "inkling-backup",\n  "version": 1,')).toBe(true);
    expect(JSON.parse(text)).toEqual({
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: '2026-01-02T00:00:00.000Z',
      settings: defaultSettings,
      packs: [{ enabled: false, pack: { ...validPack('one'), confusables: [] } }],
      rejections: [],
    });
  });
});

describe('planRestore', () => {
  const backup = (over: Record<string, unknown>) =>
    JSON.stringify({ format: 'inkling-backup', version: 1, ...over });
  const plan = async (text: string, store = memoryPackStore(), now = 1000) =>
    planRestore(store, bundleOf(), text, now);
  const errorsOf = async (text: string, store = memoryPackStore()) => {
    const r = await plan(text, store);
    return r.ok ? [] : r.errors;
  };

  it('refuses a file over twice the pack limit before parsing it', async () => {
    const limit = PACK_LIMITS.bytes * 2;
    expect(await errorsOf(' '.repeat(limit + 1))).toEqual(['file: too large']);
    expect((await errorsOf(' '.repeat(limit)))[0]).toMatch(/^file: is not valid JSON \(.+\)$/);
  });

  it('reads a file that starts with a byte order mark, and only there', async () => {
    const r = await plan('\uFEFF' + backup({}));
    expect(r.ok).toBe(true);
    const inside = backup({}).replace('{', '{\uFEFF');
    expect((await errorsOf(inside))[0]).toMatch(/^file: is not valid JSON/);
  });

  it('refuses JSON that is not a backup', async () => {
    const refusal = ['file: is not an Inkling backup (format must be "inkling-backup")'];
    for (const text of ['null', '"inkling-backup"', '[]', '{"format":"inkling-pack"}'])
      expect(await errorsOf(text), text).toEqual(refusal);
  });

  it('refuses packs that are not a list, and restores a file without packs', async () => {
    expect(await errorsOf(backup({ packs: { a: 1 } }))).toEqual(['packs: must be an array']);
    const r = await plan(backup({ settings: { hoverDelayMs: 300 } }));
    expect(r).toEqual({
      ok: true,
      value: {
        settings: { ...defaultSettings, hoverDelayMs: 300 },
        rejections: [],
        writes: [],
        skipped: [],
      },
    });
  });

  it('falls back to the default settings when the file has none usable', async () => {
    const r = await plan(backup({ settings: 'dark', packs: [] }));
    expect(r.ok && r.value.settings).toEqual(defaultSettings);
  });

  it('stores each new pack with its state, time, size, counts and compiled cache', async () => {
    const one = validPack('one');
    const two = validPack('two');
    const r = await plan(
      backup({
        packs: [
          { pack: one },
          { enabled: false, pack: two },
          { enabled: 'no', pack: validPack('three') },
        ],
      }),
      memoryPackStore(),
      500,
    );
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const packs = r.value.writes.map((w) => w.pack);
    expect(packs.map((p) => [p.id, p.enabled, p.importedAt])).toEqual([
      ['one', true, 500],
      ['two', false, 501],
      ['three', true, 502],
    ]);
    expect(packs[0]!.bytes).toBe(JSON.stringify(one).length);
    expect(packs[0]!.counts).toEqual({ entities: 1, sources: 1 });
    expect(packs[0]!.meta).toEqual({
      id: 'one',
      name: 'Test pack',
      version: '1.0.0',
      licence: 'CC BY 4.0',
    });
    const cache = r.value.writes[1]!.compiled!;
    expect(cache.id).toBe('two');
    expect(cache.stamp).toBe('1.0.0|501');
    expect(cache.compiled.entities.map((e) => e.id)).toEqual(['two-quasar-lab']);
  });

  it('skips installed packs by id only', async () => {
    const store = memoryPackStore();
    await importPack(store, bundleOf(), JSON.stringify(validPack('one')), 1);
    const r = await plan(
      backup({ packs: [{ pack: validPack('one') }, { pack: { ...validPack('x'), id: 5 } }] }),
      store,
    );
    expect(r.ok ? r.value.skipped : r.errors).toEqual([
      'packs[1].pack.id: Invalid type: Expected string but received 5',
    ]);
    const ok = await plan(backup({ packs: [{ pack: validPack('one') }] }), store);
    expect(ok.ok && [ok.value.skipped, ok.value.writes]).toEqual([['one'], []]);
  });

  it('refuses a second pack in the file that reuses the entity and source ids of the first', async () => {
    const again = { ...validPack('one'), id: 'other' };
    const errs = await errorsOf(backup({ packs: [{ pack: validPack('one') }, { pack: again }] }));
    expect(errs).toEqual([
      'packs[1].pack.sources[0].id: duplicate source id "one-src"',
      'packs[1].pack.entities[0].id: duplicate entity id "one-quasar-lab"',
    ]);
  });

  it('reports a missing pack at its index, without the "file: " prefix', async () => {
    const errs = await errorsOf(backup({ packs: [{ pack: validPack('one') }, null] }));
    expect(errs).toEqual([
      'packs[1].pack.must be a JSON object with id, name, version, licence, sources, entities',
    ]);
  });

  it('refuses a new pack whose records reuse the ids of an installed pack', async () => {
    const store = memoryPackStore();
    await importPack(store, bundleOf(), JSON.stringify(validPack('one')), 1);
    const errs = await errorsOf(
      backup({ packs: [{ pack: { ...validPack('one'), id: 'other' } }] }),
      store,
    );
    expect(errs).toEqual([
      'packs[0].pack.sources[0].id: duplicate source id "one-src"',
      'packs[0].pack.entities[0].id: duplicate entity id "one-quasar-lab"',
    ]);
  });

  it('reports at most the error limit', async () => {
    const bad = (i: number) => ({ pack: { ...validPack(`p${i}`), licence: '' } });
    const errs = await errorsOf(backup({ packs: Array.from({ length: 60 }, (_, i) => bad(i)) }));
    expect(errs).toHaveLength(PACK_LIMITS.errors);
    expect(errs[0]).toMatch(/^packs\[0\]\.pack\.licence: /);
  });
});

describe('pack operations', () => {
  const text = (id: string) => JSON.stringify(validPack(id));

  it('imports a pack enabled, with its size in UTF-8 bytes, counts and a compiled cache', async () => {
    const store = memoryPackStore();
    const r = await importPack(store, bundleOf(), text('one'), 42);
    expect(r).toEqual({
      ok: true,
      value: {
        id: 'one',
        name: 'Test pack',
        version: '1.0.0',
        licence: 'CC BY 4.0',
        enabled: true,
        importedAt: 42,
        bytes: new TextEncoder().encode(text('one')).length,
        counts: { entities: 1, sources: 1 },
      },
    });
    // The pack's Chinese name takes three bytes a character.
    expect(r.ok && r.value.bytes).toBeGreaterThan(text('one').length);
    expect((await store.getCompiled('one'))?.stamp).toBe('1.0.0|42');
  });

  it('refuses a second import of the same pack id, naming the installed version', async () => {
    const store = memoryPackStore();
    await importPack(store, bundleOf(), text('one'), 1);
    const again = await importPack(
      store,
      bundleOf(),
      JSON.stringify({ ...validPack('one'), version: '2.0' }),
    );
    expect(again).toEqual({
      ok: false,
      errors: [
        'id: a pack "one" is already installed (version 1.0.0); remove it first to replace it',
      ],
    });
    const clash = await importPack(
      store,
      bundleOf(),
      JSON.stringify({ ...validPack('one'), id: 'two' }),
    );
    expect(clash.ok ? [] : clash.errors).toEqual([
      'sources[0].id: duplicate source id "one-src"',
      'entities[0].id: duplicate entity id "one-quasar-lab"',
    ]);
  });

  it('exports what was imported, and refuses an unknown id', async () => {
    const store = memoryPackStore();
    await importPack(store, bundleOf(), text('one'), 1);
    expect(JSON.parse(await exportPack(store, 'one'))).toEqual({
      ...validPack('one'),
      confusables: [],
    });
    await expect(exportPack(store, 'nope')).rejects.toMatchObject({
      kind: 'not-found',
      message: 'No pack "nope"',
    });
  });

  it('loads enabled packs in import order, from the cache when it is current', async () => {
    const store = memoryPackStore();
    await importPack(store, bundleOf(), text('late'), 20);
    await importPack(store, bundleOf(), text('early'), 10);
    await importPack(store, bundleOf(), text('off'), 5);
    await store.setEnabled('off', false);
    const cached = await store.getCompiled('late');
    const marker = { ...cached!.compiled, collisions: [{ alias: 'from-cache', ids: [] }] };
    await store.putCompiled({ ...cached!, compiled: marker });
    const { parts, problems } = await loadEnabledPacks(store, bundleOf());
    expect(problems).toEqual([]);
    expect(parts.map((p) => [p.id, p.version])).toEqual([
      ['early', '1.0.0'],
      ['late', '1.0.0'],
    ]);
    expect(parts[1]!.compiled).toBe(marker);
  });

  it('compiles again, and caches, when the bundled data changed', async () => {
    const store = memoryPackStore();
    await importPack(store, bundleOf(), text('one'), 1);
    const newer = bundleOf({ version: '1.1.0' });
    const { parts } = await loadEnabledPacks(store, newer);
    expect(parts[0]!.compiled.entities.map((e) => e.id)).toEqual(['one-quasar-lab']);
    expect((await store.getCompiled('one'))?.stamp).toBe('1.1.0|1');
  });

  it('reports and keeps a pack that no longer compiles, leaves out a damaged record', async () => {
    const store = memoryPackStore();
    await importPack(store, bundleOf(), text('one'), 1);
    // The bundled data now has an entity with the pack's id.
    const clash = bundleOf({ version: '2', entities: [entity('baai'), entity('one-quasar-lab')] });
    const r = await loadEnabledPacks(store, clash);
    expect(r.parts).toEqual([]);
    expect(r.problems).toEqual([
      { id: 'one', errors: ['entities[0].id: duplicate entity id "one-quasar-lab"'] },
    ]);
    expect((await store.list()).map((p) => p.id)).toEqual(['one']);
    const broken = memoryPackStore();
    const good = (await store.list())[0]!;
    await broken.put([
      { pack: { ...good, id: 'bad', data: { ...good.data, sources: 'x' as never } } },
      { pack: { ...good, id: 'thrower', meta: null as never } },
    ]);
    const loaded = await loadEnabledPacks(broken, bundleOf());
    expect(loaded).toEqual({ parts: [], problems: [] });
  });
});

describe('stored pack shape', () => {
  const good = {
    id: 'p',
    meta: { name: 'P' },
    data: { entities: [], sources: [], confusables: [] },
  };
  it('accepts a record with an id, a named meta and the three data lists', () => {
    expect(isStoredPack(good)).toBe(true);
  });
  it('refuses a record missing any of them', () => {
    const bad = [
      null,
      { ...good, id: 1 },
      { ...good, meta: undefined },
      { ...good, meta: { name: 2 } },
      { ...good, data: undefined },
      { ...good, data: { ...good.data, entities: {} } },
      { ...good, data: { ...good.data, sources: 'x' } },
      { ...good, data: { ...good.data, confusables: undefined } },
    ];
    for (const b of bad) expect(isStoredPack(b), JSON.stringify(b)).toBe(false);
  });
});

describe('known ids', () => {
  it('takes the bundled ids and every other installed pack', () => {
    const pack = (id: string) =>
      ({
        id,
        data: { entities: [{ id: `${id}-e` }], sources: [{ id: `${id}-s` }], confusables: [] },
      }) as never;
    const k = knownIds(bundleOf(), [pack('a'), pack('b')], 'a');
    expect(k.entities.map((e) => e.id)).toEqual(['baai', 'b-e']);
    expect(k.sources.map((s) => s.id)).toEqual(['b-src', 'b-s']);
    expect(knownIds(bundleOf(), [pack('a')]).entities.map((e) => e.id)).toEqual(['baai', 'a-e']);
  });
});

describe('memory pack store', () => {
  it('keeps copies, enables, removes and drops a stale cache on rewrite', async () => {
    const store = memoryPackStore('no IndexedDB');
    expect([store.backend, store.problem]).toEqual(['memory', 'no IndexedDB']);
    await importPack(store, bundleOf(), JSON.stringify(validPack('one')), 1);
    const listed = (await store.list())[0]!;
    listed.enabled = false;
    expect((await store.get('one'))!.enabled).toBe(true);
    expect((await store.setEnabled('one', false)).enabled).toBe(false);
    expect((await store.get('one'))!.enabled).toBe(false);
    await expect(store.setEnabled('nope', true)).rejects.toMatchObject({ kind: 'not-found' });
    await store.put([{ pack: listed }]);
    expect(await store.getCompiled('one')).toBeUndefined();
    await store.remove('one');
    expect(await store.list()).toEqual([]);
    expect(await store.get('one')).toBeUndefined();
  });
});

describe('loading a stored pack that must be compiled again', () => {
  it('names the file of each error, at most ten, and compiles its confusables', async () => {
    const store = memoryPackStore();
    await importPack(store, bundleOf(), JSON.stringify(validPack('one')), 1);
    const good = (await store.list())[0]!;
    // Bundled data that now uses the pack's source id.
    const clash = bundleOf({ version: '2', sources: [{ id: 'one-src' } as never] });
    const r = await loadEnabledPacks(store, clash);
    expect(r.problems[0]!.errors[0]).toMatch(/^sources\[0\]\.id: /);

    const noisy = memoryPackStore();
    await noisy.put([
      { pack: { ...good, data: { ...good.data, entities: Array.from({ length: 12 }, () => 7) } } },
    ]);
    const [problem] = (await loadEnabledPacks(noisy, bundleOf())).problems;
    const parts = problem!.errors[0]!.split('; ');
    expect(parts).toHaveLength(10);
    expect(parts.every((m) => m.startsWith('entities['))).toBe(true);

    const withConfusable = memoryPackStore();
    const conf = { text: 'Quasar Robotics Lab Ltd', note: 'a shop' };
    await withConfusable.put([
      { pack: { ...good, data: { ...good.data, confusables: [conf] as never } } },
    ]);
    const loaded = await loadEnabledPacks(withConfusable, bundleOf());
    expect(loaded.problems).toEqual([]);
    expect(
      loaded.parts[0]!.compiled.dictionary.filter((e) => e.confusable).map((e) => e.text),
    ).toEqual(['Quasar Robotics Lab Ltd']);
    const badConf = memoryPackStore();
    await badConf.put([{ pack: { ...good, data: { ...good.data, confusables: [7] as never } } }]);
    const [p2] = (await loadEnabledPacks(badConf, bundleOf())).problems;
    expect(p2!.errors[0]).toMatch(/^confusables\[0\]/);
  });
});

describe('pack store on IndexedDB', () => {
  let n = 0;
  const fresh = () => `inkling-mutation-${n++}`;
  const stored = async (id: string, bytes: number) => {
    const m = memoryPackStore();
    await importPack(m, bundleOf(), JSON.stringify(validPack(id)), 1);
    return { ...(await m.list())[0]!, bytes };
  };

  it('turns either quota error into the size needed (three times the file), others not', async () => {
    const name = fresh();
    const store = idbPackStore(() => openInklingDb({ name }));
    const big = await stored('one', 2 * 1024 * 1024);
    const small = await stored('two', 100);
    const failWith = (e: unknown) =>
      vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
        throw e;
      });
    failWith(new DOMException('full', 'QuotaExceededError'));
    await expect(store.put([{ pack: big }, { pack: small }])).rejects.toThrow(
      /needs about 6\.0 MB/,
    );
    failWith(new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED'));
    await expect(store.put([{ pack: small }])).rejects.toThrow(/needs about 0\.1 MB/);
    const other = new Error('disk on fire');
    failWith(other);
    await expect(store.put([{ pack: small }])).rejects.toBe(other);
    vi.restoreAllMocks();
    expect(await store.list()).toEqual([]);
  });

  it('names the pack it cannot find', async () => {
    const name = fresh();
    const store = idbPackStore(() => openInklingDb({ name }));
    await expect(store.setEnabled('nope', true)).rejects.toThrow('No pack "nope"');
    await expect(memoryPackStore().setEnabled('nope', true)).rejects.toThrow('No pack "nope"');
  });

  it('opens the database it is given and says when a newer version takes it', async () => {
    const name = fresh();
    const lost = vi.fn();
    const store = await openPackStore({ name, onLost: lost });
    expect(store.backend).toBe('indexeddb');
    await store.put([{ pack: await stored('one', 1) }]);
    const db = await openInklingDb({ name });
    expect(await db.getAllKeys('packs')).toEqual(['one']);
    db.close();
    expect(lost).not.toHaveBeenCalled();
    const newer = await openDB(name, DB_VERSION + 1);
    expect(lost).toHaveBeenCalled();
    newer.close();
  });
});

describe('one connection that reconnects', () => {
  const counter = () => {
    const closed: number[] = [];
    const losers: (() => void)[] = [];
    let opens = 0;
    const open = (onLost: () => void) => {
      const k = ++opens;
      losers.push(onLost);
      return Promise.resolve({ k, close: () => void closed.push(k) });
    };
    return { open, closed, losers, opens: () => opens };
  };

  it('ignores a loss reported by a connection it already replaced', async () => {
    const c = counter();
    const conn = reconnecting(c.open);
    expect((await conn.get()).k).toBe(1);
    c.losers[0]!();
    expect((await conn.get()).k).toBe(2);
    c.losers[0]!();
    expect((await conn.get()).k).toBe(2);
  });

  it('ignores the failure of an open it already gave up', async () => {
    let fail: (e: Error) => void = () => {};
    let opens = 0;
    const conn = reconnecting(() => {
      opens++;
      if (opens === 1) return new Promise<{ close(): void }>((_, reject) => (fail = reject));
      return Promise.resolve({ close: () => undefined, k: opens });
    });
    const first = conn.get();
    const closing = conn.close();
    const second = conn.get();
    fail(new Error('late'));
    await expect(first).rejects.toThrow('late');
    await closing;
    await second;
    await conn.get();
    expect(opens).toBe(2);
  });

  it('closes the open connection, and opens afresh after', async () => {
    const c = counter();
    const conn = reconnecting(c.open);
    await conn.close();
    expect(c.opens()).toBe(0);
    await conn.get();
    await conn.close();
    expect(c.closed).toEqual([1]);
    expect((await conn.get()).k).toBe(2);
  });
});
