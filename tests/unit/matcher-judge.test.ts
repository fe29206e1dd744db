/** The context judge (lib/match/context-judge.ts): is a word that is also a common word or a first name used as our entity's name in its sentence? */
import { describe, expect, it } from 'vitest';
import { judgeContext, type ContextCase } from '../../lib/match/context-judge';

const judge = (sentence: string, word: string, opts: Partial<ContextCase> = {}) =>
  judgeContext({
    sentence,
    offset: sentence.indexOf(word),
    length: word.length,
    person: false,
    anchored: false,
    ...opts,
  });

describe('the context judge', () => {
  it('does not take a first name for an institute', () => {
    const anchored = { anchored: true };
    expect(judge('The actress Mila Kunis laughed.', 'Mila', anchored)).toBe(false);
    expect(judge('My friend Mila agrees and she is picky.', 'Mila', anchored)).toBe(false);
    expect(judge('Her daughter, Mila, was born in May.', 'Mila', anchored)).toBe(false);
    expect(judge('Princeton, a former student from Ohio, came too.', 'Princeton')).toBe(false);
    expect(judge('Cornell is a family name in the area.', 'Cornell', anchored)).toBe(false);
  });

  it('marks an institute or a project where the sentence speaks of research or companies', () => {
    expect(judge('Mila is one of the largest deep-learning labs.', 'Mila')).toBe(true);
    expect(judge('Models were shared in the Caffe model zoo on GitHub.', 'Caffe')).toBe(true);
    expect(judge('I had a Caffe latte this morning.', 'Caffe')).toBe(false);
  });

  it('trusts the page anchor unless a confusable on the page holds the same word', () => {
    const s = 'Horizon counts several carmakers among its buyers.';
    expect(judge('Horizon won a big order.', 'Horizon', { anchored: true })).toBe(true);
    expect(judge('Horizon won a big order.', 'Horizon', { anchored: true, contested: true })).toBe(
      false,
    );
    expect(judge(s, 'Horizon', { anchored: true, contested: true })).toBe(true);
  });

  it('marks an acronym only when the page names its entity in full', () => {
    const s = 'The ICT budget pays for fibre networks and computer training.';
    expect(judge(s, 'ICT')).toBe(false);
    expect(judge(s, 'ICT', { anchored: true })).toBe(true);
  });

  it('marks a person only when anchored and used as a name', () => {
    const person = { person: true, anchored: true };
    expect(judge('In an interview, Han said that tools matter.', 'Han', person)).toBe(true);
    expect(judge('In an interview, Han said that tools matter.', 'Han', { person: true })).toBe(
      false,
    );
    expect(judge('The Han majority is large.', 'Han', person)).toBe(false);
  });

  it('decides Chinese aliases on the sentence’s own words, anchored or not', () => {
    expect(judge('回程时太阳正落到地平线以下。', '地平线', { anchored: true })).toBe(false);
    expect(judge('地平线的征程系列芯片已经用在多家车企。', '地平线')).toBe(true);
    expect(judge('必须是平克·弗洛伊德的《月之暗面》。', '月之暗面')).toBe(false);
    expect(judge('大模型创业公司月之暗面宣布完成融资。', '月之暗面')).toBe(true);
    expect(judge('一位老研究员感慨：“海纳百川，有容乃大。”', '百川')).toBe(false);
  });
});

describe('the context judge reads whole words after a name', () => {
  // "said", "told"… after a name say a person follows only as whole words: "Toldo" is not "told".
  it('does not read a verb into a longer word after the name', () => {
    const anchored = { anchored: true };
    const s = 'Horizon Toldo robotics is a startup in the AI chip market.';
    expect(judge(s, 'Horizon', anchored)).toBe(true);
    expect(judge('The actress Mila Toldo laughed.', 'Mila', anchored)).toBe(false);
  });
});
