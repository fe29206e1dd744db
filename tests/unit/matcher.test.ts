import { describe, expect, it } from 'vitest';
import { dict, marks } from './matcher-helpers';
import { findCandidates } from '../../lib/match/find';
import { resolveDocument } from '../../lib/match/resolve';

const d = dict(
  [
    {
      id: 'zhu',
      name: 'Song-Chun Zhu',
      native: { hans: '朱松纯', citation: { source: 's', quote: '朱松纯' } },
      aliases: [{ text: 'Zhu Songchun' }, { text: 'S.-C. Zhu' }, { text: 'Zhu', match: 'short' }],
    },
    { id: 'zhujun', name: 'Zhu Jun', aliases: [{ text: 'Zhu', match: 'short' }] },
    { id: 'tencent', name: 'Tencent', aliases: [{ text: '腾讯' }] },
    { id: 'tail', name: 'Tencent AI Lab', aliases: [] },
    {
      id: 'baai',
      name: 'Beijing Academy of Artificial Intelligence',
      aliases: [{ text: 'BAAI', match: 'case' }, { text: '智源' }],
    },
    {
      id: 'pku',
      name: 'Peking University',
      aliases: [{ text: 'PKU', match: 'case' }, { text: '北大' }],
    },
    { id: 'ecole', name: 'École Polytechnique', aliases: [] },
    { id: 'tsinghua', name: 'Tsinghua University', aliases: [{ text: 'Tsinghua' }] },
    { id: 'caffe', name: 'Caffe (framework)', aliases: [{ text: 'Caffe', match: 'context' }] },
  ],
  [{ text: 'Zhu Rongji', note: 'premier', blocks: ['zhu'] }],
);

describe('matching', () => {
  it('prefers the leftmost-longest alias', () => {
    expect(marks(d, 'He joined Tencent AI Lab, not Tencent.')).toEqual([
      ['tail', 'Tencent AI Lab'],
      ['tencent', 'Tencent'],
    ]);
  });

  it('matches hyphen, space and no-space variants and the Chinese order', () => {
    for (const s of [
      'Song-Chun Zhu',
      'Song Chun Zhu',
      'Songchun Zhu',
      'Zhu Songchun',
      'ZHU Song-Chun',
      'S.-C. Zhu',
    ])
      expect(
        marks(d, `Prof. ${s} spoke.`).map((m) => m[0]),
        s,
      ).toContain('zhu');
  });

  it('marks possessives on the name only', () => {
    expect(marks(d, "Tsinghua’s and BAAI's labs")).toEqual([
      ['tsinghua', 'Tsinghua'],
      ['baai', 'BAAI'],
    ]);
  });

  it('keeps acronyms exact-case and whole-word', () => {
    expect(marks(d, 'baai Baai BAAIX xBAAI')).toEqual([]);
    expect(marks(d, 'PKU and pku')).toEqual([['pku', 'PKU']]);
  });

  it('folds diacritics', () => {
    expect(marks(d, 'the Ecole Polytechnique in Paris')).toEqual([
      ['ecole', 'Ecole Polytechnique'],
    ]);
  });

  it('finds names split by line breaks', () => {
    expect(marks(d, 'Song-Chun\nZhu')).toEqual([['zhu', 'Song-Chun\nZhu']]);
  });

  it('marks a bare surname only after a full mention of one entity', () => {
    expect(marks(d, 'Zhu said so.')).toEqual([]);
    expect(marks(d, 'Song-Chun Zhu left. Zhu said so.')).toEqual([
      ['zhu', 'Song-Chun Zhu'],
      ['zhu', 'Zhu'],
    ]);
    // Two entities with the same short form on one page: the bare surname stays unmarked.
    expect(marks(d, 'Song-Chun Zhu and Zhu Jun met. Zhu said so.').map((m) => m[1])).toEqual([
      'Song-Chun Zhu',
      'Zhu Jun',
    ]);
  });

  it('lets a confusable win and block the short form', () => {
    expect(marks(d, 'Song-Chun Zhu met Zhu Rongji. Zhu smiled.')).toEqual([
      ['zhu', 'Song-Chun Zhu'],
    ]);
  });

  it('matches Chinese names inside running text, with offsets', () => {
    const text = '朱松纯在智源和腾讯。';
    expect(marks(d, text)).toEqual([
      ['zhu', '朱松纯'],
      ['baai', '智源'],
      ['tencent', '腾讯'],
    ]);
  });

  it('does not take a short Chinese alias out of a longer word', () => {
    expect(marks(d, '北大西洋的天气')).toEqual([]);
    expect(marks(d, '他是北大教授')).toEqual([['pku', '北大']]);
  });

  it('sends context aliases to the judge instead of marking them', () => {
    const text = 'I drank a Caffe latte.';
    const r = resolveDocument(d, findCandidates(d, text));
    expect(r.marks).toEqual([]);
    expect(r.questions.map((q) => q.entityId)).toEqual(['caffe']);
  });
});

describe('matching edge cases', () => {
  const e = dict(
    [
      { id: 'tencent', name: 'Tencent', aliases: [] },
      { id: 'ict', name: 'Institute of Computing Technology', aliases: [] },
    ],
    [{ text: 'ten-cent', note: 'money', blocks: ['tencent'] }],
  );

  it('lets an entity win an exact tie with a confusable', () => {
    expect(marks(e, 'Tencent grew; a ten-cent coin.')).toEqual([['tencent', 'Tencent']]);
  });

  it('matches names wrapped across indented source lines', () => {
    expect(marks(e, 'the Institute of Computing\n        Technology in Beijing')).toEqual([
      ['ict', 'Institute of Computing\n        Technology'],
    ]);
  });
});

describe('invisible characters at word edges', () => {
  const z = dict([
    { id: 'zhou', name: 'Zhi-Hua Zhou', aliases: [] },
    { id: 'lee', name: 'Kai-Fu Lee', aliases: [] },
  ]);

  it('does not let a zero-width character next to a separator break a name', () => {
    expect(marks(z, 'Zhi\u200b-Hua Zhou')).toEqual([['zhou', 'Zhi\u200b-Hua Zhou']]);
    expect(marks(z, 'Kai-Fu\u200d Lee')).toEqual([['lee', 'Kai-Fu\u200d Lee']]);
    expect(marks(z, 'Kai-Fu \u00adLee')).toEqual([['lee', 'Kai-Fu \u00adLee']]);
  });
});
