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
  /**
   * A Chinese organisation name written with its place prefix or its suffixes (北京智源研究院,
   * 杭州幻方科技有限公司, "Shanghai Xiyu Technology"): the span was widened around the known name,
   * and the suffix makes a doubtful alias (幻方) the company's name.
   */
  orgSpan?: boolean;
  /** Where the candidate is in the document (characters), for "near the mention" (resolve.ts). */
  pos?: number;
  /**
   * The article region it is in (an <article> or <main> element, or null): short forms refer
   * only to full names in the same region (resolve.ts). Undefined: one region (plain text).
   */
  region?: unknown;
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
        if (
          t.cased &&
          !casedEqual(text, starts, ends, i, t.cased) &&
          !caseVariant(text, starts, ends, i, last, t.cased)
        )
          continue;
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
      // A confusable (or a field word) wins only by being longer: on an exact tie (e.g.
      // "ten-cent" folded to "tencent") the entity's own name is what the text says.
      if (entries.some((x) => !dict.entries[x]!.confusable && !dict.entries[x]!.field)) {
        for (let x = entries.length - 1; x >= 0; x--)
          if (dict.entries[entries[x]!]!.confusable || dict.entries[entries[x]!]!.field)
            entries.splice(x, 1);
      }
      if (entries.length > 0) {
        const c: Candidate = { start, end, entries };
        let stop = last;
        if (entries.every((x) => dict.entries[x]!.org)) {
          const span = widenOrgSpan(text, start, end);
          if (span) {
            c.start = span.start;
            c.end = span.end;
            c.orgSpan = true;
            while (stop + 1 < n && starts[stop + 1]! < span.end) stop++;
          }
        }
        if (
          entries.every((x) => dict.entries[x]!.mode === 'short') &&
          inForeignName(dict, text, tokens, i, last, out)
        )
          c.foreign = true;
        out.push(c);
        i = stop + 1;
        matched = true;
      }
    }
    if (!matched) i++;
  }
  return out;
}

/**
 * A case variant of an exact-case name that is not an acronym: "Minimax" or "MINIMAX" for
 * MiniMax. The name is exact-case because its lower-case form is a common word ("minimax"), so
 * the variant must still be capitalised, one word, and not the first word of a sentence (where
 * the common word is capitalised too).
 */
function caseVariant(
  text: string,
  starts: number[],
  ends: number[],
  from: number,
  to: number,
  cased: string[],
): boolean {
  if (cased.length !== 1 || to !== from) return false;
  const alias = cased[0]!;
  // Mixed case (MiniMax), not an acronym (BAAI) nor a plain capitalised word.
  if (!/^\p{Lu}/u.test(alias) || !/\p{Ll}/u.test(alias) || !/^.\p{Ll}*\p{Lu}/u.test(alias))
    return false;
  const word = text.slice(starts[from], ends[from]);
  if (!/^\p{Lu}/u.test(word) || word.toLowerCase() !== alias.toLowerCase()) return false;
  const before = text.slice(Math.max(0, starts[from]! - 3), starts[from]).trimEnd();
  return before !== '' && !/[.!?:;"“‘(\[]$/.test(before);
}

const CJK_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '有限公司',
  '研究院',
  '研究所',
  '科技',
  '集团',
  '公司',
];
const CJK_PLACES =
  /(北京|上海|天津|重庆|杭州|深圳|广州|南京|苏州|宁波|武汉|成都|西安|合肥|香港|浙江|江苏|广东)$/;
const LATIN_PLACE_BEFORE =
  /(?:^|[^\p{L}])(Beijing|Shanghai|Hangzhou|Shenzhen|Guangzhou|Nanjing|Tianjin|Ningbo|Suzhou|Wuhan|Chengdu|Hefei) $/u;
const reLatinOrgWord = /(Technology|Technologies|Tech|Intelligence|Group|Institute|Academy)$/;
const reHanEnd = /\p{Script=Han}$/u;

/**
 * The longest span the page writes for an organisation: a Chinese name with its place prefix
 * and suffixes (北京 + 智源 + 研究院; 杭州 + 幻方 + 科技 + 有限公司), or a Latin company name with
 * its city ("Shanghai Xiyu Technology"). Null when the text adds nothing around the name.
 */
function widenOrgSpan(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let s = start;
  let e = end;
  if (reHanEnd.test(text.slice(start, end))) {
    for (let grew = true; grew;) {
      grew = false;
      for (const suffix of CJK_SUFFIXES)
        if (text.startsWith(suffix, e)) {
          e += suffix.length;
          grew = true;
          break;
        }
    }
    const place = CJK_PLACES.exec(text.slice(Math.max(0, s - 2), s));
    if (place && !text.slice(start, end).startsWith(place[1]!)) s -= place[1]!.length;
  } else if (reLatinOrgWord.test(text.slice(start, end))) {
    const place = LATIN_PLACE_BEFORE.exec(text.slice(Math.max(0, s - 12), s));
    if (place) s -= place[1]!.length + 1;
  }
  return s === start && e === end ? null : { start: s, end: e };
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
  // A token that starts with a capital letter has no digits: the tokenizer splits them off.
  const word = (k: number) =>
    cjk[k] === 0 && reCapitalWord.test(text[starts[k]!]!) && !TITLES.has(keys[k]!);
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
