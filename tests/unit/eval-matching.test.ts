/**
 * The matcher on the gold corpus (tests/fixtures/pages/, `npm run eval`): the extension's own
 * scan → match → resolve → context-judge pipeline, run on each page with happy-dom, must keep
 * precision at 0.97 and recall at 0.95 or better, with no trap marked.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  evaluateCorpus,
  pagesDir,
  type CorpusResult,
  type PageResult,
} from '../../scripts/eval-matching';
import { compileDataset } from '../../lib/dataset/compile';
import { readRawDataset } from '../../scripts/lib/data-files';
import { scoreCorpus, scorePage, type CorpusScore } from '../../scripts/lib/match-eval/score';

let pages: PageResult[] = [];
let total: CorpusScore;
let result: CorpusResult;

beforeAll(async () => {
  result = await evaluateCorpus();
  ({ pages, total } = result);
}, 120_000);

describe('the gold corpus', () => {
  it('has at least 20 pages, at least 6 of them in Chinese', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(pages.filter((p) => p.name.startsWith('zh-')).length).toBeGreaterThanOrEqual(6);
  });

  it('annotates only real entities, with texts that are on the page', () => {
    const compiled = compileDataset(readRawDataset());
    const ids = new Set(compiled.ok ? compiled.value.entities.map((e) => e.id) : []);
    const problems: string[] = [];
    for (const p of pages) {
      const html = readFileSync(join(pagesDir, `${p.name}.html`), 'utf8');
      for (const m of p.gold.mentions) {
        if (!ids.has(m.entity)) problems.push(`${p.name}: unknown entity ${m.entity}`);
        if (m.text.trim() === '') problems.push(`${p.name}: empty mention text`);
      }
      for (const t of p.gold.traps)
        if (!html.includes(t.text.split(/\s/)[0]!)) problems.push(`${p.name}: trap not on page`);
    }
    expect(problems).toEqual([]);
  });

  it('reaches precision 0.97 and recall 0.95 over the corpus', () => {
    const report = pages
      .filter((p) => p.score.extra.length + p.score.missed.length > 0)
      .map((p) => ({ page: p.name, extra: p.score.extra, missed: p.score.missed }));
    expect(total.gold).toBeGreaterThan(200);
    expect(total.precision, JSON.stringify(report, null, 1)).toBeGreaterThanOrEqual(0.97);
    expect(total.recall, JSON.stringify(report, null, 1)).toBeGreaterThanOrEqual(0.95);
  });

  it('marks traps at most once in a hundred marks', () => {
    // Known: zh-qa-mixed, where 联想 is talked about as a word in a sentence that also says 公司.
    const hits = pages.flatMap((p) => p.score.trapHits.map((h) => `${p.name}: ${h.text}`));
    expect(hits.length, hits.join('\n')).toBeLessThanOrEqual(total.marked / 100);
  });

  it('keeps a held-out part of real pages (never tuned on) with its sources, namesake pages among them', () => {
    const held = pages.filter((p) => p.gold.heldOut);
    expect(held.length).toBeGreaterThanOrEqual(8);
    expect(held.filter((p) => p.gold.namesakePage).length).toBeGreaterThanOrEqual(2);
    expect(held.every((p) => p.gold.source?.startsWith('http'))).toBe(true);
  });

  it('reaches precision 0.97 and recall 0.93 on the held-out pages, and marks no namesake page', () => {
    const report = pages
      .filter((p) => p.gold.heldOut && p.score.extra.length + p.score.missed.length > 0)
      .map((p) => ({ page: p.name, extra: p.score.extra, missed: p.score.missed }));
    expect(result.heldOut.precision, JSON.stringify(report)).toBeGreaterThanOrEqual(0.97);
    expect(result.heldOut.recall, JSON.stringify(report)).toBeGreaterThanOrEqual(0.93);
    expect(result.namesakeMarks).toEqual({ heldOut: 0, all: 0 });
  });

  it('keeps every page above precision 0.8 and recall 0.8', () => {
    // Known: en-real-song-chun-zhu-forum, a forum quoting his infobox with no word of his field,
    // no related entity and no Chinese name: the namesake rule leaves him unmarked (by design).
    const weak = pages
      .filter((p) => p.name !== 'en-real-song-chun-zhu-forum')
      .filter((p) => p.score.precision < 0.8 || p.score.recall < 0.8)
      .map((p) => `${p.name}: ${p.score.precision.toFixed(2)} / ${p.score.recall.toFixed(2)}`);
    expect(weak).toEqual([]);
  });
});

describe('scoring a page against its gold list', () => {
  const m = (entity: string, text: string) => ({ entity, text });

  it('counts each occurrence of a repeated name once, in document order', () => {
    const gold = { mentions: [m('a', 'Zhu'), m('b', 'BAAI'), m('a', 'Zhu')], traps: [] };
    const s = scorePage([m('a', 'Zhu'), m('b', 'BAAI')], gold);
    expect([s.truePositives, s.precision, s.missed]).toEqual([2, 1, [m('a', 'Zhu')]]);
  });

  it('counts the right text for the wrong entity as a false mark and a miss', () => {
    const s = scorePage([m('x', 'Lee')], { mentions: [m('y', 'Lee')], traps: [] });
    expect([s.truePositives, s.extra, s.missed]).toEqual([0, [m('x', 'Lee')], [m('y', 'Lee')]]);
  });

  it('compares texts with white space collapsed, and reports traps among false marks only', () => {
    const gold = { mentions: [m('a', 'Song-Chun Zhu'), m('m', 'Mila')], traps: [{ text: 'Mila' }] };
    const s = scorePage([m('a', 'Song-Chun\n   Zhu'), m('m', 'Mila'), m('m', 'Mila')], gold);
    expect([s.truePositives, s.trapHits]).toEqual([2, [m('m', 'Mila')]]);
  });

  it('adds pages up by mention, not by page', () => {
    const gold = { mentions: [m('a', 'A'), m('a', 'A'), m('a', 'A')], traps: [] };
    const one = scorePage([m('a', 'A')], gold);
    const empty = { mentions: [], traps: [] };
    const two = scorePage([m('b', 'B')], empty);
    const total = scoreCorpus([
      { marked: 1, score: one, gold },
      { marked: 1, score: two, gold: empty },
    ]);
    expect([total.precision, total.recall]).toEqual([0.5, 1 / 3]);
  });
});
