/**
 * "Not this one": marks the reader has said are not the entity (a namesake, a common word). One
 * choice covers one surface of one entity on one site ("Wu Fei" is not wu-fei on
 * music.example.com); it is kept in local storage (never synced), listed on the options page with
 * undo, and included in backups. Stored data is untrusted: every read is sanitised.
 */
import { foldKey } from '../text/tokenize';

export interface Rejection {
  /** Host name the choice applies to ("music.example.com"). */
  site: string;
  entity: string;
  /** The marked text as the page wrote it ("Wu Fei"); compared folded. */
  text: string;
  /** The entity's name when the choice was made, for the options page. */
  name: string;
  /** When (ms since epoch). */
  at: number;
}

export const MAX_REJECTIONS = 2000;

const reHost = /^[a-z0-9.-]{0,253}$/;

/** Keeps the valid entries of `raw` (at most MAX_REJECTIONS, one per site, entity and surface). */
export function sanitizeRejections(raw: unknown): Rejection[] {
  if (!Array.isArray(raw)) return [];
  const out: Rejection[] = [];
  const seen = new Set<string>();
  for (const r of raw as Partial<Rejection>[]) {
    if (!r || typeof r !== 'object') continue;
    const { site, entity, text, name, at } = r;
    if (typeof site !== 'string' || !reHost.test(site)) continue;
    if (typeof entity !== 'string' || !/^[a-z0-9-]{1,80}$/.test(entity)) continue;
    if (typeof text !== 'string' || text.length === 0 || text.length > 200) continue;
    const key = `${site}\u0000${rejectionKey(entity, text)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      site,
      entity,
      text,
      name: typeof name === 'string' ? name.slice(0, 160) : entity,
      at: typeof at === 'number' && Number.isFinite(at) ? at : 0,
    });
    if (out.length >= MAX_REJECTIONS) break;
  }
  return out;
}

/** One entity and one surface, folded as the matcher folds ("WU  Fei" = "Wu Fei"). */
export function rejectionKey(entity: string, text: string): string {
  return `${entity}\u0000${foldKey(text)}`;
}

/** The keys rejected on a host (and its parent domains' choices do not apply: one site). */
export function rejectedOn(list: Rejection[], host: string): Set<string> {
  const h = host.toLowerCase();
  return new Set(list.filter((r) => r.site === h).map((r) => rejectionKey(r.entity, r.text)));
}

/** `list` with `r` added (or kept once). */
export function withRejection(list: Rejection[], r: Rejection): Rejection[] {
  return sanitizeRejections([...list, r]);
}

/** `list` without the choice for this site, entity and surface. */
export function withoutRejection(
  list: Rejection[],
  r: Pick<Rejection, 'site' | 'entity' | 'text'>,
): Rejection[] {
  const key = rejectionKey(r.entity, r.text);
  return list.filter((x) => !(x.site === r.site && rejectionKey(x.entity, x.text) === key));
}

/** Two lists merged (a restore adds to what is there). */
export function mergeRejections(a: Rejection[], b: Rejection[]): Rejection[] {
  return sanitizeRejections([...a, ...b]);
}
