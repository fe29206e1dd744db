/**
 * The IndexedDB schema, through idb. Versions only ever add: an upgrade from any earlier version
 * keeps every pack (tests open a version-1 database with the current code).
 *
 *   1: packs     — the user's packs, keyed by pack id
 *   2: compiled  — compiled packs, a cache that may be dropped at any time
 *
 * Connections are one per context and survive faults: `blocking` (a newer version wants to open)
 * closes ours, `terminated` (the browser closed it) forgets it, and an open that never settles
 * (a `blocked` upgrade, a broken profile) times out so callers can degrade instead of hanging.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CachedCompile, StoredPack } from './types';

export const DB_NAME = 'inkling';
export const DB_VERSION = 2;

export interface InklingDB extends DBSchema {
  packs: { key: string; value: StoredPack };
  compiled: { key: string; value: CachedCompile };
}

export type InklingDatabase = IDBPDatabase<InklingDB>;

export interface OpenOptions {
  name?: string;
  timeoutMs?: number;
  /** Called when the connection is closed by the browser or by a newer version. */
  onLost?: () => void;
}

export async function openInklingDb(opts: OpenOptions = {}): Promise<InklingDatabase> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const opening = openDB<InklingDB>(opts.name ?? DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('packs', { keyPath: 'id' });
      if (oldVersion < 2) db.createObjectStore('compiled', { keyPath: 'id' });
    },
    blocked() {
      // Another connection holds an older version open; its `blocking` handler should close it.
      // If it never does, the timeout below turns the wait into an error.
    },
    blocking() {
      void opening.then((db) => db.close());
      opts.onLost?.();
    },
    terminated() {
      opts.onLost?.();
    },
  });
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error('IndexedDB did not open in time')),
      opts.timeoutMs ?? 5000,
    );
  });
  try {
    return await Promise.race([opening, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
