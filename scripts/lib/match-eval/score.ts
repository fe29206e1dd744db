/**
 * Scores one page's marks against its gold annotations. Both are lists of (entity, text) in
 * document order; they are aligned by a longest common subsequence, so a repeated name counts
 * once per occurrence and a mark on the right text for the wrong entity counts as both a false
 * mark and a miss. Texts are compared with white space collapsed, because a name wrapped across
 * source lines ("Song-Chun\n    Zhu") is written in the gold file with one space.
 */

export interface GoldMention {
  entity: string;
  text: string;
}

export interface Gold {
  mentions: GoldMention[];
  /** Texts that must not be marked at all. */
  traps: { text: string }[];
  /** The real page this passage comes from. */
  source?: string;
  /** Held out: written before the rules were tuned and never tuned on (npm run eval). */
  heldOut?: boolean;
  /** A page about someone who shares a name with a person in the dataset: no mark at all. */
  namesakePage?: boolean;
}

export interface PageScore {
  truePositives: number;
  /** Marks not in the gold list. */
  extra: GoldMention[];
  /** Gold mentions not marked. */
  missed: GoldMention[];
  /** False marks whose text is a trap. */
  trapHits: GoldMention[];
  precision: number;
  recall: number;
}

export function normaliseText(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const same = (a: GoldMention, b: GoldMention) =>
  a.entity === b.entity && normaliseText(a.text) === normaliseText(b.text);

export function scorePage(marked: GoldMention[], gold: Gold): PageScore {
  const n = marked.length;
  const m = gold.mentions.length;
  // LCS table, (n+1) × (m+1); pages are small.
  const t: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      t[i]![j] = same(marked[i]!, gold.mentions[j]!)
        ? t[i + 1]![j + 1]! + 1
        : Math.max(t[i + 1]![j]!, t[i]![j + 1]!);
  const extra: GoldMention[] = [];
  const missed: GoldMention[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (same(marked[i]!, gold.mentions[j]!)) {
      i++;
      j++;
    } else if (t[i + 1]![j]! >= t[i]![j + 1]!) extra.push(marked[i++]!);
    else missed.push(gold.mentions[j++]!);
  }
  while (i < n) extra.push(marked[i++]!);
  while (j < m) missed.push(gold.mentions[j++]!);
  const traps = new Set(gold.traps.map((x) => normaliseText(x.text)));
  const trapHits = extra.filter((x) => traps.has(normaliseText(x.text)));
  const tp = t[0]![0]!;
  return {
    truePositives: tp,
    extra,
    missed,
    trapHits,
    precision: n === 0 ? 1 : tp / n,
    recall: m === 0 ? 1 : tp / m,
  };
}

export interface CorpusScore {
  marked: number;
  gold: number;
  truePositives: number;
  trapHits: number;
  precision: number;
  recall: number;
}

/** Micro-averaged over all pages: every mention weighs the same. */
export function scoreCorpus(
  pages: { marked: number; score: PageScore; gold: Gold }[],
): CorpusScore {
  let marked = 0;
  let gold = 0;
  let tp = 0;
  let traps = 0;
  for (const p of pages) {
    marked += p.marked;
    gold += p.gold.mentions.length;
    tp += p.score.truePositives;
    traps += p.score.trapHits.length;
  }
  return {
    marked,
    gold,
    truePositives: tp,
    trapHits: traps,
    precision: marked === 0 ? 1 : tp / marked,
    recall: gold === 0 ? 1 : tp / gold,
  };
}
