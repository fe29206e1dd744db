/**
 * Which candidates become marks — decided per document, because pages name people in full once
 * and by surname afterwards. The rules (also in docs/MATCHING.md):
 *
 * 1. A 'word' or 'case' alias that names one entity is an anchor and is marked.
 * 2. An alias shared by several entities is marked only when exactly one of them is anchored.
 * 3. A 'short' alias (a bare surname or given name) is marked only when its entity is anchored,
 *    no other entity with the same short form is anchored, and no confusable that blocks the
 *    entity (e.g. "Zhu Rongji" for Song-Chun Zhu) appears in the document.
 * 4. A 'context' alias (also a common word or first name: Caffe, Mila) is decided by a context
 *    judge on its sentence, which is told whether the entity is anchored.
 * 5. Confusables are never marked.
 */
import type { Dictionary } from './dictionary';
import type { Candidate } from './find';

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
  const blocked = new Set<string>();
  let blocksAll = false;
  for (const c of candidates) {
    for (const idx of c.entries) {
      const e = dict.entries[idx]!;
      if (e.confusable) {
        if (e.confusable.blocks.length === 0) blocksAll = true;
        for (const b of e.confusable.blocks) blocked.add(b);
      } else if ((e.mode === 'word' || e.mode === 'case') && e.ids.length === 1)
        anchored.add(e.ids[0]!);
    }
  }

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
      const pick = onlyAnchored(
        short.flatMap(({ e }) => e.ids),
        anchored,
      );
      if (pick && !blocked.has(pick) && !blocksAll) {
        marks.push({
          candidate: c,
          entityId: pick,
          entry: short.find(({ e }) => e.ids.includes(pick))!.i,
        });
      }
      continue;
    }
    for (const { i, e } of entries) {
      if (e.mode !== 'context') continue;
      const ids =
        e.ids.length === 1
          ? e.ids
          : [onlyAnchored(e.ids, anchored)].filter((x): x is string => !!x);
      for (const id of ids.slice(0, 1)) {
        if (!blocked.has(id))
          questions.push({ candidate: c, entityId: id, entry: i, anchored: anchored.has(id) });
      }
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
