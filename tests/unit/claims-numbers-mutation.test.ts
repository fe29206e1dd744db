/**
 * Which numbers in a sentence are claims about the entity (check.ts numberKind) — one sentence
 * per rule, each of which would be a number claim without that rule. Cases the mutation run
 * (npm run test:mutation -- claims --parts) showed no test looked at.
 */
import { describe, expect, it } from 'vitest';
import { claimChecker, rawDataset, facts, org } from './claims-fixture';

const { quotes } = claimChecker(
  rawDataset([
    org('river', 'River Institute', {
      aliases: [{ text: 'RIAI', match: 'case' }],
      facts: facts('It has 300 researchers.', 'Two.', 'Three.'),
    }),
    org('lake', 'Lake Lab'),
  ]),
);
const numbers = (sentence: string) => quotes('river', 'RIAI', sentence, 'number');

describe('numbers that are claims about the entity', () => {
  it('takes a count of the entity’s own as a claim (the control for every case below)', () => {
    expect(numbers('RIAI has 500 researchers.')).toEqual(['500']);
    expect(numbers('RIAI has 500 engineers.')).toEqual(['500']);
  });
  it('leaves sizes of models out: parameters, tokens, and b/m/t units', () => {
    for (const s of [
      'RIAI trained a model with 500 parameters.',
      'RIAI trained a model on 500 tokens.',
      'RIAI trained a model of 500 params.',
      'RIAI trained a 500 billion parameters model.',
      'RIAI released a model with 500 million tokens of data.',
    ])
      expect(numbers(s), s).toEqual([]);
  });
  it('leaves durations and ages out', () => {
    for (const s of [
      'RIAI spent 500 years on it.',
      'RIAI spent 5 decades on it.',
      'RIAI spent 50 months on it.',
      'RIAI spent 50 weeks on it.',
      'RIAI hired a student aged 40 last spring.',
    ])
      expect(numbers(s), s).toEqual([]);
  });
  it('leaves valuations, revenue and stock codes to the data', () => {
    for (const s of [
      'RIAI is valued at over 500 dollars.',
      'RIAI has a valuation of about 500 dollars.',
      'RIAI is worth nearly 500 dollars.',
      'RIAI has a market value of 500 dollars.',
      'RIAI has a market capitalisation of 500 dollars.',
      'RIAI has a market cap of 500 dollars.',
      'RIAI had revenue of 500 dollars.',
      'RIAI had revenues of 500 dollars.',
      'RIAI had sales of 500 dollars.',
      'RIAI trades as HKEX: 500 shares.',
      'RIAI trades as NASDAQ: 500 shares.',
      'RIAI trades as NYSE: 500 shares.',
      'RIAI trades as SSE: 500 shares.',
      'RIAI trades as SZSE: 500 shares.',
      'RIAI trades as STAR: 500 shares.',
      'RIAI has the ticker 500 shares.',
      'RIAI has the stock code 500 shares.',
    ])
      expect(numbers(s), s).toEqual([]);
  });
  it('leaves numbers inside names, dates and versions out', () => {
    for (const s of [
      'RIAI made the Fortune Global 500 researchers list.',
      'RIAI opened on October 9th with 300 chairs.',
      'RIAI opened on 8 January with new chairs.',
      'RIAI released Wu Dao 2.0 researchers.',
    ])
      expect(
        numbers(s).filter((q) => q !== '300'),
        s,
      ).toEqual([]);
  });
  it('gives a number to the nearest name before it, skipping relative clauses', () => {
    expect(numbers('RIAI, which works with Lake Lab, has 500 researchers.')).toEqual(['500']);
    expect(numbers('RIAI works with Lake Lab, which has 500 researchers.')).toEqual([]);
  });
  it('quotes a number without the punctuation that follows it', () => {
    // "500;" and "500)" were quoted with their punctuation, and an age "at 14)" was no age.
    for (const s of [
      'RIAI grew to 500; more came later.',
      'RIAI (then 500) grew.',
      'RIAI grew to 500: a record.',
      'RIAI grew to 500!',
    ])
      expect(numbers(s), s).toEqual(['500']);
    expect(numbers('RIAI hired a student (at 14) last spring.')).toEqual([]);
  });
});
