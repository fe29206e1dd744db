/**
 * From one document's candidates to its accepted mentions: the per-document rules
 * (resolve.ts), then the context judge for the few candidates that need it. Pure and shared, so
 * that the content script (lib/page/resolve-marks.ts) and the evaluation on the gold corpus
 * (scripts/eval-matching.ts) decide alike. The judge is passed in: in the extension it is a
 * message to the service worker, in Node it is `judgeContext` itself.
 */
import type { Dictionary } from './dictionary';
import type { Candidate } from './find';
import type { ContextCase } from './context-judge';
import { resolveDocument } from './resolve';
import { sentenceAround } from './sentence';

export interface Accepted<C> {
  candidate: C;
  entityId: string;
  /** The dictionary entry that matched. */
  entry: number;
}

export type Judge = (cases: ContextCase[]) => boolean[] | Promise<boolean[]>;

export interface DecideOptions<C> {
  /** The text the candidate's offsets point into (its block). */
  textOf: (c: C) => string;
  isPerson: (entityId: string) => boolean;
  judge: Judge;
}

/** The accepted mentions, in the order of `candidates` (document order). */
export async function decideMentions<C extends Candidate>(
  dict: Dictionary,
  candidates: C[],
  opts: DecideOptions<C>,
): Promise<Accepted<C>[]> {
  const { marks, questions } = resolveDocument(dict, candidates);
  const accepted: Accepted<C>[] = marks.map((m) => ({
    candidate: m.candidate,
    entityId: m.entityId,
    entry: m.entry,
  }));
  if (questions.length > 0) {
    const cases: ContextCase[] = questions.map((q) => {
      const s = sentenceAround(opts.textOf(q.candidate), q.candidate.start, q.candidate.end);
      return {
        sentence: s.text,
        offset: s.offset,
        length: q.candidate.end - q.candidate.start,
        person: opts.isPerson(q.entityId),
        anchored: q.anchored,
        contested: q.contested,
      };
    });
    // A judge that fails (the worker restarted) marks nothing doubtful rather than everything.
    let verdicts: boolean[];
    try {
      verdicts = await opts.judge(cases);
    } catch {
      verdicts = cases.map(() => false);
    }
    questions.forEach((q, i) => {
      if (verdicts[i])
        accepted.push({ candidate: q.candidate, entityId: q.entityId, entry: q.entry });
    });
  }
  const order = new Map(candidates.map((c, i) => [c, i]));
  accepted.sort((x, y) => order.get(x.candidate)! - order.get(y.candidate)!);
  return accepted;
}
