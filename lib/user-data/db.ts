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
 * `openDatabase` and `reconnecting` give the research log (lib/claims/research-log.ts, its own
 * database) the same handling.
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

/**
 * Opens one of Inkling's databases with the fault handling every one needs: a newer version
 * (`blocking`) closes ours, the browser closing it (`terminated`) is reported through `onLost`,
 * and an open that never settles times out.
 */
export async function openDatabase<S extends DBSchema>(
  name: string,
  version: number,
  upgrade: (db: IDBPDatabase<S>, oldVersion: number) => void,
  opts: Omit<OpenOptions, 'name'> = {},
): Promise<IDBPDatabase<S>> {
  if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const opening = openDB<S>(name, version, {
    upgrade: (db, oldVersion) => upgrade(db, oldVersion),
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

/**
 * One connection per context, opened on first use and opened afresh after it is lost or fails
 * to open (the next call tries again).
 */
export function reconnecting<T extends { close(): void }>(
  open: (onLost: () => void) => Promise<T>,
): { get: () => Promise<T>; close: () => Promise<void> } {
  let connection: Promise<T> | undefined;
  const get = () => {
    if (!connection) {
      const opening = open(() => {
        if (connection === opening) connection = undefined;
      });
      connection = opening;
      opening.catch(() => {
        if (connection === opening) connection = undefined;
      });
    }
    return connection;
  };
  const close = async () => {
    const c = connection;
    connection = undefined;
    if (c) (await c.catch(() => undefined))?.close();
  };
  return { get, close };
}

export function openInklingDb(opts: OpenOptions = {}): Promise<InklingDatabase> {
  return openDatabase<InklingDB>(
    opts.name ?? DB_NAME,
    DB_VERSION,
    (db, oldVersion) => {
      if (oldVersion < 1) db.createObjectStore('packs', { keyPath: 'id' });
      if (oldVersion < 2) db.createObjectStore('compiled', { keyPath: 'id' });
    },
    opts,
  );
}
