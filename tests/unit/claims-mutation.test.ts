/**
 * Cases the mutation run (npm run test:mutation -- claims) showed were unchecked: every date
 * form and markup place an article date is read from, the JSON-LD walk and its bound, and each
 * limit and default of the evidence-note sanitiser (its input comes from web pages), and the
 * exact Markdown, CSL-JSON and BibTeX of a note.
 */
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { fromJsonLd, normaliseDate, readPublishedDate } from '../../lib/claims/article-date';
import { sanitizeNote } from '../../lib/claims/sanitize-note';
import {
  noteBibtex,
  noteCslJson,
  noteMarkdown,
  sourcesOf,
  type EvidenceNote,
} from '../../lib/claims/evidence';
import type { Source } from '../../lib/dataset/schema';
import { covers, relationText, type EntityIndex } from '../../lib/claims/statements';
import type { EntityRecord, RelationView } from '../../lib/dataset/compile';

describe('normaliseDate', () => {
  it('keeps the precision the page gives, in ISO form', () => {
    expect(normaliseDate('  2019-05-03T08:00:00+08:00 ')).toBe('2019-05-03');
    expect(normaliseDate('2019')).toBe('2019');
    expect(normaliseDate('2019-5')).toBe('2019-05');
    expect(normaliseDate('2019.5.3')).toBe('2019-05-03');
    expect(normaliseDate('2019/12/31')).toBe('2019-12-31');
    expect(normaliseDate('2019-01')).toBe('2019-01');
  });
  it('drops a month outside 1–12 and keeps the year', () => {
    expect(normaliseDate('2019-00-10')).toBe('2019');
    expect(normaliseDate('2019/13/01')).toBe('2019');
  });
  it('does not read a year out of a longer number', () => {
    expect(normaliseDate('20190503')).toBeUndefined();
  });
  it('reads Chinese dates anywhere in the text', () => {
    expect(normaliseDate('2021年5月3日')).toBe('2021-05-03');
    expect(normaliseDate('发布于2021年12月')).toBe('2021-12');
    expect(normaliseDate('2021年')).toBe('2021');
    expect(normaliseDate('发布于2021年')).toBe('2021');
    expect(normaliseDate('2021年5月13日')).toBe('2021-05-13');
  });
  it('falls back to the date parser, and gives nothing for empty or unreadable text', () => {
    expect(normaliseDate('3 May 2019 12:00:00 GMT')).toBe('2019-05-03');
    expect(normaliseDate('not a date')).toBeUndefined();
    expect(normaliseDate('')).toBeUndefined();
    expect(normaliseDate(null)).toBeUndefined();
    expect(normaliseDate(undefined)).toBeUndefined();
  });
});

describe('fromJsonLd', () => {
  it('finds datePublished in objects, arrays and nested objects, nearest first', () => {
    expect(fromJsonLd('{"datePublished":"2001"}')).toBe('2001');
    expect(fromJsonLd('[{"a":1},{"datePublished":"2002"}]')).toBe('2002');
    expect(fromJsonLd('{"c":{"d":{"datePublished":"2003"}},"a":{"datePublished":"2004"}}')).toBe(
      '2004',
    );
    expect(fromJsonLd('{"a":{"datePublished":"2005"},"c":{"d":{"datePublished":"2006"}}}')).toBe(
      '2005',
    );
  });
  it('skips a datePublished that is not a string', () => {
    expect(fromJsonLd('{"datePublished":2001,"x":{"datePublished":"2002"}}')).toBe('2002');
  });
  it('gives nothing for invalid JSON or JSON without a date', () => {
    expect(fromJsonLd('{not json')).toBeUndefined();
    expect(fromJsonLd('{"name":"x","list":[1,"a",null]}')).toBeUndefined();
    expect(fromJsonLd('null')).toBeUndefined();
  });
  it('passes over nulls and plain values, which do not count against the bound', () => {
    expect(fromJsonLd('[null, 3, {"datePublished":"2002"}]')).toBe('2002');
    const flat = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`k${i}`, i + 1]));
    expect(fromJsonLd(JSON.stringify({ ...flat, z: { datePublished: '2007' } }))).toBe('2007');
  });
  it('looks at no more than 500 values', () => {
    const at = (n: number) =>
      fromJsonLd(
        JSON.stringify([...Array.from({ length: n }, () => ({})), { datePublished: 'y' }]),
      );
    // The list itself is the first value, so its item n is the (n + 2)th.
    expect(at(498)).toBe('y');
    expect(at(499)).toBeUndefined();
  });
});

describe('readPublishedDate', () => {
  const doc = (head: string, body = '') => {
    const w = new Window();
    w.document.write(`<html><head>${head}</head><body>${body}</body></html>`);
    return w.document as unknown as Document;
  };
  const meta = (attr: string, content: string) => `<meta ${attr} content="${content}">`;

  it('reads each of the publication-date meta tags', () => {
    for (const attr of [
      'property="article:published_time"',
      'name="article:published_time"',
      'itemprop="datePublished"',
      'name="citation_publication_date"',
      'name="dc.date.issued"',
      'name="DC.date.issued"',
      'name="pubdate"',
      'name="publish-date"',
      'property="og:published_time"',
    ])
      expect(readPublishedDate(doc(meta(attr, '2019-05-03'))), attr).toEqual({
        date: '2019-05-03',
        from: 'meta',
      });
  });
  it('prefers the more reliable tag, and passes over one it cannot read', () => {
    expect(
      readPublishedDate(
        doc(meta('name="pubdate"', '2011') + meta('property="article:published_time"', '2012')),
      ),
    ).toEqual({ date: '2012', from: 'meta' });
    expect(
      readPublishedDate(
        doc(meta('property="article:published_time"', 'soon') + meta('name="pubdate"', '2011')),
      ),
    ).toEqual({ date: '2011', from: 'meta' });
  });
  it('takes the first JSON-LD block that has a readable date, before any <time>', () => {
    const ld = (s: string) => `<script type="application/ld+json">${s}</script>`;
    expect(
      readPublishedDate(
        doc(
          ld('{broken') + ld('{"datePublished":"never"}') + ld('{"datePublished":"2015-02"}'),
          '<time datetime="2010">x</time>',
        ),
      ),
    ).toEqual({ date: '2015-02', from: 'json-ld' });
  });
  it('prefers a <time> marked as the publication date, then one in a header', () => {
    const body = (marked: string) =>
      `<p><time datetime="2001">a</time></p><main><time datetime="2002">b</time></main>` +
      `<header><time datetime="2003">c</time></header>${marked}`;
    for (const marked of [
      '<time itemprop="datePublished" datetime="2004">d</time>',
      '<time pubdate datetime="2004">d</time>',
      '<time data-published datetime="2004">d</time>',
    ])
      expect(readPublishedDate(doc('', body(marked))), marked).toEqual({
        date: '2004',
        from: 'time',
      });
    expect(readPublishedDate(doc('', body('')))).toEqual({ date: '2003', from: 'time' });
    expect(
      readPublishedDate(
        doc('', '<p><time datetime="2001">a</time></p><article><time datetime="2002">b</time>'),
      ),
    ).toEqual({ date: '2002', from: 'time' });
    expect(readPublishedDate(doc('', '<p><time datetime="2001">a</time></p>'))).toEqual({
      date: '2001',
      from: 'time',
    });
  });
  it('reads a marked <time> from its text when it has no datetime', () => {
    expect(readPublishedDate(doc('', '<time pubdate>2019年5月</time>'))).toEqual({
      date: '2019-05',
      from: 'time',
    });
  });
});

describe('sanitizeNote', () => {
  const long = 'x'.repeat(3000);
  const base = { url: 'https://news.example/a', captured: '2026-11-22T10:00:00.000Z' };

  it('refuses what is not a note or has no http(s) URL', () => {
    for (const raw of [null, undefined, 'note', 42])
      expect(() => sanitizeNote(raw), String(raw)).toThrow('not a note');
    for (const url of ['ftp://x.org/a', 'javascript:alert(1)', '', ' https://x.org', undefined])
      expect(() => sanitizeNote({ url }), String(url)).toThrow('note URL must be http(s)');
    expect(sanitizeNote({ url: 'HTTP://x.org/a' }).url).toBe('HTTP://x.org/a');
  });

  it('cuts every text field to its limit', () => {
    const n = sanitizeNote({
      ...base,
      url: `https://x.org/${long}`,
      title: long,
      published: long,
      sentence: long,
      entityId: long,
      entityName: long,
      datasetVersion: long,
      claims: [
        {
          kind: 'year',
          quote: long,
          verdict: 'matches',
          datasetValue: long,
          evidence: { text: long, citations: [{ source: long, quote: long }] },
        },
      ],
    });
    expect(
      [n.url, n.title, n.published, n.sentence, n.entityId, n.entityName, n.datasetVersion].map(
        (s) => s!.length,
      ),
    ).toEqual([2000, 500, 10, 1000, 80, 200, 40]);
    const c = n.claims[0]!;
    expect([c.quote.length, c.datasetValue!.length, c.evidence!.text.length]).toEqual([
      400, 40, 600,
    ]);
    expect(c.evidence!.citations.map((ci) => [ci.source.length, ci.quote.length])).toEqual([
      [80, 400],
    ]);
  });

  it('keeps at most 50 claims and 8 citations a claim', () => {
    const n = sanitizeNote({
      ...base,
      claims: Array.from({ length: 60 }, () => ({
        evidence: { text: 't', citations: Array.from({ length: 10 }, () => ({})) },
      })),
    });
    expect(n.claims).toHaveLength(50);
    expect(n.claims[0]!.evidence!.citations).toHaveLength(8);
  });

  it('replaces unknown kinds, verdicts and non-string values by defaults', () => {
    const n = sanitizeNote({
      ...base,
      title: 5,
      claims: [
        null,
        { kind: 'role', verdict: 'differs', quote: 7 },
        { kind: 'number', verdict: 'unknown' },
        { kind: 'entity', verdict: 'matches' },
        { kind: 'weird', verdict: 'true' },
      ],
    });
    expect(n.title).toBe('');
    expect(n.claims.map((c) => [c.kind, c.verdict, c.quote])).toEqual([
      ['entity', 'unknown', ''],
      ['role', 'differs', ''],
      ['number', 'unknown', ''],
      ['entity', 'matches', ''],
      ['entity', 'unknown', ''],
    ]);
    expect(n.claims[0]!.evidence).toBeUndefined();
    expect(n.claims[0]!.datasetValue).toBeUndefined();
    expect(sanitizeNote({ ...base, claims: 'many' }).claims).toEqual([]);
  });

  it('keeps integer years of an evidence span only', () => {
    const time = (t: unknown) =>
      sanitizeNote({ ...base, claims: [{ evidence: { text: 't', time: t } }] }).claims[0]!.evidence!
        .time;
    expect(time({ from: 2019, to: 2021 })).toEqual({ from: 2019, to: 2021 });
    expect(time({ from: 2019.5, to: '2021' })).toEqual({ from: undefined, to: undefined });
    expect(time('2019')).toBeUndefined();
    expect(time(null)).toBeUndefined();
    const noCitations = sanitizeNote({ ...base, claims: [{ evidence: { citations: 'x' } }] });
    expect(noCitations.claims[0]!.evidence).toEqual({ text: '', time: undefined, citations: [] });
    const nullCitation = sanitizeNote({ ...base, claims: [{ evidence: { citations: [null] } }] });
    expect(nullCitation.claims[0]!.evidence!.citations).toEqual([{ source: '', quote: '' }]);
  });

  it('keeps https sources only, at most 50, with their fields cut and kinds checked', () => {
    const source = (over: Record<string, unknown> = {}) => ({
      id: 's',
      title: 'T',
      publisher: 'P',
      url: 'https://src.example/1',
      kind: 'journal',
      accessed: '2026-11-01',
      ...over,
    });
    const n = sanitizeNote({
      ...base,
      sources: {
        ok: source(),
        plain: source({ url: 'http://src.example/1' }),
        hidden: source({ url: 'javascript:alert(1)//https://src.example/' }),
        none: null,
        upper: source({ url: 'HTTPS://src.example/2', kind: 'tabloid' }),
        [`k${long}`]: source({
          id: long,
          title: long,
          publisher: long,
          author: long,
          published: long,
          lang: long,
          accessed: long,
        }),
      },
    });
    expect(Object.keys(n.sources).map((k) => k.length)).toEqual([2, 5, 80]);
    expect(n.sources.ok).toEqual({
      id: 's',
      title: 'T',
      publisher: 'P',
      author: undefined,
      published: undefined,
      url: 'https://src.example/1',
      kind: 'journal',
      lang: undefined,
      accessed: '2026-11-01',
    });
    expect(n.sources.upper!.kind).toBe('news');
    const cut = n.sources[`k${long}`.slice(0, 80)]!;
    expect(
      [cut.id, cut.title, cut.publisher, cut.author, cut.published, cut.lang, cut.accessed].map(
        (s) => s!.length,
      ),
    ).toEqual([80, 400, 200, 200, 10, 10, 10]);
    for (const kind of ['news', 'journal', 'encyclopedia', 'official', 'qa', 'blog'])
      expect(sanitizeNote({ ...base, sources: { a: source({ kind }) } }).sources.a!.kind).toBe(
        kind,
      );
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`s${i}`, source()]));
    expect(Object.keys(sanitizeNote({ ...base, sources: many }).sources)).toHaveLength(50);
  });

  it('keeps a readable capture time, else stamps the note now', () => {
    expect(sanitizeNote(base).captured).toBe('2026-11-22T10:00:00.000Z');
    const before = Date.now();
    const stamped = Date.parse(sanitizeNote({ ...base, captured: 'yesterday-ish' }).captured);
    expect(stamped).toBeGreaterThanOrEqual(before);
    expect(stamped).toBeLessThanOrEqual(Date.now());
    expect(sanitizeNote({ url: base.url }).published).toBeUndefined();
  });
});

describe('evidence note formats', () => {
  const source = (id: string, over: Partial<Source> = {}): Source => ({
    id,
    title: `Title ${id}`,
    publisher: `Pub ${id}`,
    url: `https://example.org/${id}`,
    kind: 'news',
    accessed: '2026-11-01',
    ...over,
  });
  const note = (over: Partial<EvidenceNote> = {}): EvidenceNote => ({
    captured: '2026-11-22T10:00:00.000Z',
    url: 'https://news.example/story',
    title: 'A *big* story',
    published: '2019-05-03',
    sentence: 'Ada [Wen] left in 2018.',
    entityName: 'Ada_Wen',
    entityId: 'ada',
    datasetVersion: '1.2',
    claims: [
      {
        kind: 'year',
        quote: '2018',
        verdict: 'differs',
        datasetValue: '2019',
        evidence: {
          text: 'Left in 2019.',
          citations: [
            { source: 's1', quote: 'left in 2019' },
            { source: 'gone', quote: 'x' },
            { source: 's2', quote: 'in `2019`' },
          ],
        },
      },
      { kind: 'role', quote: 'dean', verdict: 'matches', datasetValue: 'dean' },
      {
        kind: 'entity',
        quote: 'Lab',
        verdict: 'unknown',
        evidence: { text: 'No.', citations: [] },
      },
    ],
    sources: {
      s1: source('s1', { published: '2021-01-05' }),
      s2: source('s2', { kind: 'journal' }),
    },
    ...over,
  });

  it('writes Markdown with escapes, the verdict words and each known source', () => {
    expect(noteMarkdown(note())).toBe(
      [
        '> Ada \\[Wen\\] left in 2018.',
        '',
        '— [A \\*big\\* story](https://news.example/story), published 2019-05-03, accessed 2026-11-22',
        '',
        '**Ada\\_Wen** (Inkling dataset 1.2):',
        '- “2018”: differs from the dataset (dataset: 2019) — Left in 2019.',
        '  - [Pub s1, 2021-01-05](https://example.org/s1): “left in 2019” (accessed 2026-11-01)',
        '  - [Pub s2](https://example.org/s2): “in \\`2019\\`” (accessed 2026-11-01)',
        '- “dean”: matches',
        '- “Lab”: not in the dataset — No.',
      ].join('\n'),
    );
  });
  it('falls back to the URL without a title and leaves out an unknown publication date', () => {
    const md = noteMarkdown(note({ title: '', published: undefined, claims: [] }));
    expect(md.split('\n')[2]).toBe(
      '— [https://news.example/story](https://news.example/story), accessed 2026-11-22',
    );
  });

  it('writes CSL-JSON for the page and each source, with the fields each has', () => {
    const [page, s1, s2] = noteCslJson(
      note({
        sources: {
          s1: source('s1', { published: '2021-01-05', author: 'Li Wei', lang: 'zh' }),
          s2: source('s2', { kind: 'blog' }),
        },
      }),
    ) as Record<string, unknown>[];
    expect(page).toEqual({
      id: expect.stringMatching(/^page-2026-11-22-[0-9a-z]+$/),
      type: 'webpage',
      title: 'A *big* story',
      URL: 'https://news.example/story',
      accessed: { 'date-parts': [[2026, 11, 22]] },
      issued: { 'date-parts': [[2019, 5, 3]] },
      note: '“Ada [Wen] left in 2018.” — checked by Inkling against Ada_Wen: 2018 differs from the dataset; dean matches; Lab not in the dataset',
    });
    expect(s1).toEqual({
      id: 's1',
      type: 'article-newspaper',
      title: 'Title s1',
      publisher: 'Pub s1',
      'container-title': 'Pub s1',
      URL: 'https://example.org/s1',
      accessed: { 'date-parts': [[2026, 11, 1]] },
      author: [{ literal: 'Li Wei' }],
      issued: { 'date-parts': [[2021, 1, 5]] },
      language: 'zh',
    });
    expect(s2).toEqual({
      id: 's2',
      type: 'post-weblog',
      title: 'Title s2',
      publisher: 'Pub s2',
      URL: 'https://example.org/s2',
      accessed: { 'date-parts': [[2026, 11, 1]] },
    });
    expect(s2).not.toHaveProperty('language');
    const types = (['news', 'journal', 'encyclopedia', 'official', 'qa', 'blog'] as const).map(
      (kind) => (noteCslJson(note({ sources: { a: source('a', { kind }) } }))[1] as never)['type'],
    );
    expect(types).toEqual([
      'article-newspaper',
      'article-journal',
      'entry-encyclopedia',
      'webpage',
      'webpage',
      'post-weblog',
    ]);
    const journal = noteCslJson(note({ sources: { a: source('a', { kind: 'journal' }) } }))[1];
    expect(journal).toHaveProperty('container-title', 'Pub a');
    const untitled = noteCslJson(note({ title: '', published: undefined }))[0];
    expect(untitled).toMatchObject({ title: 'https://news.example/story' });
    expect(untitled).not.toHaveProperty('issued');
  });

  it('gives a page the same id each time, and another page another id', () => {
    const id = (url: string) => (noteCslJson(note({ url }))[0] as { id: string }).id;
    expect(id('https://a.example/1')).toBe(id('https://a.example/1'));
    expect(id('https://a.example/1')).not.toBe(id('https://a.example/2'));
    expect(id('https://a.example/1')).not.toBe(id('https://b.example/1'));
  });

  it('writes BibTeX with the page fields it has, escaped', () => {
    const bib = noteBibtex(note({ title: 'R&D {costs} 50% #1 $x_y\\z', sources: {} }));
    expect(bib).toMatch(/^@online\{page-[0-9a-z]+,\n/);
    expect(bib.split('\n').slice(1)).toEqual([
      '  title = {R\\&D costs 50\\% \\#1 \\$x\\_yz},',
      '  year = {2019},',
      '  url = {https://news.example/story},',
      '  urldate = {2026-11-22},',
      '  note = {“Ada [Wen] left in 2018.”}',
      '}',
    ]);
    const bare = noteBibtex(note({ title: '', published: undefined, sources: {} }));
    expect(bare).toContain('  title = {https://news.example/story},\n  url = ');
    expect(bare).not.toContain('year');
    const withSources = noteBibtex(note()).split('\n\n');
    expect(withSources).toHaveLength(3);
    expect(withSources[1]).toMatch(/^@misc\{s1,/);
    expect(withSources[2]).toMatch(/^@article\{s2,/);
  });

  it('collects the known sources the claims cite', () => {
    const all = { s1: source('s1'), s2: source('s2'), s3: source('s3') };
    expect(sourcesOf(note().claims, all)).toEqual({ s1: all.s1, s2: all.s2 });
    expect(sourcesOf([], all)).toEqual({});
  });
});

describe('relationText and covers (statements.ts)', () => {
  const zhu = { id: 'zhu', name: 'Song-Chun Zhu' } as unknown as EntityRecord;
  const index = {
    entities: new Map([['bigai', { id: 'bigai', name: 'BIGAI' }]]),
  } as unknown as EntityIndex;
  const rel = (more: Partial<RelationView>): RelationView =>
    ({
      type: 'leads',
      direction: 'out',
      other: 'bigai',
      citation: { source: 's', quote: 'q' },
      ...more,
    }) as RelationView;

  it('names both ends in the relation’s direction, with the role in brackets', () => {
    expect(relationText(index, zhu, rel({ role: 'director' }))).toBe(
      'Song-Chun Zhu leads BIGAI (director)',
    );
    expect(relationText(index, zhu, rel({ direction: 'in' }))).toBe('BIGAI leads Song-Chun Zhu');
  });
  it('falls back to the other end’s id and the relation’s own type when it has no words', () => {
    expect(relationText(index, zhu, rel({ other: 'unknown-lab' }))).toBe(
      'Song-Chun Zhu leads unknown-lab',
    );
    expect(relationText(index, zhu, rel({ type: 'odd_type' as RelationView['type'] }))).toBe(
      'Song-Chun Zhu odd_type BIGAI',
    );
  });
  it('counts a span’s first and last years as inside it, and open ends as open', () => {
    expect(covers({ from: 2010, to: 2015 }, 2010)).toBe(true);
    expect(covers({ from: 2010, to: 2015 }, 2015)).toBe(true);
    expect(covers({ from: 2010, to: 2015 }, 2009)).toBe(false);
    expect(covers({ from: 2010, to: 2015 }, 2016)).toBe(false);
    expect(covers({ from: 2010 }, 3000)).toBe(true);
    expect(covers({ to: 2015 }, 1900)).toBe(true);
    expect(covers({ to: 2015 }, 2016)).toBe(false);
  });
});
