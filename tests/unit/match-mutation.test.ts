/**
 * Cases the mutation run (npm run test:mutation -- match) showed were unchecked: where the
 * sentence around a mention starts and ends, the written variants of an alias, and when a short
 * Chinese alias is a word of its own, and what the context judge is asked and what comes of it.
 */
import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../lib/match/sentence';
import { aliasForms } from '../../lib/match/variants';
import { cjkWordAligned } from '../../lib/match/cjk-boundary';
import { matchDocument } from '../../lib/match/match-document';
import { judgeContext, type ContextCase } from '../../lib/match/context-judge';
import { dict } from './matcher-helpers';

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
    // Only a period can follow an initial: "Mr!" ends the sentence.
    expect(around('Hi Mr! Zhu left.', 'Zhu').text).toBe('Zhu left.');
    expect(around('S. Zhu left.', 'Zhu').text).toBe('S. Zhu left.');
  });
  it('takes a title only as a word of its own', () => {
    // Bug found by mutation: the title was looked for in the four characters before the
    // period, so "MyProf." (any word ending in "Prof") read as the title and did not end the
    // sentence.
    expect(around('We met MyProf. Zhu left.', 'Zhu').text).toBe('Zhu left.');
    expect(around('Prof. Zhu left.', 'Zhu').text).toBe('Prof. Zhu left.');
  });
  it('takes at most 400 characters on either side of the mention', () => {
    const text = `${'x '.repeat(300)}Zhu${' y'.repeat(300)}`;
    const start = text.indexOf('Zhu');
    const s = sentenceAround(text, start, start + 3);
    expect(s.offset).toBe(400);
    expect(s.text).toBe(text.slice(start - 400, start + 3 + 400).trim());
  });
  it('stops at exactly 400 characters, not one more', () => {
    const text = `${'x'.repeat(500)}Zhu${'y'.repeat(500)}`;
    expect(sentenceAround(text, 500, 503)).toEqual({
      text: `${'x'.repeat(400)}Zhu${'y'.repeat(400)}`,
      offset: 400,
    });
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
    // Only one end inside a word, and the other at the end of the text or of the window.
    expect(at('东北大', '北大')).toBe(false);
    expect(at('我们今天都在谈论着北大西洋的天气', '北大')).toBe(false);
  });
  it('accepts without segmenting when no Chinese character is next to it', () => {
    expect(at('PKU (北大) is', '北大')).toBe(true);
  });
});

describe('matchDocument and the context judge', () => {
  const d = () =>
    dict([
      {
        id: 'mila',
        name: 'Mila Quebec AI Institute',
        category: 'organisation',
        aliases: [{ text: 'Mila', match: 'context' }],
      },
      { id: 'baai', name: 'BAAI', category: 'organisation', aliases: [] },
    ]);
  const blocks = (...texts: string[]) => texts.map((text) => ({ text, region: null }));

  it('asks the judge about each doubtful mention with its sentence, and keeps page order', async () => {
    const asked: ContextCase[][] = [];
    const marks = await matchDocument(d(), blocks('BAAI met them. Later Mila spoke.', 'Mila'), {
      isPerson: (id) => id === 'nobody',
      judge: (cases) => {
        asked.push(cases);
        return cases.map((_, i) => i === 0);
      },
    });
    expect(asked).toEqual([
      [
        {
          sentence: 'Later Mila spoke.',
          offset: 6,
          length: 4,
          person: false,
          anchored: false,
          contested: false,
        },
        {
          sentence: 'Mila',
          offset: 0,
          length: 4,
          person: false,
          anchored: false,
          contested: false,
        },
      ],
    ]);
    expect(marks.map((m) => [m.block, m.start, m.end, m.entityId])).toEqual([
      [0, 0, 4, 'baai'],
      [0, 21, 25, 'mila'],
    ]);
  });

  it('marks no doubtful mention when the judge fails, and does not ask without doubt', async () => {
    const failing = await matchDocument(d(), blocks('Mila and BAAI.'), {
      isPerson: () => false,
      judge: async () => {
        throw new Error('worker restarted');
      },
    });
    expect(failing.map((m) => m.entityId)).toEqual(['baai']);
    let calls = 0;
    const plain = await matchDocument(d(), blocks('BAAI only.'), {
      isPerson: () => false,
      judge: () => {
        calls++;
        return [];
      },
    });
    expect([plain.map((m) => m.entityId), calls]).toEqual([['baai'], 0]);
  });

  it('uses the find function it is given', async () => {
    const marks = await matchDocument(d(), blocks('BAAI and BAAI.'), {
      isPerson: () => false,
      judge: () => [],
      find: () => [],
    });
    expect(marks).toEqual([]);
  });

  it('counts page positions across blocks, one character between them', async () => {
    // The namesake rule: a field word within 300 characters of the shared name.
    const ns = dict(
      [
        {
          id: 'wu',
          name: 'Wu Fei',
          native: { hans: '吴飞', citation: { source: 's', quote: '吴飞' } },
          aliases: [],
        },
      ],
      [],
      { namesakes: true, fieldTerms: [{ text: 'machine learning' }] },
    );
    const page = (pad: number) =>
      matchDocument(ns, blocks(`machine learning${'.'.repeat(pad)}`, 'Then Wu Fei'), {
        isPerson: () => true,
        judge: () => [],
      });
    expect((await page(278)).map((m) => [m.block, m.entityId])).toEqual([[1, 'wu']]);
    expect(await page(279)).toEqual([]);
  });

  it('passes each block its article region', async () => {
    const lee = dict([
      { id: 'lee', name: 'Kai-Fu Lee', aliases: [{ text: 'Lee', match: 'short' }] },
    ]);
    const page = (r: number) =>
      matchDocument(
        lee,
        [
          { text: 'Kai-Fu Lee spoke.', region: 1 },
          { text: 'Lee left.', region: r },
        ],
        { isPerson: () => true, judge: () => [] },
      );
    expect((await page(1)).map((m) => m.block)).toEqual([0, 1]);
    expect((await page(2)).map((m) => m.block)).toEqual([0]);
  });

  it('puts an accepted doubtful mention before a later sure one', async () => {
    const marks = await matchDocument(d(), blocks('Mila first, BAAI next.'), {
      isPerson: () => false,
      judge: (cases) => cases.map(() => true),
    });
    expect(marks.map((m) => m.entityId)).toEqual(['mila', 'baai']);
  });
});

describe('judgeContext word lists', () => {
  const judge = (sentence: string, word: string, opts: Partial<ContextCase> = {}) =>
    judgeContext({
      sentence,
      offset: sentence.indexOf(word),
      length: word.length,
      person: false,
      anchored: false,
      ...opts,
    });

  it('marks a Latin alias in a sentence with any one of the research or company words', () => {
    const cues = [
      'ai',
      'AI',
      'artificial intelligence',
      'machine learning',
      'deep learning',
      'deep-learning',
      'neural',
      'network',
      'networks',
      'research',
      'researcher',
      'researchers',
      'institute',
      'institutes',
      'lab',
      'labs',
      'laboratory',
      'laboratories',
      'framework',
      'frameworks',
      'model',
      'models',
      'algorithm',
      'algorithms',
      'university',
      'universities',
      'professor',
      'professors',
      'scientist',
      'scientists',
      'computer',
      'computing',
      'GitHub',
      'open source',
      'open-source',
      'Quebec',
      'Montreal',
      'Montréal',
      'Bengio',
      'GPU',
      'GPUs',
      'chip',
      'chips',
      'library',
      'code',
      'dataset',
      'datasets',
      'benchmark',
      'benchmarks',
      'conference',
      'paper',
      'papers',
      'company',
      'companies',
      'startup',
      'founder',
      'founders',
      'founded',
      'investor',
      'investors',
      'software',
      'Python',
      'PyTorch',
      'TensorFlow',
      'robotics',
      'engineer',
      'engineers',
      'student',
      'students',
      'campus',
      'graduate',
      'graduates',
      'customers',
      'clients',
      'revenue',
      'shares',
      'listing',
      'listed',
      'carmaker',
      'carmakers',
    ];
    for (const cue of cues) expect(judge(`Caffe got ${cue} today.`, 'Caffe'), cue).toBe(true);
  });
  it('does not take a cue from inside a longer word', () => {
    for (const s of ['Caffe is in the bait shop.', 'Caffe chipped a cup.', 'Caffe coded nothing.'])
      expect(judge(s, 'Caffe'), s).toBe(false);
  });
  it('marks a Chinese alias only with one of the technology or company words', () => {
    const cues = [
      '人工智能',
      '智能',
      '大模型',
      '模型',
      '算法',
      '芯片',
      '机器人',
      '自动驾驶',
      '深度学习',
      '计算机视觉',
      '框架',
      '实验室',
      '研究院',
      '研究所',
      '公司',
      '集团',
      '企业',
      '科技',
      '技术',
      '融资',
      '投资',
      '上市',
      '创始人',
      '创办',
      '推出',
      '发布',
      '产品',
      '客户',
      'GPU',
      '实体清单',
      '制裁',
    ];
    for (const cue of cues) expect(judge(`地平线，${cue}。`, '地平线'), cue).toBe(true);
    expect(judge('地平线很远。', '地平线', { anchored: true })).toBe(false);
    expect(judge('地平线发布了芯片。', '地平线', { person: true })).toBe(false);
    expect(judge('张伟发布了芯片。', '张伟', { person: true, anchored: true })).toBe(true);
  });
  it('treats two or more capitals or digits as an acronym, one capital not', () => {
    const s = 'X9 and I ship code.';
    expect(judge(s, 'X9')).toBe(false);
    expect(judge(s, 'X9', { anchored: true })).toBe(true);
    expect(judge('Ix ships code.', 'Ix')).toBe(true);
  });
  it('takes the word before as a sign of a person', () => {
    const before = [
      'Mr',
      'Ms',
      'Mrs',
      'Miss',
      'Dr',
      'Prof',
      'professor',
      'actress',
      'actor',
      'singer',
      'friend',
      'daughter',
      'son',
      'wife',
      'husband',
      'sister',
      'brother',
      'mother',
      'father',
      'mom',
      'dad',
      'niece',
      'nephew',
      'cousin',
      'girlfriend',
      'boyfriend',
      'baby',
      'named',
      'called',
      'her',
      'his',
      'my',
      'our',
      'dear',
      'hi',
      'hello',
      'hey',
      'thanks',
    ];
    for (const w of before) {
      expect(judge(`The ${w} Caffe builds models.`, 'Caffe', { anchored: true }), w).toBe(false);
      expect(judge(`So ${w}. Caffe builds models.`, 'Caffe', { anchored: true }), `${w}.`).toBe(
        false,
      );
    }
    expect(judge('Thanks, Caffe builds models.', 'Caffe', { anchored: true })).toBe(false);
    expect(judge('Caffe builds models for his team.', 'Caffe', { anchored: true })).toBe(true);
  });
  it('takes the words after as a sign of a person', () => {
    const after = [
      ', a student at the lab',
      ', the young nurse from town',
      ', an old friendly local farmer here',
      "'s husband came",
      "'s parents came",
      ' said the model works',
      ' told us',
      ' was born in a lab',
      ' is a common first name in labs',
      ' was a family name in labs',
      ', who runs a lab',
      ', she runs a lab',
      ' he runs a lab',
      ' agreed with the lab',
      ' here is a lab',
    ];
    for (const a of after) expect(judge(`Caffe${a}.`, 'Caffe', { anchored: true }), a).toBe(false);
    for (const a of [', a model lab', ' shed models', "'s models"])
      expect(judge(`Caffe${a}.`, 'Caffe', { anchored: true }), a).toBe(true);
  });
  it('takes a name of two words that holds the alias as a person', () => {
    expect(judge('Mila Kunis met Bengio.', 'Mila', { anchored: true })).toBe(false);
    expect(judge('Yoshua Bengio founded Mila.', 'Mila', { anchored: true })).toBe(true);
    // compromise reads the bare word as a first name: one word is not enough.
    expect(judge('Mila ships code today.', 'Mila', { anchored: true })).toBe(true);
  });
  it('marks a person only when anchored and used as a name', () => {
    expect(judge('Han said so.', 'Han', { person: true, anchored: true })).toBe(true);
    expect(judge('Han said so.', 'Han', { person: true })).toBe(false);
    expect(judge('Han ships code.', 'Han', { person: true, anchored: true })).toBe(false);
  });
  it('does not lean on the anchor when a confusable on the page holds the word', () => {
    expect(judge('Mila opened.', 'Mila', { anchored: true })).toBe(true);
    expect(judge('Mila opened.', 'Mila', { anchored: true, contested: true })).toBe(false);
    expect(judge('Mila opened a lab.', 'Mila', { anchored: true, contested: true })).toBe(true);
    expect(judge('ICT opened a lab.', 'ICT', { anchored: true, contested: true })).toBe(false);
  });
});
