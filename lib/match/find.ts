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
  /**
   * A bare short form that is part of someone else's full name here ("Michael Lee",
   * "ZHANG Wei"): never marked, and it makes the short form ambiguous on the whole page.
   */
  foreign?: boolean;
}

/**
 * Between two tokens of one name: white space (any run up to 40 characters, as in wrapped
 * source text) plus at most two of hyphen, dash, period, apostrophe or comma (a comma only
 * for aliases that have one, checked at the terminal). CJK names allow white space only.
 */
function gapOk(text: string, from: number, to: number, cjkPair: boolean): boolean {
  const len = to - from;
  if (len === 0) return true;
  if (len > 40) return false;
  let marks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000) continue;
    // Soft hyphens and zero-width characters are invisible here too, as they are inside words.
    if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) continue;
    if (cjkPair) return false;
    const joiner =
      c === 45 || c === 46 || c === 39 || c === 44 || c === 0x2019 || (c >= 0x2010 && c <= 0x2013);
    if (!joiner || ++marks > 2) return false;
  }
  return true;
}

/** Does the text between the first and last token hold a comma? */
function hasComma(text: string, ends: number[], starts: number[], from: number, to: number) {
  for (let k = from; k < to; k++) if (text.slice(ends[k], starts[k + 1]).includes(',')) return true;
  return false;
}

const reLatinStart = /^\p{Script=Latin}/u;

/**
 * Short forms and context aliases in Latin script are proper names: written capitalised
 * ("Zhu", "ZHU", "Mila"). In lower case they are ordinary words ("a moonshot", "ma", "yu").
 */
function capitalised(text: string, at: number): boolean {
  const ch = text[at]!;
  return ch !== ch.toLowerCase();
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
      const comma = last > i && hasComma(text, ends, starts, i, last);
      for (const t of dict.terminals.get(term)!) {
        if (t.cased && !casedEqual(text, starts, ends, i, t.cased)) continue;
        const e = dict.entries[t.entry]!;
        if (comma && !e.text.includes(',')) continue;
        if (
          (e.mode === 'short' || e.mode === 'context') &&
          reLatinStart.test(e.text) &&
          !capitalised(text, start)
        )
          continue;
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
        const c: Candidate = { start, end, entries };
        if (
          entries.every((x) => dict.entries[x]!.mode === 'short') &&
          inForeignName(dict, text, tokens, i, last, out)
        )
          c.foreign = true;
        out.push(c);
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

/** Words before a bare surname that are not a given name. */
const TITLES = new Set(
  (
    'mr mrs ms miss mx dr prof professor dean president director chairman chair chairwoman ceo cto ' +
    'founder cofounder minister premier vice sir madam dame lord lady general judge senator ' +
    'governor mayor chancellor secretary academician investor engineer researcher scientist ' +
    'teacher coach uncle aunt saint st rector principal provost fellow chief head'
  ).split(' '),
);
const reCapitalWord = /^\p{Lu}/u;

/**
 * Is the short form at tokens i..last part of a full name we do not know? A capitalised word
 * right before it ("Michael Lee") or right after it ("ZHANG Wei", "Zhu Xiaoming"), separated by
 * white space only, that is not a title, not the first word of a sentence and not itself part
 * of a dictionary name.
 */
function inForeignName(
  dict: Dictionary,
  text: string,
  tokens: Tokens,
  i: number,
  last: number,
  out: Candidate[],
): boolean {
  const { keys, starts, ends, cjk } = tokens;
  const spaceOnly = (a: number, b: number) => b > a && b - a <= 2 && /^\s+$/.test(text.slice(a, b));
  const word = (k: number) =>
    cjk[k] === 0 &&
    reCapitalWord.test(text[starts[k]!]!) &&
    !/\d/.test(keys[k]!) &&
    !TITLES.has(keys[k]!);
  if (i > 0 && spaceOnly(ends[i - 1]!, starts[i]!) && word(i - 1)) {
    const prev = out[out.length - 1];
    const inCandidate = prev !== undefined && prev.end > starts[i - 1]!;
    const before = text.slice(Math.max(0, starts[i - 1]! - 12), starts[i - 1]!).trimEnd();
    const sentenceStart = before === '' || /[.!?:;"“‘(\[]$/.test(before);
    // "In Beijing Zhu said", "On Tuesday Lee left": a place or a day, not a given name.
    const afterPreposition = /(^|\s)(in|at|from|to|of|for|with|by|on|near|since|until)$/i.test(
      before,
    );
    if (!inCandidate && !sentenceStart && !afterPreposition) return true;
  }
  // After it, in the Chinese order: a given name in pinyin ("Zhu Xiaoming"), or any word after
  // an all-caps surname ("ZHANG Wei"). Not any capital word: headlines capitalise verbs.
  const k = last + 1;
  if (k < keys.length && spaceOnly(ends[last]!, starts[k]!) && word(k)) {
    const tok = dict.vocab.get(keys[k]!);
    const startsName = tok !== undefined && dict.next.has(tok);
    const caps = text.slice(starts[i]!, ends[last]!);
    if (
      !startsName &&
      (reGivenName.test(keys[k]!) || (caps.length > 1 && caps === caps.toUpperCase()))
    )
      return true;
  }
  return false;
}

/** One or more pinyin syllables (without tones): how Chinese given names are romanised. */
const reGivenName =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|iu|ua|uo|ue|ve|ui|er|a|o|e|i|u|v))+$/;
