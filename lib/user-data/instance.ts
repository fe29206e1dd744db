/** The worker's one pack store, opened on first use (IndexedDB, or memory when that fails). */
import { openPackStore, type PackStore } from './pack-store';

let store: Promise<PackStore> | undefined;

export function getPackStore(): Promise<PackStore> {
  store ??= openPackStore();
  return store;
}
