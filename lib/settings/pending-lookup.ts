/**
 * A lookup the context menu asked for, handed to the popup it opens. Session storage: it never
 * outlives the browser session, and the popup clears it when it reads it.
 */
import { storage } from '#imports';
import { lazyItem } from './lazy-item';

export interface PendingLookup {
  query: string;
  tabId?: number;
  at: number;
}

export const pendingLookupItem = lazyItem(() =>
  storage.defineItem<PendingLookup | null>('session:lookup', { fallback: null }),
);

/** Reads and clears the pending lookup; one older than `maxAgeMs` is stale and ignored. */
export async function takePendingLookup(
  now = Date.now(),
  maxAgeMs = 15_000,
): Promise<PendingLookup | null> {
  try {
    const p = await pendingLookupItem.getValue();
    if (!p) return null;
    await pendingLookupItem.removeValue();
    return now - p.at <= maxAgeMs && typeof p.query === 'string' ? p : null;
  } catch {
    return null;
  }
}
