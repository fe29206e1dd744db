/**
 * The one scan → find → decide path, from a document's block texts to its accepted marks:
 * find the candidates of each block (find.ts), then decide per document (mentions.ts: the rules
 * and the context judge). Pure. The service worker runs it for every frame (lib/worker/
 * page-match.ts), so a page never pays for the dictionary; the gold-corpus evaluation runs the
 * same function on parsed pages (scripts/lib/match-eval/run-page.ts).
 */
import type { Dictionary } from './dictionary';
import { findCandidates, type Candidate } from './find';
import { decideMentions, type Judge } from './mentions';

/** One block of a document: its text and the article region it is in. */
export interface TextBlock {
  text: string;
  /**
   * Blocks with the same number are in the same <article>/<main>; null: outside any. Short
   * forms refer only to full names in the same region (resolve.ts).
   */
  region: number | null;
}

/** An accepted mention: block index, offsets in that block's text, entity, dictionary entry. */
export interface DocumentMark {
  block: number;
  start: number;
  end: number;
  entityId: string;
  entry: number;
}

export interface MatchOptions {
  isPerson: (entityId: string) => boolean;
  judge: Judge;
  /** Candidates of one block's text (the worker passes a cached `findCandidates`). */
  find?: (text: string) => Candidate[];
}

interface BlockCandidate extends Candidate {
  block: number;
}

export async function matchDocument(
  dict: Dictionary,
  blocks: readonly TextBlock[],
  opts: MatchOptions,
): Promise<DocumentMark[]> {
  const find = opts.find ?? ((text: string) => findCandidates(dict, text));
  const candidates: BlockCandidate[] = [];
  // Positions in the page's text (blocks joined), for "near the mention" (resolve.ts).
  let base = 0;
  blocks.forEach((b, i) => {
    for (const c of find(b.text))
      candidates.push({ ...c, block: i, pos: base + c.start, region: b.region });
    base += b.text.length + 1;
  });
  const accepted = await decideMentions(dict, candidates, {
    textOf: (c) => blocks[c.block]!.text,
    isPerson: opts.isPerson,
    judge: opts.judge,
  });
  return accepted.map(({ candidate: c, entityId, entry }) => ({
    block: c.block,
    start: c.start,
    end: c.end,
    entityId,
    entry,
  }));
}
