/**
 * "Not this one" on this site: the marks the reader said are the wrong entity, kept as entity +
 * folded surface (lib/settings/rejections.ts) so every mark of that surface for that entity
 * goes, and remembered for the site in local storage.
 */
import { rejectedOn, rejectionKey, type Rejection } from '../settings/rejections';
import type { Mention } from './page-index';

/** How a new list of stored choices differs from the one held. */
export type RejectionChange = 'same' | 'added' | 'undone';

export class SiteRejections {
  private keys = new Set<string>();

  constructor(private remember: (r: Rejection) => Promise<void>) {}

  /**
   * Hold the stored choices for `host`. 'undone' when one held is gone (its marks can come back
   * only by reading the page again), 'added' when there are only new ones.
   */
  replace(list: Rejection[], host: string): RejectionChange {
    const next = rejectedOn(list, host);
    const same = next.size === this.keys.size && [...next].every((k) => this.keys.has(k));
    if (same) return 'same';
    const undone = [...this.keys].some((k) => !next.has(k));
    this.keys = next;
    return undone ? 'undone' : 'added';
  }

  /** The reader rejected this mark: hold it now, store it for the site (a failure is harmless). */
  reject(m: Mention, name: string, site: string): void {
    this.keys.add(rejectionKey(m.entityId, m.text));
    void this.remember({ site, entity: m.entityId, text: m.text, name, at: Date.now() }).catch(
      () => undefined,
    );
  }

  /** The mentions not rejected. */
  keep(mentions: Mention[]): Mention[] {
    if (this.keys.size === 0) return mentions;
    return mentions.filter((m) => !this.keys.has(rejectionKey(m.entityId, m.text)));
  }
}
