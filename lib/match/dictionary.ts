/**
 * The matcher's dictionary: a trie over folded word tokens, stored in flat arrays so that it can
 * be built once (at build time or in the service worker), sent to a tab as plain data and used
 * there without rebuilding the alias forms.
 *
 * A token trie rather than a character automaton: text is tokenised once, each token is looked
 * up once in a hash map, and a walk only starts at tokens that begin some alias. That keeps the
 * pass linear in the text and nearly independent of dictionary size, and the structure is small
 * (one node per distinct alias-token prefix, not per character).
 */
import { aliasForms } from './variants';
import type { AliasMatchMode } from '../dataset/schema';

/** One dictionary entry: an alias and the entities (or the confusable) it names. */
export interface DictEntry {
  text: string;
  mode: AliasMatchMode;
  /** Entity ids the alias names (several when two entities share it). Empty for a confusable. */
  ids: string[];
  /** A confusable: never marked; blocks `blocks` (or every entity when empty). */
  confusable?: { blocks: string[] };
  /**
   * No text: the person `ids[0]` has a name other notable people share and is marked only with
   * evidence (docs/MATCHING.md); `related` are the entities whose mention is evidence.
   */
  evidence?: { related: string[] };
  /** A word of the field (data/linking/): evidence near a shared name, never marked. */
  field?: true;
  /** Every entity the alias names is an organisation (its span may widen, find.ts). */
  org?: true;
}

/** What a terminal node holds: indices into `entries`, with the cased form for 'case' aliases. */
export interface Terminal {
  entry: number;
  cased?: string[];
}

export interface Dictionary {
  entries: DictEntry[];
  /** Token vocabulary: key → token id. */
  vocab: Map<string, number>;
  /** Transitions: parent * TOKEN_SPACE + tokenId → child. Root is node 0. */
  next: EdgeTable;
  /** Terminal payloads by node id. */
  terminals: TerminalTable;
  /** Longest alias in tokens; bounds every walk. */
  maxDepth: number;
  /** People marked only with evidence, and the entities related to them. */
  evidence: Map<string, Set<string>>;
}

/** People whose names need evidence (entries with `evidence`), for resolve.ts. */
function evidenceOf(entries: DictEntry[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of entries) if (e.evidence) out.set(e.ids[0]!, new Set(e.evidence.related));
  return out;
}

/** Plain-data form for structured cloning across contexts. */
export interface PackedDictionary {
  entries: DictEntry[];
  vocab: string[];
  /** Triples: parent, tokenId, child. */
  edges: number[];
  /** Pairs of node and terminals. */
  terminals: [number, Terminal[]][];
  maxDepth: number;
}

export const TOKEN_SPACE = 2 ** 22;

/**
 * The trie's edges, (parent, token) → child, in an open-addressing hash table over typed
 * arrays. A Map keyed by parent * TOKEN_SPACE + token would hold most keys as heap numbers
 * (above the small-integer range once parent > 511): at 50,000 entities that Map took seconds
 * to fill and ~40 MB. Children of the root, looked up for every word of a page, sit in a plain
 * array indexed by token. Lookups keep the Map-like `get`/`has` on the combined key.
 */
export class EdgeTable {
  private root = new Int32Array(64).fill(-1);
  private parents: Int32Array<ArrayBuffer>;
  private tokens: Int32Array<ArrayBuffer>;
  private children: Int32Array<ArrayBuffer>;
  private mask: number;
  /** Edges in the hash table (the root's children are counted in `size` only). */
  private used = 0;
  size = 0;

  /**
   * `expected`: the number of edges to come, when known (unpacking). Sizing the table up front
   * matters there: edges arrive in the slot order of the table they were packed from, and
   * inserting them in that order into a smaller table and growing it piles them into long
   * probe runs (unpacking 50,000 entities took seconds).
   */
  constructor(expected = 0) {
    let size = 64;
    while (size * 3 < expected * 4 + 4) size *= 2;
    this.parents = new Int32Array(size);
    this.tokens = new Int32Array(size);
    this.children = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  get(key: number): number | undefined {
    if (key < TOKEN_SPACE) {
      const c = key < this.root.length ? this.root[key]! : -1;
      return c < 0 ? undefined : c;
    }
    const parent = Math.floor(key / TOKEN_SPACE);
    const tok = key - parent * TOKEN_SPACE;
    for (let i = slotOf(parent, tok, this.mask); ; i = (i + 1) & this.mask) {
      const c = this.children[i]!;
      if (c < 0) return undefined;
      if (this.parents[i] === parent && this.tokens[i] === tok) return c;
    }
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }

  /** Sets an edge unless it exists; returns the child now on it. */
  add(parent: number, tok: number, child: number): number {
    if (parent === 0) {
      if (tok >= this.root.length) {
        const grown = new Int32Array(Math.max(tok + 1, this.root.length * 2)).fill(-1);
        grown.set(this.root);
        this.root = grown;
      }
      const c = this.root[tok]!;
      if (c >= 0) return c;
      this.root[tok] = child;
      this.size++;
      return child;
    }
    let i = slotOf(parent, tok, this.mask);
    for (; ; i = (i + 1) & this.mask) {
      const c = this.children[i]!;
      if (c < 0) break;
      if (this.parents[i] === parent && this.tokens[i] === tok) return c;
    }
    this.parents[i] = parent;
    this.tokens[i] = tok;
    this.children[i] = child;
    this.size++;
    // Keep the load under three quarters so probes stay short.
    if (++this.used * 4 > this.mask * 3) this.grow();
    return child;
  }

  forEach(fn: (parent: number, tok: number, child: number) => void): void {
    this.root.forEach((c, tok) => c >= 0 && fn(0, tok, c));
    for (let i = 0; i <= this.mask; i++)
      if (this.children[i]! >= 0) fn(this.parents[i]!, this.tokens[i]!, this.children[i]!);
  }

  private grow(): void {
    const { parents, tokens, children } = this;
    const size = (this.mask + 1) * 2;
    this.parents = new Int32Array(size);
    this.tokens = new Int32Array(size);
    this.children = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let i = 0; i < children.length; i++) {
      if (children[i]! < 0) continue;
      let j = slotOf(parents[i]!, tokens[i]!, this.mask);
      while (this.children[j]! >= 0) j = (j + 1) & this.mask;
      this.parents[j] = parents[i]!;
      this.tokens[j] = tokens[i]!;
      this.children[j] = children[i]!;
    }
  }
}

/**
 * Terminal payloads by node, as linked lists in typed arrays indexed by node id: one Map entry
 * and two objects per alias form cost ~20 MB at 50,000 entities. `get` builds the small array
 * a match needs only when a walk reaches a terminal.
 */
export class TerminalTable {
  private head = new Int32Array(64).fill(-1);
  private entry = new Int32Array(64);
  private link = new Int32Array(64);
  private cased = new Map<number, string[]>();
  size = 0;

  has(node: number): boolean {
    return node < this.head.length && this.head[node]! >= 0;
  }

  get(node: number): Terminal[] | undefined {
    if (!this.has(node)) return undefined;
    const out: Terminal[] = [];
    for (let t = this.head[node]!; t >= 0; t = this.link[t]!) {
      const cased = this.cased.get(t);
      out.push(cased ? { entry: this.entry[t]!, cased } : { entry: this.entry[t]! });
    }
    return out.reverse(); // insertion order, as the lists are built head-first
  }

  add(node: number, t: Terminal): void {
    if (node >= this.head.length) this.head = grownTo(this.head, node + 1, -1);
    if (this.size >= this.entry.length) {
      this.entry = grownTo(this.entry, this.size + 1, 0);
      this.link = grownTo(this.link, this.size + 1, 0);
    }
    const i = this.size++;
    this.entry[i] = t.entry;
    this.link[i] = this.head[node]!;
    if (t.cased) this.cased.set(i, t.cased);
    this.head[node] = i;
  }

  forEach(fn: (terminals: Terminal[], node: number) => void): void {
    for (let node = 0; node < this.head.length; node++) {
      const list = this.get(node);
      if (list) fn(list, node);
    }
  }
}

function grownTo(a: Int32Array, min: number, fill: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(min, a.length * 2)).fill(fill);
  b.set(a);
  return b;
}

function slotOf(parent: number, tok: number, mask: number): number {
  let h = Math.imul(parent, 0x9e3779b1) ^ Math.imul(tok + 1, 0x85ebca6b);
  h ^= h >>> 15;
  return h & mask;
}

export function buildDictionary(entries: DictEntry[]): Dictionary {
  const vocab = new Map<string, number>();
  const next = new EdgeTable();
  const terminals = new TerminalTable();
  let nodes = 1;
  let maxDepth = 0;
  entries.forEach((entry, index) => {
    for (const form of aliasForms(entry.text)) {
      let node = 0;
      for (const key of form.keys) {
        let tok = vocab.get(key);
        if (tok === undefined) {
          tok = vocab.size;
          vocab.set(key, tok);
        }
        const child = next.add(node, tok, nodes);
        if (child === nodes) nodes++;
        node = child;
      }
      maxDepth = Math.max(maxDepth, form.keys.length);
      terminals.add(
        node,
        entry.mode === 'case' ? { entry: index, cased: form.cased } : { entry: index },
      );
    }
  });
  return { entries, vocab, next, terminals, maxDepth, evidence: evidenceOf(entries) };
}

export function packDictionary(d: Dictionary): PackedDictionary {
  const edges: number[] = [];
  d.next.forEach((parent, tok, child) => edges.push(parent, tok, child));
  const terminals: [number, Terminal[]][] = [];
  d.terminals.forEach((list, node) => terminals.push([node, list]));
  return {
    entries: d.entries,
    vocab: [...d.vocab.keys()],
    edges,
    terminals,
    maxDepth: d.maxDepth,
  };
}

export function unpackDictionary(p: PackedDictionary): Dictionary {
  const vocab = new Map<string, number>();
  p.vocab.forEach((k, i) => vocab.set(k, i));
  const next = new EdgeTable(p.edges.length / 3);
  for (let i = 0; i < p.edges.length; i += 3) {
    next.add(p.edges[i]!, p.edges[i + 1]!, p.edges[i + 2]!);
  }
  const terminals = new TerminalTable();
  for (const [node, list] of p.terminals) for (const t of list) terminals.add(node, t);
  return {
    entries: p.entries,
    vocab,
    next,
    terminals,
    maxDepth: p.maxDepth,
    evidence: evidenceOf(p.entries),
  };
}
