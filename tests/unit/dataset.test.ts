import { describe, expect, it } from 'vitest';
import { compileDataset, type CompiledData } from '../../lib/dataset/compile';
import { checkSeedQuotes } from '../../lib/dataset/seed-quotes';
import { quoteFoundIn } from '../../lib/dataset/quote-check';
import {
  readRawDataset,
  readSeedEntityIds,
  readSeedTexts,
  seedTexts,
} from '../../scripts/lib/data-files';

const result = compileDataset(readRawDataset());
const data = (result.ok ? result.value : undefined) as CompiledData;

describe('the bundled dataset', () => {
  it('compiles without errors', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has every AI-research actor named in the seeds', () => {
    const ids = new Set(data.entities.map((e) => e.id));
    expect(readSeedEntityIds().filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has at least 150 entities', () => {
    expect(data.entities.length).toBeGreaterThanOrEqual(150);
  });

  // The seed texts are beside the repository in this workspace only (../shared/seeds). Where they
  // are, every seed quote is checked; where they are not, the check is reported as skipped (it
  // shows in the test count), and INKLING_REQUIRE_SEEDS=1 turns their absence into a failure.
  it('has the seed texts where INKLING_REQUIRE_SEEDS=1 asks for them', () => {
    if (seedTexts.required)
      expect(seedTexts.present, `no seed texts at ${seedTexts.dir}`).toBe(true);
  });

  it.skipIf(!seedTexts.present)(
    `quotes the seed texts verbatim (skipped where ${seedTexts.dir} is absent)`,
    () => {
      const seeds = readSeedTexts();
      const cited = new Set(data.sources.flatMap((s) => (s.seed ? [s.seed] : [])));
      expect([...cited].filter((f) => !seeds.has(f))).toEqual([]);
      expect(checkSeedQuotes(data, seeds)).toEqual([]);
    },
  );

  it('gives persons and organisations 3+ facts, others 2+, every fact a citation of a known source', () => {
    const sources = new Set(data.sources.map((s) => s.id));
    for (const e of data.entities) {
      expect(e.facts.length, e.id).toBeGreaterThanOrEqual(
        e.category === 'person' || e.category === 'organisation' ? 3 : 2,
      );
      for (const f of e.facts) {
        expect(f.citations.length, e.id).toBeGreaterThan(0);
        for (const c of f.citations)
          expect(sources.has(c.source), `${e.id} cites ${c.source}`).toBe(true);
      }
    }
  });

  it('uses only https source URLs and short quotes', () => {
    for (const s of data.sources) expect(new URL(s.url).protocol, s.id).toBe('https:');
    for (const e of data.entities)
      for (const f of e.facts)
        for (const c of f.citations) expect(c.quote.length).toBeLessThanOrEqual(300);
  });

  it('gives every relation an existing target, seen from both ends', () => {
    const ids = new Set(data.entities.map((e) => e.id));
    for (const e of data.entities)
      for (const r of e.relations) expect(ids.has(r.other), `${e.id} → ${r.other}`).toBe(true);
    const zhu = data.entities.find((e) => e.id === 'song-chun-zhu')!;
    const bigai = data.entities.find((e) => e.id === 'bigai')!;
    expect(zhu.relations.some((r) => r.other === 'bigai' && r.direction === 'out')).toBe(true);
    expect(bigai.relations.some((r) => r.other === 'song-chun-zhu' && r.direction === 'in')).toBe(
      true,
    );
  });
});

describe('dataset validation', () => {
  const source = {
    id: 's1',
    title: 'T',
    publisher: 'P',
    url: 'https://example.org/a',
    kind: 'news',
    accessed: '2026-11-22',
  };
  const entity = {
    id: 'e1',
    category: 'place',
    name: 'Somewhere',
    aliases: [],
    summary: 'A place.',
    facts: [
      { text: 'One.', citations: [{ source: 's1', quote: 'one' }] },
      { text: 'Two.', citations: [{ source: 's1', quote: 'two' }] },
    ],
  };
  const compile = (over: { sources?: unknown[]; entities?: unknown[] }) =>
    compileDataset({
      sources: [{ name: 'sources.json', data: over.sources ?? [source] }],
      entities: [{ name: 'entities.json', data: over.entities ?? [entity] }],
      confusables: [],
    });

  it('accepts a minimal valid dataset', () => {
    expect(compile({}).ok).toBe(true);
  });

  it('names the path of a non-https URL', () => {
    const r = compile({ sources: [{ ...source, url: 'javascript:alert(1)' }] });
    expect(r.ok ? [] : r.errors).toContain('sources.json[0].url: must be https');
  });

  it('names the path of an unknown source, a missing citation and a dangling relation', () => {
    const bad = {
      ...entity,
      facts: [
        { text: 'One.', citations: [{ source: 'nope', quote: 'one' }] },
        { text: 'Two.', citations: [] },
      ],
      relations: [{ type: 'part_of', target: 'ghost', citation: { source: 's1', quote: 'x' } }],
    };
    const r = compile({ entities: [bad] });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        'entities.json[0].facts[1].citations: needs at least one citation',
      ]);
    const r2 = compile({
      entities: [
        {
          ...bad,
          facts: entity.facts.map((f, i) =>
            i ? f : { ...f, citations: [{ source: 'nope', quote: 'q' }] },
          ),
        },
      ],
    });
    expect(r2.ok ? [] : r2.errors).toEqual([
      'entities.json[0].facts[0].citations[0].source: unknown source "nope"',
      'entities.json[0].relations[0].target: unknown entity "ghost"',
    ]);
  });

  it('reports aliases shared by two entities', () => {
    const r = compile({
      entities: [
        { ...entity, aliases: [{ text: 'Twin' }] },
        { ...entity, id: 'e2', aliases: [{ text: 'twin' }] },
      ],
    });
    expect(r.ok && r.value.collisions).toEqual(
      [
        { alias: 'Twin', ids: ['e1', 'e2'] },
        { alias: 'Somewhere', ids: ['e1', 'e2'] },
      ].reverse(),
    );
  });

  it('finds quotes across line-break hyphenation, white space and curly quotes', () => {
    expect(
      quoteFoundIn(
        'University of California, Berkeley',
        'the University of Cali-\nfornia, Berkeley, as',
      ),
    ).toBe(true);
    expect(quoteFoundIn("Zhu's departure", 'Zhu’s  departure')).toBe(true);
    expect(quoteFoundIn('Zhu stayed', 'Zhu’s departure')).toBe(false);
  });
});
