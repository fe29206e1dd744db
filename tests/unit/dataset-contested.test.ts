import { describe, expect, it } from 'vitest';
import { compileDataset, type CompiledData } from '../../lib/dataset/compile';
import { ownCitations } from '../../lib/dataset/contested';
import { coverageOf, isWeakSource } from '../../lib/dataset/coverage';
import { checkSeedQuotes } from '../../lib/dataset/seed-quotes';
import {
  readRawDataset,
  readSeedEntityIds,
  readSeedTexts,
  seedTexts,
} from '../../scripts/lib/data-files';

const source = (id: string, extra: object = {}) => ({
  id,
  title: 'T',
  publisher: 'P',
  url: `https://example.org/${id}`,
  kind: 'news',
  accessed: '2026-11-22',
  ...extra,
});
const cite = (s: string, quote: string) => ({ source: s, quote });
const person = (over: object = {}) => ({
  id: 'p1',
  category: 'person',
  name: 'Some One',
  aliases: [],
  summary: 'A person.',
  facts: [
    {
      text: 'Born in a town; sources differ on the year.',
      citations: [cite('s1', 'born in a town')],
      contested: [
        { value: '1968', time: { from: 1968, to: 1968 }, citations: [cite('s1', 'born 1968')] },
        { value: '1969', citations: [cite('s2', 'born in 1969')] },
      ],
    },
    { text: 'Two.', citations: [cite('s1', 'two')] },
    { text: 'Three.', citations: [cite('s1', 'three')] },
  ],
  ...over,
});
const compile = (entities: unknown[], sources: unknown[] = [source('s1'), source('s2')]) =>
  compileDataset({
    sources: [{ name: 'sources.json', data: sources }],
    entities: [{ name: 'entities.json', data: entities }],
    confusables: [],
  });

describe('contested facts', () => {
  it('keeps every value with its own citations, and lists them in the fact citations too', () => {
    const r = compile([person()]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const fact = r.value.entities[0]!.facts[0]!;
    expect(fact.contested!.map((v) => v.value)).toEqual(['1968', '1969']);
    expect(fact.citations.map((c) => c.quote)).toEqual([
      'born in a town',
      'born 1968',
      'born in 1969',
    ]);
    expect(ownCitations(fact).map((c) => c.quote)).toEqual(['born in a town']);
    const plain = r.value.entities[0]!.facts[1]!;
    expect(ownCitations(plain)).toBe(plain.citations);
  });

  it('needs at least two values, each cited by a known source, and names the path', () => {
    const one = person({
      facts: [
        {
          text: 'x',
          citations: [cite('s1', 'x')],
          contested: [{ value: '1968', citations: [cite('s1', 'y')] }],
        },
      ],
    });
    const r1 = compile([one]);
    expect(r1.ok ? [] : r1.errors).toContain(
      'entities.json[0].facts[0].contested: a contested fact needs at least two values',
    );
    const unknown = person();
    (
      unknown.facts as { contested: { citations: { source: string }[] }[] }[]
    )[0]!.contested[1]!.citations[0]!.source = 'ghost';
    const r2 = compile([unknown]);
    expect(r2.ok ? [] : r2.errors).toEqual([
      'entities.json[0].facts[0].contested[1].citations[0].source: unknown source "ghost"',
    ]);
  });

  it('checks a contested value quoted from a seed against the seed text', () => {
    const seeds = new Map([['000_abc.txt', 'He was born in 1969 in a village.']]);
    const sources = [source('s1'), source('s2', { seed: '000_abc.txt' })];
    const good = compile([person()], sources);
    expect(good.ok && checkSeedQuotes(good.value, seeds)).toEqual([]);
    const bad = person();
    (
      bad.facts as { contested: { citations: { quote: string }[] }[] }[]
    )[0]!.contested[1]!.citations[0]!.quote = 'born in 1968';
    const r = compile([bad], sources);
    expect(r.ok && checkSeedQuotes(r.value, seeds)).toEqual([
      'p1.facts[0].citations[2]: quote not found in 000_abc.txt: "born in 1968…"',
    ]);
  });

  it('records both birth years of Song-Chun Zhu with their sources', () => {
    const r = compileDataset(readRawDataset());
    const data = (r.ok ? r.value : undefined) as CompiledData;
    const zhu = data.entities.find((e) => e.id === 'song-chun-zhu')!;
    const born = zhu.facts.find((f) => f.contested)!;
    const years = born.contested!.map((v) => v.time?.from);
    expect(years).toEqual([1968, 1969]);
    const seedCited = born.contested!.find((v) => v.time?.from === 1969)!.citations;
    expect(seedCited.some((c) => c.source === 'seed-guardian-summary')).toBe(true);
    expect(born.contested!.every((v) => v.citations.length > 0)).toBe(true);
  });
});

describe('regions and Chinese names', () => {
  it('accepts a region for people and organisations only', () => {
    expect(compile([person({ region: 'us' })]).ok).toBe(true);
    const r = compile([person({ region: 'mars' })]);
    expect(r.ok).toBe(false);
    const place = {
      id: 'pl',
      category: 'place',
      name: 'Somewhere',
      region: 'china',
      aliases: [],
      summary: 'A place.',
      facts: [
        { text: 'One.', citations: [cite('s1', 'one')] },
        { text: 'Two.', citations: [cite('s1', 'two')] },
      ],
    };
    const r2 = compile([place]);
    expect(r2.ok ? [] : r2.errors).toEqual([
      'entities.json[0].region: only for people and organisations',
    ]);
  });

  it('reports a person without a Chinese name as missing one unless based outside China', () => {
    const r = compile([person(), person({ id: 'p2', name: 'Other One', region: 'europe' })]);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    const c = coverageOf(r.value, ['p1', 'p3']);
    expect(c.missingNative).toEqual(['p1']);
    expect(c.notChinese).toEqual(['p2']);
    expect(c.missingSeedEntities).toEqual(['p3']);
    expect(c.contestedFacts).toEqual(['p1.facts[0]', 'p2.facts[0]']);
    expect(c.byCategory).toEqual({ person: 2 });
  });
});

describe('weak sources', () => {
  it('flags GitHub pages and AI-written wikis, not their look-alikes', () => {
    expect(isWeakSource('https://github.com/someone')).toBe(true);
    expect(isWeakSource('https://someone.github.io/page')).toBe(true);
    expect(isWeakSource('https://aiwiki.ai/wiki/x')).toBe(true);
    expect(isWeakSource('https://en.wikipedia.org/wiki/X')).toBe(false);
    expect(isWeakSource('https://notgithub.com/x')).toBe(false);
  });
});

describe('coverage of the bundled dataset', () => {
  const r = compileDataset(readRawDataset());
  const data = (r.ok ? r.value : undefined) as CompiledData;
  const c = coverageOf(data, readSeedEntityIds());

  it('counts each relation once and every citation', () => {
    const out = data.entities.flatMap((e) => e.relations.filter((x) => x.direction === 'out'));
    const inn = data.entities.flatMap((e) => e.relations.filter((x) => x.direction === 'in'));
    expect(c.relations).toBe(out.length);
    expect(inn.length).toBe(out.length);
    expect(c.citations).toBeGreaterThan(c.facts);
    expect(c.missingSeedEntities).toEqual([]);
    expect(c.thin).toEqual([]);
  });

  it('cites every registered source', () => {
    expect(c.uncitedSources).toEqual([]);
  });

  it.skipIf(!seedTexts.present)(
    `quotes the seeds verbatim (skipped where ${seedTexts.dir} is absent)`,
    () => {
      expect(checkSeedQuotes(data, readSeedTexts())).toEqual([]);
    },
  );
});
