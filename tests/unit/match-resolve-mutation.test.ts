/**
 * Cases the mutation run on lib/match/resolve.ts showed were unchecked: the distances of the
 * namesake rule (field words, related entities, continuation, two people named close together),
 * article regions, confusables that block everyone, and names shared by two entities. The
 * candidates are built at chosen page positions, as the matcher would give them.
 */
import { describe, expect, it } from 'vitest';
import { dict } from './matcher-helpers';
import { findCandidates, type Candidate } from '../../lib/match/find';
import {
  AMBIGUOUS_WINDOW,
  CONTINUE_WINDOW,
  FIELD_WINDOW,
  RELATED_WINDOW,
  resolveDocument,
} from '../../lib/match/resolve';
import { buildDictionary, type Dictionary } from '../../lib/match/dictionary';

const native = (hans: string) => ({ hans, citation: { source: 's', quote: hans } });

/** A candidate for the dictionary entry with this text, at page position `pos`. */
function at(d: Dictionary, text: string, pos: number, more: Partial<Candidate> = {}): Candidate {
  const entries = d.entries.flatMap((e, i) => (e.text === text ? [i] : []));
  if (entries.length === 0) throw new Error(`no entry ${text}`);
  return { start: pos, end: pos + text.length, entries, pos, ...more };
}

/** The marks as "text@pos=id". */
function marked(d: Dictionary, cs: Candidate[]): string[] {
  return resolveDocument(d, cs).marks.map(
    (m) => `${d.entries[m.entry]!.text}@${m.candidate.pos}=${m.entityId}`,
  );
}

/** A person whose name others share (the namesake rule), a related university, field words. */
const namesakes = () =>
  dict(
    [
      {
        id: 'wu',
        name: 'Wu Fei',
        native: native('吴飞'),
        aliases: [{ text: 'Wu', match: 'short' }],
        relations: [{ type: 'works_at', target: 'zju', citation: { source: 's', quote: 'q' } }],
      },
      { id: 'zju', category: 'organisation', name: 'Zhejiang University', aliases: [] },
    ],
    [],
    { namesakes: true, fieldTerms: [{ text: 'machine learning' }] },
  );

describe('resolveDocument: the namesake rule, distances', () => {
  it('takes a field word within 300 characters, before or after', () => {
    const d = namesakes();
    const field = (p: number) => at(d, 'machine learning', p);
    expect(marked(d, [at(d, 'Wu Fei', 1000)])).toEqual([]);
    expect(FIELD_WINDOW).toBe(300);
    expect(marked(d, [field(700), at(d, 'Wu Fei', 1000)])).toEqual(['Wu Fei@1000=wu']);
    expect(marked(d, [field(699), at(d, 'Wu Fei', 1000)])).toEqual([]);
    expect(marked(d, [at(d, 'Wu Fei', 1000), field(1300)])).toEqual(['Wu Fei@1000=wu']);
    expect(marked(d, [at(d, 'Wu Fei', 1000), field(1301)])).toEqual([]);
  });

  it('finds the nearest field word among many', () => {
    const d = namesakes();
    const fields = [0, 1000, 2000].map((p) => at(d, 'machine learning', p));
    const with1 = (p: number) =>
      marked(
        d,
        [...fields, at(d, 'Wu Fei', p)].sort((a, b) => a.pos! - b.pos!),
      );
    expect(with1(1290)).toEqual(['Wu Fei@1290=wu']);
    expect(with1(1710)).toEqual(['Wu Fei@1710=wu']);
    expect(with1(1400)).toEqual([]);
    expect(with1(2300)).toEqual(['Wu Fei@2300=wu']);
    expect(with1(2301)).toEqual([]);
  });

  it('takes a related entity within 1500 characters', () => {
    const d = namesakes();
    expect(RELATED_WINDOW).toBe(1500);
    const zju = (p: number) => at(d, 'Zhejiang University', p);
    expect(marked(d, [zju(0), at(d, 'Wu Fei', 1500)])).toEqual([
      'Zhejiang University@0=zju',
      'Wu Fei@1500=wu',
    ]);
    expect(marked(d, [zju(0), at(d, 'Wu Fei', 1501)])).toEqual(['Zhejiang University@0=zju']);
  });

  it('continues an accepted name up to 2500 characters later', () => {
    const d = namesakes();
    expect(CONTINUE_WINDOW).toBe(2500);
    const page = (second: number) =>
      marked(d, [at(d, 'machine learning', 0), at(d, 'Wu Fei', 10), at(d, 'Wu Fei', second)]);
    expect(page(2510)).toEqual(['Wu Fei@10=wu', 'Wu Fei@2510=wu']);
    expect(page(2511)).toEqual(['Wu Fei@10=wu']);
    // A continued name continues in turn.
    expect(
      marked(d, [
        at(d, 'machine learning', 0),
        at(d, 'Wu Fei', 10),
        at(d, 'Wu Fei', 2000),
        at(d, 'Wu Fei', 4000),
      ]),
    ).toEqual(['Wu Fei@10=wu', 'Wu Fei@2000=wu', 'Wu Fei@4000=wu']);
  });

  it('takes the Chinese name on the page as evidence for the Latin one, not for itself', () => {
    const d = namesakes();
    expect(marked(d, [at(d, '吴飞', 0)])).toEqual([]);
    expect(marked(d, [at(d, '吴飞', 0), at(d, 'Wu Fei', 9000)])).toEqual(['Wu Fei@9000=wu']);
    expect(marked(d, [at(d, 'Wu Fei', 0), at(d, '吴飞', 9000)])).toEqual(['Wu Fei@0=wu']);
  });

  it('marks the short form after an accepted name only', () => {
    const d = namesakes();
    expect(marked(d, [at(d, 'Wu Fei', 0), at(d, 'Wu', 50)])).toEqual([]);
    expect(marked(d, [at(d, 'machine learning', 0), at(d, 'Wu Fei', 10), at(d, 'Wu', 50)])).toEqual(
      ['Wu Fei@10=wu', 'Wu@50=wu'],
    );
  });
});

const brothers = () =>
  dict([
    { id: 'yunji', name: 'Yunji Chen', aliases: [{ text: 'Chen', match: 'short' }] },
    { id: 'tianshi', name: 'Tianshi Chen', aliases: [{ text: 'Chen', match: 'short' }] },
    { id: 'lee', name: 'Kai-Fu Lee', aliases: [{ text: 'Lee', match: 'short' }] },
  ]);

describe('resolveDocument: short forms', () => {
  it('leaves a short form ambiguous after two of its people within 150 characters', () => {
    const d = brothers();
    expect(AMBIGUOUS_WINDOW).toBe(150);
    const page = (second: number) =>
      marked(d, [at(d, 'Yunji Chen', 0), at(d, 'Tianshi Chen', second), at(d, 'Chen', 1000)]);
    expect(page(150)).toEqual(['Yunji Chen@0=yunji', 'Tianshi Chen@150=tianshi']);
    expect(page(151)).toEqual([
      'Yunji Chen@0=yunji',
      'Tianshi Chen@151=tianshi',
      'Chen@1000=tianshi',
    ]);
    // The same person named twice is no ambiguity.
    expect(
      marked(d, [at(d, 'Yunji Chen', 0), at(d, 'Yunji Chen', 10), at(d, 'Chen', 100)]).at(-1),
    ).toBe('Chen@100=yunji');
  });

  it('gives a short form to nobody inside another name, or once a confusable holds it', () => {
    const d = dict(
      [{ id: 'lee', name: 'Kai-Fu Lee', aliases: [{ text: 'Lee', match: 'short' }] }],
      [
        { text: 'Bruce Lee', note: 'actor' },
        { text: 'Lee Sedol', note: 'go player', blocks: ['other'] },
      ],
    );
    const lee = (p: number, more: Partial<Candidate> = {}) => at(d, 'Lee', p, more);
    expect(marked(d, [at(d, 'Kai-Fu Lee', 0), lee(20)])).toEqual([
      'Kai-Fu Lee@0=lee',
      'Lee@20=lee',
    ]);
    expect(marked(d, [at(d, 'Kai-Fu Lee', 0), lee(20, { foreign: true }), lee(40)])).toEqual([
      'Kai-Fu Lee@0=lee',
    ]);
    // A confusable without `blocks` blocks every entity; one blocking someone else only holds
    // the short form until our person is named again.
    expect(marked(d, [at(d, 'Bruce Lee', 0), at(d, 'Kai-Fu Lee', 20), lee(40)])).toEqual([
      'Kai-Fu Lee@20=lee',
    ]);
    expect(marked(d, [at(d, 'Kai-Fu Lee', 0), at(d, 'Lee Sedol', 20), lee(40)])).toEqual([
      'Kai-Fu Lee@0=lee',
    ]);
    expect(marked(d, [at(d, 'Lee Sedol', 0), at(d, 'Kai-Fu Lee', 20), lee(40)])).toEqual([
      'Kai-Fu Lee@20=lee',
      'Lee@40=lee',
    ]);
  });
});

describe('resolveDocument: article regions', () => {
  it('starts short forms afresh in the next article, not after a header outside any', () => {
    const d = brothers();
    const page = (r1: unknown, r2: unknown, r3: unknown) =>
      marked(d, [
        at(d, 'Kai-Fu Lee', 0, { region: r1 }),
        at(d, 'Lee', 20, { region: r2 }),
        at(d, 'Lee', 40, { region: r3 }),
      ]);
    expect(page(1, 2, 2)).toEqual(['Kai-Fu Lee@0=lee']);
    expect(page(null, 1, 1)).toEqual(['Kai-Fu Lee@0=lee', 'Lee@20=lee', 'Lee@40=lee']);
    expect(page(1, null, 1)).toEqual(['Kai-Fu Lee@0=lee', 'Lee@20=lee', 'Lee@40=lee']);
    expect(page(undefined, 1, 2)).toEqual(['Kai-Fu Lee@0=lee', 'Lee@20=lee']);
  });

  it('does not continue a namesake into the next article', () => {
    const d = namesakes();
    const page = (r: number) =>
      marked(d, [
        at(d, 'machine learning', 0, { region: 1 }),
        at(d, 'Wu Fei', 10, { region: 1 }),
        at(d, 'Wu Fei', 1000, { region: r }),
      ]);
    expect(page(1)).toEqual(['Wu Fei@10=wu', 'Wu Fei@1000=wu']);
    expect(page(2)).toEqual(['Wu Fei@10=wu']);
  });
});

describe('resolveDocument: shared names and context aliases', () => {
  const labs = () =>
    dict([
      { id: 'alpha', name: 'Alpha Lab', category: 'organisation', aliases: [{ text: 'ALB' }] },
      { id: 'beta', name: 'Beta Lab', category: 'organisation', aliases: [{ text: 'ALB' }] },
      {
        id: 'mila',
        name: 'Mila Institute',
        category: 'organisation',
        aliases: [{ text: 'Mila', match: 'context' }],
      },
      {
        id: 'mila2',
        name: 'Mila Robotics',
        category: 'organisation',
        aliases: [{ text: 'Mila', match: 'context' }],
      },
    ]);

  it('marks a shared name for the one entity named on the page, else not', () => {
    const d = labs();
    expect(marked(d, [at(d, 'ALB', 0)])).toEqual([]);
    expect(marked(d, [at(d, 'Beta Lab', 0), at(d, 'ALB', 20)])).toEqual([
      'Beta Lab@0=beta',
      'ALB@20=beta',
    ]);
    expect(marked(d, [at(d, 'Alpha Lab', 0), at(d, 'Beta Lab', 10), at(d, 'ALB', 20)])).toEqual([
      'Alpha Lab@0=alpha',
      'Beta Lab@10=beta',
    ]);
  });

  it('asks about a shared context alias for the one entity named on the page', () => {
    const d = labs();
    const ask = (cs: Candidate[]) =>
      resolveDocument(d, cs).questions.map((q) => `${q.entityId} ${q.anchored}`);
    expect(ask([at(d, 'Mila', 0)])).toEqual([]);
    expect(ask([at(d, 'Mila Robotics', 0), at(d, 'Mila', 20)])).toEqual(['mila2 true']);
  });

  it('marks a doubtful organisation alias written with its suffix without asking', () => {
    const d = dict([
      {
        id: 'hf',
        name: 'High-Flyer',
        category: 'organisation',
        aliases: [{ text: '幻方', match: 'context' }],
      },
    ]);
    const text = '杭州幻方科技。幻方。';
    const r = resolveDocument(d, findCandidates(d, text));
    expect(r.marks.map((m) => text.slice(m.candidate.start, m.candidate.end))).toEqual([
      '杭州幻方科技',
    ]);
    expect(r.questions.map((q) => [q.entityId, q.anchored])).toEqual([['hf', true]]);
  });

  it('never marks a field word or asks about it', () => {
    const d = namesakes();
    const r = resolveDocument(d, [at(d, 'machine learning', 0)]);
    expect([r.marks, r.questions]).toEqual([[], []]);
  });
});

describe('resolveDocument: page positions', () => {
  it('measures distances by page position, not by the offset in the text block', () => {
    const d = namesakes();
    // Two text blocks: each candidate starts at 0 in its own block, 1000 characters apart.
    const inBlock = (text: string, pos: number) => ({
      ...at(d, text, pos),
      start: 0,
      end: text.length,
    });
    expect(marked(d, [inBlock('machine learning', 0), inBlock('Wu Fei', 1000)])).toEqual([]);
    expect(marked(d, [inBlock('machine learning', 900), inBlock('Wu Fei', 1000)])).toEqual([
      'Wu Fei@1000=wu',
    ]);
    // Without a page position, the offset is the position.
    const plain = (text: string, start: number) => {
      const c = at(d, text, start);
      delete c.pos;
      return c;
    };
    expect(resolveDocument(d, [plain('machine learning', 0), plain('Wu Fei', 1000)]).marks).toEqual(
      [],
    );
    expect(
      resolveDocument(d, [plain('machine learning', 800), plain('Wu Fei', 1000)]).marks.length,
    ).toBe(1);
  });
});

describe('resolveDocument: confusables and close names, more', () => {
  it('keeps the bare form from the one person a confusable contains, not from others', () => {
    const d = dict(
      [
        { id: 'lee', name: 'Kai-Fu Lee', aliases: [{ text: 'Lee', match: 'short' }] },
        { id: 'zhu', name: 'Song-Chun Zhu', aliases: [{ text: 'Zhu', match: 'short' }] },
      ],
      [{ text: 'Zhu Rongji', note: 'premier' }],
    );
    expect(
      marked(d, [
        at(d, 'Zhu Rongji', 0),
        at(d, 'Kai-Fu Lee', 20),
        at(d, 'Lee', 40),
        at(d, 'Song-Chun Zhu', 60),
        at(d, 'Zhu', 80),
      ]),
    ).toEqual(['Kai-Fu Lee@20=lee', 'Lee@40=lee', 'Song-Chun Zhu@60=zhu']);
  });

  it('measures the distance between two people who share a short form anywhere on the page', () => {
    const d = brothers();
    const page = (first: number, second: number) =>
      marked(d, [at(d, 'Yunji Chen', first), at(d, 'Tianshi Chen', second), at(d, 'Chen', 3000)]);
    expect(page(1000, 1100)).toEqual(['Yunji Chen@1000=yunji', 'Tianshi Chen@1100=tianshi']);
  });

  it('marks a shared exact-case name for the one entity named on the page', () => {
    const d = dict([
      {
        id: 'alpha',
        name: 'Alpha Lab',
        category: 'organisation',
        aliases: [{ text: 'QRL', match: 'case' }],
      },
      {
        id: 'beta',
        name: 'Beta Lab',
        category: 'organisation',
        aliases: [{ text: 'QRL', match: 'case' }],
      },
    ]);
    expect(marked(d, [at(d, 'Beta Lab', 0), at(d, 'QRL', 20)])).toEqual([
      'Beta Lab@0=beta',
      'QRL@20=beta',
    ]);
  });

  it('reads the first entry of a dictionary like any other', () => {
    // A confusable that blocks someone else, first in the dictionary: it still holds "Lee".
    const d = buildDictionary([
      { text: 'Lee Sedol', mode: 'word', ids: [], confusable: { blocks: ['other'] } },
      { text: 'Kai-Fu Lee', mode: 'word', ids: ['lee'] },
      { text: 'Lee', mode: 'short', ids: ['lee'] },
    ]);
    expect(marked(d, [at(d, 'Kai-Fu Lee', 0), at(d, 'Lee Sedol', 20), at(d, 'Lee', 40)])).toEqual([
      'Kai-Fu Lee@0=lee',
    ]);
  });
});
