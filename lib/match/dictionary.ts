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
  next: Map<number, number>;
  /** Terminal payloads by node id. */
  terminals: Map<number, Terminal[]>;
  /** Longest alias in tokens; bounds every walk. */
  maxDepth: number;
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

export function buildDictionary(entries: DictEntry[]): Dictionary {
  const vocab = new Map<string, number>();
  const next = new Map<number, number>();
  const terminals = new Map<number, Terminal[]>();
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
        const edge = node * TOKEN_SPACE + tok;
        let child = next.get(edge);
        if (child === undefined) {
          child = nodes++;
          next.set(edge, child);
        }
        node = child;
      }
      maxDepth = Math.max(maxDepth, form.keys.length);
      const list = terminals.get(node) ?? [];
      list.push(entry.mode === 'case' ? { entry: index, cased: form.cased } : { entry: index });
      terminals.set(node, list);
    }
  });
  return { entries, vocab, next, terminals, maxDepth };
}

export function packDictionary(d: Dictionary): PackedDictionary {
  const edges: number[] = [];
  for (const [edge, child] of d.next) {
    edges.push(Math.floor(edge / TOKEN_SPACE), edge % TOKEN_SPACE, child);
  }
  return {
    entries: d.entries,
    vocab: [...d.vocab.keys()],
    edges,
    terminals: [...d.terminals],
    maxDepth: d.maxDepth,
  };
}

export function unpackDictionary(p: PackedDictionary): Dictionary {
  const vocab = new Map<string, number>();
  p.vocab.forEach((k, i) => vocab.set(k, i));
  const next = new Map<number, number>();
  for (let i = 0; i < p.edges.length; i += 3) {
    next.set(p.edges[i]! * TOKEN_SPACE + p.edges[i + 1]!, p.edges[i + 2]!);
  }
  return { entries: p.entries, vocab, next, terminals: new Map(p.terminals), maxDepth: p.maxDepth };
}
