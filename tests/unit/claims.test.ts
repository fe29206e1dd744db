/**
 * Claim checks against a small hand-built dataset (so the tests do not move when data/ does):
 * verdicts per claim, the care taken before saying "differs", Chinese rules, article dates,
 * what held at a date, evidence formats and the research log.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { atDate } from '../../lib/claims/at-date';
import { normaliseDate, readPublishedDate } from '../../lib/claims/article-date';
import {
  noteBibtex,
  noteCslJson,
  noteMarkdown,
  type EvidenceNote,
} from '../../lib/claims/evidence';
import {
  addNote,
  clearNotes,
  closeLog,
  deleteNote,
  listNotes,
  LOG_DB,
} from '../../lib/claims/research-log';
import { sanitizeNote } from '../../lib/claims/sanitize-note';
import { scoreClaims } from '../../scripts/lib/claims-score';
import { claimChecker, cite, src } from './claims-fixture';

const raw = {
  sources: [{ name: 's', data: [src('s1')] }],
  confusables: [{ name: 'c', data: [] }],
  entities: [
    {
      name: 'e',
      data: [
        {
          id: 'ada',
          category: 'person',
          name: 'Ada Wen',
          native: { hans: '温雅', citation: cite('温雅') },
          aliases: [{ text: 'Wen', match: 'short' }],
          summary: 'A researcher.',
          facts: [
            { text: 'Born in 1970.', time: { from: 1970, to: 1970 }, citations: [cite('b')] },
            {
              text: 'Left the Lake Lab and returned to China in 2019.',
              time: { from: 2019, to: 2019 },
              citations: [cite('r')],
            },
            {
              text: 'Won the Gauss Prize in 2010.',
              time: { from: 2010, to: 2010 },
              citations: [cite('g')],
            },
          ],
          relations: [
            {
              type: 'leads',
              target: 'river',
              role: 'director',
              time: { from: 2019 },
              citation: cite('d'),
            },
            { type: 'works_at', target: 'lake', role: 'professor', citation: cite('p') },
          ],
        },
        {
          id: 'river',
          category: 'organisation',
          kind: 'institute',
          name: 'River Institute',
          native: { hans: '河流研究院', citation: cite('河流研究院') },
          aliases: [{ text: 'RIAI', match: 'case' }],
          summary: 'An institute.',
          facts: [
            {
              text: 'RIAI was founded in 2019.',
              time: { from: 2019, to: 2019 },
              citations: [cite('f')],
            },
            { text: 'It has 300 researchers.', citations: [cite('n')] },
            { text: 'It is in a city.', citations: [cite('c')] },
          ],
        },
        {
          id: 'lake',
          category: 'organisation',
          kind: 'university',
          name: 'Lake Lab',
          aliases: [],
          summary: 'A lab.',
          facts: [
            { text: 'A lab.', citations: [cite('l')] },
            { text: 'Another fact.', citations: [cite('l2')] },
            { text: 'A third fact.', citations: [cite('l3')] },
          ],
        },
        {
          id: 'bo',
          category: 'person',
          name: 'Bo Tan',
          aliases: [],
          summary: 'Another researcher.',
          facts: [
            { text: 'One.', citations: [cite('1')] },
            { text: 'Two.', citations: [cite('2')] },
            { text: 'Three.', citations: [cite('3')] },
          ],
        },
      ],
    },
  ],
};
const { index, claimsOf: check } = claimChecker(raw);
const verdictOf = (claims: ReturnType<typeof check>, quote: string) =>
  claims.find((c) => c.quote.includes(quote))?.verdict;

describe('claim check', () => {
  it('says "differs" with the dataset value when a once-only event has another year', () => {
    const claims = check('ada', 'Ada Wen', 'Ada Wen returned to China in 2018.');
    const c = claims.find((x) => x.quote === '2018')!;
    expect(c.verdict).toBe('differs');
    expect(c.datasetValue).toBe('2019');
    expect(c.evidence?.citations[0]?.source).toBe('s1');
  });

  it('says "matches" with the supporting fact when the year agrees', () => {
    const claims = check('ada', 'Ada Wen', 'Ada Wen returned to China in 2019.');
    expect(verdictOf(claims, '2019')).toBe('matches');
    expect(claims[0]!.evidence!.text).toMatch(/returned to China/);
  });

  it('stays silent ("not in the dataset") when the sentence hedges, negates or is possessive', () => {
    expect(
      verdictOf(check('ada', 'Ada Wen', 'Ada Wen did not return to China in 2018.'), '2018'),
    ).toBe('unknown');
    expect(verdictOf(check('ada', 'Ada Wen', 'Ada Wen may return to China in 2018.'), '2018')).toBe(
      'unknown',
    );
    // Issue 18: another person's event is no claim about this one at all.
    expect(verdictOf(check('ada', 'Ada Wen', "Ada Wen's son was born in 1999."), '1999')).toBe(
      undefined,
    );
    expect(
      verdictOf(check('ada', 'Ada Wen', 'Ada Wen had returned to China before 2021.'), '2021'),
    ).toBe('unknown');
  });

  it('does not blame the entity for an event of another person named nearer to it', () => {
    const claims = check('ada', 'Ada Wen', 'Ada Wen said that Bo Tan returned to China in 2015.');
    // Issue 18: no claim at all (it was "not in the dataset").
    expect(verdictOf(claims, '2015')).toBe(undefined);
  });

  it('needs a shared name before calling an award year wrong', () => {
    expect(verdictOf(check('ada', 'Ada Wen', 'Ada Wen won the Gauss Prize in 2012.'), '2012')).toBe(
      'differs',
    );
    expect(verdictOf(check('ada', 'Ada Wen', 'Ada Wen won the Euler Prize in 2012.'), '2012')).toBe(
      'unknown',
    );
  });

  it('checks roles against relations to the organisation named next to them', () => {
    const claims = check('ada', 'Ada Wen', 'Ada Wen, director of River Institute, spoke.');
    const role = claims.find((c) => c.kind === 'role')!;
    expect(role.verdict).toBe('matches');
    expect(role.quote).toBe('director of River Institute');
    const other = check('ada', 'Ada Wen', 'Ada Wen, a professor at River Institute, spoke.');
    expect(other.find((c) => c.kind === 'role')!.verdict).toBe('unknown');
  });

  it('checks a start year against a relation span ("since")', () => {
    expect(verdictOf(check('ada', 'Ada Wen', 'Ada Wen has led RIAI since 2019.'), '2019')).toBe(
      'matches',
    );
    expect(verdictOf(check('ada', 'Ada Wen', 'Ada Wen has led RIAI since 2017.'), '2017')).toBe(
      'differs',
    );
  });

  it("checks an organisation's founding year and numbers in its facts", () => {
    expect(verdictOf(check('river', 'RIAI', 'RIAI was founded in 2020.'), '2020')).toBe('differs');
    const claims = check('river', 'RIAI', 'RIAI, founded in 2019, employs 300 researchers.');
    expect(verdictOf(claims, '2019')).toBe('matches');
    expect(verdictOf(claims, '300')).toBe('matches');
  });

  it('reads Chinese: years with 年, event words, co-mentioned entities', () => {
    expect(verdictOf(check('ada', '温雅', '温雅于2018年回国。'), '2018')).toBe('differs');
    const claims = check('ada', '温雅', '温雅于2019年回国，出任河流研究院院长。');
    expect(verdictOf(claims, '2019')).toBe('matches');
    expect(claims.find((c) => c.kind === 'role')?.verdict).toBe('matches');
    expect(verdictOf(check('ada', '温雅', '温雅可能于2018年回国。'), '2018')).toBe('unknown');
  });

  it('reports other known entities as matches when the dataset connects them', () => {
    const claims = check('ada', 'Ada Wen', 'Ada Wen met Bo Tan at Lake Lab.');
    expect(claims.find((c) => c.quote === 'Lake Lab')?.verdict).toBe('matches');
    expect(claims.find((c) => c.quote === 'Bo Tan')?.verdict).toBe('unknown');
  });
});

describe('article date', () => {
  const doc = (head: string, body = '') => {
    const w = new Window();
    w.document.write(`<html><head>${head}</head><body>${body}</body></html>`);
    return w.document as unknown as Document;
  };
  it('reads article:published_time, JSON-LD datePublished and <time>', () => {
    expect(
      readPublishedDate(
        doc('<meta property="article:published_time" content="2019-05-03T08:00:00+08:00">'),
      ),
    ).toEqual({ date: '2019-05-03', from: 'meta' });
    expect(
      readPublishedDate(
        doc(
          '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2018-11-02"}]}</script>',
        ),
      ),
    ).toEqual({ date: '2018-11-02', from: 'json-ld' });
    expect(
      readPublishedDate(
        doc('', '<article><header><time datetime="2017-07-01">1 July</time></header></article>'),
      ),
    ).toEqual({ date: '2017-07-01', from: 'time' });
    expect(readPublishedDate(doc('<title>x</title>'))).toBeUndefined();
  });
  it('normalises common date forms', () => {
    expect(normaliseDate('2020/3/9')).toBe('2020-03-09');
    expect(normaliseDate('2021年5月')).toBe('2021-05');
    expect(normaliseDate('not a date')).toBeUndefined();
  });
});

describe('at the time of the article', () => {
  it('shows what held at the date, infers an end from a "left" fact, and what came later', () => {
    const r = atDate(index, index.entities.get('ada')!, '2017-06-01');
    expect(r.held.map((e) => e.text).join('\n')).toMatch(/works at Lake Lab \(professor\)/);
    expect(r.held.find((e) => /Lake Lab/.test(e.text))?.time?.to).toBe(2019);
    expect(r.later.map((e) => e.text).join('\n')).toMatch(/leads River Institute/);
    const after = atDate(index, index.entities.get('ada')!, '2020');
    expect(after.held.map((e) => e.text).join('\n')).toMatch(/leads River Institute/);
    expect(after.held.some((e) => /Lake Lab/.test(e.text))).toBe(false);
  });
});

const note = (over: Partial<EvidenceNote> = {}): EvidenceNote => ({
  captured: '2026-11-22T10:00:00.000Z',
  url: 'https://news.example/story',
  title: 'A story',
  published: '2019-05-03',
  sentence: 'Ada Wen returned to China in 2018.',
  entityId: 'ada',
  entityName: 'Ada Wen',
  claims: [
    {
      kind: 'year',
      quote: '2018',
      verdict: 'differs',
      datasetValue: '2019',
      evidence: { text: 'Returned to China in 2019.', citations: [cite('returned in 2019')] },
    },
  ],
  sources: { s1: src('s1') as EvidenceNote['sources'][string] },
  datasetVersion: 't',
  ...over,
});

describe('evidence notes', () => {
  it('formats Markdown with the quote, page, access date, verdict and sources', () => {
    const md = noteMarkdown(note());
    expect(md).toMatch(/^> Ada Wen returned to China in 2018\./);
    expect(md).toContain(
      '[A story](https://news.example/story), published 2019-05-03, accessed 2026-11-22',
    );
    expect(md).toContain('differs from the dataset (dataset: 2019)');
    expect(md).toContain('[Pub s1, 2021-01-05](https://example.org/s1): “returned in 2019”');
  });
  it('formats CSL-JSON items for the page and each source', () => {
    const items = noteCslJson(note()) as Record<string, unknown>[];
    expect(items[0]).toMatchObject({
      type: 'webpage',
      URL: 'https://news.example/story',
      issued: { 'date-parts': [[2019, 5, 3]] },
    });
    expect(items[1]).toMatchObject({
      id: 's1',
      type: 'article-newspaper',
      accessed: { 'date-parts': [[2026, 11, 22]] },
    });
  });
  it('formats BibTeX for the page and each source', () => {
    const bib = noteBibtex(note());
    expect(bib).toMatch(/@online\{page-[a-z0-9]+,/);
    expect(bib).toContain('urldate = {2026-11-22}');
    expect(bib).toContain('@misc{s1,');
  });
  it('refuses notes with a non-http URL and bounds their text', () => {
    expect(() => sanitizeNote({ ...note(), url: 'javascript:alert(1)' })).toThrow();
    const clean = sanitizeNote({ ...note(), sentence: 'x'.repeat(5000) });
    expect(clean.sentence.length).toBe(1000);
  });
});

describe('research log', () => {
  afterEach(async () => {
    await clearNotes();
    await closeLog();
  });
  it('stores notes, lists newest first, searches, replaces a re-capture, deletes', async () => {
    const a = await addNote(note());
    await addNote(
      note({
        captured: '2026-11-23T10:00:00.000Z',
        url: 'https://b.example/',
        title: 'Other page',
        sentence: 'RIAI was founded in 2020.',
      }),
    );
    expect((await listNotes()).map((n) => n.title)).toEqual(['Other page', 'A story']);
    expect((await listNotes('founded riai')).map((n) => n.title)).toEqual(['Other page']);
    expect((await listNotes('story')).map((n) => n.title)).toEqual(['A story']);
    const again = await addNote(note({ captured: '2026-11-24T10:00:00.000Z' }));
    expect(again).toBe(a);
    expect(await listNotes()).toHaveLength(2);
    await deleteNote(a);
    expect((await listNotes()).map((n) => n.title)).toEqual(['Other page']);
  });
  it('replaces a note only when page, sentence and entity are all the same', async () => {
    const first = await addNote(note());
    const ids = [
      await addNote(note({ url: 'https://other.example/' })),
      await addNote(note({ sentence: 'Ada Wen left in 2018.' })),
      await addNote(note({ entityId: 'bo' })),
    ];
    expect(new Set([first, ...ids]).size).toBe(4);
    expect(await listNotes()).toHaveLength(4);
  });
  it('searches every field and the claims’ evidence, needing every word, in any case', async () => {
    await addNote(note());
    const titles = async (q: string) => (await listNotes(q)).map((n) => n.title);
    expect(await titles('RETURNED   china')).toEqual(['A story']);
    expect(await titles('2019')).toEqual(['A story']); // only in the evidence text
    expect(await titles('returned zzz')).toEqual([]);
    expect(await titles('storyhttps')).toEqual([]); // fields are not run together
    await addNote(
      note({ url: 'https://c.example/', claims: [{ ...note().claims[0]!, evidence: undefined }] }),
    );
    expect(await titles('undefined')).toEqual([]);
    expect(await titles('  ')).toHaveLength(2);
  });
  it('clears every note', async () => {
    await addNote(note());
    await clearNotes();
    expect(await listNotes()).toEqual([]);
  });
  it('opens the log afresh after the database was deleted under it', async () => {
    await addNote(note());
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(LOG_DB);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    expect(await listNotes()).toEqual([]);
    await addNote(note());
    expect(await listNotes()).toHaveLength(1);
  });
});

describe('scoring', () => {
  it('counts precision and recall per verdict, and unexpected alarms against precision', () => {
    const fixture = {
      id: 'f',
      entity: 'ada',
      mention: 'Ada',
      sentence: 's',
      claims: [
        { text: '2018', verdict: 'differs' as const },
        { text: '2019', verdict: 'matches' as const },
      ],
    };
    const got = [
      { kind: 'year' as const, quote: '2018', start: 0, end: 4, verdict: 'differs' as const },
      { kind: 'year' as const, quote: '2019', start: 0, end: 4, verdict: 'unknown' as const },
      { kind: 'entity' as const, quote: 'Lake', start: 0, end: 4, verdict: 'differs' as const },
    ];
    const { scores } = scoreClaims([{ fixture, got }]);
    expect(scores.differs).toMatchObject({ tp: 1, fp: 1, fn: 0, precision: 0.5, recall: 1 });
    expect(scores.matches).toMatchObject({ tp: 0, fn: 1, recall: 0 });
  });
});
