/**
 * Where packs live: IndexedDB when it works, memory when it does not (a private window, a broken
 * profile). Every write that matters is one transaction; a full disk becomes a StoreError the
 * options page shows with the size needed, and nothing half-written is left behind.
 */
import { openInklingDb, reconnecting, type InklingDatabase, type OpenOptions } from './db';
import { StoreError, type CachedCompile, type StoredPack } from './types';

export interface PackWrite {
  pack: StoredPack;
  compiled?: CachedCompile;
}

export interface PackStore {
  /** 'memory' means packs last only until the browser stops the worker; the UI says so. */
  readonly backend: 'indexeddb' | 'memory';
  /** Why IndexedDB is not used, when it is not. */
  readonly problem?: string;
  list(): Promise<StoredPack[]>;
  get(id: string): Promise<StoredPack | undefined>;
  /** Writes packs and their compiled caches in one transaction: all of them or none. */
  put(items: PackWrite[]): Promise<void>;
  setEnabled(id: string, enabled: boolean): Promise<StoredPack>;
  remove(id: string): Promise<void>;
  getCompiled(id: string): Promise<CachedCompile | undefined>;
  putCompiled(c: CachedCompile): Promise<void>;
}

function isQuota(e: unknown): boolean {
  const name = (e as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

function quotaError(bytes: number): StoreError {
  const mb = Math.max(0.1, bytes / 1024 / 1024).toFixed(1);
  return new StoreError(
    'quota',
    `Not enough storage space: this pack needs about ${mb} MB. Free some disk space or remove a pack, then import again. Nothing was changed.`,
  );
}

export function idbPackStore(db: () => Promise<InklingDatabase>): PackStore {
  return {
    backend: 'indexeddb',
    list: async () => (await db()).getAll('packs'),
    get: async (id) => (await db()).get('packs', id),
    async put(items) {
      const tx = (await db()).transaction(['packs', 'compiled'], 'readwrite');
      try {
        // No other await between these: a transaction commits itself at the first idle tick.
        await Promise.all([
          ...items.flatMap(({ pack, compiled }) => [
            tx.objectStore('packs').put(pack),
            compiled
              ? tx.objectStore('compiled').put(compiled)
              : tx.objectStore('compiled').delete(pack.id),
          ]),
          tx.done,
        ]);
      } catch (e) {
        if (isQuota(e)) throw quotaError(items.reduce((n, i) => n + i.pack.bytes, 0) * 3);
        throw e;
      }
    },
    async setEnabled(id, enabled) {
      const tx = (await db()).transaction('packs', 'readwrite');
      const pack = await tx.store.get(id);
      if (!pack) throw new StoreError('not-found', `No pack "${id}"`);
      const next = { ...pack, enabled };
      await Promise.all([tx.store.put(next), tx.done]);
      return next;
    },
    async remove(id) {
      const tx = (await db()).transaction(['packs', 'compiled'], 'readwrite');
      await Promise.all([
        tx.objectStore('packs').delete(id),
        tx.objectStore('compiled').delete(id),
        tx.done,
      ]);
    },
    getCompiled: async (id) => (await db()).get('compiled', id),
    async putCompiled(c) {
      // A cache: failing to write it (quota) only costs time at the next start.
      await (await db()).put('compiled', c).catch(() => undefined);
    },
  };
}

export function memoryPackStore(problem?: string): PackStore {
  const packs = new Map<string, StoredPack>();
  const compiled = new Map<string, CachedCompile>();
  return {
    backend: 'memory',
    problem,
    list: async () => [...packs.values()].map((p) => structuredClone(p)),
    get: async (id) => structuredClone(packs.get(id)),
    async put(items) {
      for (const { pack, compiled: c } of items) {
        packs.set(pack.id, structuredClone(pack));
        if (c) compiled.set(pack.id, c);
        else compiled.delete(pack.id);
      }
    },
    async setEnabled(id, enabled) {
      const pack = packs.get(id);
      if (!pack) throw new StoreError('not-found', `No pack "${id}"`);
      pack.enabled = enabled;
      return structuredClone(pack);
    },
    async remove(id) {
      packs.delete(id);
      compiled.delete(id);
    },
    getCompiled: async (id) => compiled.get(id),
    putCompiled: async (c) => void compiled.set(c.id, c),
  };
}

/**
 * Opens the store: IndexedDB, reconnecting after the browser or a newer version closes the
 * connection; memory when IndexedDB cannot be opened at all.
 */
export async function openPackStore(opts: OpenOptions = {}): Promise<PackStore> {
  const connection = reconnecting((onLost) =>
    openInklingDb({
      ...opts,
      onLost: () => {
        onLost();
        opts.onLost?.();
      },
    }),
  );
  try {
    await connection.get();
  } catch (e) {
    return memoryPackStore(e instanceof Error ? e.message : String(e));
  }
  return idbPackStore(connection.get);
}
