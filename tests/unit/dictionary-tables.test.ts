import { describe, expect, it } from 'vitest';
import {
  EdgeTable,
  TOKEN_SPACE,
  buildDictionary,
  packDictionary,
  unpackDictionary,
  type DictEntry,
} from '../../lib/match/dictionary';
import { findCandidates } from '../../lib/match/find';
import { tokenize } from '../../lib/text/tokenize';

describe('EdgeTable', () => {
  it('answers like a Map keyed by parent * TOKEN_SPACE + token, across many growths', () => {
    const table = new EdgeTable();
    const reference = new Map<number, number>();
    let seed = 1;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n) | 0;
    for (let child = 1; child < 5000; child++) {
      const parent = rand(3) === 0 ? 0 : rand(2000);
      const tok = rand(300);
      const key = parent * TOKEN_SPACE + tok;
      const got = table.add(parent, tok, child);
      if (!reference.has(key)) reference.set(key, child);
      expect(got).toBe(reference.get(key));
    }
    expect(table.size).toBe(reference.size);
    for (const [key, child] of reference) expect(table.get(key)).toBe(child);
    expect(table.get(5 * TOKEN_SPACE + 301)).toBeUndefined();
    expect(table.has(299_999)).toBe(false);
    const seen: number[] = [];
    table.forEach((p, t, c) => {
      expect(reference.get(p * TOKEN_SPACE + t)).toBe(c);
      seen.push(c);
    });
    expect(seen.length).toBe(reference.size);
  });
});

describe('packed dictionary', () => {
  const entries: DictEntry[] = [
    { text: 'Tencent', mode: 'word', ids: ['tencent'] },
    { text: 'Tencent AI Lab', mode: 'word', ids: ['tencent-ai-lab'] },
    { text: 'BAAI', mode: 'case', ids: ['baai'] },
    { text: 'Song-Chun Zhu', mode: 'word', ids: ['zhu'] },
    { text: '智源', mode: 'word', ids: ['baai'] },
    { text: 'Zhu', mode: 'short', ids: ['zhu'] },
    { text: 'Zhu', mode: 'word', ids: ['other-zhu'] },
  ];
  const text = 'Tencent AI Lab and BAAI (not baai) hired Songchun Zhu; 智源研究院 and Tencent.';

  it('finds the same candidates after a JSON round trip as the dictionary it came from', () => {
    const built = buildDictionary(entries);
    const unpacked = unpackDictionary(JSON.parse(JSON.stringify(packDictionary(built))));
    const a = findCandidates(built, text);
    expect(a.map((c) => text.slice(c.start, c.end))).toEqual([
      'Tencent AI Lab',
      'BAAI',
      'Songchun Zhu',
      '智源',
      'Tencent',
    ]);
    expect(findCandidates(unpacked, text)).toEqual(a);
  });

  it('keeps every entry of an alias that several entries share, in insertion order', () => {
    const d = buildDictionary(entries);
    const zhu = findCandidates(d, 'Zhu spoke.')[0]!;
    expect(zhu.entries).toEqual([5, 6]);
  });
});

describe('token keys', () => {
  it('reuses one key string per word and never confuses different words', () => {
    // Letters only (digits are tokens of their own): base-26 spellings of 0..39,999.
    const word = (i: number): string =>
      (i >= 26 ? word(Math.floor(i / 26) - 1) : 'W') + String.fromCharCode(97 + (i % 26));
    const words = Array.from({ length: 40_000 }, (_, i) => word(i));
    expect(new Set(words).size).toBe(words.length);
    const t = tokenize(words.join(' ') + ' ' + words.join(' '));
    expect(t.keys.slice(0, words.length)).toEqual(words.map((w) => w.toLowerCase()));
    expect(t.keys.slice(words.length)).toEqual(words.map((w) => w.toLowerCase()));
  });
});
