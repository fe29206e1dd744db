import { describe, expect, it } from 'vitest';
import bundle from '../../lib/generated/dataset.json';
import { createRuntime, type Bundle } from '../../lib/dataset/runtime';
import { buildSearchIndex, search, type SearchDoc } from '../../lib/search/search-index';
import { pinyinSyllables } from '../../lib/search/pinyin';

const runtime = createRuntime(bundle as unknown as Bundle);
const top = (q: string) => search(runtime.search, q)[0];
const ids = (q: string) => search(runtime.search, q).map((h) => h.id);

describe('search over the bundled data', () => {
  it.each([
    ['Beijing Academy of Artificial Intelligence', 'baai'],
    ['Michalis Vazirgiannis', 'michalis-vazirgiannis'],
    ['Zhu Songchun', 'song-chun-zhu'],
  ])('finds the full name %j first', (q, id) => {
    expect(top(q)).toMatchObject({ id, rank: 0 });
  });

  it('finds acronyms and aliases, and says which name matched', () => {
    expect(top('BAAI')).toMatchObject({ id: 'baai', matched: 'BAAI', rank: 0 });
    expect(top('thu')).toMatchObject({ id: 'tsinghua-university', rank: 0 });
    expect(top('Qinghua')).toMatchObject({ id: 'tsinghua-university', matched: 'Qinghua' });
  });

  it('finds prefixes, with spaces, hyphens and case ignored', () => {
    expect(ids('song-ch')).toContain('song-chun-zhu');
    expect(ids('beijing acad')[0]).toBe('baai');
    expect(top('VAZIRG')).toMatchObject({ id: 'michalis-vazirgiannis', rank: 1 });
  });

  it('finds a word inside a name', () => {
    const hit = search(runtime.search, 'academy').find((h) => h.id === 'baai');
    expect(hit?.rank).toBe(2);
  });

  it('finds typos', () => {
    expect(top('Vazirgianis')).toMatchObject({ id: 'michalis-vazirgiannis', rank: 3 });
    expect(top('Tsinhgua University')).toMatchObject({ id: 'tsinghua-university' });
  });

  it('finds Chinese characters, whole and as a prefix', () => {
    expect(top('清华大学')).toMatchObject({ id: 'tsinghua-university', rank: 0 });
    expect(ids('北京智源')[0]).toBe('baai');
    expect(ids('黄铁')).toContain('tiejun-huang');
  });

  it('finds pinyin without tone marks, in either name order', () => {
    expect(top('zhiyuan')).toMatchObject({ id: 'baai', rank: 0 });
    expect(top('huang tiejun')).toMatchObject({ id: 'tiejun-huang', rank: 0 });
    expect(top('huangtiejun')).toMatchObject({ id: 'tiejun-huang', rank: 0 });
    expect(ids('zhusongchun')).toContain('song-chun-zhu');
  });

  it('returns nothing for an empty query or noise', () => {
    expect(search(runtime.search, '   ')).toEqual([]);
    expect(search(runtime.search, 'qqqqxxxxzzzz')).toEqual([]);
  });
});

describe('ranking', () => {
  const doc = (id: string, names: string[]): SearchDoc => ({
    id,
    name: names[0]!,
    category: 'organisation',
    names,
  });
  const index = buildSearchIndex([
    doc('longer', ['Delta Labs']),
    doc('word', ['Open Delt Institute']),
    doc('prefix', ['Delt Robotics']),
    doc('exact', ['Delt']),
  ]);

  it('puts exact before prefix before word, the closer prefix first', () => {
    expect(search(index, 'delt').map((h) => [h.id, h.rank])).toEqual([
      ['exact', 0],
      ['longer', 1],
      ['prefix', 1],
      ['word', 2],
    ]);
  });

  it('ranks a typo after every exact and prefix match', () => {
    const hits = search(index, 'delta labz');
    expect(hits[0]).toMatchObject({ id: 'longer', rank: 3 });
  });

  it('respects the limit', () => {
    expect(search(index, 'delt', 2)).toHaveLength(2);
  });
});

describe('pinyin', () => {
  it('reads common characters without tones', () => {
    expect(pinyinSyllables('黄铁军')).toEqual(['huang', 'tie', 'jun']);
    expect(pinyinSyllables('智源')).toEqual(['zhi', 'yuan']);
  });

  it('gives up on mixed or unknown text instead of guessing', () => {
    expect(pinyinSyllables('AI 研究')).toBeNull();
    expect(pinyinSyllables('')).toBeNull();
  });
});

describe('search finds the entities 2026 readers meet (issue 13)', () => {
  it.each([
    // English names
    ['Nvidia', 'nvidia'],
    ['Jensen Huang', 'jensen-huang'],
    ['Unitree', 'unitree'],
    // Chinese names
    ['英伟达', 'nvidia'],
    ['豆包', 'doubao'],
    ['张一鸣', 'zhang-yiming'],
    // pinyin, either order and without spaces
    ['zhangyiming', 'zhang-yiming'],
    ['Wang Xingxing', 'wang-xingxing'],
    // products and model names with versions
    ['Kimi K2', 'kimi'],
    ['Qwen3', 'qwen'],
    ['DeepSeek-V3', 'deepseek-v3'],
    ['H20', 'nvidia-h20'],
  ])('%j → %s first', (q, id) => {
    expect(top(q)?.id).toBe(id);
  });
});
