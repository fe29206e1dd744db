/**
 * The year check (check.ts): whose event a year is, which event word it belongs to, which facts
 * speak to it, and when a clash may be called "differs". One sentence per rule against a control
 * that differs from it only in what the rule looks at. Cases the mutation run
 * (npm run test:mutation -- claims --parts) showed no test looked at, and false alarms found
 * while writing them.
 */
import { describe, expect, it } from 'vitest';
import { claimChecker, cite, facts, org, person, src } from './claims-fixture';

const dated = (text: string, time: { from?: number; to?: number }) => ({
  text,
  time,
  citations: [cite(text)],
});

const { claimsOf } = claimChecker({
  sources: [{ name: 's', data: [src('s1')] }],
  confusables: [{ name: 'c', data: [] }],
  entities: [
    {
      name: 'e',
      data: [
        person('wen', 'Wen Li', {
          native: { hans: '文立', citation: cite('文立') },
          facts: [
            ...facts(
              'Wen Li joined Lake Lab in 2015.',
              'Wen Li received a PhD from Hill University in 2008.',
              'Wen Li won the Turing Award in May 2021.',
              "Wen Li received a master's degree from Hill University in 2004.",
            ),
            dated('Wen Li directed Lake Lab.', { from: 2016, to: 2019 }),
            dated('Wen Li has chaired the Pine Board.', { from: 2020 }),
            dated('Wen Li taught at Hill University.', { from: 2012, to: 2012 }),
          ],
        }),
        person('zhang', 'Zhang Wei'),
        org('river', 'River Institute', {
          facts: facts(
            'River Institute was founded in 2010.',
            'River Institute opened an office in Paris in 2016.',
            'Three.',
          ),
        }),
        org('lake', 'Lake Lab'),
        org('pine', 'Pine Board'),
        org('hill', 'Hill University', { kind: 'university' }),
      ],
    },
  ],
});

/** The year claims of a sentence: "<year> <verdict>[ <dataset's value>]". */
const years = (sentence: string, id = 'wen', mention = 'Wen Li') =>
  claimsOf(id, mention, sentence)
    .filter((c) => c.kind === 'year')
    .map((c) => [c.quote, c.verdict, c.datasetValue].filter(Boolean).join(' '));
const river = (sentence: string) => years(sentence, 'river', 'River Institute');

describe('whose event a year is', () => {
  it('gives a founding in a relative clause to its antecedent, not to the sentence’s subject', () => {
    // The control: the entity's own relative clause.
    expect(river('River Institute, which was founded in 2011, works with Lake Lab.')).toEqual([
      '2011 differs 2010',
    ]);
    expect(river('River Institute worked with Lake Lab, which was founded in 2011.')).toEqual([]);
    expect(river('River Institute worked with Lake Lab, which was founded in 2010.')).toEqual([]);
    expect(river('River Institute worked with Lake Lab, that was founded in 2011.')).toEqual([]);
  });
  it('gives a joining in a relative clause to the person it describes', () => {
    expect(years('Wen Li, who joined Lake Lab in 2016, works with Zhang Wei.')).toEqual([
      '2016 differs 2015',
    ]);
    expect(years('Wen Li worked with Zhang Wei, who joined Lake Lab in 2015.')).toEqual([]);
    expect(years('Wen Li worked with Zhang Wei, who joined Lake Lab in 2016.')).toEqual([]);
  });
});

describe('a role next to the year', () => {
  it('does not call a clash with a fact about another role different', () => {
    // The facts: joined Lake Lab in 2015; directed it 2016–2019 (a fact no "director" word
    // matches). Becoming director in 2016 does not contradict joining in 2015.
    expect(years('Wen Li was appointed director of Lake Lab in 2016.')).toEqual(['2016 unknown']);
    expect(years('Wen Li became director of Lake Lab in 2016.')).toEqual(['2016 unknown']);
    // The control: without the role, the joining year is compared.
    expect(years('Wen Li joined Lake Lab in 2016.')).toEqual(['2016 differs 2015']);
  });
});
