/**
 * What a fact or relation becomes before a claim is compared with it (statements.ts), and which
 * entities a text names (co-mentions.ts) — cases the mutation run (npm run test:mutation --
 * claims) showed no test looked at: the months, years, numbers and distinctive words read from a
 * fact, the relations' statements, and every rule that keeps an ambiguous name out.
 */
import { describe, expect, it } from 'vitest';
import { claimChecker, cite, facts, org, person, src } from './claims-fixture';
import { distinctiveWords, nameWords, statementsOf } from '../../lib/claims/statements';
import { atDate } from '../../lib/claims/at-date';
import { coMentions } from '../../lib/claims/co-mentions';

const { index } = claimChecker({
  sources: [{ name: 's', data: [src('s1')] }],
  confusables: [{ name: 'c', data: [{ text: 'Juno Probe', note: 'A space probe.' }] }],
  entities: [
    {
      name: 'e',
      data: [
        {
          id: 'ada',
          category: 'person',
          name: 'Ada Wen',
          aliases: [{ text: 'Wen', match: 'short' }, { text: 'Ada-Lin Wen' }],
          summary: 'A researcher.',
          facts: facts(
            'Won the Marr Prize in June 1968 with Bo Tan.',
            'A staff of 1799 people and 1800 cars, 2100 units, 2101 bikes, 12.5 percent.',
            'It has 300 (about) researchers, then 40,  engineers; the count was 7',
            'Went to Mila in 1899 and 2005, not 19999 or 1799.',
          ),
          relations: [
            { type: 'leads', target: 'river', role: 'director', citation: cite('d') },
            { type: 'works_at', target: 'lake', role: 'postdoctoral fellow', citation: cite('p') },
            { type: 'studied_at', target: 'lake', role: 'PhD', citation: cite('s') },
            { type: 'studied_at', target: 'river', citation: cite('s2') },
            { type: 'collaborates_with', target: 'bo', citation: cite('c') },
          ],
        },
        person('bo', 'Bo Tan'),
        org('river', 'River Institute', { aliases: [{ text: 'Kilo', match: 'context' }] }),
        org('lake', 'Lake Lab', {
          aliases: [
            { text: 'Kilo', match: 'context' },
            { text: 'Juno', match: 'case' },
          ],
        }),
        org('mila', 'Mila Institute', { aliases: [{ text: 'Mila', match: 'context' }] }),
        org('ocean', 'Ocean Group', { aliases: [{ text: 'OG', match: 'case' }] }),
        org('sea', 'Sea Group', { aliases: [{ text: 'OG', match: 'case' }] }),
      ],
    },
  ],
});
const ada = index.entities.get('ada')!;
// Worked out afresh for each look (statementsOf caches per entity record): a cache filled once
// at import would hide the code under test from the mutation run, which changes it per test.
const fresh = () => statementsOf(index, { ...ada });
const ofFact = (start: string) => fresh().find((s) => s.text.startsWith(start))!;

describe('statementsOf: what a fact says', () => {
  it('reads the month of a year written in the text', () => {
    expect([...ofFact('Won').months]).toEqual([[1968, 6]]);
    expect(ofFact('Went').months.size).toBe(0);
  });
  it('reads four-digit years from 1800 to 2099 only', () => {
    expect(ofFact('Went').textYears).toEqual([1899, 2005]);
    expect(ofFact('Won').textYears).toEqual([1968]);
  });
  it('reads numbers that are not years, with the word after them as the unit', () => {
    expect(ofFact('A staff').numbers).toEqual([
      { value: 1799, unit: 'people' },
      { value: 2101, unit: 'bikes' },
      { value: 12.5, unit: 'percent' },
    ]);
    // The unit is only the word right after the number (commas and spaces between), or none.
    expect(ofFact('It has').numbers).toEqual([
      { value: 300, unit: '' },
      { value: 40, unit: 'engineers' },
      { value: 7, unit: '' },
    ]);
  });
  it('names the other entities of a fact, trusting the dataset’s own context names', () => {
    expect([...ofFact('Won').entities]).toEqual(['bo']);
    expect([...ofFact('Went').entities]).toEqual(['mila']);
  });
  it('keeps its distinctive words apart from the entity’s own names', () => {
    expect([...ofFact('Won').words].sort()).toEqual(['bo', 'june', 'marr', 'tan']);
  });
  it('carries each fact’s citations', () => {
    expect(ofFact('Won').citations).toEqual([cite('Won the Marr Prize in June 1968 with Bo Tan.')]);
  });
  it('is worked out once per entity', () => {
    expect(statementsOf(index, ada)).toBe(statementsOf(index, ada));
    expect(fresh()).not.toBe(fresh());
  });
});

describe('statementsOf: what a relation says', () => {
  const ofRelation = (type: string, other: string, role?: string) =>
    fresh().find(
      (s) => s.relation?.type === type && s.relation.other === other && s.relation.role === role,
    )!;
  it('adds one statement per relation, with its citation and the other end', () => {
    expect(fresh().filter((s) => s.relation)).toHaveLength(5);
    const leads = ofRelation('leads', 'river', 'director');
    expect(leads.text).toBe('Ada Wen leads River Institute (director)');
    expect(leads.citations).toEqual([cite('d')]);
    expect([...leads.entities]).toEqual(['river']);
    expect(leads.textYears).toEqual([]);
    expect(leads.numbers).toEqual([]);
  });
  it('gives each relation type its event classes, and none to a type without events', () => {
    expect([...ofRelation('leads', 'river', 'director').classes]).toEqual([
      'led',
      'joined',
      'left',
    ]);
    expect([...ofRelation('works_at', 'lake', 'postdoctoral fellow').classes]).toEqual([
      'joined',
      'left',
    ]);
    expect([...ofRelation('studied_at', 'lake', 'PhD').classes]).toEqual(['degree']);
    expect([...ofRelation('collaborates_with', 'bo').classes]).toEqual([]);
  });
  it('reads a degree from the role of a study, and of nothing else', () => {
    expect(ofRelation('studied_at', 'lake', 'PhD').degree).toBe('phd');
    expect(ofRelation('studied_at', 'river').degree).toBeUndefined();
    // "postdoctoral" holds "doctor", but a post is not a degree.
    expect(ofRelation('works_at', 'lake', 'postdoctoral fellow').degree).toBeUndefined();
  });
});

describe('distinctiveWords and nameWords', () => {
  it('keeps capitalised words that are not the first, not common and not skipped, in lower case', () => {
    expect([
      ...distinctiveWords('Marr won the Turing Award with IEEE and Zhu', new Set(['zhu'])),
    ]).toEqual(['turing', 'ieee']);
  });
  it('splits an entity’s names into lower-case words at spaces and hyphens', () => {
    expect([...nameWords(ada)].sort()).toEqual(['ada', 'lin', 'wen']);
  });
});

describe('coMentions', () => {
  const ids = (text: string, self?: string, trusted?: boolean) =>
    coMentions(index, text, self, trusted).map((c) => c.id);

  it('finds the unambiguous names with their place in the text', () => {
    expect(coMentions(index, 'Then Bo Tan left.')).toEqual([
      { id: 'bo', start: 5, end: 11, text: 'Bo Tan' },
    ]);
  });
  it('skips the entity itself, under any of its names', () => {
    expect(ids('Ada Wen met Bo Tan.', 'ada')).toEqual(['bo']);
    expect(ids('Ada-Lin Wen met Bo Tan.', 'ada')).toEqual(['bo']);
    expect(ids('Ada Wen met Bo Tan.')).toEqual(['ada', 'bo']);
  });
  it('does not count a short form, a name two entities share, or a confusable', () => {
    expect(ids('Wen met the team.')).toEqual([]);
    expect(ids('OG met the team.')).toEqual([]);
    expect(ids('The Juno Probe met the team.')).toEqual([]);
    // On an exact tie the entity's own name is what the text says (find.ts).
    expect(ids('The Juno met the team.')).toEqual(['lake']);
  });
  it('judges a context name by its sentence unless the text is the dataset’s own', () => {
    expect(ids('Mila released a deep learning framework.')).toEqual(['mila']);
    expect(ids('We had dinner with Mila.')).toEqual([]);
    expect(ids('Then Mila said she was tired of deep learning.')).toEqual([]);
    expect(ids('We had dinner with Mila.', undefined, true)).toEqual(['mila']);
  });
  it('does not take the page as naming a context name elsewhere (it is not anchored)', () => {
    // The same word as an acronym-free organisation name with no cue: marked only when anchored.
    expect(ids('The Mila sign was red.')).toEqual([]);
  });
  it('never counts a context name two entities share, even in the dataset’s own text', () => {
    expect(ids('Kilo released a deep learning framework.', undefined, true)).toEqual([]);
  });
});

describe('atDate: what held at an article’s date, and what came later', () => {
  const dated = (text: string, time: object) => ({ text, time, citations: [cite(text)] });
  const { index: idx } = claimChecker({
    sources: [{ name: 's', data: [src('s1')] }],
    confusables: [{ name: 'c', data: [] }],
    entities: [
      {
        name: 'e',
        data: [
          {
            id: 'cai',
            category: 'person',
            name: 'Cai Lun',
            aliases: [],
            summary: 'A researcher.',
            facts: [
              dated('Joined Lake Lab in 2005.', { from: 2005, to: 2005 }),
              dated('Chaired a board.', { from: 2008, to: 2012 }),
              dated('Was an adviser.', { to: 2009 }),
              dated('Left River Institute in 2015.', { from: 2015, to: 2015 }),
              dated('Left Sea Group for a while.', { from: 2016, to: 2018 }),
            ],
            relations: [
              { type: 'works_at', target: 'river', role: 'professor', citation: cite('r1') },
              { type: 'leads', target: 'sea', role: 'director', citation: cite('r2') },
              {
                type: 'works_at',
                target: 'sea',
                role: 'intern',
                time: { from: 2003, to: 2003 },
                citation: cite('r3'),
              },
              { type: 'founded', target: 'ocean', time: { from: 2011 }, citation: cite('r4') },
              { type: 'collaborates_with', target: 'river', citation: cite('r5') },
              {
                type: 'leads',
                target: 'lake',
                role: 'chair',
                time: { from: 2012 },
                citation: cite('r6'),
              },
            ],
          },
          org('river', 'River Institute', {
            facts: [
              dated('Bo Tan left River Institute in 2014.', { from: 2014, to: 2014 }),
              ...facts('Two.', 'Three.'),
            ],
            relations: [
              { type: 'spun_out_of', target: 'lake', time: { from: 2011 }, citation: cite('so') },
            ],
          }),
          person('bo', 'Bo Tan', {
            relations: [{ type: 'works_at', target: 'river', citation: cite('bw') }],
          }),
          org('sea', 'Sea Group'),
          org('ocean', 'Ocean Group'),
          org('lake', 'Lake Lab'),
        ],
      },
    ],
  });
  const at = (id: string, date: string) => {
    const r = atDate(idx, idx.entities.get(id)!, date);
    return { held: r.held.map((e) => e.text), later: r.later.map((e) => e.text) };
  };

  it('holds spans covering the year, a work relation until a fact says it was left, oldest first', () => {
    expect(at('cai', '2010-03-01')).toEqual({
      held: ['Cai Lun works at River Institute (professor)', 'Chaired a board.'],
      later: [
        'Cai Lun founded Ocean Group',
        'Cai Lun leads Lake Lab (chair)',
        'Left River Institute in 2015.',
        'Left Sea Group for a while.',
      ],
    });
    expect(at('cai', '2013').held).toEqual([
      'Cai Lun works at River Institute (professor)',
      'Cai Lun leads Lake Lab (chair)',
    ]);
    expect(at('cai', '2016').held).toEqual([
      'Cai Lun leads Lake Lab (chair)',
      'Left Sea Group for a while.',
    ]);
  });
  it('lists everything that began after the date, in order', () => {
    expect(at('cai', '2000').later).toEqual([
      'Cai Lun works at Sea Group (intern)',
      'Joined Lake Lab in 2005.',
      'Chaired a board.',
      'Cai Lun founded Ocean Group',
      'Cai Lun leads Lake Lab (chair)',
      'Left River Institute in 2015.',
      'Left Sea Group for a while.',
    ]);
  });
  it('never holds an event of the same year, nor a fact with only an end', () => {
    const r = at('cai', '2005');
    expect(r.held).toEqual(['Cai Lun works at River Institute (professor)']);
    expect(r.later).not.toContain('Joined Lake Lab in 2005.');
  });
  it('takes a founding or a spin-out as an event even when written as an open span', () => {
    expect(at('cai', '2013').held).not.toContain('Cai Lun founded Ocean Group');
    expect(at('river', '2013').held).toEqual([]);
  });
  it('ends only its own work or leadership, at a left fact of one year that is no relation', () => {
    // No span inferred for a relation of another type, one pointing in, or from an
    // open-ended "left" or a relation's own year.
    expect(at('cai', '2000').held).toEqual(['Cai Lun works at River Institute (professor)']);
    expect(at('river', '2010').held).toEqual([]);
  });
});
