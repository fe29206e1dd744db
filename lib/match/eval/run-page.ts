/**
 * Runs the extension's own pipeline on one parsed document, without a browser: scan the blocks
 * (lib/page/scan.ts), find candidates, decide per document (lib/match/mentions.ts). Returns what
 * would be marked as (entity, text) pairs in document order, plus the full mentions for
 * inspection.
 */
import { regionOf, scanBlocks, type Block } from '../../page/scan';
import type { Dictionary } from '../dictionary';
import { findCandidates, type Candidate } from '../find';
import { decideMentions, type Judge } from '../mentions';
import type { GoldMention } from './score';

export interface PageMark extends GoldMention {
  alias: string;
  start: number;
  end: number;
  /** The block's text: where start and end point. */
  blockText: string;
}

export async function runPage(
  root: Node,
  dict: Dictionary,
  isPerson: (id: string) => boolean,
  judge: Judge,
): Promise<PageMark[]> {
  const candidates: (Candidate & { block: Block })[] = [];
  let base = 0;
  for (const block of scanBlocks(root)) {
    for (const c of findCandidates(dict, block.text))
      candidates.push({ ...c, block, pos: base + c.start, region: regionOf(block) });
    base += block.text.length + 1;
  }
  const accepted = await decideMentions(dict, candidates, {
    textOf: (c) => c.block.text,
    isPerson,
    judge,
  });
  return accepted.map(({ candidate: c, entityId, entry }) => ({
    entity: entityId,
    text: c.block.text.slice(c.start, c.end),
    alias: dict.entries[entry]!.text,
    start: c.start,
    end: c.end,
    blockText: c.block.text,
  }));
}
