/**
 * Runs the extension's own pipeline on one parsed document, without a browser: scan the blocks
 * (lib/page/scan.ts), find candidates, decide per document (lib/match/mentions.ts). Returns what
 * would be marked as (entity, text) pairs in document order, plus the full mentions for
 * inspection.
 */
import { scanBlocks } from '../../../lib/page/scan';
import { textBlocks } from '../../../lib/page/text-blocks';
import type { Dictionary } from '../../../lib/match/dictionary';
import type { Judge } from '../../../lib/match/mentions';
import { matchDocument } from '../../../lib/match/match-document';
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
  const blocks = textBlocks(scanBlocks(root));
  const marks = await matchDocument(dict, blocks, { isPerson, judge });
  return marks.map((m) => ({
    entity: m.entityId,
    text: blocks[m.block]!.text.slice(m.start, m.end),
    alias: dict.entries[m.entry]!.text,
    start: m.start,
    end: m.end,
    blockText: blocks[m.block]!.text,
  }));
}
