/**
 * Cases the mutation run (npm run test:mutation -- match) showed were unchecked: where the
 * sentence around a mention starts and ends, the written variants of an alias, and when a short
 * Chinese alias is a word of its own.
 */
import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../lib/match/sentence';
import { aliasForms } from '../../lib/match/variants';
import { cjkWordAligned } from '../../lib/match/cjk-boundary';

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

describe('sentenceAround, the start of the sentence', () => {
  it('starts after a period followed by white space, not after a decimal point', () => {
    expect(around('One. Two Zhu.', 'Zhu')).toEqual({ text: 'Two Zhu.', offset: 4 });
    expect(around('Version 3.5 Zhu.', 'Zhu')).toEqual({ text: 'Version 3.5 Zhu.', offset: 12 });
  });
  it('skips the white space after the previous sentence', () => {
    expect(around('One.\n\t  Zhu left.', 'Zhu')).toEqual({ text: 'Zhu left.', offset: 0 });
  });
  it('stops at every sentence end, Latin and CJK', () => {
    for (const end of ['!', '?', '。', '！', '？', ';', '；'])
      expect(around(`Before${end} Zhu left${end} After.`, 'Zhu'), end).toEqual({
        text: `Zhu left${end}`,
        offset: 0,
      });
    expect(around('之前。智谱发布了模型。之后。', '智谱')).toEqual({
      text: '智谱发布了模型。',
      offset: 0,
    });
  });
  it('does not stop at the period of an initial or a title, before or after the mention', () => {
    for (const title of ['S', 'Mr', 'Ms', 'Mrs', 'Dr', 'Prof', 'St'])
      expect(around(`Yes. ${title}. Zhu left. No.`, 'Zhu').text, title).toBe(`${title}. Zhu left.`);
    expect(around('Hi. (S. Zhu) left.', 'Zhu').text).toBe('(S. Zhu) left.');
    expect(around('Zhu met Prof. Li. Then.', 'Zhu').text).toBe('Zhu met Prof. Li.');
    // A capital ending a longer word is no initial: "ABC." ends the sentence.
    expect(around('It was ABC. Zhu left.', 'Zhu').text).toBe('Zhu left.');
    expect(around('Zhu joined ABC. Then.', 'Zhu').text).toBe('Zhu joined ABC.');
  });
  it('takes at most 400 characters on either side of the mention', () => {
    const text = `${'x '.repeat(300)}Zhu${' y'.repeat(300)}`;
    const start = text.indexOf('Zhu');
    const s = sentenceAround(text, start, start + 3);
    expect(s.offset).toBe(400);
    expect(s.text).toBe(text.slice(start - 400, start + 3 + 400).trim());
  });
  it('takes the whole text when it has no sentence end', () => {
    expect(around('  Zhu and Li  ', 'Li')).toEqual({ text: 'Zhu and Li', offset: 8 });
  });
});

describe('aliasForms', () => {
  it('adds the joined form for a hyphen between Latin parts', () => {
    expect(aliasForms('Song-Chun Zhu')).toEqual([
      { keys: ['song', 'chun', 'zhu'], cased: ['Song', 'Chun', 'Zhu'] },
      { keys: ['songchun', 'zhu'], cased: ['Songchun', 'Zhu'] },
    ]);
    for (const hyphen of ['\u2010', '\u2011'])
      expect(aliasForms(`Kai${hyphen}Fu`).map((f) => f.keys.join(' '))).toEqual([
        'kai fu',
        'kaifu',
      ]);
  });
  it('does not join at a dash, a spaced hyphen or next to a CJK character', () => {
    for (const alias of ['Kai\u2013Fu', 'Kai - Fu', 'Kai--Fu'])
      expect(aliasForms(alias), alias).toEqual([{ keys: ['kai', 'fu'], cased: ['Kai', 'Fu'] }]);
    expect(aliasForms('A-清')).toEqual([{ keys: ['a', '清'], cased: ['A', '清'] }]);
    expect(aliasForms('清-A')).toEqual([{ keys: ['清', 'a'], cased: ['清', 'A'] }]);
    expect(aliasForms('清华-北大')).toHaveLength(1);
  });
  it('caps the number of forms a many-hyphen alias yields', () => {
    // 16 combinations; joining stops once 8 forms are made in a step.
    const forms = aliasForms('a-b-c-d-e');
    expect(forms).toHaveLength(12);
    expect(forms[0]!.keys).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(forms[1]!.keys).toEqual(['a', 'b', 'c', 'de']);
  });
  it('keeps the case of each part in NFKC, without invisible characters or marks', () => {
    expect(aliasForms('Tsing\u00adhua ＱＲＬ Ecole\u0301')).toEqual([
      { keys: ['tsinghua', 'qrl', 'ecole'], cased: ['Tsinghua', 'QRL', 'Ecole'] },
    ]);
  });
  it('has no form for an alias without words', () => {
    expect(aliasForms('')).toEqual([]);
    expect(aliasForms(' - ')).toEqual([]);
  });
});

describe('cjkWordAligned', () => {
  const at = (text: string, word: string) => {
    const s = text.indexOf(word);
    return cjkWordAligned(text, s, s + word.length);
  };
  it('accepts a short alias that is a word of its sentence', () => {
    expect(at('他是北大教授', '北大')).toBe(true);
    expect(at('我在北大', '北大')).toBe(true);
    expect(at('北大', '北大')).toBe(true);
    expect(at('我们在智源研究院', '智源')).toBe(true);
  });
  it('refuses one that a longer word swallows, at either end', () => {
    expect(at('北大西洋很冷', '北大')).toBe(false);
    expect(at('东北大学', '北大')).toBe(false);
  });
  it('accepts without segmenting when no Chinese character is next to it', () => {
    expect(at('PKU (北大) is', '北大')).toBe(true);
  });
});
