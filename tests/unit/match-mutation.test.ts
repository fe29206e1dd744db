/**
 * Cases the mutation run (npm run test:mutation -- match) showed were unchecked, starting with the
 * sentence around a mention: where it starts and ends.
 */
import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../lib/match/sentence';

const around = (text: string, mention: string) => {
  const start = text.indexOf(mention);
  return sentenceAround(text, start, start + mention.length);
};

describe('sentenceAround', () => {
  it('does not end the sentence at a decimal point after the mention', () => {
    // Bug found by mutation: the test after a period matched any character, so "GLM-4.5" ended
    // the sentence at "GLM-4.".
    expect(around('Zhipu released GLM-4.5 today. Next one.', 'Zhipu')).toEqual({
      text: 'Zhipu released GLM-4.5 today.',
      offset: 0,
    });
  });
  it('ends the sentence at a period that ends the text', () => {
    expect(around('Before. Zhipu shipped v2.', 'Zhipu')).toEqual({
      text: 'Zhipu shipped v2.',
      offset: 0,
    });
  });
});
