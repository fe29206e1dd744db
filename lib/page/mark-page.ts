/**
 * scan → match → resolve: from a DOM tree to the page's mentions, as ranges. Pure with respect
 * to the page (reads only). Context-dependent candidates are decided by `judge` (in the
 * extension, a message to the service worker, which runs compromise).
 */
import { scanBlocks, locate, type Block, type ScanOptions } from './scan';
import { findCandidates, type Candidate } from '../match/find';
import { resolveDocument } from '../match/resolve';
import { sentenceAround } from '../match/sentence';
import type { Dictionary } from '../match/dictionary';
import type { ContextCase } from '../match/context-judge';
import type { Category } from '../dataset/schema';
import type { Mention } from './page-index';

interface BlockCandidate extends Candidate {
  block: Block;
}

export interface MarkOptions extends ScanOptions {
  dictionary: Dictionary;
  categories: Record<string, Category>;
  enabled: (c: Category) => boolean;
  judge: (cases: ContextCase[]) => Promise<boolean[]>;
  /** Cap on marks per page. */
  maxMarks?: number;
}

export async function markPage(root: Node, opts: MarkOptions): Promise<Mention[]> {
  const blocks = scanBlocks(root, opts);
  const candidates: BlockCandidate[] = [];
  for (const block of blocks) {
    for (const c of findCandidates(opts.dictionary, block.text)) candidates.push({ ...c, block });
  }
  const { marks, questions } = resolveDocument(opts.dictionary, candidates);
  const accepted = marks.map((m) => ({ c: m.candidate, id: m.entityId, entry: m.entry }));
  if (questions.length > 0) {
    const cases = questions.map((q) => {
      const s = sentenceAround(q.candidate.block.text, q.candidate.start, q.candidate.end);
      return {
        sentence: s.text,
        offset: s.offset,
        length: q.candidate.end - q.candidate.start,
        person: opts.categories[q.entityId] === 'person',
        anchored: q.anchored,
      };
    });
    const verdicts = await opts.judge(cases).catch(() => cases.map(() => false));
    questions.forEach((q, i) => {
      if (verdicts[i]) accepted.push({ c: q.candidate, id: q.entityId, entry: q.entry });
    });
  }
  const max = opts.maxMarks ?? 5000;
  const out: Mention[] = [];
  for (const { c, id, entry } of accepted) {
    const category = opts.categories[id];
    if (!category || !opts.enabled(category)) continue;
    if (out.length >= max) break;
    const a = locate(c.block, c.start);
    const b = locate(c.block, c.end, true);
    const range = (root.ownerDocument ?? (root as Document)).createRange();
    try {
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
    } catch {
      continue; // the text changed under us; the next scan will pick it up
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
