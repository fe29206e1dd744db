/** What the store keeps: user packs (the user's data) and their compiled form (a cache). */
import type { CompiledData } from '../dataset/compile';
import type { Pack } from '../dataset/pack';

/** An installed pack. Never deleted except by the user's "Remove". */
export interface StoredPack extends Pack {
  id: string;
  enabled: boolean;
  importedAt: number;
  /** Size of the imported file, for the list and for quota messages. */
  bytes: number;
  counts: { entities: number; sources: number };
}

/**
 * A pack compiled against the bundled data of one version: derived data, safe to drop and rebuild
 * (`stamp` says what it was built from), so a 50,000-entity pack is not revalidated at each worker
 * start.
 */
export interface CachedCompile {
  id: string;
  stamp: string;
  compiled: CompiledData;
}

/** A failure the user should read (shown as is in the options page). */
export class StoreError extends Error {
  constructor(
    readonly kind: 'quota' | 'unavailable' | 'not-found' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}
