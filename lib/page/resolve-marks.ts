/**
 * From the worker's marks (lib/worker/page-match.ts) to the page's mentions: keep the enabled
 * categories, cap the count, and turn offsets into DOM ranges. Reads the page only.
 */
import { locate, type Block } from './scan';
import type { Category } from '../dataset/schema';
import type { Mention } from './page-index';
import { MAX_MARKS } from './limits';
import type { PageMatchReply } from '../worker/page-match';

export interface ResolveOptions {
  enabled: (c: Category) => boolean;
  /** Cap on marks per page. */
  maxMarks?: number;
}

export function resolveMarks(
  doc: Document,
  blocks: readonly Block[],
  reply: PageMatchReply,
  opts: ResolveOptions,
): Mention[] {
  const max = opts.maxMarks ?? MAX_MARKS;
  const out: Mention[] = [];
  for (const m of reply.marks) {
    const category = reply.entities[m.id]?.category;
    const block = blocks[m.b];
    if (!category || !block || !opts.enabled(category)) continue;
    if (out.length >= max) break;
    const a = locate(block, m.s);
    const b = locate(block, m.e, true);
    const range = doc.createRange();
    try {
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
    } catch {
      continue; // the text changed under us; the next scan picks it up
    }
    out.push({
      entityId: m.id,
      category,
      alias: m.alias,
      text: block.text.slice(m.s, m.e),
      range,
      blockText: block.text,
      start: m.s,
      end: m.e,
    });
  }
  return out;
}
