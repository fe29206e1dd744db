/**
 * `page:match`: a frame sends its block texts, the worker finds and decides the marks
 * (lib/match/match-document.ts) and answers with offsets. The dictionary (~2,500 names) and the
 * matcher stay here, built once per worker start: a page load no longer receives, parses and
 * unpacks the dictionary or runs the matcher on its own main thread (docs/PERFORMANCE.md).
 *
 * Rescans send the same texts again (a live page re-reads its touched blocks, then the whole
 * document is decided again), so candidates are cached per block text and the context judge's
 * verdicts per case, each within a budget, per runtime (a new dataset starts afresh).
 */
import type { Category } from '../dataset/schema';
import type { Runtime } from '../dataset/runtime';
import { findCandidates, type Candidate } from '../match/find';
import { judgeContext, type ContextCase } from '../match/context-judge';
import { matchDocument, type TextBlock } from '../match/match-document';

/** One mark: block index, offsets in its text, entity id, and the alias that matched. */
export interface PageMark {
  b: number;
  s: number;
  e: number;
  id: string;
  alias: string;
}

export interface PageMatchReply {
  marks: PageMark[];
  /** The marked entities' names and categories (for styles, filters and the popup's list). */
  entities: Record<string, { name: string; native?: string; category: Category }>;
}

/** Limits on what a frame may send (the page is hostile; the scan stops at the same size). */
export const MAX_BLOCKS = 200_000;
export const MAX_CHARS = 20_000_000;

/** The blocks a frame sent (lib/page/text-blocks.ts), checked: the page may be hostile. */
export function parseBlocks(input: unknown): TextBlock[] {
  const { text, lengths, regions } = (input ?? {}) as Partial<Record<string, unknown>>;
  if (typeof text !== 'string' || text.length > MAX_CHARS) throw new Error('bad text');
  if (!Array.isArray(lengths) || !Array.isArray(regions) || lengths.length > MAX_BLOCKS)
    throw new Error('bad blocks');
  if (regions.length !== lengths.length) throw new Error('bad regions');
  let at = 0;
  const out = lengths.map((n: unknown, i) => {
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || at + n > text.length)
      throw new Error('bad block length');
    const r = regions[i] as unknown;
    const block = {
      text: text.slice(at, at + n),
      region: typeof r === 'number' && Number.isInteger(r) && r >= 0 ? r : null,
    };
    at += n;
    return block;
  });
  if (at !== text.length) throw new Error('bad block lengths');
  return out;
}

/** A map that forgets its oldest entries once their summed cost passes the budget. */
class BudgetCache<V> {
  private map = new Map<string, { v: V; cost: number }>();
  private used = 0;
  constructor(private budget: number) {}

  get(k: string): V | undefined {
    const hit = this.map.get(k);
    if (!hit) return undefined;
    this.map.delete(k); // most recently used last
    this.map.set(k, hit);
    return hit.v;
  }

  set(k: string, v: V, cost: number): void {
    if (cost > this.budget) return;
    const old = this.map.get(k);
    if (old) this.used -= old.cost;
    this.map.delete(k);
    this.map.set(k, { v, cost });
    this.used += cost;
    for (const [key, e] of this.map) {
      if (this.used <= this.budget) break;
      this.map.delete(key);
      this.used -= e.cost;
    }
  }

  get size(): number {
    return this.map.size;
  }
}

interface Caches {
  candidates: BudgetCache<Candidate[]>;
  verdicts: BudgetCache<boolean>;
}

export interface PageMatcher {
  match(r: Runtime, blocks: TextBlock[]): Promise<PageMatchReply>;
  /** Entries cached, for tests. */
  cached(r: Runtime): { candidates: number; verdicts: number };
}

export function createPageMatcher(
  opts: { textBudget?: number; verdictBudget?: number; judge?: (c: ContextCase) => boolean } = {},
): PageMatcher {
  const caches = new WeakMap<Runtime, Caches>();
  const judgeOne = opts.judge ?? judgeContext;
  const cachesOf = (r: Runtime): Caches => {
    let c = caches.get(r);
    if (!c) {
      c = {
        candidates: new BudgetCache(opts.textBudget ?? 4_000_000),
        verdicts: new BudgetCache(opts.verdictBudget ?? 20_000),
      };
      caches.set(r, c);
    }
    return c;
  };
  return {
    async match(r, blocks) {
      const c = cachesOf(r);
      const marks = await matchDocument(r.dictionary, blocks, {
        isPerson: (id) => r.categories[id] === 'person',
        find: (text) => {
          let found = c.candidates.get(text);
          if (!found) {
            found = findCandidates(r.dictionary, text);
            c.candidates.set(text, found, text.length + 64);
          }
          return found;
        },
        judge: (cases) =>
          cases.map((k) => {
            const key = JSON.stringify(k);
            let v = c.verdicts.get(key);
            if (v === undefined) c.verdicts.set(key, (v = judgeOne(k)), 1);
            return v;
          }),
      });
      const entities: PageMatchReply['entities'] = {};
      for (const m of marks) {
        const id = m.entityId;
        const category = r.categories[id];
        if (!entities[id] && category)
          entities[id] = { name: r.names[id] ?? id, native: r.natives[id], category };
      }
      return {
        marks: marks.map((m) => ({
          b: m.block,
          s: m.start,
          e: m.end,
          id: m.entityId,
          alias: r.dictionary.entries[m.entry]!.text,
        })),
        entities,
      };
    },
    cached(r) {
      const c = cachesOf(r);
      return { candidates: c.candidates.size, verdicts: c.verdicts.size };
    },
  };
}
