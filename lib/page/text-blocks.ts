/**
 * What the matcher needs of a page's blocks — their texts and which <article>/<main> each is
 * in — as plain data for the service worker, packed as one string with the blocks' lengths:
 * Chromium converts a message argument value by value, so 20,000 small objects cost many times
 * what one string of the same text does (docs/PERFORMANCE.md).
 */
import { regionOf, type Block } from './scan';
import type { TextBlock } from '../match/match-document';

/** Blocks on the wire: their texts joined, each one's length, and each one's region (-1: none). */
export interface PackedBlocks {
  text: string;
  lengths: number[];
  regions: number[];
}

export function textBlocks(blocks: readonly Block[]): TextBlock[] {
  const ids = new Map<Element, number>();
  return blocks.map((b) => {
    const el = regionOf(b);
    if (!el) return { text: b.text, region: null };
    let id = ids.get(el);
    if (id === undefined) ids.set(el, (id = ids.size));
    return { text: b.text, region: id };
  });
}

export function packBlocks(blocks: readonly TextBlock[]): PackedBlocks {
  return {
    text: blocks.map((b) => b.text).join(''),
    lengths: blocks.map((b) => b.text.length),
    regions: blocks.map((b) => b.region ?? -1),
  };
}
