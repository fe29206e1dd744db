/** One test per matching rule in docs/MATCHING.md, on a small dictionary built like the real one. */
import { describe, expect, it } from 'vitest';
import { dict, marks } from './matcher-helpers';
import { findCandidates } from '../../lib/match/find';
import { resolveDocument } from '../../lib/match/resolve';
import { decideMentions } from '../../lib/match/mentions';

const d = dict(
  [
    {
      id: 'zhu',
      name: 'Song-Chun Zhu',
      native: { hans: '朱松纯', citation: { source: 's', quote: '朱松纯' } },
      aliases: [{ text: 'Zhu Songchun' }, { text: 'Zhu', match: 'short' }],
    },
    {
      id: 'wu',
      name: 'Wu Fei',
      native: { hans: '吴飞', citation: { source: 's', quote: '吴飞' } },
      aliases: [{ text: 'Wu', match: 'short' }],
    },
    { id: 'lee', name: 'Kai-Fu Lee', aliases: [{ text: 'Lee', match: 'short' }] },
    { id: 'tang', name: 'Jie Tang', aliases: [{ text: 'Tang', match: 'short' }] },
    {
      id: 'baai',
      name: 'Beijing Academy of Artificial Intelligence',
      aliases: [{ text: 'BAAI', match: 'case' }],
    },
    { id: 'tsinghua', name: 'Tsinghua University', aliases: [{ text: 'Tsinghua' }] },
    { id: 'ecole', name: 'École Polytechnique', aliases: [] },
    { id: 'ucla', name: 'University of California, Los Angeles', aliases: [] },
    {
      id: 'pku',
      name: 'Peking University',
      aliases: [{ text: '北大' }, { text: 'PKU', match: 'case' }],
    },
    { id: 'minimax', name: 'MiniMax', aliases: [{ text: 'MiniMax', match: 'case' }] },
    {
      id: 'moonshot',
      name: 'Moonshot AI',
      native: { hans: '月之暗面', citation: { source: 's', quote: '月之暗面' } },
      aliases: [
        { text: 'Moonshot', match: 'context' },
        { text: '月之暗面', match: 'context' },
      ],
    },
    {
      id: 'mila',
      name: 'Mila – Quebec AI Institute',
      aliases: [{ text: 'Mila', match: 'context' }],
    },
  ],
  [
    { text: 'Zhu Rongji', note: 'premier', blocks: ['zhu'] },
    { text: 'Tang dynasty', note: 'history', blocks: ['tang'] },
    { text: 'Mila Kunis', note: 'actress', blocks: ['mila'] },
    { text: '北大西洋', note: 'ocean', blocks: ['pku'] },
  ],
);

const texts = (text: string) => marks(d, text).map((m) => m[1]);

describe('normalisation and offsets', () => {
  it('folds full-width forms, also for exact-case acronyms', () => {
    expect(marks(d, 'ＢＡＡＩ and Ｔｓｉｎｇｈｕａ')).toEqual([
      ['baai', 'ＢＡＡＩ'],
      ['tsinghua', 'Ｔｓｉｎｇｈｕａ'],
    ]);
  });

  it('keeps soft hyphens, zero-width characters and NBSP inside the marked span', () => {
    expect(texts('at Tsing\u00adhua Uni\u200bversity today')).toEqual([
      'Tsing\u00adhua Uni\u200bversity',
    ]);
    expect(texts('Song-Chun\u00a0Zhu')).toEqual(['Song-Chun\u00a0Zhu']);
  });

  it('maps offsets exactly across surrogate pairs', () => {
    const text = '😀𠀀 Song-Chun Zhu 😀朱松纯';
    const c = findCandidates(d, text);
    // 😀 and 𠀀 are two UTF-16 units each.
    expect(c.map((x) => [x.start, x.end])).toEqual([
      [5, 18],
      [21, 24],
    ]);
    expect(c.map((x) => text.slice(x.start, x.end))).toEqual(['Song-Chun Zhu', '朱松纯']);
  });

  it('maps offsets exactly across combining marks (decomposed diacritics)', () => {
    const text = 'The E\u0301cole Polytechnique and Zhu So\u0304ngchu\u0301n.';
    expect(texts(text)).toEqual(['E\u0301cole Polytechnique', 'Zhu So\u0304ngchu\u0301n']);
  });
});

describe('boundaries', () => {
  it('matches Latin aliases as whole words only', () => {
    expect(texts('BAAIX xBAAI Tsinghuas PKUs')).toEqual([]);
  });

  it('splits digits from letters, so footnote markers do not hide a name', () => {
    expect(texts('Song-Chun Zhu1,2 and 3BAAI')).toEqual(['Song-Chun Zhu', 'BAAI']);
  });

  it('lets a comma join an alias only where the alias has one', () => {
    expect(texts('University of California, Los Angeles')).toEqual([
      'University of California, Los Angeles',
    ]);
    expect(texts('Wang Jie, Tang Hao and Jie Tang')).toEqual(['Jie Tang']);
  });

  it('keeps short Chinese aliases out of longer words, confusable or not', () => {
    expect(texts('北大西洋')).toEqual([]);
    expect(texts('北大荒的知青')).toEqual([]);
    expect(texts('北大的学生')).toEqual(['北大']);
  });
});

describe('case forms', () => {
  it('matches all-caps surnames of Chinese author lists', () => {
    expect(marks(d, 'ZHU Song-Chun, WU Fei')).toEqual([
      ['zhu', 'ZHU Song-Chun'],
      ['wu', 'WU Fei'],
    ]);
  });

  it('marks a short form in capitals or all caps, never in lower case', () => {
    expect(texts('Song-Chun Zhu. ZHU and Zhu, but not zhu.')).toEqual([
      'Song-Chun Zhu',
      'ZHU',
      'Zhu',
    ]);
  });

  it('lets an alias listed with the name set the name’s own mode', () => {
    expect(texts('MiniMax, not minimax or minimax')).toEqual(['MiniMax']);
  });

  it('takes a capitalised case variant of a mixed-case name, but not at a sentence start', () => {
    expect(texts('Investors like Minimax and MINIMAX. Minimax search is old.')).toEqual([
      'Minimax',
      'MINIMAX',
    ]);
  });

  it('sends a capitalised context alias to the judge, and drops it in lower case', () => {
    const q = (t: string) => resolveDocument(d, findCandidates(d, t)).questions;
    expect(q('Moonshot said so.').map((x) => x.entityId)).toEqual(['moonshot']);
    expect(q('a moonshot project')).toEqual([]);
  });
});

describe('short forms need an anchor, per document', () => {
  it('blocks a surname that is part of another person’s name on the page', () => {
    expect(texts('Kai-Fu Lee met Michael Lee. Lee spoke.')).toEqual(['Kai-Fu Lee']);
    expect(texts('Song-Chun Zhu and ZHU Xiaoming wrote it. Zhu spoke.')).toEqual(['Song-Chun Zhu']);
  });

  it('does not take a place or a day after a preposition for a given name', () => {
    expect(texts('Kai-Fu Lee spoke. In Beijing Lee met students; on Tuesday Lee left.')).toEqual([
      'Kai-Fu Lee',
      'Lee',
      'Lee',
    ]);
  });

  it('does not take a title, a sentence start or a headline verb for a given name', () => {
    expect(
      texts('Kai-Fu Lee spoke. Professor Lee agreed. When Lee left, Lee Says It Ended'),
    ).toEqual(['Kai-Fu Lee', 'Lee', 'Lee', 'Lee']);
  });

  it('blocks only the short forms a confusable on the page contains', () => {
    expect(
      texts('Jie Tang and Song-Chun Zhu visited sites of the Tang dynasty. Tang and Zhu spoke.'),
    ).toEqual(['Jie Tang', 'Song-Chun Zhu', 'Zhu']);
  });
});

describe('confusables and context', () => {
  it('never marks or asks about a confusable', () => {
    const r = resolveDocument(d, findCandidates(d, 'Zhu Rongji, Mila Kunis and 北大西洋.'));
    expect(r.marks).toEqual([]);
    expect(r.questions).toEqual([]);
  });

  it('tells the judge when a confusable on the page holds the same word', () => {
    const text = 'Mila – Quebec AI Institute hosted Mila Kunis. Mila grew.';
    const [q] = resolveDocument(d, findCandidates(d, text)).questions;
    expect(q).toMatchObject({ entityId: 'mila', anchored: true, contested: true });
  });

  it('decides context candidates with the judge, and marks none when the judge fails', async () => {
    const text = 'Moonshot AI grew. Moonshot hired. 月之暗面发布了模型。';
    const cands = findCandidates(d, text);
    const run = (judge: () => boolean[] | Promise<boolean[]>) =>
      decideMentions(d, cands, { textOf: () => text, isPerson: () => false, judge });
    const yes = await run(() => [true, true]);
    expect(yes.map((m) => text.slice(m.candidate.start, m.candidate.end))).toEqual([
      'Moonshot AI',
      'Moonshot',
      '月之暗面',
    ]);
    const failed = await run(() => Promise.reject(new Error('worker gone')));
    expect(failed.map((m) => text.slice(m.candidate.start, m.candidate.end))).toEqual([
      'Moonshot AI',
    ]);
  });
});
