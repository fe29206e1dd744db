/**
 * From candidates to the page's mentions: resolve per document (lib/match/resolve.ts), ask the
 * context judge about the few that need it, and turn what is accepted into DOM ranges. Reads the
 * page only. `markPage` is the whole scan → match → resolve in one call.
 */
import { scanBlocks, locate, type ScanOptions } from './scan';
import { findCandidates } from '../match/find';
import { resolveDocument } from '../match/resolve';
import { sentenceAround } from '../match/sentence';
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
  // Document order, so "first mention only" and the next-mark command follow the page.
  const order = new Map(candidates.map((c, i) => [c, i]));
  accepted.sort((x, y) => order.get(x.c)! - order.get(y.c)!);
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
  for (const block of scanBlocks(root, opts)) {
    for (const c of findCandidates(opts.dictionary, block.text)) candidates.push({ ...c, block });
  }
  return resolveMarks(root.ownerDocument ?? (root as Document), candidates, opts);
}
