/**
 * Splits text into word tokens with folded keys and exact UTF-16 offsets into the original.
 *
 * Folding, so that one dictionary key covers many spellings: Unicode compatibility forms
 * (full-width "ＢＡＡＩ"), case, diacritics ("École" = "ecole"); soft hyphens, zero-width
 * characters and combining marks are skipped inside a word. Every CJK ideograph or kana is a
 * token of its own, because CJK text has no spaces to mark word boundaries.
 * Offsets always point into the original string, so marks land on the exact characters.
 */

export interface Tokens {
  /** Folded token text, e.g. "ecole". */
  keys: string[];
  /** UTF-16 offset of the token's first character in the original text. */
  starts: number[];
  /** UTF-16 offset just past the token's last character. */
  ends: number[];
  /** 1 where the token is a single CJK character. */
  cjk: number[];
}

const IGNORE = 0;
const SEPARATOR = 1;
const CJK = 2;
type CharClass = string | typeof IGNORE | typeof SEPARATOR | typeof CJK;

const cache = new Map<number, CharClass>();

const reMark = /\p{M}/u;
const reWordChar = /[\p{L}\p{N}]/u;
const reCjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3005\u3007]/u;

/** Characters that are invisible inside a word: soft hyphen, zero-width space/joiners, BOM, word joiner. */
function isInvisible(cp: number): boolean {
  return cp === 0xad || (cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0xfeff;
}

// `??`, not an `if` on the hit: a cache hit cannot be mutated into a miss that changes nothing.
function classify(cp: number): CharClass {
  return cache.get(cp) ?? newClass(cp);
}

function newClass(cp: number): CharClass {
  const ch = String.fromCodePoint(cp);
  let cls: CharClass;
  if (isInvisible(cp) || reMark.test(ch)) cls = IGNORE;
  else if (reCjk.test(ch)) cls = CJK;
  else {
    // NFKC maps full-width and compatibility forms; NFD + dropping marks removes diacritics.
    const folded = ch.normalize('NFKC').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    // An empty fold (a control character) has no word character either.
    if (reWordChar.test(folded)) {
      // A full-width ideograph may fold to an ordinary one.
      cls = reCjk.test(folded) ? CJK : folded;
    } else cls = SEPARATOR;
  }
  cache.set(cp, cls);
  return cls;
}

// Natural text repeats a small vocabulary, so each ASCII word's key is lower-cased once and then
// reused (lower-casing is slow on two-byte strings, i.e. any page with Chinese in it). A reused
// string keeps its cached hash, so the matcher's Map lookups do not hash it again.
const asciiKeys = new Map<string, string>();
const ASCII_KEYS_MAX = 1 << 14;

function asciiKey(word: string): string {
  return asciiKeys.get(word) ?? newAsciiKey(word);
}

function newAsciiKey(word: string): string {
  // Bounded memory: past this many distinct words the cache starts afresh. When it is cleared
  // changes no key, only how often one is made again (the same key: the word lower-cased).
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, as said above
  if (asciiKeys.size >= ASCII_KEYS_MAX) asciiKeys.clear();
  const key = word.toLowerCase();
  asciiKeys.set(word, key);
  return key;
}

// NFKC of one CJK character, cached per code point: normalize() per character is slow.
const cjkKeys = new Map<number, string>();

function cjkKey(cp: number): string {
  return cjkKeys.get(cp) ?? newCjkKey(cp);
}

function newCjkKey(cp: number): string {
  const key = String.fromCodePoint(cp).normalize('NFKC');
  cjkKeys.set(cp, key);
  return key;
}

/** Folds one alias or query string the same way text is folded, joined by single spaces. */
export function foldKey(s: string): string {
  return tokenize(s).keys.join(' ');
}

export function tokenize(text: string): Tokens {
  const keys: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const cjk: number[] = [];
  let start = -1; // start of the current word token, -1 when none
  let end = 0;
  // The state of the open word. A word sets asciiOnly and digits when it starts, and parts before
  // it is first read, so their first values are never read: the disabled mutants are equivalent.
  // Stryker disable next-line BooleanLiteral: set when a word starts, before it is read
  let asciiOnly = true; // fast path: the key is a lower-cased slice
  // Stryker disable next-line StringLiteral: set before it is first read
  let parts = '';
  // Letters and digits are separate tokens: a footnote digit in <sup> joins the name it follows
  // ("Song-Chun1", "1BIGAI") once inline text is joined, and must not hide the name.
  // Stryker disable next-line BooleanLiteral: set when a word starts, before it is read
  let digits = false;
  const n = text.length;

  const close = () => {
    if (start < 0) return;
    keys.push(asciiOnly ? asciiKey(text.slice(start, end)) : parts);
    starts.push(start);
    ends.push(end);
    cjk.push(0);
    start = -1;
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const lower = c | 0x20;
      const digit = c >= 48 && c <= 57;
      if ((lower >= 97 && lower <= 122) || digit) {
        // close() does nothing when no word is open.
        if (digit !== digits) close();
        if (start < 0) {
          start = i;
          digits = digit;
          // The fast path, the slow one's equal: with `false` the key is built character by
          // character, lower-cased the same way (`lower`), and so is the same key.
          // Stryker disable next-line BooleanLiteral: equivalent, as said above
          asciiOnly = true;
        }
        // `lower` is the key character for letters and digits alike (digits have 0x20 set).
        if (!asciiOnly) parts += String.fromCharCode(lower);
        end = i + 1;
      } else close();
      continue;
    }
    let cp = c;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff) {
      // Past the end charCodeAt gives NaN, which is no low surrogate.
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    const cls = classify(cp);
    if (cls === IGNORE) {
      // Invisible inside a word; outside a word it is nothing at all.
      if (start >= 0 && asciiOnly) {
        parts = text.slice(start, end).toLowerCase();
        asciiOnly = false;
      }
    } else if (cls === SEPARATOR) {
      close();
    } else if (cls === CJK) {
      close();
      keys.push(cjkKey(cp));
      starts.push(i);
      ends.push(i + width);
      cjk.push(1);
    } else {
      const digit = cls.charCodeAt(0) >= 48 && cls.charCodeAt(0) <= 57;
      if (digit !== digits) close();
      if (start < 0) {
        start = i;
        parts = '';
        digits = digit;
      } else if (asciiOnly) parts = text.slice(start, end).toLowerCase();
      asciiOnly = false;
      parts += cls;
      end = i + width;
    }
    i += width - 1;
  }
  close();
  return { keys, starts, ends, cjk };
}
