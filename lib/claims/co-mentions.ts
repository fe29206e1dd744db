/**
 * Known entities named in a sentence (or a fact's text), found with the same dictionary and
 * matcher as the marks. Only unambiguous names count: a shared alias, a bare surname or a
 * confusable could be anyone, and a claim check must not guess who.
 */
import { findCandidates } from '../match/find';
import type { Dictionary } from '../match/dictionary';
import { judgeContext } from '../match/context-judge';

export interface CoMention {
  id: string;
  start: number;
  end: number;
  text: string;
}

export interface EntityNames {
  dict: Dictionary;
  isPerson: (id: string) => boolean;
}

/** Entities named in `text`, other than `self` (whose names, short forms included, are skipped). */
export function coMentions(
  names: EntityNames,
  text: string,
  self?: string,
  /** The dataset's own text (a fact) speaks of AI actors: its context names need no judge. */
  trusted = false,
): CoMention[] {
  const out: CoMention[] = [];
  for (const c of findCandidates(names.dict, text)) {
    // A candidate holding a confusable holds nothing else (findCandidates drops it on a tie with
    // a name, and keeps it alone when it is longer); it names no entity, so the size test below
    // leaves it out.
    const entries = c.entries.map((i) => names.dict.entries[i]!);
    const ids = new Set<string>();
    let selfName = false;
    for (const e of entries) {
      if (self !== undefined && e.ids.includes(self)) selfName = true;
      if (e.mode === 'short') continue;
      if (e.mode === 'context') {
        const id = e.ids[0];
        const ok =
          e.ids.length === 1 &&
          id !== undefined &&
          (trusted ||
            judgeContext({
              sentence: text,
              offset: c.start,
              length: c.end - c.start,
              person: names.isPerson(id),
              anchored: false,
            }));
        if (!ok) continue;
      }
      e.ids.forEach((id) => ids.add(id));
    }
    if (selfName || ids.size !== 1) continue;
    const [id] = ids;
    out.push({ id: id!, start: c.start, end: c.end, text: text.slice(c.start, c.end) });
  }
  return out;
}
