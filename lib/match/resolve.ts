/**
 * Which candidates become marks — decided per document, because pages name people in full once
 * and by surname afterwards. The rules (also in docs/MATCHING.md):
 *
 * 1. A 'word' or 'case' alias that names one entity is an anchor and is marked.
 * 2. An alias shared by several entities is marked only when exactly one of them is anchored.
 * 3. A 'short' alias (a bare surname or given name) is marked only when its entity is anchored,
 *    no other entity with the same short form is anchored, the short form is not part of
 *    someone else's name anywhere on the page ("Michael Lee", see find.ts), and no confusable
 *    on the page that blocks the entity contains the short form ("Zhu Rongji" blocks "Zhu").
 * 4. A 'context' alias (also a common word or first name: Caffe, Mila) is decided by a context
 *    judge on its sentence (context-judge.ts), which is told whether the entity is anchored and
 *    whether a confusable on the page contains the word ("Mila Kunis": contested).
 * 5. Confusables are never marked.
 */
import type { DictEntry, Dictionary } from './dictionary';
import type { Candidate } from './find';
import { foldKey } from '../text/tokenize';

export interface Resolved<C> {
  candidate: C;
  entityId: string;
  /** The dictionary entry that matched (its text is the alias shown on the card). */
  entry: number;
}

export interface ContextQuestion<C> {
  candidate: C;
  entityId: string;
  entry: number;
  anchored: boolean;
  /** A confusable on the page holds the same word ("Mila Kunis" for Mila). */
  contested: boolean;
}

export interface Resolution<C> {
  marks: Resolved<C>[];
  questions: ContextQuestion<C>[];
}

/** How near (in characters of page text) a field word or a related entity must be. */
export const FIELD_WINDOW = 300;
export const RELATED_WINDOW = 1500;
/** A full name without evidence of its own continues an evidenced one this close before it. */
export const CONTINUE_WINDOW = 2500;

/** Two names that share a short form this close together make it ambiguous. */
export const AMBIGUOUS_WINDOW = 150;

/** Someone else holds the short form (another person's name, a confusable, a namesake). */
const TAKEN = '\u0000';

export function resolveDocument<C extends Candidate>(
  dict: Dictionary,
  candidates: C[],
): Resolution<C> {
  const pos = (c: Candidate) => c.pos ?? c.start;
  /** Entities named unambiguously on the page (before the evidence rule). */
  const anchored = new Set<string>();
  const seen = new Set<number>();
  const confusables: { key: string; blocks: string[] }[] = [];
  /** Positions of field words, and of every entity's unambiguous names, in document order. */
  const fieldAt: number[] = [];
  const namedAt = new Map<string, number[]>();
  /** People whose Chinese name is on the page (evidence for their Latin names). */
  const chineseName = new Set<string>();
  for (const c of candidates) {
    for (const idx of c.entries) {
      const e = dict.entries[idx]!;
      if (e.field) fieldAt.push(pos(c));
      else if (e.confusable) {
        if (!seen.has(idx))
          confusables.push({ key: ` ${foldKey(e.text)} `, blocks: e.confusable.blocks });
        seen.add(idx);
      } else if (strongEntry(e, c)) {
        const id = e.ids[0]!;
        anchored.add(id);
        let list = namedAt.get(id);
        if (!list) namedAt.set(id, (list = []));
        list.push(pos(c));
        if (reHan.test(e.text)) chineseName.add(id);
      }
    }
  }
  const near = (list: number[] | undefined, p: number, w: number) =>
    list !== undefined && list.length > 0 && nearest(list, p) <= w;

  /** Is there evidence that the full name at `c` is our person (the namesake rule)? */
  const evidenced = (id: string, c: C, text: string): boolean => {
    const related = dict.evidence.get(id);
    if (!related) return true;
    const p = pos(c);
    if (near(fieldAt, p, FIELD_WINDOW)) return true;
    if (!reHan.test(text) && chineseName.has(id)) return true;
    for (const r of related) if (near(namedAt.get(r), p, RELATED_WINDOW)) return true;
    return false;
  };

  /**
   * Is there a confusable on the page that blocks `id` and contains the words of entry `idx`?
   * Remembered per entity and entry: a page repeats its surnames.
   */
  const verdicts = new Map<string, boolean>();
  const confused = (id: string, idx: number) => {
    const memo = `${id}\u0000${idx}`;
    let v = verdicts.get(memo);
    if (v === undefined) {
      const key = ` ${foldKey(dict.entries[idx]!.text)} `;
      v = confusables.some(
        (x) => (x.blocks.length === 0 || x.blocks.includes(id)) && x.key.includes(key),
      );
      verdicts.set(memo, v);
    }
    return v;
  };

  // Short forms by reference: each short form (folded) → who the nearest preceding full name
  // that it can belong to names (an entity id, or TAKEN by someone else).
  const shortKeys = shortFormsByEntity(dict);
  const referent = new Map<string, string>();
  /** The last full name (entity, position) that could give each short form its referent. */
  const namedBy = new Map<string, { id: string; p: number }>();
  const refer = (id: string, ok: boolean, p: number) => {
    for (const k of shortKeys.get(id) ?? []) {
      const prev = namedBy.get(k);
      // Two people who share the short form, named close together ("the brothers Chen Tianshi
      // and Chen Yunji"): the bare form is ambiguous until one of them is named again alone.
      const ambiguous = prev !== undefined && prev.id !== id && p - prev.p <= AMBIGUOUS_WINDOW;
      referent.set(k, ok && !ambiguous ? id : TAKEN);
      namedBy.set(k, { id, p });
    }
  };
  /** Accepted full names: entity → position of the last one (for continuation). */
  const lastAccepted = new Map<string, number>();
  const accepted = new Set<string>();
  const acceptFull = (id: string, c: C, text: string): boolean => {
    const last = lastAccepted.get(id);
    const ok = evidenced(id, c, text) || (last !== undefined && pos(c) - last <= CONTINUE_WINDOW);
    if (ok) {
      lastAccepted.set(id, pos(c));
      accepted.add(id);
    }
    refer(id, ok, pos(c));
    return ok;
  };

  const marks: Resolved<C>[] = [];
  const questions: ContextQuestion<C>[] = [];
  /** The last article region seen (text outside any region, like a page header, joins both). */
  let region: unknown = null;
  for (const c of candidates) {
    // The next article (a list of stories, a feed): short forms and continued names start
    // afresh. A headline outside the article still names what the article's short forms mean.
    if (c.region != null && c.region !== region) {
      if (region != null) {
        referent.clear();
        namedBy.clear();
        lastAccepted.clear();
      }
      region = c.region;
    }
    const entries = c.entries.map((i) => ({ i, e: dict.entries[i]! }));
    if (entries.every(({ e }) => e.field)) continue;
    const conf = entries.find(({ e }) => e.confusable);
    if (conf) {
      // Someone else's full name ("Zhu Rongji") holds every short form it contains.
      const key = ` ${folded(dict, conf.i)} `;
      for (const [k] of referent) if (key.includes(` ${k} `)) referent.set(k, TAKEN);
      for (const ks of shortKeys.values())
        for (const k of ks) if (key.includes(` ${k} `)) referent.set(k, TAKEN);
      continue;
    }
    const strong = entries.find(({ e }) => strongEntry(e, c));
    if (strong) {
      const id = strong.e.ids[0]!;
      if (acceptFull(id, c, strong.e.text))
        marks.push({ candidate: c, entityId: id, entry: strong.i });
      continue;
    }
    const shared = entries.filter(({ e }) => e.mode === 'word' || e.mode === 'case');
    if (shared.length > 0) {
      const pick = onlyAnchored(
        shared.flatMap(({ e }) => e.ids),
        anchored,
      );
      if (pick && acceptFull(pick, c, shared[0]!.e.text))
        marks.push({ candidate: c, entityId: pick, entry: shared[0]!.i });
      continue;
    }
    const short = entries.filter(({ e }) => e.mode === 'short');
    if (short.length > 0) {
      const keys = short.map(({ i }) => folded(dict, i));
      // A short form inside someone else's name is never ours, and that name holds it.
      if (c.foreign) {
        for (const k of keys) referent.set(k, TAKEN);
        continue;
      }
      const who = referent.get(keys[0]!);
      const hit = who && who !== TAKEN ? short.find(({ e }) => e.ids.includes(who)) : undefined;
      // A famous namesake on the page (a confusable: "Zhu Rongji", "Tang dynasty") keeps the
      // bare form from our entity on the whole page, as before.
      if (who && hit && !confused(who, hit.i))
        marks.push({ candidate: c, entityId: who, entry: hit.i });
      continue;
    }
    for (const { i, e } of entries) {
      if (e.mode !== 'context') continue;
      const id = e.ids.length === 1 ? e.ids[0] : onlyAnchored(e.ids, anchored);
      if (id) {
        questions.push({
          candidate: c,
          entityId: id,
          entry: i,
          // A shared name's context alias (Han for Han Xiao) leans on an accepted full name.
          anchored: dict.evidence.has(id) ? accepted.has(id) : anchored.has(id),
          contested: confused(id, i),
        });
      }
      break;
    }
  }
  return { marks, questions };
}

const reHan = /\p{Script=Han}/u;

/** A name that says which entity it is: one entity's word or case alias, or a widened org span. */
function strongEntry(e: DictEntry, c: Candidate): boolean {
  if (e.confusable || e.field || e.ids.length !== 1) return false;
  return e.mode === 'word' || e.mode === 'case' || (c.orgSpan === true && e.org === true);
}

/** An entry's text folded (tokenising is the costly part of resolving a page: once per entry). */
const foldCache = new WeakMap<Dictionary, string[]>();
function folded(dict: Dictionary, idx: number): string {
  let cache = foldCache.get(dict);
  if (!cache) foldCache.set(dict, (cache = []));
  return (cache[idx] ??= foldKey(dict.entries[idx]!.text));
}

/** Each entity's short forms (folded), from the dictionary; cached per dictionary. */
const shortCache = new WeakMap<Dictionary, Map<string, string[]>>();
function shortFormsByEntity(dict: Dictionary): Map<string, string[]> {
  let m = shortCache.get(dict);
  if (m) return m;
  m = new Map();
  for (const e of dict.entries) {
    if (e.mode !== 'short' || e.confusable) continue;
    const k = foldKey(e.text);
    for (const id of e.ids) {
      const list = m.get(id) ?? [];
      list.push(k);
      m.set(id, list);
    }
  }
  shortCache.set(dict, m);
  return m;
}

/** Distance from `p` to the nearest value of a sorted list (binary search). */
function nearest(list: number[], p: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < p) lo = mid + 1;
    else hi = mid;
  }
  let best = Infinity;
  if (lo < list.length) best = list[lo]! - p;
  if (lo > 0) best = Math.min(best, p - list[lo - 1]!);
  return best;
}

/** The one id among `ids` that is anchored, or undefined when none or several are. */
function onlyAnchored(ids: string[], anchored: Set<string>): string | undefined {
  const hits = [...new Set(ids)].filter((id) => anchored.has(id));
  return hits.length === 1 ? hits[0] : undefined;
}
