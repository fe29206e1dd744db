/**
 * One pass over a text: every dictionary alias found, leftmost-longest, with exact offsets.
 * Policy (which of these become marks) is decided afterwards, per document, in resolve.ts.
 */
import { tokenize, type Tokens } from '../text/tokenize';
import { TOKEN_SPACE, type Dictionary } from './dictionary';
import { cjkWordAligned } from './cjk-boundary';

export interface Candidate {
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
  /** Dictionary entries matched here (after case and boundary checks). */
  entries: number[];
}

/**
 * Between two tokens of one name: white space (any run up to 40 characters, as in wrapped
 * source text) plus at most two of hyphen, dash, period or apostrophe. CJK names allow
 * white space only.
 */
function gapOk(text: string, from: number, to: number, cjkPair: boolean): boolean {
  const len = to - from;
  if (len === 0) return true;
  if (len > 40) return false;
  let marks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000) continue;
    if (cjkPair) return false;
    const joiner = c === 45 || c === 46 || c === 39 || c === 0x2019 || (c >= 0x2010 && c <= 0x2013);
    if (!joiner || ++marks > 2) return false;
  }
  return true;
}

const reAllCjk = /^[\p{Script=Han}]{1,2}$/u;

export function findCandidates(
  dict: Dictionary,
  text: string,
  tokens: Tokens = tokenize(text),
): Candidate[] {
  const { keys, starts, ends, cjk } = tokens;
  const out: Candidate[] = [];
  const n = keys.length;
  let i = 0;
  while (i < n) {
    const first = dict.vocab.get(keys[i]!);
    let node = first === undefined ? undefined : dict.next.get(first);
    if (node === undefined) {
      i++;
      continue;
    }
    // Walk as far as the trie allows, remembering every terminal on the way.
    const found: { j: number; node: number }[] = [];
    let j = i;
    for (;;) {
      if (dict.terminals.has(node)) found.push({ j, node });
      if (j + 1 >= n || j + 1 - i >= dict.maxDepth) break;
      const tok = dict.vocab.get(keys[j + 1]!);
      if (tok === undefined) break;
      if (!gapOk(text, ends[j]!, starts[j + 1]!, cjk[j] === 1 && cjk[j + 1] === 1)) break;
      const child = dict.next.get(node * TOKEN_SPACE + tok);
      if (child === undefined) break;
      node = child;
      j++;
    }
    // Longest first: the first terminal whose entries survive the checks wins.
    let matched = false;
    for (let k = found.length - 1; k >= 0 && !matched; k--) {
      const { j: last, node: term } = found[k]!;
      const start = starts[i]!;
      const end = ends[last]!;
      const entries: number[] = [];
      for (const t of dict.terminals.get(term)!) {
        if (t.cased && !casedEqual(text, starts, ends, i, t.cased)) continue;
        const e = dict.entries[t.entry]!;
        if (reAllCjk.test(e.text) && !cjkWordAligned(text, start, end)) continue;
        entries.push(t.entry);
      }
      // A confusable wins only by being longer: on an exact tie (e.g. "ten-cent" folded to
      // "tencent") the entity's own name is what the text says.
      if (entries.some((x) => !dict.entries[x]!.confusable)) {
        for (let x = entries.length - 1; x >= 0; x--)
          if (dict.entries[entries[x]!]!.confusable) entries.splice(x, 1);
      }
      if (entries.length > 0) {
        out.push({ start, end, entries });
        i = last + 1;
        matched = true;
      }
    }
    if (!matched) i++;
  }
  return out;
}

function casedEqual(
  text: string,
  starts: number[],
  ends: number[],
  from: number,
  cased: string[],
): boolean {
  for (let k = 0; k < cased.length; k++) {
    let s = text.slice(starts[from + k], ends[from + k]);
    if (!/^[\x20-\x7e]*$/.test(s))
      s = s.normalize('NFKC').replace(/[\u00ad\u200b-\u200d\u2060\ufeff\p{M}]/gu, '');
    if (s !== cased[k]) return false;
  }
  return true;
}
