/**
 * Cases the mutation run on lib/match/find.ts showed were unchecked: which characters may sit
 * between the words of a name, when a short or exact-case alias counts, how an organisation's
 * span widens, and when a bare surname is part of someone else's name. Each test builds its own
 * small dictionary (Stryker's per-test coverage does not see code run while tests are collected).
 */
import { describe, expect, it } from 'vitest';
import { dict } from './matcher-helpers';
import { findCandidates } from '../../lib/match/find';
import type { Dictionary } from '../../lib/match/dictionary';

/** Candidates as "text=ids", with " foreign" / " org" when the flags are set. */
function found(d: Dictionary, text: string): string[] {
  return findCandidates(d, text).map((c) => {
    const ids = c.entries.map((x) => {
      const e = d.entries[x]!;
      return e.confusable ? 'confusable' : e.field ? 'field' : e.ids.join('+');
    });
    return `${text.slice(c.start, c.end)}=${ids.join(',')}${c.foreign ? ' foreign' : ''}${c.orgSpan ? ' org' : ''}`;
  });
}

const people = () =>
  dict([
    { id: 'lee', name: 'Kai-Fu Lee', aliases: [{ text: 'Lee', match: 'short' }] },
    {
      id: 'zhu',
      name: 'Song-Chun Zhu',
      native: { hans: '朱松纯', citation: { source: 's', quote: '朱松纯' } },
      aliases: [{ text: 'Zhu Songchun' }, { text: 'Zhu', match: 'short' }],
    },
    { id: 'wu', name: 'Wu Fei', aliases: [{ text: '吴', match: 'short' }] },
    {
      id: 'tsinghua',
      name: 'Tsinghua University',
      category: 'organisation',
      aliases: [{ text: 'Tsinghua' }],
    },
    {
      id: 'baai',
      name: 'Beijing Academy of Artificial Intelligence',
      category: 'organisation',
      aliases: [{ text: 'BAAI', match: 'case' }],
    },
  ]);

describe('findCandidates: between the words of a name', () => {
  it('allows any white space, and invisible characters, up to 40 characters', () => {
    const d = people();
    for (const ws of [' ', '\t', '\n', '\r', '\u00a0', '\u3000', ' '.repeat(40)])
      expect(found(d, `Kai-Fu${ws}Lee`), JSON.stringify(ws)).toEqual([`Kai-Fu${ws}Lee=lee`]);
    for (const inv of ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'])
      expect(found(d, `Kai-Fu ${inv} Lee`), JSON.stringify(inv)).toEqual([`Kai-Fu ${inv} Lee=lee`]);
    // Too long a gap, or other characters: only the bare surname is left.
    for (const gap of [' '.repeat(41), ' \u200a ', ' \u200e ', ' \u2061 ', ' / '])
      expect(found(d, `Kai-Fu${gap}Lee`), JSON.stringify(gap)).toEqual(['Lee=lee']);
  });

  it('allows up to two hyphens, dashes, periods or apostrophes', () => {
    const d = people();
    for (const j of ['-', '.', "'", '\u2019', '\u2010', '\u2011', '\u2012', '\u2013', '--', '- .'])
      expect(found(d, `Kai${j}Fu Lee`), j).toEqual([`Kai${j}Fu Lee=lee`]);
    // Otherwise "Fu Lee" reads as someone else's name.
    expect(found(d, 'Kai\u2018Fu Lee')).toEqual(['Lee=lee']);
    for (const j of ['\u2014', '---', '- - -', '/'])
      expect(found(d, `Kai${j}Fu Lee`), j).toEqual(['Lee=lee foreign']);
  });

  it('allows a comma only in a name that has one', () => {
    const d = people();
    expect(found(d, 'Kai,Fu Lee')).toEqual(['Lee=lee foreign']);
    // The comma after the name is not between its words.
    expect(found(d, 'Kai-Fu Lee, investor')).toEqual(['Kai-Fu Lee=lee']);
    const ucla = dict([{ id: 'ucla', name: 'University of California, Los Angeles', aliases: [] }]);
    expect(found(ucla, 'at University of California, Los Angeles')).toEqual([
      'University of California, Los Angeles=ucla',
    ]);
  });

  it('allows only white space between Chinese characters', () => {
    const d = people();
    expect(found(d, '朱松纯')).toEqual(['朱松纯=zhu']);
    expect(found(d, '朱 松纯')).toEqual(['朱 松纯=zhu']);
    expect(found(d, '朱-松纯')).toEqual([]);
  });

  it('falls back to a shorter name when the longer one fails its checks', () => {
    const d = people();
    // "Zhu, Songchun" is not the alias "Zhu Songchun" (no comma in it): the surname remains.
    // ("Songchun" is the given name, a short form of its own.)
    expect(found(d, 'We met Zhu, Songchun')).toEqual(['Zhu=zhu', 'Songchun=zhu']);
    // (The alias and the reversed full name, both for the same person.)
    expect(found(d, 'We met Zhu Songchun')).toEqual(['Zhu Songchun=zhu,zhu']);
  });

  it('finds names anywhere in the text, one after the other', () => {
    const d = dict([{ id: 'lee', name: 'Kai-Fu Lee', aliases: [] }]);
    expect(found(d, 'Then we met Kai-Fu Lee and Kai-Fu Lee again')).toEqual([
      'Kai-Fu Lee=lee',
      'Kai-Fu Lee=lee',
    ]);
  });
});

describe('findCandidates: case of short and context aliases', () => {
  it('takes a Latin short or context alias only capitalised', () => {
    const d = dict([
      { id: 'lee', name: 'Kai-Fu Lee', aliases: [{ text: 'Lee', match: 'short' }] },
      {
        id: 'mila',
        name: 'Mila Institute',
        category: 'organisation',
        aliases: [{ text: 'Mila', match: 'context' }],
      },
      { id: 'ts', name: 'Tsinghua University', aliases: [{ text: 'Tsinghua' }] },
    ]);
    expect(found(d, 'lee mila tsinghua')).toEqual(['tsinghua=ts']);
    expect(found(d, 'Lee LEE Mila')).toEqual(['Lee=lee', 'LEE=lee', 'Mila=mila']);
  });

  it('takes a Chinese context alias, which has no capitals', () => {
    const d = dict([
      {
        id: 'moonshot',
        name: 'Moonshot AI',
        category: 'organisation',
        aliases: [{ text: '月之暗面', match: 'context' }],
      },
    ]);
    expect(found(d, '月之暗面发布了')).toEqual(['月之暗面=moonshot']);
  });

  it('takes a one- or two-character Chinese alias only as a word of its own', () => {
    const d = dict([
      { id: 'pku', name: 'Peking University', aliases: [{ text: '北大' }] },
      { id: 'sky', name: 'Sky Lab', aliases: [{ text: '天' }] },
    ]);
    expect(found(d, '北大西洋')).toEqual([]);
    expect(found(d, '他是北大教授')).toEqual(['北大=pku']);
    expect(found(d, '天气')).toEqual([]);
  });
});

describe('findCandidates: exact-case names', () => {
  const minimax = () =>
    dict([
      {
        id: 'minimax',
        name: 'MiniMax',
        category: 'organisation',
        aliases: [{ text: 'MiniMax', match: 'case' }],
      },
      {
        id: 'baai',
        name: 'Beijing Academy of Artificial Intelligence',
        aliases: [{ text: 'BAAI', match: 'case' }],
      },
      { id: 'caffe', name: 'Caffe Framework', aliases: [{ text: 'Caffe', match: 'case' }] },
      { id: 'team', name: 'Team X', aliases: [{ text: 'MiniMax Team', match: 'case' }] },
    ]);

  it('takes the exact form, also full-width or with invisible characters and marks', () => {
    const d = minimax();
    expect(found(d, 'MiniMax')).toEqual(['MiniMax=minimax']);
    expect(found(d, 'ＢＡＡＩ')).toEqual(['ＢＡＡＩ=baai']);
    expect(found(d, 'we met Mini\u00adMax')).toEqual(['Mini\u00adMax=minimax']);
    expect(found(d, 'we met B\u0301AAI')).toEqual(['B\u0301AAI=baai']);
    expect(found(d, 'we met MiniMax Team')).toEqual(['MiniMax Team=team']);
  });

  it('takes a capitalised variant of a mixed-case name inside a sentence', () => {
    const d = minimax();
    expect(found(d, 'We met Minimax today')).toEqual(['Minimax=minimax']);
    expect(found(d, 'We met MINIMAX today')).toEqual(['MINIMAX=minimax']);
    expect(found(d, 'a Minimax model')).toEqual(['Minimax=minimax']);
    expect(found(d, 'x  Minimax')).toEqual(['Minimax=minimax']);
  });

  it('does not take the variant at the start of a sentence, in lower case or of other names', () => {
    const d = minimax();
    expect(found(d, 'Minimax search')).toEqual([]);
    for (const end of ['.', '!', '?', ':', ';', '"', '“', '‘', '(', '['])
      expect(found(d, `Yes${end} Minimax`), end).toEqual([]);
    expect(found(d, 'Yes, (Minimax')).toEqual([]);
    expect(found(d, 'we use minimax')).toEqual([]);
    expect(found(d, 'we met Mínimax')).toEqual([]);
    // An acronym, a plain capitalised word and a name of two words have no such variant.
    expect(found(d, 'we met Baai and CAFFE')).toEqual([]);
    expect(found(d, 'we met Minimax Team')).toEqual(['Minimax=minimax']);
  });
});

describe('findCandidates: confusables and field words', () => {
  it("lets the entity's own name win an exact tie, and the longer confusable otherwise", () => {
    const d = dict(
      [{ id: 'tencent', name: 'Tencent', category: 'organisation', aliases: [] }],
      [{ text: 'ten-cent', note: 'coin', blocks: ['tencent'] }],
      { fieldTerms: [{ text: 'Tencent' }] },
    );
    expect(found(d, 'Tencent')).toEqual(['Tencent=tencent']);
    expect(found(d, 'ten cent')).toEqual(['ten cent=confusable']);
    const field = dict([{ id: 'x', name: 'X Lab', aliases: [] }], [], {
      fieldTerms: [{ text: 'deep learning' }],
    });
    expect(found(field, 'deep learning')).toEqual(['deep learning=field']);
  });
});

describe('findCandidates: the span of an organisation', () => {
  const orgs = () =>
    dict([
      {
        id: 'hf',
        name: 'High-Flyer',
        category: 'organisation',
        aliases: [{ text: '幻方' }],
      },
      { id: 'zhipu', name: 'Zhipu AI', category: 'organisation', aliases: [{ text: '智谱' }] },
      { id: 'baai', name: 'BAAI', category: 'organisation', aliases: [{ text: '北京智源' }] },
      {
        id: 'xiyu',
        name: 'Xiyu Technology',
        category: 'organisation',
        aliases: [{ text: 'Xiyu' }],
      },
      { id: 'wu', name: 'Wu Fei', aliases: [{ text: '吴飞' }] },
    ]);

  it('takes a Chinese name with its place and every suffix, and goes on after it', () => {
    const d = orgs();
    expect(found(d, '杭州幻方科技有限公司智谱')).toEqual([
      '杭州幻方科技有限公司=hf org',
      '智谱=zhipu',
    ]);
    expect(found(d, '在北京智谱公司')).toEqual(['北京智谱公司=zhipu org']);
    expect(found(d, '京智谱')).toEqual(['智谱=zhipu']);
    expect(found(d, '幻方的科技')).toEqual(['幻方=hf']);
    // The place already in the name is not taken twice; a person's name does not widen.
    expect(found(d, '北京北京智源研究院')).toEqual(['北京智源研究院=baai org']);
    expect(found(d, '上海吴飞公司')).toEqual(['吴飞=wu']);
  });

  it('takes a Latin company name with its city right before it', () => {
    const d = orgs();
    expect(found(d, 'Shanghai Xiyu Technology')).toEqual(['Shanghai Xiyu Technology=xiyu org']);
    expect(found(d, 'the Shanghai Xiyu Technology')).toEqual(['Shanghai Xiyu Technology=xiyu org']);
    expect(found(d, 'in Guangzhou Xiyu Technology')).toEqual([
      'Guangzhou Xiyu Technology=xiyu org',
    ]);
    expect(found(d, 'Shanghai Xiyu')).toEqual(['Xiyu=xiyu']);
    expect(found(d, 'NewShanghai Xiyu Technology')).toEqual(['Xiyu Technology=xiyu']);
    expect(found(d, 'Shanghai  Xiyu Technology')).toEqual(['Xiyu Technology=xiyu']);
  });
});

describe("findCandidates: a surname in someone else's name", () => {
  it('flags a surname after a given name inside a sentence', () => {
    const d = people();
    expect(found(d, 'We met Michael Lee today')).toEqual(['Lee=lee foreign']);
    expect(found(d, 'We met Michael  Lee today')).toEqual(['Lee=lee foreign']);
    expect(found(d, 'We met Michael\nLee today')).toEqual(['Lee=lee foreign']);
    expect(found(d, 'We met Michael   Lee today')).toEqual(['Lee=lee']);
    expect(found(d, 'We met Michael-Lee today')).toEqual(['Lee=lee']);
    expect(found(d, 'We met Kai-Fu Lee today')).toEqual(['Kai-Fu Lee=lee']);
    expect(found(d, '智谱Michael Lee')).toEqual(['Lee=lee foreign']);
  });

  it('does not flag it after a title, a sentence start, a place or another name', () => {
    const d = people();
    expect(found(d, 'We met Dr Lee today')).toEqual(['Lee=lee']);
    expect(found(d, 'We met professor Lee today')).toEqual(['Lee=lee']);
    expect(found(d, 'Michael Lee left')).toEqual(['Lee=lee']);
    for (const end of ['.', '!', '?', ':', ';', '"', '“', '‘', '(', '['])
      expect(found(d, `Yes${end} Michael Lee left`), end).toEqual(['Lee=lee']);
    for (const p of [
      'in',
      'at',
      'from',
      'to',
      'of',
      'for',
      'with',
      'by',
      'on',
      'near',
      'since',
      'until',
      'In',
    ])
      expect(found(d, `Yes, we ${p} Beijing Lee spoke`), p).toEqual(['Lee=lee']);
    expect(found(d, 'He was within Beijing Lee spoke')).toEqual(['Lee=lee foreign']);
    expect(found(d, 'Yes, Tsinghua Lee spoke')).toEqual(['Tsinghua=tsinghua', 'Lee=lee']);
    expect(found(d, 'Yes, we saw lee')).toEqual([]);
  });

  it('flags a surname before a pinyin given name, or any name after one in capitals', () => {
    const d = people();
    expect(found(d, 'We met Lee Xiaoming today')).toEqual(['Lee=lee foreign']);
    expect(found(d, 'We met LEE Bob today')).toEqual(['LEE=lee foreign']);
    expect(found(d, 'We met Lee Bob today')).toEqual(['Lee=lee']);
    expect(found(d, 'We met Lee xiaoming today')).toEqual(['Lee=lee']);
    expect(found(d, 'We met Lee  Xiaoming')).toEqual(['Lee=lee foreign']);
    expect(found(d, 'We met Lee   Xiaoming')).toEqual(['Lee=lee']);
    // A word that starts a known name is that name, not a given name.
    expect(found(d, 'We met LEE Tsinghua people')).toEqual(['LEE=lee', 'Tsinghua=tsinghua']);
    // One Chinese character is no all-caps surname.
    expect(found(d, 'We met 吴 Bob today')).toEqual(['吴=wu']);
  });
});

describe('findCandidates: more boundaries', () => {
  it('does not flag a surname when a mark sits beside the white space', () => {
    const d = people();
    for (const text of ['We met Michael- Lee today', 'We met Michael -Lee today'])
      expect(found(d, text), text).toEqual(['Lee=lee']);
    for (const text of ['We met Lee- Xiaoming', 'We met Lee -Xiaoming'])
      expect(found(d, text), text).toEqual(['Lee=lee']);
  });

  it('flags a surname after a given name that follows a mark with no space', () => {
    const d = dict([
      { id: 'zhipu', name: 'Zhipu AI', category: 'organisation', aliases: [{ text: '智谱' }] },
      { id: 'lee', name: 'Kai-Fu Lee', aliases: [{ text: 'Lee', match: 'short' }] },
    ]);
    expect(found(d, '智谱Michael Lee')).toEqual(['智谱=zhipu', 'Lee=lee foreign']);
  });

  it('allows a mark between a Latin and a Chinese word of one name', () => {
    const d = dict([
      { id: 'kimi', name: 'Kimi Moon', aliases: [{ text: 'Kimi-月' }, { text: '月-Kimi' }] },
    ]);
    expect(found(d, 'Kimi-月')).toEqual(['Kimi-月=kimi']);
    expect(found(d, '月-Kimi')).toEqual(['月-Kimi=kimi']);
    expect(found(d, 'Kimi 月')).toEqual(['Kimi 月=kimi']);
  });

  it('has no capitalised variant for an exact-case name that starts in lower case', () => {
    const d = dict([
      {
        id: 'ifly',
        name: 'iFlytek',
        category: 'organisation',
        aliases: [{ text: 'iFlytek', match: 'case' }],
      },
    ]);
    expect(found(d, 'we use iFlytek')).toEqual(['iFlytek=ifly']);
    expect(found(d, 'we use IFLYTEK')).toEqual([]);
    expect(found(d, 'we use Iflytek')).toEqual([]);
  });
});

describe("findCandidates: a surname in someone else's name, the words before", () => {
  it('reads only the end of the words before as a sentence start', () => {
    const d = people();
    expect(found(d, 'Ask A.B. about Michael Lee today')).toEqual(['Lee=lee foreign']);
  });

  it('takes a preposition at the very start of the text', () => {
    const d = people();
    expect(found(d, 'In Beijing Lee spoke')).toEqual(['Lee=lee']);
  });
});
