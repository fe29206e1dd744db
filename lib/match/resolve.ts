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
import type { Dictionary } from './dictionary';
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

export function resolveDocument<C extends Candidate>(
  dict: Dictionary,
  candidates: C[],
): Resolution<C> {
  const anchored = new Set<string>();
  /** Confusables on the page (each once): folded text padded with spaces, and whom they block. */
  const seen = new Set<number>();
  const confusables: { key: string; blocks: string[] }[] = [];
  /** Short forms (folded) that are part of someone else's name on this page. */
  const foreignShort = new Set<string>();
  for (const c of candidates) {
    for (const idx of c.entries) {
      const e = dict.entries[idx]!;
      if (e.confusable) {
        if (!seen.has(idx))
          confusables.push({ key: ` ${foldKey(e.text)} `, blocks: e.confusable.blocks });
        seen.add(idx);
      } else if (c.foreign && e.mode === 'short') foreignShort.add(foldKey(e.text));
      else if ((e.mode === 'word' || e.mode === 'case') && e.ids.length === 1)
        anchored.add(e.ids[0]!);
    }
  }
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
  const blockedShort = new Map<number, boolean>();
  const shortBlocked = (id: string, idx: number) => {
    let foreign = blockedShort.get(idx);
    if (foreign === undefined) {
      foreign = foreignShort.has(foldKey(dict.entries[idx]!.text));
      blockedShort.set(idx, foreign);
    }
    return foreign || confused(id, idx);
  };

  const marks: Resolved<C>[] = [];
  const questions: ContextQuestion<C>[] = [];
  for (const c of candidates) {
    const entries = c.entries.map((i) => ({ i, e: dict.entries[i]! }));
    if (entries.some(({ e }) => e.confusable)) continue;
    const strong = entries.find(
      ({ e }) => (e.mode === 'word' || e.mode === 'case') && e.ids.length === 1,
    );
    if (strong) {
      marks.push({ candidate: c, entityId: strong.e.ids[0]!, entry: strong.i });
      continue;
    }
    const shared = entries.filter(({ e }) => e.mode === 'word' || e.mode === 'case');
    if (shared.length > 0) {
      const pick = onlyAnchored(
        shared.flatMap(({ e }) => e.ids),
        anchored,
      );
      if (pick) marks.push({ candidate: c, entityId: pick, entry: shared[0]!.i });
      continue;
    }
    const short = entries.filter(({ e }) => e.mode === 'short');
    if (short.length > 0) {
      if (c.foreign) continue;
      const pick = onlyAnchored(
        short.flatMap(({ e }) => e.ids),
        anchored,
      );
      const hit = pick && short.find(({ e }) => e.ids.includes(pick));
      if (pick && hit && !shortBlocked(pick, hit.i))
        marks.push({ candidate: c, entityId: pick, entry: hit.i });
      continue;
    }
    for (const { i, e } of entries) {
      if (e.mode !== 'context') continue;
      const id = e.ids.length === 1 ? e.ids[0] : onlyAnchored(e.ids, anchored);
      if (id)
        questions.push({
          candidate: c,
          entityId: id,
          entry: i,
          anchored: anchored.has(id),
          contested: confused(id, i),
        });
      break;
    }
  }
  return { marks, questions };
}

/** The one id among `ids` that is anchored, or undefined when none or several are. */
function onlyAnchored(ids: string[], anchored: Set<string>): string | undefined {
  const hits = [...new Set(ids)].filter((id) => anchored.has(id));
  return hits.length === 1 ? hits[0] : undefined;
}
