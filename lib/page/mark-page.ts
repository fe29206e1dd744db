/**
 * From candidates to the page's mentions: decide per document (lib/match/mentions.ts: the rules
 * and the context judge), and turn what is accepted into DOM ranges. Reads the
 * page only. `markPage` is the whole scan → match → resolve in one call.
 */
import { scanBlocks, locate, regionOf, type ScanOptions } from './scan';
import { findCandidates } from '../match/find';
import { decideMentions } from '../match/mentions';
import type { Dictionary } from '../match/dictionary';
import type { ContextCase } from '../match/context-judge';
import type { Category } from '../dataset/schema';
import type { Mention } from './page-index';
import type { BlockCandidate } from './document-scan';

export interface ResolveOptions {
  dictionary: Dictionary;
  categories: Record<string, Category>;
  enabled: (c: Category) => boolean;
  judge: (cases: ContextCase[]) => Promise<boolean[]>;
  /** Cap on marks per page. */
  maxMarks?: number;
}

export async function resolveMarks(
  doc: Document,
  candidates: BlockCandidate[],
  opts: ResolveOptions,
): Promise<Mention[]> {
  // The same decision the gold-corpus evaluation measures (lib/match/mentions.ts).
  const decided = await decideMentions(opts.dictionary, candidates, {
    textOf: (c) => c.block.text,
    isPerson: (id) => opts.categories[id] === 'person',
    judge: opts.judge,
  });
  const accepted = decided.map((d) => ({ c: d.candidate, id: d.entityId, entry: d.entry }));
  const max = opts.maxMarks ?? 5000;
  const out: Mention[] = [];
  for (const { c, id, entry } of accepted) {
    const category = opts.categories[id];
    if (!category || !opts.enabled(category)) continue;
    if (out.length >= max) break;
    const a = locate(c.block, c.start);
    const b = locate(c.block, c.end, true);
    const range = doc.createRange();
    try {
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
    } catch {
      continue; // the text changed under us; the next scan picks it up
    }
    out.push({
      entityId: id,
      category,
      alias: opts.dictionary.entries[entry]!.text,
      text: c.block.text.slice(c.start, c.end),
      range,
      blockText: c.block.text,
      start: c.start,
      end: c.end,
    });
  }
  return out;
}

export async function markPage(root: Node, opts: ResolveOptions & ScanOptions): Promise<Mention[]> {
  const candidates: BlockCandidate[] = [];
  let base = 0;
  for (const block of scanBlocks(root, opts)) {
    for (const c of findCandidates(opts.dictionary, block.text))
      candidates.push({ ...c, block, pos: base + c.start, region: regionOf(block) });
    base += block.text.length + 1;
  }
  return resolveMarks(root.ownerDocument ?? (root as Document), candidates, opts);
}
