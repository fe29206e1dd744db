/**
 * "Everything the user made" as one file — settings and packs — and back. A restore validates the
 * whole file first, writes every new pack in one transaction, and never overwrites or deletes an
 * installed pack (one with the same id is kept and reported).
 */
import type { Bundle } from '../dataset/runtime';
import { parsePack, PACK_LIMITS, type PackResult } from '../dataset/pack';
import { sanitizeSettings, type Settings } from '../settings/settings';
import { sanitizeRejections, type Rejection } from '../settings/rejections';
import type { PackStore, PackWrite } from './pack-store';
import { knownIds, stampOf } from './packs';
import type { StoredPack } from './types';

export const BACKUP_FORMAT = 'inkling-backup';

export function backupToJson(
  settings: Settings,
  packs: StoredPack[],
  now = new Date(),
  rejections: Rejection[] = [],
): string {
  return JSON.stringify(
    {
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: now.toISOString(),
      settings,
      packs: packs.map((p) => ({ enabled: p.enabled, pack: { ...p.meta, ...p.data } })),
      rejections,
    },
    null,
    2,
  );
}

export interface RestorePlan {
  settings: Settings;
  /** "Not this one" choices in the file (added to those already kept). */
  rejections: Rejection[];
  writes: PackWrite[];
  skipped: string[];
}

/** Validates a backup file completely; nothing is written here. */
export async function planRestore(
  store: PackStore,
  bundle: Bundle,
  text: string,
  now = Date.now(),
): Promise<PackResult<RestorePlan>> {
  if (text.length > PACK_LIMITS.bytes * 2) return { ok: false, errors: ['file: too large'] };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`file: is not valid JSON (${(e as Error).message})`] };
  }
  const file = raw as {
    format?: unknown;
    settings?: unknown;
    packs?: unknown;
    rejections?: unknown;
  } | null;
  if (!file || typeof file !== 'object' || file.format !== BACKUP_FORMAT)
    return {
      ok: false,
      errors: ['file: is not an Inkling backup (format must be "inkling-backup")'],
    };
  if (file.packs !== undefined && !Array.isArray(file.packs))
    return { ok: false, errors: ['packs: must be an array'] };
  const installed = await store.list();
  const taken = [...installed];
  const writes: PackWrite[] = [];
  const skipped: string[] = [];
  const errors: string[] = [];
  for (const [i, entry] of ((file.packs as unknown[]) ?? []).entries()) {
    const e = entry as { enabled?: unknown; pack?: unknown } | null;
    const id = (e?.pack as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string' && installed.some((p) => p.id === id)) {
      skipped.push(id);
      continue;
    }
    const r = parsePack(JSON.stringify(e?.pack ?? null), knownIds(bundle, taken));
    if (!r.ok) {
      errors.push(...r.errors.map((m) => `packs[${i}].pack.${m.replace(/^file: /, '')}`));
      continue;
    }
    const { pack, compiled } = r.value;
    const stored: StoredPack = {
      id: pack.meta.id,
      ...pack,
      enabled: e?.enabled !== false,
      importedAt: now + i,
      bytes: JSON.stringify(e?.pack).length,
      counts: { entities: compiled.entities.length, sources: compiled.sources.length },
    };
    taken.push(stored);
    writes.push({
      pack: stored,
      compiled: { id: stored.id, stamp: stampOf(bundle, stored), compiled },
    });
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, PACK_LIMITS.errors) };
  return {
    ok: true,
    value: {
      settings: sanitizeSettings(file.settings),
      rejections: sanitizeRejections(file.rejections),
      writes,
      skipped,
    },
  };
}
