/**
 * The worker's side of marking a page (lib/worker/page-match.ts): a frame sends block texts and
 * gets offsets, entity ids and names back; what it sends is checked; rescans reuse the work.
 */
import { describe, expect, it } from 'vitest';
import bundle from '../../lib/generated/dataset.json';
import { createRuntime, type Bundle } from '../../lib/dataset/runtime';
import { createPageMatcher, MAX_BLOCKS, parseBlocks } from '../../lib/worker/page-match';
import { packBlocks } from '../../lib/page/text-blocks';

const runtime = createRuntime(bundle as unknown as Bundle);

const blocks = [
  { text: 'Song-Chun Zhu returned to China in 2020 to lead BIGAI.', region: 0 },
  { text: '智源研究院发布了悟道。', region: null },
];

describe('page:match in the worker', () => {
  it('answers offsets into each block, the entity, the alias and its names', async () => {
    const reply = await createPageMatcher().match(runtime, blocks);
    const seen = reply.marks.map((m) => [m.b, blocks[m.b]!.text.slice(m.s, m.e), m.id]);
    expect(seen).toEqual(
      expect.arrayContaining([
        [0, 'Song-Chun Zhu', 'song-chun-zhu'],
        [0, 'BIGAI', 'bigai'],
        [1, '智源研究院', 'baai'],
      ]),
    );
    expect(reply.entities['song-chun-zhu']).toMatchObject({
      name: 'Song-Chun Zhu',
      native: '朱松纯',
      category: 'person',
    });
    // Only the marked entities' names travel, not the whole dataset's.
    expect(Object.keys(reply.entities).sort()).toEqual(
      [...new Set(reply.marks.map((m) => m.id))].sort(),
    );
  });

  it('decides per document: a short form refers to the full name earlier on the page', async () => {
    const reply = await createPageMatcher().match(runtime, [
      { text: 'Song-Chun Zhu leads BIGAI in Beijing, a computer vision institute.', region: 0 },
      { text: 'Zhu said the institute would grow.', region: 0 },
    ]);
    expect(reply.marks.filter((m) => m.b === 1).map((m) => m.id)).toEqual(['song-chun-zhu']);
    const alone = await createPageMatcher().match(runtime, [
      { text: 'Zhu said the institute would grow.', region: 0 },
    ]);
    expect(alone.marks).toEqual([]);
  });

  it('reuses candidates and verdicts for texts it has seen, within its budget', async () => {
    let judged = 0;
    const m = createPageMatcher({
      textBudget: 200,
      judge: () => {
        judged++;
        return true;
      },
    });
    const page = [{ text: 'Users asked Kimi and Doubao about the weather.', region: null }];
    await m.match(runtime, page);
    const first = { ...m.cached(runtime), judged };
    expect(first.candidates).toBe(1);
    expect(first.judged).toBeGreaterThan(0);
    await m.match(runtime, page);
    expect(m.cached(runtime)).toEqual({ candidates: first.candidates, verdicts: first.verdicts });
    expect(judged).toBe(first.judged);
    // A text larger than the whole budget is never kept.
    await m.match(runtime, [{ text: 'BAAI '.repeat(100), region: null }]);
    expect(m.cached(runtime).candidates).toBe(first.candidates);
  });

  it('refuses what a hostile frame might send, and reads what a frame packed', () => {
    expect(() => parseBlocks('text')).toThrow();
    expect(() => parseBlocks({ text: 42, lengths: [], regions: [] })).toThrow();
    expect(() => parseBlocks({ text: 'ab', lengths: [3], regions: [0] })).toThrow();
    expect(() => parseBlocks({ text: 'ab', lengths: [1], regions: [0] })).toThrow();
    expect(() => parseBlocks({ text: 'ab', lengths: [1.5, 0.5], regions: [0, 0] })).toThrow();
    expect(() => parseBlocks({ text: 'ab', lengths: [1, 1], regions: [0] })).toThrow();
    const many = new Array(MAX_BLOCKS + 1).fill(0);
    expect(() => parseBlocks({ text: '', lengths: many, regions: many })).toThrow();
    expect(() =>
      parseBlocks({ text: 'x'.repeat(20_000_001), lengths: [20_000_001], regions: [0] }),
    ).toThrow();
    const sent = [
      { text: 'Kai-Fu Lee', region: null },
      { text: '', region: 2 },
      { text: '智源', region: 0 },
    ];
    expect(parseBlocks(packBlocks(sent))).toEqual(sent);
    expect(parseBlocks({ text: 'ab', lengths: [1, 1], regions: ['x', -1] })).toEqual([
      { text: 'a', region: null },
      { text: 'b', region: null },
    ]);
  });
});
