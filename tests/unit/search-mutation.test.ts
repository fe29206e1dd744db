/**
 * Cases the mutation run (npm run test:mutation -- search) showed were unchecked: the exact rank
 * and order of hits, the typo limits, the pinyin keys of people and of other names, the summary
 * phrase search and its snippet. A small hand-made index makes every expected hit checkable; each
 * test builds its own, so Stryker's per-test coverage sees the index code run inside the test.
 */
import { describe, expect, it } from 'vitest';
import {
  boundedDistance,
  buildSearchIndex,
  search,
  type SearchDoc,
} from '../../lib/search/search-index';
import { pinyinSyllables } from '../../lib/search/pinyin';

const doc = (id: string, names: string[], over: Partial<SearchDoc> = {}): SearchDoc => ({
  id,
  name: names[0]!,
  category: 'organisation',
  names,
  ...over,
});
const ids = (index: ReturnType<typeof buildSearchIndex>, q: string, limit?: number) =>
  search(index, q, limit).map((h) => `${h.id}:${h.rank}`);

describe('pinyinSyllables', () => {
  it('reads each character, ignoring spaces and name dots', () => {
    expect(pinyinSyllables('黄铁军')).toEqual(['huang', 'tie', 'jun']);
    expect(pinyinSyllables('黄 铁·军・')).toEqual(['huang', 'tie', 'jun']);
  });
  it('has no reading for empty, mixed or unknown text', () => {
    expect(pinyinSyllables('')).toBeNull();
    expect(pinyinSyllables(' · ')).toBeNull();
    expect(pinyinSyllables('智源AI')).toBeNull();
    expect(pinyinSyllables('𠀀')).toBeNull();
  });
});

describe('boundedDistance', () => {
  it('counts edits, a transposition as one', () => {
    expect(boundedDistance('abc', 'abc', 2)).toBe(0);
    expect(boundedDistance('abc', 'acb', 2)).toBe(1);
    expect(boundedDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedDistance('', 'ab', 2)).toBe(2);
    expect(boundedDistance('ab', '', 2)).toBe(2);
  });
  it('gives max + 1 as soon as the distance must exceed max', () => {
    expect(boundedDistance('abc', 'abcdef', 2)).toBe(3);
    expect(boundedDistance('abcd', 'wxyz', 1)).toBe(2);
    expect(boundedDistance('kitten', 'sitting', 2)).toBe(3);
  });
  it('gives max + 1 for an empty word against a longer one, and no transposition without both', () => {
    expect(boundedDistance('', 'abcd', 2)).toBe(3);
    // One character matches across the diagonal, the other does not: two edits, not one.
    expect(boundedDistance('ab', 'xa', 2)).toBe(2);
    expect(boundedDistance('ab', 'bx', 2)).toBe(2);
    expect(boundedDistance('xab', 'xba', 2)).toBe(1);
  });
  it('works for keys longer than its reusable rows', () => {
    const long = 'x'.repeat(100);
    expect(boundedDistance(long, `${long.slice(2)}yy`, 2)).toBe(2);
  });
});

describe('search ranks', () => {
  const index = () =>
    buildSearchIndex([
      doc('baai', ['Beijing Academy of AI', 'BAAI']),
      doc('baidu', ['Baidu']),
      doc('ecole', ['École Polytechnique']),
      doc('dash', ['---', 'Dash Lab']),
    ]);

  it('finds nothing for a query without words', () => {
    expect(search(index(), ' -- ')).toEqual([]);
  });
  it('ranks an exact name 0, a prefix 1 and a word inside a name 2', () => {
    expect(ids(index(), 'baai')).toEqual(['baai:0']);
    expect(ids(index(), 'bai')).toEqual(['baidu:1']);
    expect(ids(index(), 'ba')).toEqual(['baai:1', 'baidu:1']);
    expect(ids(index(), 'academy')).toEqual(['baai:2']);
    expect(ids(index(), 'acad')).toEqual(['baai:2']);
    expect(ids(index(), 'polytechnique')).toEqual(['ecole:2']);
  });
  it('finds a name without its spaces and diacritics, and says which name matched', () => {
    const [hit] = search(index(), 'ecolepoly');
    expect(hit).toEqual({
      id: 'ecole',
      name: 'École Polytechnique',
      native: undefined,
      category: 'organisation',
      matched: 'École Polytechnique',
      rank: 1,
    });
    expect(search(index(), 'BAAI')[0]!.matched).toBe('BAAI');
  });
  it('keeps, per entity, its shortest matching name, the first of equal length', () => {
    const i = buildSearchIndex([doc('x', ['Abaaaa', 'Abz', 'Abcx', 'Aby'])]);
    expect(search(i, 'ab')[0]!.matched).toBe('Aby');
    const j = buildSearchIndex([doc('x', ['Abdx', 'Abcx'])]);
    expect(search(j, 'ab')[0]!.matched).toBe('Abcx');
  });
  it('skips names without words, and indexes no one-letter words', () => {
    expect(ids(index(), 'dash')).toEqual(['dash:1']);
    expect(ids(buildSearchIndex([doc('x', ['A Lab'])]), 'a')).toEqual(['x:1']);
    expect(ids(buildSearchIndex([doc('x', ['Big A Lab'])]), 'a')).toEqual([]);
  });
});

describe('typo search', () => {
  const index = () =>
    buildSearchIndex([
      doc('baidu', ['Baidu']),
      doc('tsinghua', ['Tsinghua University']),
      doc('alibaba', ['Alibaba']),
    ]);
  it('allows one edit under 8 characters, from 4 characters on', () => {
    expect(ids(index(), 'biadu')).toEqual(['baidu:3']);
    expect(ids(index(), 'bxidu')).toEqual(['baidu:3']);
    // Typos are looked for among keys with the same first character.
    expect(ids(index(), 'abidu')).toEqual([]);
    expect(ids(index(), 'bxydu')).toEqual([]);
    expect(ids(index(), 'alibabaa')).toEqual(['alibaba:3']);
    expect(ids(index(), 'alxbabx')).toEqual([]);
    // Three characters are too few to guess from.
    expect(ids(buildSearchIndex([doc('ict', ['ICT'])]), 'ixt')).toEqual([]);
    expect(ids(buildSearchIndex([doc('ictx', ['ICTX'])]), 'ixtx')).toEqual(['ictx:3']);
  });
  it('allows two edits from 8 characters on, not three', () => {
    expect(ids(index(), 'tsinhgau')).toEqual(['tsinghua:3']);
    expect(ids(index(), 'tsxnhgau')).toEqual([]);
    expect(ids(index(), 'xlibxbxa')).toEqual([]);
  });
  it('finds a typo in the first part of a longer name', () => {
    expect(ids(index(), 'tsinhua')).toEqual(['tsinghua:3']);
    // One word: the key is cut to the query's length before comparing.
    expect(ids(buildSearchIndex([doc('ag', ['Alibabagroup'])]), 'alibxba')).toEqual(['ag:3']);
  });
  it('ranks a closer typo first: fewer edits, then a closer length', () => {
    const i = buildSearchIndex([
      doc('two', ['Abcdefgxx'], { weight: 9 }),
      doc('shorter', ['Abcdefgy'], { weight: 9 }),
      doc('one', ['Abcdefgyz']),
      doc('three', ['Abcdefxx']),
    ]);
    expect(ids(i, 'abcdefgyy')).toEqual(['one:3', 'shorter:3', 'two:3']);
  });
  it('does not look for typos once enough hits are found', () => {
    const i = buildSearchIndex([doc('a', ['Wxyzab']), doc('b', ['Wxyzac'])]);
    expect(ids(i, 'wxyza', 2)).toEqual(['a:1', 'b:1']);
    expect(ids(i, 'wxyzab', 2)).toEqual(['a:0', 'b:3']);
    expect(ids(i, 'wxyzab', 1)).toEqual(['a:0']);
  });
});

describe('order within a rank', () => {
  it('puts the shorter key first, then the better-known entity, then by name', () => {
    const index = () =>
      buildSearchIndex([
        doc('z-long', ['Zeta Longer']),
        doc('z-b', ['Zetab'], { weight: 1 }),
        doc('z-a', ['Zetaa'], { weight: 1 }),
        doc('z-heavy', ['Zetac'], { weight: 9 }),
      ]);
    expect(ids(index(), 'zeta')).toEqual(['z-heavy:1', 'z-a:1', 'z-b:1', 'z-long:1']);
    expect(ids(index(), 'zeta', 2)).toEqual(['z-heavy:1', 'z-a:1']);
  });
});

describe('pinyin keys', () => {
  const index = () =>
    buildSearchIndex([
      doc('huang', ['黄铁军'], { category: 'person', native: '黄铁军' }),
      doc('zhiyuan-baai', ['BAAI', '智源'], { weight: 5 }),
      doc('zhiyuan-written', ['Zhiyuan']),
      doc('lab', ['黄铁实验室']),
      doc('five', ['欧阳铁军明'], { category: 'person' }),
      doc('four', ['欧阳铁军'], { category: 'person' }),
      doc('two', ['王伟'], { category: 'person' }),
    ]);
  it('finds a Chinese name by its whole reading, after a written name of the same length', () => {
    expect(ids(index(), 'zhiyuan')).toEqual(['zhiyuan-written:0', 'zhiyuan-baai:0']);
    expect(search(index(), 'zhiyuan')[1]!.matched).toBe('智源');
  });
  it('finds a person by the reading with the given name first', () => {
    expect(ids(index(), 'huangtiejun')).toEqual(['huang:0']);
    expect(ids(index(), 'tiejunhuang')).toEqual(['huang:0']);
    expect(ids(index(), 'tiejun')).toEqual(['huang:1']);
    expect(search(index(), 'tiejun')[0]!.native).toBe('黄铁军');
    expect(search(index(), 'tiejun')[0]!.category).toBe('person');
  });
  it('gives no given-name-first key to other entities or to names of five characters', () => {
    expect(ids(index(), 'shiyanshihuangtie')).toEqual([]);
    expect(ids(index(), 'huangtieshiyanshi')).toEqual(['lab:0']);
    expect(ids(index(), 'tiejunmingouyang')).toEqual([]);
    expect(ids(index(), 'ouyangtiejunming')).toEqual(['five:0']);
    // Four characters still count as a person's name: surname 欧, given name 阳铁军; two too.
    expect(ids(index(), 'yangtiejunou')).toEqual(['four:0']);
    expect(ids(index(), 'weiwang')).toEqual(['two:0']);
    // 智源 is an organisation: no "yuanzhi".
    expect(ids(index(), 'yuanzhi')).toEqual([]);
  });
});

describe('summary phrases', () => {
  const index = () =>
    buildSearchIndex([
      doc('bigai', ['BIGAI'], {
        summaryZh: '朱松纯领导的北京通用人工智能研究院，研究通用智能体。',
      }),
      doc('short', ['Short'], { summaryZh: '通用人工智能' }),
      doc('named', ['通用人工智能实验室']),
    ]);
  it('finds entities whose Chinese summary holds a query of two or more characters, last', () => {
    expect(ids(index(), '通用人工智能')).toEqual(['named:1', 'short:4', 'bigai:4']);
    expect(ids(index(), '通用 人工智能')).toEqual(['named:1', 'short:4', 'bigai:4']);
  });
  it('shows the words around the phrase, with ellipses where the summary goes on', () => {
    const hits = search(index(), '通用人工智能');
    expect(hits.find((h) => h.id === 'bigai')!.matched).toBe(
      '…纯领导的北京通用人工智能研究院，研究…',
    );
    expect(search(index(), '朱松纯')[0]!.matched).toBe('朱松纯领导的北京通…');
    expect(hits.find((h) => h.id === 'short')!.matched).toBe('通用人工智能');
    expect(search(index(), '智能体')[0]!.matched).toBe('…院，研究通用智能体。');
  });
  it('takes a phrase of two characters, and shows it also when typed with spaces', () => {
    expect(ids(index(), '研究')).toEqual(['bigai:4']);
    expect(search(index(), '通用 人工智能').find((h) => h.id === 'bigai')!.matched).toBe(
      '…纯领导的北京通用人工智能研究院，研究…',
    );
  });
  it('does not search summaries for one character or for Latin text', () => {
    expect(ids(index(), '研')).toEqual([]);
    expect(ids(index(), 'bigai')).toEqual(['bigai:0']);
  });
  it('stops at the limit, taking summaries in index order', () => {
    expect(ids(index(), '通用人工智能', 2)).toEqual(['named:1', 'bigai:4']);
  });
});
