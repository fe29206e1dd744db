import { describe, expect, it } from 'vitest';
import { foldKey, tokenize } from '../../lib/text/tokenize';

const pieces = (s: string) => {
  const t = tokenize(s);
  return t.keys.map((k, i) => ({ k, text: s.slice(t.starts[i], t.ends[i]) }));
};

describe('tokenize', () => {
  it('folds case, diacritics and full-width forms', () => {
    expect(foldKey('École Polytechnique')).toBe('ecole polytechnique');
    expect(foldKey('ＢＡＡＩ')).toBe('baai');
    expect(foldKey('Zürich')).toBe('zurich');
  });

  it('keeps exact UTF-16 offsets into the original', () => {
    expect(pieces('Song-Chun Zhu’s lab')).toEqual([
      { k: 'song', text: 'Song' },
      { k: 'chun', text: 'Chun' },
      { k: 'zhu', text: 'Zhu' },
      { k: 's', text: 's' },
      { k: 'lab', text: 'lab' },
    ]);
  });

  it('skips soft hyphens, zero-width characters and combining marks inside words', () => {
    const s = 'Tsing\u00adhua Zhu\u200bSongchun Ecole\u0301';
    const p = pieces(s);
    expect(p.map((x) => x.k)).toEqual(['tsinghua', 'zhusongchun', 'ecole']);
    expect(p[0]!.text).toBe('Tsing\u00adhua');
    expect(p[2]!.text).toBe('Ecole');
  });

  it('treats non-breaking spaces as spaces', () => {
    expect(foldKey('Kai-Fu\u00a0Lee')).toBe('kai fu lee');
  });

  it('makes every CJK character a token and handles surrogate pairs', () => {
    const s = '😀朱松纯𠀀x';
    const t = tokenize(s);
    expect(t.keys).toEqual(['朱', '松', '纯', '𠀀', 'x']);
    expect(t.starts).toEqual([2, 3, 4, 5, 7]);
    expect(t.cjk).toEqual([1, 1, 1, 1, 0]);
  });
});
