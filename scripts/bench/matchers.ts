/**
 * The matchers bench:match compares, each behind one interface: build from dictionary entries,
 * then count matches in a text. Counting keeps the comparison about finding, not about
 * allocating result objects differently.
 */
import AhoCorasick from 'modern-ahocorasick';
import { buildDictionary } from '../../lib/match/dictionary';
import { findCandidates } from '../../lib/match/find';
import { aliasForms } from '../../lib/match/variants';
import type { DictEntry } from '../../lib/match/dictionary';

export interface Matcher {
  count: (text: string) => number;
}

export interface MatcherKind {
  name: string;
  note: string;
  build: (entries: DictEntry[]) => Matcher;
}

const reHan = /\p{Script=Han}/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every spelling a matcher without Inkling's folding must list: the alias and its variants. */
function spellings(entries: DictEntry[]): string[] {
  const out = new Set<string>();
  for (const e of entries) {
    out.add(e.text);
    // Hyphen variants as separate spellings, so all matchers look for the same names.
    for (const f of aliasForms(e.text)) out.add(f.cased.join(reHan.test(e.text) ? '' : ' '));
  }
  return [...out].filter((s) => s.length > 0);
}

export const inkling: MatcherKind = {
  name: 'inkling',
  note: 'lib/match: tokenize + token trie (findCandidates)',
  build: (entries) => {
    const dict = buildDictionary(entries);
    return { count: (text) => findCandidates(dict, text).length };
  },
};

export const regex: MatcherKind = {
  name: 'regex alternation',
  note: 'one RegExp, longest alias first, \\b around Latin aliases, flags gi',
  build: (entries) => {
    const all = spellings(entries).sort((a, b) => b.length - a.length);
    const latin = all.filter((s) => !reHan.test(s)).map(escape);
    const han = all.filter((s) => reHan.test(s)).map(escape);
    const alts = [];
    if (latin.length) alts.push(`\\b(?:${latin.join('|')})\\b`);
    if (han.length) alts.push(`(?:${han.join('|')})`);
    const re = new RegExp(alts.join('|'), 'gi');
    // V8 compiles a regex on first use: do it here so it counts as build time.
    re.test('warm up the compiler');
    re.lastIndex = 0;
    return {
      count: (text) => {
        re.lastIndex = 0;
        let n = 0;
        while (re.exec(text)) n++;
        return n;
      },
    };
  },
};

const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;

/**
 * modern-ahocorasick in Node 20 without `wholeWord` (that option crawls there: a V8 bug fixed
 * after Node 20, see docs/PERFORMANCE.md). Case is folded by lower-casing text and patterns;
 * whole-word boundaries for Latin names are checked on each hit afterwards, which costs little
 * next to the scan.
 */
export const ahoCorasick: MatcherKind = {
  name: 'modern-ahocorasick',
  note: 'default backend, leftmost-longest, lower-cased text, word check per hit',
  build: (entries) => {
    const pats = [...new Set(spellings(entries).map((s) => s.toLowerCase()))];
    const ac = new AhoCorasick(pats);
    return {
      count: (text) => {
        const lower = text.toLowerCase();
        let n = 0;
        for (const m of ac.search(lower, { strategy: 'leftmost-longest' })) {
          if (reHan.test(m.pattern)) n++;
          else if (
            !(m.start > 0 && isWordCode(lower.charCodeAt(m.start - 1))) &&
            !(m.end < lower.length && isWordCode(lower.charCodeAt(m.end)))
          )
            n++;
        }
        return n;
      },
    };
  },
};

/** The floor: read every character once and do nothing with it. */
export const scan: MatcherKind = {
  name: 'bare scan',
  note: 'charCodeAt over every character (lower bound)',
  build: () => ({
    count: (text) => {
      let n = 0;
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
      return n;
    },
  }),
};

export const MATCHERS: Record<string, MatcherKind> = {
  inkling,
  regex,
  ahocorasick: ahoCorasick,
  scan,
};
