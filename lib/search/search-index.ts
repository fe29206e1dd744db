/**
 * Popup search over every name of every entity: exact, then prefix, then a word inside a name,
 * then typos (one edit in short words, two in long ones). Names are folded like page text, so
 * "ecole" finds "École", "zhu songchun" finds "Zhu Songchun", and spaces can be left out
 * ("huangtiejun"); Chinese names are also found by their toneless pinyin ("zhiyuan" finds 智源),
 * and a Chinese query of two or more characters finds entities whose Chinese summary contains it
 * ("通用人工智能" finds BIGAI), ranked after every name match.
 * Sorted keys and buckets keep a keystroke fast at 50,000 entities.
 */
import { foldKey } from '../text/tokenize';
import type { Category } from '../dataset/schema';
import { pinyinSyllables } from './pinyin';

export interface SearchDoc {
  id: string;
  name: string;
  native?: string;
  category: Category;
  names: string[];
  /** The Chinese summary: a Chinese query also finds entities by its words. */
  summaryZh?: string;
  /**
   * How much there is to say about it (facts and relations): between equally good matches the
   * better-known entity comes first ("zhiyuan" is both 智源, BAAI, and 智元, AgiBot).
   */
  weight?: number;
}

export interface SearchHit {
  id: string;
  name: string;
  native?: string;
  category: Category;
  /** Which name matched. */
  matched: string;
  /** 0 exact, 1 prefix, 2 word, 3 fuzzy, 4 a phrase of the Chinese summary. */
  rank: number;
}

interface Key {
  key: string;
  doc: number;
  name: number;
  /** Made from a Chinese name's pinyin, not written by anyone: a written name ranks first. */
  pinyin?: true;
}

export interface SearchIndex {
  docs: SearchDoc[];
  /** Whole names, folded and with spaces removed, sorted for prefix search. */
  full: Key[];
  /** Words of names, sorted. */
  words: Key[];
  /** Words by first character, for typo search. */
  buckets: Map<string, Key[]>;
}

const squash = (s: string) => s.replace(/ /g, '');

export function buildSearchIndex(docs: SearchDoc[]): SearchIndex {
  const full: Key[] = [];
  const words: Key[] = [];
  docs.forEach((d, doc) =>
    d.names.forEach((n, name) => {
      const folded = foldKey(n);
      if (!folded) return;
      full.push({ key: squash(folded), doc, name });
      const parts = folded.split(' ');
      if (parts.length > 1)
        for (const w of parts) if (w.length > 1) words.push({ key: w, doc, name });
      addPinyin(n, d.category, doc, name, full, words);
    }),
  );
  const byKey = (a: Key, b: Key) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  full.sort(byKey);
  words.sort(byKey);
  const buckets = new Map<string, Key[]>();
  for (const k of [...full, ...words]) {
    const b = buckets.get(k.key[0]!) ?? [];
    b.push(k);
    buckets.set(k.key[0]!, b);
  }
  return { docs, full, words, buckets };
}

/**
 * Pinyin keys for a Chinese name: the whole reading ("huangtiejun"), and for a person the given
 * name first too ("tiejunhuang", as English texts write it) and each part as a word.
 */
function addPinyin(
  text: string,
  category: Category,
  doc: number,
  name: number,
  full: Key[],
  words: Key[],
): void {
  if (!/\p{Script=Han}/u.test(text)) return;
  const syllables = pinyinSyllables(text);
  if (!syllables) return;
  full.push({ key: syllables.join(''), doc, name, pinyin: true });
  if (category === 'person' && syllables.length >= 2 && syllables.length <= 4) {
    const surname = syllables[0]!;
    const given = syllables.slice(1).join('');
    full.push({ key: given + surname, doc, name, pinyin: true });
    words.push({ key: surname, doc, name, pinyin: true }, { key: given, doc, name, pinyin: true });
  }
}

function lowerBound(keys: Key[], q: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]!.key < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Edit distance with transpositions, giving up above `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  return distanceWithin(a, b, b.length, max);
}

// Three reusable rows: a keystroke at 50,000 entities compares the query with tens of
// thousands of keys, and fresh arrays per comparison made that cost seconds.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * boundedDistance(a, b.slice(0, bLen), max) without making the slice. With `band`, only cells
 * within `max` of the diagonal are computed (the others cannot be within `max`): exact for
 * every result up to `max`, which is all search needs; above it, some number above `max`.
 */
function distanceWithin(a: string, b: string, bLen: number, max: number, band = false): number {
  if (Math.abs(a.length - bLen) > max) return max + 1;
  if (bLen + 2 > rows[0]!.length) rows = rows.map(() => new Int32Array(bLen * 2 + 2));
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  const far = max + 1;
  // Row 0 is exact everywhere; outside the band its values are above `max` anyway.
  for (let j = 0; j <= bLen; j++) {
    prev[j] = j;
    prev2[j] = 0;
  }
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    // NaN before the first character (and b's below): equal to nothing, so no transposition.
    const aPrev = a.charCodeAt(i - 2);
    const lo = band ? Math.max(1, i - max) : 1;
    const hi = band ? Math.min(bLen, i + max) : bLen;
    // Left of the band: i is the exact distance to an empty b when lo is 1, and above `max`
    // otherwise (lo > 1 means i > max + 1).
    cur[lo - 1] = i;
    let rowMin = i;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (ai === b.charCodeAt(j - 2) && aPrev === bj) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // The next row may reach one cell further right; without the band that cell is never read.
    cur[hi + 1] = far;
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[bLen]!;
}

export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const q = squash(foldKey(query));
  if (!q) return [];
  // Within a rank, the closer key wins: fewer edits, then fewer extra characters.
  const best = new Map<number, { rank: number; score: number; name: number }>();
  const offer = (k: Key, rank: number, score: number) => {
    const cur = best.get(k.doc);
    if (!cur || rank < cur.rank || (rank === cur.rank && score < cur.score))
      best.set(k.doc, { rank, score, name: k.name });
  };
  const scanPrefix = (keys: Key[], rankExact: number, rankPrefix: number) => {
    for (let i = lowerBound(keys, q); i < keys.length && keys[i]!.key.startsWith(q); i++) {
      const k = keys[i]!;
      // "zhiyuan": BAAI lists Zhiyuan as a name; 智元 (AgiBot) only reads so in pinyin.
      offer(
        k,
        k.key === q ? rankExact : rankPrefix,
        2 * (k.key.length - q.length) + (k.pinyin ? 1 : 0),
      );
      if (best.size >= limit * 4) break;
    }
  };
  scanPrefix(index.full, 0, 1);
  scanPrefix(index.words, 2, 2);
  if (best.size < limit && q.length >= 4) {
    const max = q.length >= 8 ? 2 : 1;
    for (const k of index.buckets.get(q[0]!) ?? []) {
      if ((best.get(k.doc)?.rank ?? 3) < 3) continue;
      // Compare with the key cut to the query's length too, so a typo in a prefix still finds it.
      const cut = k.key.length > q.length + max ? q.length : k.key.length;
      const d = distanceWithin(q, k.key, cut, max, true);
      if (d <= max) offer(k, 3, d * 1000 + Math.abs(k.key.length - q.length));
    }
  }
  if (best.size < limit) summaryMatches(index, query, limit, best);
  return [...best.entries()]
    .sort(
      (a, b) =>
        a[1].rank - b[1].rank ||
        a[1].score - b[1].score ||
        (index.docs[b[0]]!.weight ?? 0) - (index.docs[a[0]]!.weight ?? 0) ||
        index.docs[a[0]]!.name.localeCompare(index.docs[b[0]]!.name),
    )
    .slice(0, limit)
    .map(([doc, { rank, name }]) => {
      const d = index.docs[doc]!;
      return {
        id: d.id,
        name: d.name,
        native: d.native,
        category: d.category,
        matched: name < 0 ? snippet(d.summaryZh!, query) : d.names[name]!,
        rank,
      };
    });
}

/**
 * Chinese summaries have no spaces to split into words, so a Chinese query is looked for as a
 * phrase. A plain scan: summaries are short (≤160 characters) and only queries with Han
 * characters, after the name ranks found too few, get here.
 */
function summaryMatches(
  index: SearchIndex,
  query: string,
  limit: number,
  best: Map<number, { rank: number; score: number; name: number }>,
): void {
  const q = query.replace(/\s/g, '');
  if ([...q].length < 2 || !/\p{Script=Han}/u.test(q)) return;
  for (let doc = 0; doc < index.docs.length && best.size < limit; doc++) {
    if (best.has(doc)) continue;
    const at = index.docs[doc]!.summaryZh?.indexOf(q) ?? -1;
    if (at >= 0) best.set(doc, { rank: 4, score: at, name: -1 });
  }
}

/** The words around a phrase found in a summary: "…领导北京通用人工智能研究院…". */
function snippet(summary: string, query: string): string {
  const q = query.replace(/\s/g, '');
  // Found there by summaryMatches, with the same spaces removed.
  const at = summary.indexOf(q);
  const from = Math.max(0, at - 6);
  const to = Math.min(summary.length, at + q.length + 6);
  return `${from > 0 ? '…' : ''}${summary.slice(from, to)}${to < summary.length ? '…' : ''}`;
}
