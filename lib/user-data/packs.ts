/**
 * Pack operations, independent of messaging: import (validate everything, then one write),
 * list, enable, disable, remove, export, and the compiled packs the runtime merges.
 */
import type { Bundle } from '../dataset/runtime';
import type { CompiledData } from '../dataset/compile';
import { compileDataset } from '../dataset/compile';
import { packToJson, parsePack, type PackMeta, type PackResult } from '../dataset/pack';
import type { PackPart } from './merge';
import type { PackStore } from './pack-store';
import { StoreError, type StoredPack } from './types';

/** What the options page lists. */
export interface PackInfo extends PackMeta {
  enabled: boolean;
  importedAt: number;
  bytes: number;
  counts: { entities: number; sources: number };
}

/** A stored record that has the shape of a pack (storage is not trusted either). */
export function isStoredPack(x: unknown): x is StoredPack {
  const p = x as Partial<StoredPack> | null;
  return (
    !!p &&
    typeof p.id === 'string' &&
    !!p.meta &&
    typeof p.meta.name === 'string' &&
    !!p.data &&
    Array.isArray(p.data.entities) &&
    Array.isArray(p.data.sources) &&
    Array.isArray(p.data.confusables)
  );
}

export const packInfo = (p: StoredPack): PackInfo => ({
  ...p.meta,
  enabled: p.enabled,
  importedAt: p.importedAt,
  bytes: p.bytes,
  counts: p.counts,
});

/** Ids already taken: by the bundled data and by installed packs (other than `except`). */
export function knownIds(bundle: Bundle, packs: StoredPack[], except?: string): CompiledData {
  const ids = (xs: unknown[]) =>
    xs.map((x) => ({ id: String((x as { id?: unknown }).id) })) as { id: string }[];
  const others = packs.filter((p) => p.id !== except);
  return {
    entities: [...bundle.entities, ...others.flatMap((p) => ids(p.data.entities))],
    sources: [...bundle.sources, ...others.flatMap((p) => ids(p.data.sources))],
    dictionary: [],
    collisions: [],
  } as unknown as CompiledData;
}

export const stampOf = (bundle: Bundle, p: StoredPack) => `${bundle.version}|${p.importedAt}`;

/** Validates a pack file and, only if all of it is valid, stores it in one transaction. */
export async function importPack(
  store: PackStore,
  bundle: Bundle,
  text: string,
  now = Date.now(),
): Promise<PackResult<PackInfo>> {
  const installed = await store.list();
  const r = parsePack(text, (meta) => {
    const existing = installed.find((p) => p.id === meta.id);
    return existing
      ? `id: a pack "${meta.id}" is already installed (version ${existing.meta.version}); remove it first to replace it`
      : knownIds(bundle, installed);
  });
  if (!r.ok) return r;
  const { pack, compiled } = r.value;
  const stored: StoredPack = {
    id: pack.meta.id,
    ...pack,
    enabled: true,
    importedAt: now,
    bytes: new TextEncoder().encode(text).length,
    counts: { entities: compiled.entities.length, sources: compiled.sources.length },
  };
  await store.put([
    { pack: stored, compiled: { id: stored.id, stamp: stampOf(bundle, stored), compiled } },
  ]);
  return { ok: true, value: packInfo(stored) };
}

export async function exportPack(store: PackStore, id: string): Promise<string> {
  const p = await store.get(id);
  if (!p) throw new StoreError('not-found', `No pack "${id}"`);
  return packToJson(p);
}

/** A pack that could not be loaded (e.g. the bundled data now uses one of its ids). */
export interface PackProblem {
  id: string;
  errors: string[];
}

/**
 * The compiled form of every enabled pack, from the cache when it was built against this
 * bundled data, else compiled again (and cached). A pack that no longer compiles is left out
 * and reported — never deleted.
 */
export async function loadEnabledPacks(
  store: PackStore,
  bundle: Bundle,
): Promise<{ parts: PackPart[]; problems: PackProblem[] }> {
  const all = (await store.list()).filter(isStoredPack);
  const parts: PackPart[] = [];
  const problems: PackProblem[] = [];
  for (const p of all.filter((x) => x.enabled).sort((a, b) => a.importedAt - b.importedAt)) {
    try {
      parts.push(await loadOne(store, bundle, all, p));
    } catch (e) {
      // A damaged record (another version, a broken profile): left out and reported, kept.
      problems.push({ id: String(p.id), errors: [e instanceof Error ? e.message : String(e)] });
    }
  }
  return { parts, problems };
}

async function loadOne(
  store: PackStore,
  bundle: Bundle,
  all: StoredPack[],
  p: StoredPack,
): Promise<PackPart> {
  const stamp = stampOf(bundle, p);
  const cached = await store.getCompiled(p.id);
  if (cached?.stamp === stamp)
    return { id: p.id, version: p.meta.version, compiled: cached.compiled };
  const r = compileDataset(
    {
      sources: [{ name: 'sources', data: p.data.sources }],
      entities: [{ name: 'entities', data: p.data.entities }],
      confusables: [{ name: 'confusables', data: p.data.confusables }],
    },
    p.id,
    knownIds(bundle, all, p.id),
  );
  if (!r.ok) throw new Error(r.errors.slice(0, 10).join('; '));
  await store.putCompiled({ id: p.id, stamp, compiled: r.value });
  return { id: p.id, version: p.meta.version, compiled: r.value };
}
