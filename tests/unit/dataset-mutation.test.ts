/**
 * Cases the mutation run (npm run test:mutation -- dataset) showed were unchecked: the exact
 * counts of the coverage report, the name to-do list, what the quote check ignores, the seed
 * quote errors, error paths, contested citations and the policy report's figures. Records are
 * built by hand (not compiled) so each count can be worked out from the test alone.
 */
import { describe, expect, it } from 'vitest';
import {
  buildEntries,
  compileDataset,
  pinyinCount,
  sharedName,
  type CompiledData,
  type EntityRecord,
  type RawDataset,
} from '../../lib/dataset/compile';
import type { Entity } from '../../lib/dataset/schema';
import { coverageOf, isWeakSource } from '../../lib/dataset/coverage';
import { missingNames } from '../../lib/dataset/candidates';
import { canonicalForQuotes, quoteFoundIn } from '../../lib/dataset/quote-check';
import { checkSeedQuotes } from '../../lib/dataset/seed-quotes';
import { formatIssues, formatPath } from '../../lib/dataset/issues';
import { ownCitations } from '../../lib/dataset/contested';
import {
  checkPolicy,
  isDeniedHost,
  isPresentRole,
  policyReport,
  ratchet,
  sourceDating,
} from '../../lib/dataset/policy';
import { decodePackBytes, PACK_LIMITS, parsePack } from '../../lib/dataset/pack';
import { validPack } from './packs-fixture';

type Fact = EntityRecord['facts'][number];
const cite = (source: string, quote = 'q', checked?: string) => ({ source, quote, checked });
const fact = (n: number, extra: Partial<Fact> = {}): Fact =>
  ({ text: `Fact ${n}.`, textZh: '事实。', citations: [cite('s1')], ...extra }) as Fact;
const facts = (n: number) => Array.from({ length: n }, (_, i) => fact(i));
const rel = (type: string, direction: 'out' | 'in', other: string, source = 's1') =>
  ({ type, direction, other, citation: cite(source) }) as EntityRecord['relations'][number];
const entity = (id: string, over: Partial<EntityRecord> = {}): EntityRecord =>
  ({
    id,
    category: 'organisation',
    name: id,
    aliases: [],
    summary: 'A lab.',
    summaryZh: '实验室。',
    facts: facts(3),
    relations: [],
    origin: 'bundled',
    ...over,
  }) as EntityRecord;
const source = (id: string, over: Record<string, unknown> = {}) =>
  ({
    id,
    title: `Title ${id}`,
    publisher: `Pub ${id}`,
    url: `https://${id}.example/a`,
    kind: 'news',
    accessed: '2026-11-01',
    published: '2025-01-01',
    ...over,
  }) as CompiledData['sources'][number];
const dataOf = (entities: EntityRecord[], sources = [source('s1')]): CompiledData => ({
  entities,
  sources,
  dictionary: [],
  collisions: [],
});

describe('coverageOf', () => {
  const native = (source: string, hant?: string) =>
    ({ hans: '名', hant, citation: cite(source) }) as EntityRecord['native'];
  const data: CompiledData = {
    entities: [
      entity('org-a', { kind: 'company', native: native('s2', '名'), facts: facts(3) }),
      entity('org-b', { facts: facts(2), region: 'us' } as Partial<EntityRecord>),
      entity('p1', {
        category: 'person',
        facts: [fact(0, { contested: [] as never }), fact(1), fact(2, { contested: [] as never })],
        relations: [rel('works_at', 'out', 'org-a', 's3'), rel('leads', 'out', 'org-a', 's3')],
      }),
      entity('p2', {
        category: 'person',
        facts: facts(3),
        region: 'china',
        native: native('s1'),
      } as Partial<EntityRecord>),
      entity('m1', {
        category: 'project',
        facts: facts(2),
        relations: [rel('works_at', 'in', 'p1')],
      }),
      entity('m2', { category: 'project', facts: facts(1) }),
      entity('m3', { category: 'project', facts: facts(2), region: 'us' } as Partial<EntityRecord>),
    ],
    sources: [
      source('s1'),
      source('s2', { kind: 'journal' }),
      source('s3'),
      source('gh', { url: 'https://github.com/x' }),
    ],
    dictionary: [],
    collisions: [{ alias: 'Same', ids: ['org-a', 'org-b'] }],
  };
  // Built in each test: Stryker's per-test coverage only counts code run inside a test.
  const c = () => coverageOf(data, ['p1', 'gone', 'm3']);

  it('counts entities by category and organisations by kind', () => {
    expect(c().entities).toBe(7);
    expect(c().byCategory).toEqual({ organisation: 2, person: 2, project: 3 });
    expect(c().byKind).toEqual({ company: 1, none: 1 });
  });
  it('counts facts, citations (facts, out relations, native names) and relations once', () => {
    expect(c().facts).toBe(3 + 2 + 3 + 3 + 2 + 1 + 2);
    // 16 fact citations, 2 relations at their out end, 2 native names.
    expect(c().citations).toBe(16 + 2 + 2);
    expect(c().relations).toBe(2);
    expect(c().relationsByType).toEqual({ works_at: 1, leads: 1 });
    expect(c().contestedFacts).toEqual(['p1.facts[0]', 'p1.facts[2]']);
  });
  it('lists thin entities: under 3 facts for people and organisations, under 2 for others', () => {
    expect(c().thin).toEqual(['org-b', 'm2']);
  });
  it('counts Chinese names and lists people and organisations without one', () => {
    expect(c().native).toEqual({ withNative: 2, withTraditional: 1 });
    expect(c().missingNative).toEqual(['p1']);
    expect(c().notChinese).toEqual(['org-b']);
  });
  it('lists sources by kind, uncited and weak, seed entities missing and collisions', () => {
    expect(c().sources).toBe(4);
    expect(c().sourcesByKind).toEqual({ news: 3, journal: 1 });
    expect(c().uncitedSources).toEqual(['gh']);
    expect(c().weakSources).toEqual(['gh']);
    expect(c().missingSeedEntities).toEqual(['gone']);
    expect(c().collisions).toBe(data.collisions);
  });
  it('knows each weak host, on its own or as a parent domain', () => {
    for (const host of [
      'github.com',
      'x.github.io',
      'aiwiki.ai',
      'agentica.wiki',
      'wikisum.wiki',
      'systems-analysis.ru',
      'timepointai.com',
      'hayo.com',
      'chatgptglobal.news',
    ])
      expect(isWeakSource(`https://${host}/p`), host).toBe(true);
    expect(isWeakSource('https://github.com.evil.org/p')).toBe(false);
    expect(isWeakSource('https://mygithub.com/p')).toBe(false);
  });
});

describe('missingNames', () => {
  const withQuotes = (quotes: string[], titles: string[] = [], known: string[] = []) => ({
    entities: [
      entity('e', {
        name: 'Known Lab',
        facts: [fact(0, { citations: quotes.map((q) => cite('s1', q)) })],
      }),
    ],
    sources: titles.map((t, i) => source(`t${i}`, { title: t })),
    dictionary: known.map((text) => ({ text, mode: 'word' as const, ids: ['e'] })),
    collisions: [],
  });

  it('counts capitalised runs and Chinese organisation names in quotes and titles', () => {
    const d = withQuotes(
      [
        'Work at Shanghai Jiao Tong University began.',
        'work in Shanghai Jiao Tong University, again.',
        '上海人工智能实验室发布了模型。',
        '据报道，上海人工智能实验室开源了模型。',
      ],
      ['Shanghai Jiao Tong University report', 'Notes from 上海人工智能实验室'],
    );
    expect(missingNames(d, 3)).toEqual([
      { name: 'Shanghai Jiao Tong University', count: 3 },
      { name: '上海人工智能实验室', count: 3 },
    ]);
    expect(missingNames(d, 4)).toEqual([]);
  });
  it('leaves out known names, sentence openers, lists and runs across sentences', () => {
    const d = withQuotes(
      [
        'Known Lab said so.',
        'The Big Lab said so.',
        'Alibaba and Tencent said so.',
        'It was Mr. Smith Jones.',
        'Deep Seek Labs opened.',
      ],
      [],
      ['Deep Seek Labs'],
    );
    expect(missingNames(d, 1)).toEqual([]);
  });
  it('joins of, for, and, de inside a name', () => {
    const d = withQuotes(['Academy of Sciences x', 'Centre for Ethics y', 'Ecole de Paris z']);
    expect(missingNames(d, 1).map((n) => n.name)).toEqual([
      'Academy of Sciences',
      'Centre for Ethics',
      'Ecole de Paris',
    ]);
  });
  it('sorts by count, then by name, and keeps the first `limit`', () => {
    const d = withQuotes(['Beta Lab', 'Alpha Lab', 'Gamma Lab', 'Gamma Lab', 'Beta Lab x']);
    expect(missingNames(d, 1)).toEqual([
      { name: 'Beta Lab', count: 2 },
      { name: 'Gamma Lab', count: 2 },
      { name: 'Alpha Lab', count: 1 },
    ]);
    expect(missingNames(d, 1, 2).map((n) => n.name)).toEqual(['Beta Lab', 'Gamma Lab']);
    // The defaults: at least three mentions.
    expect(missingNames(d)).toEqual([]);
  });
});

describe('quote check', () => {
  it('ignores what text extraction changes, nothing else', () => {
    expect(canonicalForQuotes('  ‘a’ ‚b‛ ′c “d” „e‟ ″f  ')).toBe(`'a' 'b' 'c "d" "e" "f`);
    expect(quoteFoundIn('the ″model″', 'They call it the "model".')).toBe(true);
    expect(canonicalForQuotes('Cali-\nfornia soft\u00adware ＡＢＣ')).toBe(
      'California software ABC',
    );
    expect(canonicalForQuotes('a\t\n b')).toBe('a b');
    expect(canonicalForQuotes('co-operate')).toBe('cooperate');
    expect(quoteFoundIn('It is “new”', 'Yes, it is "new" here')).toBe(false);
    expect(quoteFoundIn('it is “new”', 'Yes, it is "new" here')).toBe(true);
    expect(quoteFoundIn('new here', 'Yes, it is "new" here')).toBe(false);
  });
});

describe('checkSeedQuotes', () => {
  const seeded = [source('seed1', { seed: 'a.txt' }), source('seed2', { seed: 'missing.txt' })];
  const seeds = new Map([['a.txt', 'Ada founded the lab in 2001. 阿达']]);

  it('checks fact, out-relation and native-name quotes of seed sources only', () => {
    const e = entity('e', {
      facts: [
        fact(0, { citations: [cite('seed1', 'founded the lab'), cite('seed1', 'in 1999')] }),
        fact(1, { citations: [cite('s1', 'not checked')] }),
      ],
      relations: [
        rel('leads', 'out', 'x', 'seed1'),
        { ...rel('leads', 'in', 'y'), citation: cite('seed1', 'absent') },
      ],
      native: { hans: '阿达', citation: cite('seed1', '阿达') } as EntityRecord['native'],
    });
    expect(checkSeedQuotes(dataOf([e], [source('s1'), ...seeded]), seeds)).toEqual([
      'e.facts[0].citations[1]: quote not found in a.txt: "in 1999…"',
      'e.relations[0]: quote not found in a.txt: "q…"',
    ]);
  });
  it('reports a seed text that is not available, and a wrong native name', () => {
    const e = entity('e', {
      facts: [fact(0, { citations: [cite('seed2', 'x')] })],
      native: { hans: '阿', citation: cite('seed1', '贝塔') } as EntityRecord['native'],
    });
    expect(checkSeedQuotes(dataOf([e], seeded), seeds)).toEqual([
      'e.facts[0].citations[0]: seed text missing.txt is not available',
      'e.native: quote not found in a.txt: "贝塔…"',
    ]);
  });
  it('cuts a long quote to 80 characters in the message', () => {
    const long = 'z'.repeat(100);
    const e = entity('e', { facts: [fact(0, { citations: [cite('seed1', long)] })] });
    expect(checkSeedQuotes(dataOf([e], seeded), seeds)).toEqual([
      `e.facts[0].citations[0]: quote not found in a.txt: "${'z'.repeat(80)}…"`,
    ]);
  });
});

describe('error paths', () => {
  it('writes indexes in brackets and keys after dots', () => {
    expect(formatPath(['entities', 12, 'facts', 0, 'url'])).toBe('entities[12].facts[0].url');
    expect(formatPath([3, 'id'])).toBe('[3].id');
    expect(formatPath([])).toBe('');
  });
  it('prefixes each issue with its path, leaving out an empty prefix', () => {
    const issue = (path: (string | number)[], message: string) =>
      ({ message, path: path.map((key) => ({ key })) }) as never;
    expect(
      formatIssues('file.json', [issue([0, 'name'], 'too long'), issue([], 'not an array')]),
    ).toEqual(['file.json[0].name: too long', 'file.json: not an array']);
    expect(formatIssues('', [issue(['id'], 'bad')])).toEqual(['id: bad']);
    expect(formatIssues('x', [{ message: 'm' } as never])).toEqual(['x: m']);
  });
});

describe('ownCitations', () => {
  it('keeps the citations that back no contested value, by source and quote', () => {
    const f = {
      text: 'Born in 1968 or 1969.',
      citations: [cite('a', 'one'), cite('a', 'two'), cite('b', 'one')],
      contested: [{ value: '1968', citations: [cite('a', 'one')] }],
    } as unknown as Fact;
    expect(ownCitations(f)).toEqual([cite('a', 'two'), cite('b', 'one')]);
  });
});

describe('policy details', () => {
  it('matches a denied host and its subdomains only, in any case', () => {
    const denied = ['mirror.example'];
    expect(isDeniedHost('https://MIRROR.example/x', denied)).toBe(true);
    expect(isDeniedHost('https://a.b.mirror.example/x', denied)).toBe(true);
    expect(isDeniedHost('https://notmirror.example/x', denied)).toBe(false);
    expect(isDeniedHost('https://mirror.example.org/x', denied)).toBe(false);
  });
  it('treats a role as present only while it has no end', () => {
    expect(isPresentRole(fact(0, { text: 'Leads the lab.' }))).toBe(true);
    expect(isPresentRole(fact(0, { text: 'Is currently dean.' }))).toBe(true);
    expect(isPresentRole(fact(0, { text: 'Leads the lab.', time: { to: 2020 } }))).toBe(false);
    expect(isPresentRole(fact(0, { text: 'Led the lab.' }))).toBe(false);
  });
  it('checks only bundled entities, and reports prominent ids that are missing', () => {
    const pack = entity('p', { origin: 'pack', summaryZh: undefined });
    expect(checkPolicy(dataOf([pack]), { prominent: ['nobody'], deniedHosts: [] })).toEqual([
      'nobody: listed as prominent, not found',
    ]);
  });
  it('cuts the text of an undated role to 60 characters', () => {
    const text = `Leads ${'x'.repeat(80)}.`;
    const e = entity('e', {
      facts: [fact(0, { text, citations: [cite('s1', 'q', '2026-01-01')] })],
    });
    expect(checkPolicy(dataOf([e]), { prominent: [], deniedHosts: [] })).toEqual([
      `e.facts[0]: a role that holds now needs time.from and asOf ("${text.slice(0, 60)}")`,
    ]);
  });
  it('asks for two independent sources for the first three facts of a prominent entity', () => {
    const two = [cite('a', 'q', 'd'), cite('b', 'q', 'd')];
    const e = entity('e', {
      facts: [0, 1, 2, 3].map((i) => fact(i, { citations: i === 1 ? [two[0]!] : two })),
    });
    const sources = [source('a'), source('b')];
    expect(checkPolicy(dataOf([e], sources), { prominent: ['e'], deniedHosts: [] })).toEqual([
      "e.facts[1]: a prominent entity's first facts need two independent sources",
    ]);
    const samePublisher = [source('a'), source('b', { publisher: 'Pub a' })];
    expect(
      checkPolicy(dataOf([e], samePublisher), { prominent: ['e'], deniedHosts: [] }),
    ).toHaveLength(3);
    const sameHost = [source('a'), source('b', { url: 'https://www.a.example/b' })];
    expect(checkPolicy(dataOf([e], sameHost), { prominent: ['e'], deniedHosts: [] })).toHaveLength(
      3,
    );
  });
  it('reports the figures of the whole dataset', () => {
    const sources = [
      source('a'),
      source('b', { published: undefined }),
      source('m', { url: 'https://mirror.example/x' }),
    ];
    const data = dataOf(
      [
        entity('e1', {
          facts: [
            fact(0, { citations: [cite('a', 'q', '2026-01-01'), cite('b', 'q', '2026-01-01')] }),
            fact(1, { citations: [cite('m')], textZh: undefined }),
            fact(2, { text: 'Leads it.', citations: [cite('a'), cite('unknown')] }),
          ],
        }),
        entity('e2', { facts: [], summaryZh: undefined }),
      ],
      sources,
    );
    expect(policyReport(data, { prominent: [], deniedHosts: ['mirror.example'] })).toEqual({
      factsPerEntity: 1.5,
      twoSourceShare: 1 / 3,
      undatedSources: 1,
      sources: 3,
      undatedRoles: 1,
      mirrorOnlyFacts: 1,
      factsWithoutChinese: 1,
      entitiesWithoutChinese: 1,
      checkedDates: { '2026-01-01': 2, never: 3 },
    });
    expect(sourceDating(data)).toEqual({ total: 3, undated: ['b'] });
    expect(policyReport(dataOf([], []), { prominent: [], deniedHosts: [] })).toMatchObject({
      factsPerEntity: 0,
      twoSourceShare: 0,
    });
  });
  it('splits breaches into new, gone and still known', () => {
    expect(ratchet(['a', 'b'], ['b', 'c'])).toEqual({ added: ['a'], gone: ['c'], still: ['b'] });
  });
});

describe('pack files', () => {
  const known = dataOf([entity('baai')], []);
  const errorsOf = (text: string, against: Parameters<typeof parsePack>[1] = known) => {
    const r = parsePack(text, against);
    return r.ok ? [] : r.errors;
  };
  const json = (over: Record<string, unknown>) => JSON.stringify({ ...validPack(), ...over });
  const withEntity = (over: Record<string, unknown>) => {
    const p = validPack();
    return JSON.stringify({ ...p, entities: [{ ...p.entities[0], ...over }] });
  };

  it('decodes UTF-16 with either byte order mark, and names the encoding it could not read', () => {
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d]);
    expect(decodePackBytes(be)).toEqual({ ok: true, value: '{}' });
    const le = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(decodePackBytes(le)).toEqual({ ok: true, value: '{}' });
    expect(decodePackBytes(new Uint8Array([0xff, 0xfe, 0x00, 0xd8]))).toEqual({
      ok: false,
      errors: ['file: is not UTF-16 text'],
    });
    // Only the full three-byte UTF-8 mark is one.
    expect(decodePackBytes(new Uint8Array([0xef, 0xbb, 0x7b]))).toEqual({
      ok: false,
      errors: ['file: is not UTF-8 text'],
    });
    expect(decodePackBytes(new Uint8Array(PACK_LIMITS.bytes).fill(0x20))).toMatchObject({
      ok: true,
    });
  });

  it('refuses empty, oversized, invalid and non-object files with their reason', () => {
    expect(errorsOf('\uFEFF  \n')).toEqual(['file: is empty']);
    expect(errorsOf(' '.repeat(PACK_LIMITS.bytes + 1))).toEqual(['file: larger than 25.0 MB']);
    expect(errorsOf('{"id":')[0]).toMatch(/^file: is not valid JSON \(.+\)$/);
    for (const text of ['[]', '3', 'null', '"pack"'])
      expect(errorsOf(text), text).toEqual([
        'file: must be a JSON object with id, name, version, licence, sources, entities',
      ]);
    expect(parsePack('\uFEFF' + json({}), known).ok).toBe(true);
  });

  it('refuses keys that could reach a prototype, with their path', () => {
    expect(errorsOf('{"__proto__":{}}')).toEqual(['__proto__: key not allowed']);
    expect(errorsOf('{"a":[{"constructor":1}]}')).toEqual(['a[0].constructor: key not allowed']);
    expect(errorsOf('{"a":{"b":{"prototype":1}}}')).toEqual(['a.b.prototype: key not allowed']);
  });

  it('allows nesting down to the depth limit and no deeper', () => {
    const nest = (depth: number) => {
      let v: unknown = 1;
      for (let i = 0; i < depth; i++) v = [v];
      return JSON.stringify({ x: v });
    };
    // The file is depth 0, the array under x depth 1, each array inside it one deeper.
    expect(errorsOf(nest(PACK_LIMITS.depth))[0]).not.toMatch(/nested too deeply/);
    expect(errorsOf(nest(PACK_LIMITS.depth + 1))).toEqual([
      `x${'[0]'.repeat(PACK_LIMITS.depth)}: nested too deeply`,
    ]);
  });

  it('refuses names too short or too common to mark safely', () => {
    expect(errorsOf(withEntity({ name: 'Qx' }))).toEqual([
      'entities[0].name: "Qx" is too short to mark safely',
    ]);
    expect(errorsOf(withEntity({ name: 'QX' }))).toEqual([]);
    expect(errorsOf(withEntity({ name: 'Qxy' }))).toEqual([]);
    expect(errorsOf(withEntity({ name: 'Research' }))).toEqual([
      'entities[0].name: "Research" is a common word',
    ]);
    expect(
      errorsOf(
        withEntity({
          aliases: [{ text: 'the', match: 'word' }, null, { text: 'R2', match: 'case' }],
        }),
      ).slice(0, 2),
    ).toEqual([
      'entities[0].aliases[0].text: "the" is a common word',
      'entities[0].aliases[2].text: "R2" is too short to mark safely',
    ]);
    const native = (hans: string) => ({
      hans,
      citation: { source: 'test-pack-src', quote: `${hans}成立。` },
    });
    expect(errorsOf(withEntity({ native: native('类') }))).toEqual([
      'entities[0].native.hans: "类" is too short to mark safely',
    ]);
    expect(errorsOf(withEntity({ native: native('类星') }))).toEqual([]);
  });

  it('refuses a common Chinese word as a name', () => {
    // Bug found by mutation: the folded key of 公司 is "公 司" (one token a character), so the
    // Chinese stop words never matched and a pack could name an entity 公司 or 人工智能.
    const native = (hans: string) => ({
      hans,
      citation: { source: 'test-pack-src', quote: `${hans}成立。` },
    });
    for (const word of ['公司', '人工智能', '中国'])
      expect(errorsOf(withEntity({ native: native(word) })), word).toEqual([
        `entities[0].native.hans: "${word}" is a common word`,
      ]);
    expect(errorsOf(withEntity({ name: '研究 公司' }))).toEqual([]);
  });

  it('lets the caller refuse a pack by its metadata', () => {
    const seen: string[] = [];
    const r = parsePack(json({}), (meta) => {
      seen.push(`${meta.id}@${meta.version}`);
      return 'a newer version of test-pack is installed';
    });
    expect(r).toEqual({ ok: false, errors: ['a newer version of test-pack is installed'] });
    expect(seen).toEqual(['test-pack@1.0.0']);
    expect(parsePack(json({}), () => known).ok).toBe(true);
  });

  it('words missing and unknown fields for pack authors', () => {
    const { licence: _l, ...noLicence } = validPack();
    expect(errorsOf(JSON.stringify({ ...noLicence, colour: 'red' }))).toEqual([
      'licence: is required',
      'colour: unknown field',
    ]);
  });

  it('reports the first errors and how many more there are', () => {
    const p = validPack();
    const entities = Array.from({ length: PACK_LIMITS.errors + 5 }, (_, i) => ({
      ...p.entities[0]!,
      id: `e-${i}`,
      name: 'ab',
      aliases: [],
      relations: [],
      native: undefined,
    }));
    const errs = errorsOf(JSON.stringify({ ...p, entities }));
    expect(errs).toHaveLength(PACK_LIMITS.errors + 1);
    expect(errs[PACK_LIMITS.errors]).toMatch(/^… and \d+ more errors$/);
  });
});

// compileDataset and the dictionary it builds, on hand-made raw files. Each test builds its own
// input (Stryker's per-test coverage only counts code run inside a test).
const rawSource = (id: string) => ({
  id,
  title: `Title ${id}`,
  publisher: 'Pub',
  url: `https://${id}.example/a`,
  kind: 'news',
  accessed: '2026-11-01',
});
const rawCite = (quote = 'q', source = 's1') => ({ source, quote });
const rawFacts = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ text: `Fact ${i}.`, citations: [rawCite()] }));
const rawEntity = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  category: 'organisation',
  name: `Entity ${id}`,
  aliases: [],
  summary: 'A lab.',
  facts: rawFacts(3),
  ...over,
});
const rawDataset = (entities: unknown[], more: Partial<RawDataset> = {}): RawDataset => ({
  sources: [{ name: 's.json', data: [rawSource('s1')] }],
  entities: [{ name: 'e.json', data: entities }],
  confusables: [],
  ...more,
});
const compiled = (entities: unknown[], more: Partial<RawDataset> = {}, origin?: string) => {
  const r = compileDataset(rawDataset(entities, more), origin);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
};
const compileErrors = (
  entities: unknown[],
  more: Partial<RawDataset> = {},
  known?: CompiledData,
) => {
  const r = compileDataset(rawDataset(entities, more), 'bundled', known);
  return r.ok ? [] : r.errors;
};

describe('compileDataset: what it refuses', () => {
  it('refuses a file that is not an array, naming the file', () => {
    expect(
      compileDataset({
        sources: [{ name: 'sources.json', data: {} }],
        entities: [{ name: 'entities.json', data: 'x' }],
        confusables: [{ name: 'confusables.json', data: null }],
      }),
    ).toEqual({
      ok: false,
      errors: [
        'sources.json: must be an array',
        'entities.json: must be an array',
        'confusables.json: must be an array',
      ],
    });
  });

  it('refuses duplicate source and entity ids, also against the data already known', () => {
    const known = {
      entities: [{ id: 'old' }],
      sources: [{ id: 's0' }],
      dictionary: [],
      collisions: [],
    } as unknown as CompiledData;
    const sources = [{ name: 's.json', data: [rawSource('s1'), rawSource('s1'), rawSource('s0')] }];
    expect(
      compileErrors([rawEntity('a'), rawEntity('a'), rawEntity('old')], { sources }, known),
    ).toEqual([
      's.json[1].id: duplicate source id "s1"',
      's.json[2].id: duplicate source id "s0"',
      'e.json[1].id: duplicate entity id "a"',
      'e.json[2].id: duplicate entity id "old"',
    ]);
    // A pack may relate to and cite what is already known.
    const relation = { type: 'collaborates_with', target: 'old', citation: rawCite('q', 's0') };
    expect(compileErrors([rawEntity('b', { relations: [relation] })], {}, known)).toEqual([]);
  });

  it('asks people and organisations for 3 facts, everything else for 2', () => {
    expect(
      compileErrors([
        rawEntity('p', { category: 'person', facts: rawFacts(2) }),
        rawEntity('o', { facts: rawFacts(2) }),
        rawEntity('m', { category: 'project', facts: rawFacts(1) }),
        rawEntity('n', { category: 'project', facts: rawFacts(2) }),
      ]),
    ).toEqual([
      'e.json[0].facts: needs at least 3 facts, has 2',
      'e.json[1].facts: needs at least 3 facts, has 2',
      'e.json[2].facts: needs at least 2 facts, has 1',
    ]);
  });

  it('checks the sources of fact citations and the entities statements name', () => {
    const facts = [
      { text: 'F0.', citations: [rawCite(), rawCite('q', 'nope')] },
      {
        text: 'F1.',
        citations: [rawCite()],
        statements: [
          { event: 'founded', subject: 'a', object: 'ghost' },
          { event: 'joined', subject: 'spectre', object: 'b' },
          { event: 'born' },
        ],
      },
      {
        text: 'F2.',
        citations: [rawCite()],
        contested: [
          { value: '1968', citations: [rawCite()] },
          { value: '1969', citations: [rawCite('q', 'gone')] },
        ],
      },
    ];
    expect(compileErrors([rawEntity('a', { facts }), rawEntity('b')])).toEqual([
      'e.json[0].facts[0].citations[1].source: unknown source "nope"',
      'e.json[0].facts[1].statements[0]: unknown entity "ghost"',
      'e.json[0].facts[1].statements[1]: unknown entity "spectre"',
      'e.json[0].facts[2].contested[1].citations[0].source: unknown source "gone"',
    ]);
  });

  it('checks regions, relations and native names', () => {
    const native = (hans: string, quote: string, source = 's1', hant?: string) => ({
      hans,
      hant,
      citation: rawCite(quote, source),
    });
    expect(
      compileErrors([
        rawEntity('m', { category: 'project', facts: rawFacts(2), region: 'us' }),
        rawEntity('a', {
          region: 'china',
          relations: [
            { type: 'leads', target: 'zz', citation: rawCite('q', 'nope') },
            { type: 'leads', target: 'a', citation: rawCite() },
            { type: 'leads', target: 'p', citation: rawCite() },
          ],
        }),
        rawEntity('p', { category: 'person', region: 'us' }),
        rawEntity('n1', { native: native('北京', '在北京。', 'nope') }),
        rawEntity('n2', { native: native('北京', '在上海。', 's1', '北京') }),
        rawEntity('n3', { native: native('台湾', '在臺灣。', 's1', '臺灣') }),
        rawEntity('n4', { native: native('上海', '在上海。') }),
      ]),
    ).toEqual([
      'e.json[0].region: only for people and organisations',
      'e.json[1].relations[0].citation.source: unknown source "nope"',
      'e.json[1].relations[0].target: unknown entity "zz"',
      'e.json[1].relations[1].target: an entity cannot relate to itself',
      'e.json[3].native.citation.source: unknown source "nope"',
      'e.json[4].native.citation.quote: must contain the native name "北京"',
    ]);
  });

  it('checks the entities a confusable blocks, which it may leave out', () => {
    const confusables = [
      {
        name: 'c.json',
        data: [
          { text: 'Apple', note: 'A fruit.' },
          { text: 'Pear', note: 'A fruit.', blocks: ['a', 'ghost'] },
        ],
      },
    ];
    expect(compileErrors([rawEntity('a')], { confusables })).toEqual([
      'c.json[1].blocks: unknown entity "ghost"',
    ]);
  });

  it('reads the field terms of the linking files, and refuses a malformed one', () => {
    const linking = [
      {
        name: 'l.json',
        data: { fieldTerms: [{ text: 'neural network' }, { text: 'GPU', match: 'case' }] },
      },
    ];
    expect(compiled([rawEntity('a')], { linking }).dictionary.filter((d) => d.field)).toEqual([
      { text: 'neural network', mode: 'word', ids: [], field: true },
      { text: 'GPU', mode: 'case', ids: [], field: true },
    ]);
    expect(compileErrors([rawEntity('a')], { linking: [{ name: 'bad.json', data: {} }] })).toEqual([
      'bad.json.fieldTerms: Invalid key: Expected "fieldTerms" but received undefined',
    ]);
  });
});

describe('compileDataset: what it builds', () => {
  it('keeps the sources and gives each record its origin', () => {
    const data = compiled([rawEntity('a')], {}, 'my-pack');
    expect(data.sources).toEqual([rawSource('s1')]);
    expect(data.entities.map((e) => [e.id, e.origin])).toEqual([['a', 'my-pack']]);
    expect(compiled([rawEntity('a')]).entities[0]!.origin).toBe('bundled');
  });

  it('lists each relation at both ends, turning inverse spellings round', () => {
    const founded = rawCite('founded it');
    const works = rawCite('works there');
    const data = compiled([
      rawEntity('lab', {
        relations: [
          {
            type: 'founded_by',
            target: 'p',
            role: 'co-founder',
            time: { from: 2001 },
            citation: founded,
          },
        ],
      }),
      rawEntity('p', {
        category: 'person',
        relations: [{ type: 'works_at', target: 'lab', citation: works }],
      }),
    ]);
    const relations = (id: string) => data.entities.find((e) => e.id === id)!.relations;
    const foundedBase = {
      type: 'founded',
      role: 'co-founder',
      time: { from: 2001 },
      citation: founded,
    };
    expect(relations('p')).toEqual([
      { ...foundedBase, direction: 'out', other: 'lab' },
      { type: 'works_at', direction: 'out', other: 'lab', citation: works },
    ]);
    expect(relations('lab')).toEqual([
      { ...foundedBase, direction: 'in', other: 'p' },
      { type: 'works_at', direction: 'in', other: 'p', citation: works },
    ]);
  });

  it("adds a contested fact's per-value citations after its own, each once", () => {
    const sources = [{ name: 's.json', data: [rawSource('s1'), rawSource('s2')] }];
    const facts = [
      ...rawFacts(2),
      {
        text: 'Born in 1968 or 1969.',
        citations: [rawCite('a')],
        contested: [
          { value: '1968', citations: [rawCite('a'), rawCite('b')] },
          { value: '1969', citations: [rawCite('b'), rawCite('a', 's2')] },
        ],
      },
    ];
    const [e] = compiled([rawEntity('p', { category: 'person', facts })], { sources }).entities;
    expect(e!.facts[0]!.citations).toEqual([rawCite()]);
    expect(e!.facts[2]!.citations).toEqual([rawCite('a'), rawCite('b'), rawCite('a', 's2')]);
  });
});

// The dictionary: one entity object per test, built by hand.
const native = (hans: string, hant?: string) => ({
  hans,
  hant,
  citation: { source: 's', quote: hans },
});
const ent = (id: string, category: string, name: string, over: Record<string, unknown> = {}) =>
  ({ id, category, name, aliases: [], summary: 'S.', facts: [], ...over }) as unknown as Entity;
const related = (...targets: string[]) => ({
  relations: targets.map((target) => ({
    type: 'collaborates_with',
    target,
    citation: { source: 's', quote: 'q' },
  })),
});
/** The named entries (not evidence, field terms or confusables), one line each. */
const named = (entities: Entity[]) =>
  buildEntries(entities, [])
    .dictionary.filter((d) => d.text && !d.field && !d.confusable)
    .map((d) => `${d.mode} ${d.text} ${d.ids.join('+')}${d.org ? ' org' : ''}`);

describe('buildEntries', () => {
  it('lists the name, native names and aliases once each, in the mode an alias gives the name', () => {
    const e = ent('mm', 'organisation', 'MiniMax', {
      native: native('阶跃星辰', '階躍星辰'),
      aliases: [{ text: 'MiniMax', match: 'case' }, { text: 'MINIMAX' }, { text: '!!' }],
    });
    expect(named([e])).toEqual([
      'case MiniMax mm org',
      'word 阶跃星辰 mm org',
      'word 階躍星辰 mm org',
      'word MINIMAX mm org',
    ]);
  });

  it('keeps case-sensitive aliases apart unless they are the same text in NFKC', () => {
    const a = ent('a', 'project', 'Alpha', { aliases: [{ text: 'QRL', match: 'case' }] });
    const b = ent('b', 'project', 'Beta', {
      aliases: [
        { text: 'ＱＲＬ', match: 'case' },
        { text: 'qrl', match: 'case' },
      ],
    });
    expect(named([a, b])).toEqual(['word Alpha a', 'case QRL a+b', 'word Beta b', 'case qrl b']);
  });

  it('adds the reversed name of a Chinese person of two names only', () => {
    expect(
      named([
        ent('zp', 'person', 'Peng Zhang', { native: native('张鹏') }),
        ent('o', 'organisation', 'Wang Ming', { native: native('王明') }),
        ent('ada', 'person', 'Ada Lovelace'),
        ent('lxm', 'person', 'Li Xiao Ming', { native: native('李小明') }),
      ]),
    ).toEqual([
      'word Peng Zhang zp',
      'word Zhang Peng zp',
      'word 张鹏 zp',
      'word Wang Ming o org',
      'word 王明 o org',
      'word Ada Lovelace ada',
      'word Li Xiao Ming lxm',
      'word 李小明 lxm',
    ]);
  });

  it('adds the given name of a shared pinyin name as a short form, beside its surname alias', () => {
    const surname = (text: string) => ({ text, match: 'short' });
    expect(
      named([
        ent('yc', 'person', 'Yunji Chen', {
          native: native('陈云霁'),
          aliases: [surname('Chen'), { text: 'Yunji', match: 'context' }],
        }),
      ]),
    ).toEqual([
      'word Yunji Chen yc',
      'word Chen Yunji yc',
      'word 陈云霁 yc',
      'short Chen yc',
      'context Yunji yc',
      'short Yunji yc',
    ]);
    // Not for a one-syllable given name, a name not shared, a name of three words, or a name
    // without its surname alias.
    expect(
      named([
        ent('bl', 'person', 'Bo Li', { native: native('李博'), aliases: [surname('Li')] }),
        ent('yc2', 'person', 'Yunji Chen', { aliases: [surname('Chen')] }),
        ent('ls', 'person', 'Li Xiaoming Smith', { namesake: true, aliases: [surname('Li')] }),
        ent('zp', 'person', 'Peng Zhang', { native: native('张鹏') }),
      ]).filter((line) => line.startsWith('short')),
    ).toEqual(['short Li bl+ls', 'short Chen yc2']);
  });

  it('marks the entries that name organisations only', () => {
    expect(
      named([
        ent('lab', 'organisation', 'Deep Lab', { aliases: [{ text: 'DL', match: 'case' }] }),
        ent('p', 'person', 'Ada Lovelace', { aliases: [{ text: 'deep lab' }] }),
      ]),
    ).toEqual(['word Deep Lab lab+p', 'case DL lab org', 'word Ada Lovelace p']);
  });

  it('adds an evidence entry per shared name with the entities related either way, sorted', () => {
    const { dictionary } = buildEntries(
      [
        ent('p', 'person', 'Peng Zhang', {
          native: native('张鹏'),
          ...related('zlab', 'a-student'),
        }),
        ent('a-student', 'person', 'Ada Lovelace'),
        ent('x-lab', 'organisation', 'X Lab', related('p')),
        ent('zlab', 'organisation', 'Z Lab'),
        ent('wm', 'person', 'Wang Ming', { native: native('王明') }),
        ent('as', 'person', 'Ann Smith', { namesake: true }),
      ],
      [],
    );
    expect(dictionary.filter((d) => d.evidence)).toEqual([
      { text: '', mode: 'word', ids: ['p'], evidence: { related: ['a-student', 'x-lab', 'zlab'] } },
      { text: '', mode: 'word', ids: ['wm'], evidence: { related: [] } },
      { text: '', mode: 'word', ids: ['as'], evidence: { related: [] } },
    ]);
  });

  it('adds field terms and confusables without ids, and lists collisions of full names only', () => {
    const surname = { text: 'Chen', match: 'short' };
    const r = buildEntries(
      [
        ent('a', 'person', 'Yunji Chen', { aliases: [surname] }),
        ent('b', 'person', 'Yunji Chen', { aliases: [surname] }),
        ent('c', 'person', 'Ada Lovelace'),
      ],
      [
        { text: 'Apple', note: 'n' },
        { text: 'Pear', note: 'n', blocks: ['a'] },
      ],
      [{ text: 'GPU', match: 'case' }, { text: 'neural' }],
    );
    expect(r.collisions).toEqual([{ alias: 'Yunji Chen', ids: ['a', 'b'] }]);
    expect(r.dictionary.filter((d) => d.ids.length === 0)).toEqual([
      { text: 'GPU', mode: 'case', ids: [], field: true },
      { text: 'neural', mode: 'word', ids: [], field: true },
      { text: 'Apple', mode: 'word', ids: [], confusable: { blocks: [] } },
      { text: 'Pear', mode: 'word', ids: [], confusable: { blocks: ['a'] } },
    ]);
  });
});

describe('sharedName', () => {
  const person = (name: string, hans?: string, over: Record<string, unknown> = {}) =>
    ent('x', 'person', name, { native: hans ? native(hans) : undefined, ...over });

  it('is a Chinese name of two or three syllables spelt in pinyin in either order, or a namesake', () => {
    for (const e of [
      person('Zhang Peng', '张鹏'),
      person('Peng Zhang', '张鹏'),
      person('Song-Chun Zhu', '朱松纯'),
      person('ZHU Song-Chun', '朱松纯'),
      person('Ann Smith', undefined, { namesake: true }),
    ])
      expect(sharedName(e), e.name).toBe(true);
  });

  it('is not another name, a name of one or four syllables, or not a person', () => {
    for (const e of [
      person('Andrew Ng', '吴恩达'),
      person('Peng', '鹏'),
      person('Ouyang Zhenhua', '欧阳震华'),
      person('Zhang Peng'),
      person('Zhang Peng', '张鹏X'),
      person('Zhang Peng Jr', '张鹏'),
      ent('x', 'organisation', 'Zhang Peng', { native: native('张鹏') }),
    ])
      expect(sharedName(e), `${e.name} ${e.native?.hans}`).toBe(false);
  });
});

describe('pinyinCount', () => {
  it('counts the fewest pinyin syllables that spell a word, or 0', () => {
    const words = [
      'Yunji',
      'Song-Chun',
      'Bo',
      'Xian',
      'Zhuang',
      'Zhuangzi',
      'Xiaoming',
      'Smith',
      '',
    ];
    expect(words.map(pinyinCount)).toEqual([2, 2, 1, 1, 1, 2, 2, 0, 0]);
  });
});

describe('schema checks', () => {
  it('refuses a source URL that does not parse, a time running backwards, a kind for a person', () => {
    const sources = [
      { name: 's.json', data: [rawSource('s1'), { ...rawSource('s2'), url: 'not a url' }] },
    ];
    const backwards = { text: 'Ran it.', time: { from: 2020, to: 2010 }, citations: [rawCite()] };
    expect(
      compileErrors(
        [
          rawEntity('p', { category: 'person', kind: 'company' }),
          rawEntity('o', { kind: 'company', facts: [...rawFacts(2), backwards] }),
        ],
        { sources },
      ),
    ).toEqual([
      's.json[1].url: must be https',
      'e.json[0]: kind is only for organisations',
      'e.json[1].facts[2].time: from must not be after to',
    ]);
  });
});

describe('coverage details', () => {
  it('counts people with two facts as thin, and a Chinese entity without its name as missing it', () => {
    const c = coverageOf(
      dataOf([
        entity('p', { category: 'person', facts: facts(2) }),
        entity('o', { facts: facts(2) }),
        entity('m', { category: 'project', facts: facts(2) }),
        entity('c', { category: 'person', region: 'china' } as Partial<EntityRecord>),
        entity('u', { region: 'us' } as Partial<EntityRecord>),
      ]),
      [],
    );
    expect(c.thin).toEqual(['p', 'o']);
    expect(c.missingNative).toEqual(['p', 'o', 'c']);
    expect(c.notChinese).toEqual(['u']);
  });
});

describe('pack decoding and limits', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it('strips only a whole UTF-8 byte order mark', () => {
    // 仿 is E4 BB BF, ＿ is EF BC BF, ¿ is C2 BF: each has some of the mark's bytes.
    for (const s of ['仿', '＿', 'a¿', '\uFEFF{}'])
      expect(decodePackBytes(utf8(s)), s).toEqual({ ok: true, value: s.replace('\uFEFF', '') });
  });

  it('reads UTF-16 only after both bytes of its mark, and refuses NUL in UTF-8', () => {
    for (const bytes of [
      [0x7b, 0xfe],
      [0xff, 0x7b],
      [0x7b, 0xff],
      [0xfe, 0x7b],
    ])
      expect(decodePackBytes(new Uint8Array(bytes)), String(bytes)).toEqual({
        ok: false,
        errors: ['file: is not UTF-8 text'],
      });
    expect(decodePackBytes(new Uint8Array([0x7b, 0x00, 0x7d]))).toEqual({
      ok: false,
      errors: ['file: is binary or UTF-16 without a byte order mark'],
    });
  });

  it('takes a file of exactly the size limit, and keeps a byte order mark inside the text', () => {
    expect(parsePack(' '.repeat(PACK_LIMITS.bytes))).toEqual({
      ok: false,
      errors: ['file: is empty'],
    });
    const p = { ...validPack(), name: 'Test\uFEFF pack' };
    const r = parsePack(JSON.stringify(p), dataOf([entity('baai')], []));
    expect(r.ok && r.value.pack.meta.name).toBe('Test\uFEFF pack');
  });

  it('accepts two capitals as a name, alone and trimmed, and nothing around them', () => {
    const known = dataOf([entity('baai')], []);
    const errorsFor = (name: string) => {
      const p = validPack();
      const r = parsePack(JSON.stringify({ ...p, entities: [{ ...p.entities[0], name }] }), known);
      return r.ok ? [] : r.errors;
    };
    expect(errorsFor(' QX ')).toEqual([]);
    for (const name of ['.QX', 'QX.'])
      expect(errorsFor(name)).toEqual([`entities[0].name: "${name}" is too short to mark safely`]);
  });

  it('reports entities and native names that are not objects instead of failing', () => {
    const p = validPack();
    const entities = [{ ...p.entities[0], native: null }, null, 3];
    const r = parsePack(JSON.stringify({ ...p, entities }), dataOf([entity('baai')], []));
    expect(r.ok ? [] : r.errors).toEqual([
      'entities[0].native: Invalid type: Expected Object but received null',
      'entities[1]: Invalid type: Expected Object but received null',
      'entities[2]: Invalid type: Expected Object but received 3',
    ]);
  });

  it('checks the confusables of a pack with their path', () => {
    const p = {
      ...validPack(),
      confusables: [{ text: 'Quasar', note: 'A star.', blocks: ['ghost'] }],
    };
    const r = parsePack(JSON.stringify(p), dataOf([entity('baai')], []));
    expect(r.ok ? [] : r.errors).toEqual(['confusables[0].blocks: unknown entity "ghost"']);
  });

  it('reports every error up to the limit, and counts the rest exactly', () => {
    const p = validPack();
    const errorsWith = (n: number) => {
      const entities = Array.from({ length: n }, (_, i) => ({
        ...p.entities[0]!,
        id: `e-${i}`,
        name: 'ab',
        aliases: [],
        relations: [],
        native: undefined,
      }));
      const r = parsePack(JSON.stringify({ ...p, entities }), dataOf([entity('baai')], []));
      return r.ok ? [] : r.errors;
    };
    const atLimit = errorsWith(PACK_LIMITS.errors);
    expect(atLimit).toHaveLength(PACK_LIMITS.errors);
    expect(atLimit.at(-1)).toBe(
      `entities[${PACK_LIMITS.errors - 1}].name: "ab" is too short to mark safely`,
    );
    expect(errorsWith(PACK_LIMITS.errors + 5).at(-1)).toBe('… and 5 more errors');
  });
});

describe('policy: more details', () => {
  const none = { prominent: [] as string[], deniedHosts: [] as string[] };
  const checkedCite = (s: string) => cite(s, 'q', '2026-01-01');

  it('treats hosts as the same only after a leading www.', () => {
    const e = entity('e', {
      facts: [0, 1, 2].map((i) => fact(i, { citations: [checkedCite('a'), checkedCite('b')] })),
    });
    const sources = [
      source('a', { url: 'https://awww.example/x' }),
      source('b', { url: 'https://aexample/x' }),
    ];
    expect(checkPolicy(dataOf([e], sources), { ...none, prominent: ['e'] })).toEqual([]);
    // A prominent entity that is there is not reported missing, whatever else is there.
    expect(
      checkPolicy(dataOf([e, entity('f', { facts: [] })], sources), { ...none, prominent: ['e'] }),
    ).toEqual([]);
  });

  it('asks a role that holds now for both its start and its as-of date', () => {
    const role = (extra: Partial<Fact>) =>
      fact(0, { text: 'Leads the lab.', citations: [checkedCite('s1')], ...extra });
    const breaches = (f: Fact) => checkPolicy(dataOf([entity('e', { facts: [f] })]), none);
    const message = 'e.facts[0]: a role that holds now needs time.from and asOf ("Leads the lab.")';
    expect(breaches(role({ asOf: '2026-01-01' }))).toEqual([message]);
    expect(breaches(role({ time: { from: 2020 } }))).toEqual([message]);
    expect(breaches(role({ time: { from: 2020 }, asOf: '2026-01-01' }))).toEqual([]);
  });

  it('finds internal vocabulary in summaries and in the text of facts', () => {
    const e = entity('e', {
      summary: 'Built from the seed texts.',
      summaryZh: '来自种子文本。',
      facts: [
        fact(0, { text: 'Named in the seed articles.', citations: [checkedCite('s1')] }),
        fact(1, { textZh: '见种子文章。', citations: [checkedCite('s1')] }),
        fact(2, { citations: [checkedCite('s1')] }),
      ],
    });
    expect(checkPolicy(dataOf([e]), none)).toEqual([
      'e.summary: internal vocabulary ("seed")',
      'e.summaryZh: internal vocabulary ("seed")',
      'e.facts[0]: internal vocabulary ("seed")',
      'e.facts[1]: internal vocabulary ("seed")',
    ]);
  });

  it('counts a fact as mirror-only when every known source it cites is a mirror', () => {
    const sources = [source('a'), source('m', { url: 'https://mirror.example/x' })];
    const data = dataOf(
      [
        entity('e1', {
          facts: [
            fact(0, { citations: [cite('unknown')] }),
            fact(1, { citations: [cite('m'), cite('a')] }),
            fact(2, { citations: [cite('m')] }),
          ],
        }),
        entity('e2'),
        entity('e3', { summaryZh: undefined }),
      ],
      sources,
    );
    expect(policyReport(data, { ...none, deniedHosts: ['mirror.example'] })).toMatchObject({
      mirrorOnlyFacts: 1,
      entitiesWithoutChinese: 1,
    });
  });
});
