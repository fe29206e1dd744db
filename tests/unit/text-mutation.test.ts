/**
 * Cases the mutation run (npm run test:mutation -- text) showed were unchecked in the tokenizer:
 * the exact edges of the ASCII letter and digit ranges, each invisible character, surrogate pairs
 * at the edges of their ranges, ideographs reached only by folding, Han symbols that are not
 * letters, characters that fold to several, and the word-key cache when it fills up.
 */
import { describe, expect, it } from 'vitest';
import { foldKey, tokenize } from '../../lib/text/tokenize';

const spans = (s: string) => {
  const t = tokenize(s);
  return t.keys.map((k, i) => [k, t.starts[i], t.ends[i], t.cjk[i]]);
};

describe('ASCII words', () => {
  it('takes the first and last letters and digits as word characters, their neighbours not', () => {
    expect(foldKey('a z A Z 0 9')).toBe('a z a z 0 9');
    // @ [ ` { / : are the characters just outside A–Z, a–z and 0–9.
    expect(foldKey('a@b[c`d{e/f:g')).toBe('a b c d e f g');
    expect(spans('Az@Za')).toEqual([
      ['az', 0, 2, 0],
      ['za', 3, 5, 0],
    ]);
  });

  it('splits letters from digits both ways, not letters from letters or digits from digits', () => {
    expect(foldKey('GPT4o 1BIGAI 2026 Qwen')).toBe('gpt 4 o 1 bigai 2026 qwen');
    expect(spans('a1')).toEqual([
      ['a', 0, 1, 0],
      ['1', 1, 2, 0],
    ]);
  });

  it('gives every word its own lower-cased key, also past the words the key cache holds', () => {
    // Every 1- to 3-letter word: more words than the cache holds, so it starts afresh.
    const abc = 'abcdefghijklmnopqrstuvwxyz';
    const words: string[] = [...abc];
    for (const a of abc) for (const b of abc) words.push(a + b);
    for (const a of abc) for (const b of abc) for (const c of abc) words.push(a + b + c);
    const upper = words.map((w, i) => (i % 3 === 0 ? w.toUpperCase() : w));
    for (const list of [words, upper, words]) {
      const t = tokenize(list.join(' '));
      expect(t.keys).toEqual(words);
    }
  });
});

describe('non-ASCII letters', () => {
  it('lower-cases ASCII capitals that follow a folded letter, A and Z included', () => {
    expect(foldKey('ÉAZ')).toBe('eaz');
    expect(foldKey('éAZaz')).toBe('eazaz');
    expect(foldKey('ZüRICH')).toBe('zurich');
    expect(foldKey('ABé')).toBe('abe');
  });

  it('splits digits that fold to ASCII from letters', () => {
    expect(foldKey('５G')).toBe('5 g');
    expect(foldKey('Ｇ５')).toBe('g 5');
    expect(foldKey('3é')).toBe('3 e');
    expect(foldKey('é3')).toBe('e 3');
    expect(foldKey('é３５')).toBe('e 35');
  });

  it('adds every character of a longer fold to the word; a digit only when it leads', () => {
    // ⒜ and ⑴ fold to "(a)" and "(1)": led by "(", neither starts a digit token.
    expect(spans('x⒜ x⑴')).toEqual([
      ['x(a)', 0, 2, 0],
      ['x(1)', 3, 5, 0],
    ]);
    expect(foldKey('7⑴')).toBe('7 (1)');
    // ½ folds to "1⁄2": led by a digit, so it is a digit token after a letter.
    expect(foldKey('x½')).toBe('x 1⁄2');
  });

  it('keeps folding a word with a diacritic across an invisible character', () => {
    expect(foldKey('É\u00adcole')).toBe('ecole');
    expect(foldKey('ÉA\u200bB')).toBe('eab');
  });

  it('splits full-width 0 and 9 from letters like ASCII digits', () => {
    expect(foldKey('x０')).toBe('x 0');
    expect(foldKey('x９')).toBe('x 9');
    expect(foldKey('é０９')).toBe('e 09');
  });

  it('keeps the offsets of a word that holds an invisible character from its start', () => {
    expect(spans('AB\u00adCD x')).toEqual([
      ['abcd', 0, 5, 0],
      ['x', 6, 7, 0],
    ]);
    // Outside a word an invisible character is nothing at all.
    expect(spans('\u00adab')).toEqual([['ab', 1, 3, 0]]);
  });

  it('joins a word across each invisible character, and splits it at their neighbours', () => {
    for (const ch of ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'])
      expect(foldKey(`ab${ch}cd`), ch.codePointAt(0)!.toString(16)).toBe('abcd');
    for (const ch of ['\u200a', '\u200e', '\u205f', '\u2061'])
      expect(foldKey(`ab${ch}cd`), ch.codePointAt(0)!.toString(16)).toBe('ab cd');
  });
});

describe('CJK', () => {
  it('makes kana, the iteration mark and the ideographic zero tokens of their own', () => {
    expect(spans('xひカ々〇y')).toEqual([
      ['x', 0, 1, 0],
      ['ひ', 1, 2, 1],
      ['カ', 2, 3, 1],
      ['々', 3, 4, 1],
      ['〇', 4, 5, 1],
      ['y', 5, 6, 0],
    ]);
  });

  it('makes a Han symbol that is no letter a token too, as it stands', () => {
    // ⺀ (U+2E80, a CJK radical) is Han but no letter, and NFKC leaves it as it is.
    expect(spans('a⺀b')).toEqual([
      ['a', 0, 1, 0],
      ['⺀', 1, 2, 1],
      ['b', 2, 3, 0],
    ]);
  });

  it('treats a character that folds to an ideograph as that ideograph', () => {
    // ㊀ (circled ideograph one) is not itself Han; it folds to 一.
    expect(spans('a㊀b')).toEqual([
      ['a', 0, 1, 0],
      ['一', 1, 2, 1],
      ['b', 2, 3, 0],
    ]);
    // A compatibility ideograph is keyed by its ordinary form, the second time too.
    expect(foldKey('\uf900')).toBe('\u8c48');
    expect(foldKey('\uf900')).toBe('\u8c48');
  });
});

describe('surrogate pairs', () => {
  it('reads pairs at the edges of the high and low ranges as one character', () => {
    // U+10000 (Linear B, a letter) starts with the first high surrogate.
    expect(spans('x\ud800\udc00')).toEqual([['x\ud800\udc00', 0, 3, 0]]);
    // U+203FF (CJK extension B) ends with the last low surrogate.
    expect(spans('\ud840\udfff!')).toEqual([['\ud840\udfff', 0, 2, 1]]);
  });

  it('pairs a high surrogate only with a low one, and a low one only after a high one', () => {
    // Ａ (U+FF21) is above the low-surrogate range; é then a lone low surrogate is no pair.
    expect(spans('\ud840Ａ')).toEqual([['a', 1, 2, 0]]);
    expect(spans('é\udc00b')).toEqual([
      ['e', 0, 1, 0],
      ['b', 2, 3, 0],
    ]);
  });

  it('treats a lone surrogate as a separator', () => {
    expect(spans('a\ud800')).toEqual([['a', 0, 1, 0]]);
    expect(spans('a\ud800b')).toEqual([
      ['a', 0, 1, 0],
      ['b', 2, 3, 0],
    ]);
    expect(spans('a\udc00b')).toEqual([
      ['a', 0, 1, 0],
      ['b', 2, 3, 0],
    ]);
  });
});
