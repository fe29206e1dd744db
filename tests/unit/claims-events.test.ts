/**
 * Typed claims against typed statements (issue 16): the extractor's forms (active, passive,
 * participle, appositive, relative clause, before/after/until, ranges, synonyms, negation,
 * Chinese patterns), the subject rule (the claim must be about this entity), and the verdicts
 * (matches / differs with the dataset's date and both times / not covered only without a
 * statement of the type). Numbers inside names, model sizes and other entities' amounts are not
 * claims (issue 18). A small hand-built dataset keeps these tests still when data/ moves.
 */
import { describe, expect, it } from 'vitest';
import { claimChecker, cite, src } from './claims-fixture';

const fact = (text: string, statements?: object[], time?: object) => ({
  text,
  ...(time ? { time } : {}),
  ...(statements ? { statements } : {}),
  citations: [cite(text.slice(0, 10))],
});

const raw = {
  sources: [{ name: 's', data: [src('s1')] }],
  confusables: [{ name: 'c', data: [] }],
  entities: [
    {
      name: 'e',
      data: [
        {
          id: 'mei',
          category: 'person',
          name: 'Mei Lan',
          native: { hans: '梅兰', citation: cite('梅兰') },
          aliases: [],
          summary: 'A researcher.',
          facts: [
            fact('Born in 1968 or 1969.', [
              { event: 'born', date: '1968-06' },
              { event: 'born', date: '1969' },
            ]),
            fact(
              'Left the Lake Lab and returned to China in 2020.',
              [
                { event: 'left', object: 'lake', date: '2020' },
                { event: 'returned', place: 'China', date: '2020' },
              ],
              { from: 2020, to: 2020 },
            ),
            fact('Won the Gauss Prize in 2010.', undefined, { from: 2010, to: 2010 }),
          ],
        },
        {
          id: 'orbit',
          category: 'organisation',
          kind: 'company',
          name: 'Orbit AI',
          native: { hans: '轨道智能', citation: cite('轨道智能') },
          aliases: [{ text: 'Orbit', match: 'case' }],
          summary: 'A company.',
          facts: [
            fact(
              'The Orbit project was turned into a company in March 2016.',
              [{ event: 'founded', date: '2016-03' }],
              { from: 2016, to: 2016 },
            ),
            fact('It listed on the STAR Market in July 2020.', [
              { event: 'listed', detail: 'STAR Market', date: '2020-07' },
            ]),
            fact('The US added it to the Entity List in January 2025.', [
              { event: 'entity-listed', date: '2025-01' },
            ]),
            fact('Its model Orbit-R1 came out in January 2025.', [
              { event: 'released', detail: 'Orbit-R1', date: '2025-01' },
            ]),
          ],
        },
        {
          id: 'lake',
          category: 'organisation',
          kind: 'university',
          name: 'Lake Lab',
          aliases: [],
          summary: 'A lab.',
          facts: [fact('A lab.'), fact('Another fact.'), fact('A third fact.')],
        },
        {
          id: 'highfly',
          category: 'organisation',
          kind: 'company',
          name: 'Highfly Capital',
          native: { hans: '高飞资本', citation: cite('高飞资本') },
          aliases: [{ text: 'Highfly', match: 'case' }],
          summary: 'A fund.',
          facts: [
            fact('Founded in 2015.', [{ event: 'founded', date: '2015' }]),
            fact('A fund.'),
            fact('Another.'),
          ],
        },
        {
          id: 'plain',
          category: 'organisation',
          kind: 'company',
          name: 'Plain Corp',
          aliases: [],
          summary: 'A company without statements.',
          facts: [
            fact('Plain Corp was founded in 2001.', undefined, { from: 2001, to: 2001 }),
            fact('Two.'),
            fact('Three.'),
          ],
        },
      ],
    },
  ],
};
const { claimsOf: check } = claimChecker(raw);
const claimOf = (id: string, mention: string, sentence: string, quote: string) =>
  check(id, mention, sentence).find((c) => c.quote === quote || c.quote.includes(quote));
const verdict = (id: string, mention: string, sentence: string, quote: string) =>
  claimOf(id, mention, sentence, quote)?.verdict ?? 'none';

describe('typed claims: the issue’s cases', () => {
  it('a fronted year before "left … and moved to" differs, with the dataset’s date and both times', () => {
    const c = claimOf(
      'mei',
      'Mei Lan',
      'In 2017, Mei Lan left the United States and moved to Beijing for good.',
      '2017',
    )!;
    expect(c.verdict).toBe('differs');
    expect(c.datasetValue).toBe('2020');
    expect(c.claimTime).toBe('2017');
    expect(c.factTime).toBe('2020');
    expect(c.event).toBe('moved');
    expect(c.evidence?.citations[0]?.source).toBe('s1');
  });
  it('"left the United States for China in 2020" matches', () => {
    expect(
      verdict('mei', 'Mei Lan', 'Mei Lan left the United States for China in 2020.', '2020'),
    ).toBe('matches');
  });
  it('an appositive participle ("X, founded in 2019,") differs', () => {
    const c = claimOf('orbit', 'Orbit AI', 'Orbit AI, founded in 2019, makes chips.', '2019')!;
    expect(c.verdict).toBe('differs');
    expect(c.datasetValue).toBe('March 2016');
  });
  it('"was turned into a company" in the data is a founding: a passive 2010 differs', () => {
    expect(
      verdict('orbit', 'Orbit AI', 'Orbit AI was founded in 2010 by two brothers.', '2010'),
    ).toBe('differs');
  });
});

describe('typed claims: forms and synonyms', () => {
  const o = (s: string, q: string) => verdict('orbit', 'Orbit AI', s, q);
  it('active, passive, fronted participle, relative clause', () => {
    expect(o('Two brothers set up Orbit AI in 2016.', '2016')).toBe('matches');
    expect(o('Orbit AI was established in 2018.', '2018')).toBe('differs');
    expect(o('Founded in 2016 by two brothers, Orbit AI designs chips.', '2016')).toBe('matches');
    expect(o('Orbit AI, which was launched in 2014, designs chips.', '2014')).toBe('differs');
    expect(o('Orbit AI spun out of a state lab in 2016.', '2016')).toBe('matches');
    expect(o('Two brothers created Orbit AI in 2017.', '2017')).toBe('differs');
  });
  it('before / after / between', () => {
    expect(o('Orbit AI was founded before 2010.', '2010')).toBe('differs');
    expect(o('Orbit AI was founded after 2015.', '2015')).toBe('matches');
    expect(o('Orbit AI was founded between 2012 and 2014.', '2012')).toBe('differs');
  });
  it('listing, the Entity List and releases (by product)', () => {
    expect(o('Orbit AI went public in 2021.', '2021')).toBe('differs');
    expect(o('Orbit AI listed on the STAR Market in July 2020.', '2020')).toBe('matches');
    expect(o('The US added Orbit AI to the Entity List in 2023.', '2023')).toBe('differs');
    expect(o('Orbit AI released Orbit-R1 in 2024.', '2024')).toBe('differs');
    // A product the data has no statement about: not covered, never differs.
    expect(o('Orbit AI released Orbit-V9 in 2024.', '2024')).not.toBe('differs');
    // "launched" a model is a release, not a founding.
    expect(o('Orbit AI launched its model Orbit-R1 in January 2025.', '2025')).toBe('matches');
  });
  it('person: quit, relocated, until, ranges, births with contested dates', () => {
    const m = (s: string, q: string) => verdict('mei', 'Mei Lan', s, q);
    expect(m('Mei Lan quit the Lake Lab in 2019.', '2019')).toBe('differs');
    expect(m('Mei Lan relocated to China in 2020.', '2020')).toBe('matches');
    expect(m('Mei Lan taught at the Lake Lab until 2020.', '2020')).toBe('matches');
    expect(m('Mei Lan taught at the Lake Lab until 2018.', '2018')).toBe('differs');
    expect(m('From 2002 to 2020, Mei Lan was a professor at the Lake Lab.', '2020')).toBe(
      'matches',
    );
    expect(m('Mei Lan was born in 1969.', '1969')).toBe('matches');
    expect(m('Mei Lan was born in June 1968.', '1968')).toBe('matches');
    const c = claimOf('mei', 'Mei Lan', 'Mei Lan was born in 1972.', '1972')!;
    expect(c.verdict).toBe('differs');
    expect(c.datasetValue).toBe('June 1968 or 1969');
  });
  it('negation: the dataset’s own year denied differs; a wrong year denied never differs', () => {
    const m = (s: string, q: string) => verdict('mei', 'Mei Lan', s, q);
    expect(m('Mei Lan did not return to China in 2020.', '2020')).toBe('differs');
    expect(m('Mei Lan did not return to China in 2016.', '2016')).not.toBe('differs');
    expect(m('Mei Lan may return to China in 2016.', '2016')).not.toBe('differs');
  });
});

describe('typed claims: about this entity only', () => {
  it('another organisation’s founding named in the sentence is not a claim', () => {
    expect(
      verdict('orbit', 'Orbit AI', 'Highfly Capital, founded in 2015, backs Orbit AI.', '2015'),
    ).toBe('none');
    expect(
      verdict(
        'orbit',
        'Orbit AI',
        'Acme Corp, founded in 1999, is a customer of Orbit AI.',
        '1999',
      ),
    ).toBe('none');
    expect(verdict('orbit', '轨道智能', '高飞资本成立于2015年,后来孵化了轨道智能。', '2015')).toBe(
      'none',
    );
  });
  it('another person’s move is not this person’s', () => {
    expect(
      verdict('mei', 'Mei Lan', "Mei Lan's student returned to China in 2015.", '2015'),
    ).not.toBe('differs');
  });
});

describe('typed claims: Chinese patterns', () => {
  const z = (id: string, m: string, s: string, q: string) => verdict(id, m, s, q);
  it('成立于 / 创办 / 创立 / 上市 / 被列入实体清单', () => {
    expect(z('orbit', '轨道智能', '轨道智能成立于2016年3月,总部位于北京。', '2016')).toBe(
      'matches',
    );
    expect(z('orbit', '轨道智能', '轨道智能成立于2010年。', '2010')).toBe('differs');
    expect(z('orbit', '轨道智能', '2016年,两兄弟创立了轨道智能。', '2016')).toBe('matches');
    expect(z('orbit', '轨道智能', '两兄弟于2013年创办了轨道智能。', '2013')).toBe('differs');
    expect(z('orbit', '轨道智能', '轨道智能于2019年在科创板上市。', '2019')).toBe('differs');
    expect(z('orbit', '轨道智能', '轨道智能于2025年1月被列入实体清单。', '2025')).toBe('matches');
    expect(z('orbit', '轨道智能', '轨道智能在2023年被列入实体清单。', '2023')).toBe('differs');
  });
  it('回国 / 离开 / 出生于', () => {
    expect(z('mei', '梅兰', '梅兰于2017年离开美国回国。', '2017')).toBe('differs');
    expect(z('mei', '梅兰', '2020年,梅兰离开湖畔实验室回国。', '2020')).toBe('matches');
    expect(z('mei', '梅兰', '梅兰出生于1972年。', '1972')).toBe('differs');
    expect(z('mei', '梅兰', '梅兰出生于1968年。', '1968')).toBe('matches');
  });
});

describe('only real claims (issue 18)', () => {
  const quotes = (id: string, m: string, s: string) => check(id, m, s).map((c) => c.quote);
  it('numbers inside names and versions are not claims', () => {
    expect(
      quotes('orbit', '轨道智能', '轨道智能今天发布了新模型Orbit2.5,称其编程能力更强。'),
    ).toEqual([]);
    expect(
      quotes('orbit', 'Orbit AI', 'Orbit AI shipped the Orbit 910C and Qwen3 rivals.'),
    ).not.toContain('910');
  });
  it('model sizes and another entity’s amounts are not claims', () => {
    expect(
      quotes('orbit', 'Orbit AI', 'Orbit AI trained a model with 70 billion parameters.'),
    ).toEqual([]);
    const q = quotes(
      'orbit',
      'Orbit AI',
      'Acme Corp, which once sold tools to Orbit AI, agreed to pay $140 million to settle charges.',
    );
    expect(q.some((x) => x.includes('140'))).toBe(false);
  });
  it('without statements, the prose checker still answers', () => {
    expect(verdict('plain', 'Plain Corp', 'Plain Corp was founded in 2003.', '2003')).toBe(
      'differs',
    );
    expect(verdict('plain', 'Plain Corp', 'Plain Corp was founded in 2001.', '2001')).toBe(
      'matches',
    );
  });
});

describe('typed claims: whose founding, whose post', () => {
  const o = (s: string, q: string) => verdict('orbit', 'Orbit AI', s, q);
  it('an origin named after "grew out of" is not the entity’s founding', () => {
    expect(o('Orbit AI grew out of a research team set up in 2008 at a state lab.', '2008')).toBe(
      'none',
    );
    expect(o('Orbit AI is a chip company founded in 2016 by two brothers.', '2016')).toBe(
      'matches',
    );
    expect(verdict('orbit', '轨道智能', '轨道智能源自一个2008年组建的研究团队。', '2008')).toBe(
      'none',
    );
  });
  it('a person’s post at an organisation is not an event of the organisation', () => {
    expect(verdict('orbit', '轨道智能', '梁军于2017年加入轨道智能任CTO。', '2017')).toBe('none');
    expect(o('Ann Lee joined Orbit AI in 2017 as its CTO.', '2017')).toBe('none');
  });
});

describe('typed claims: a parent named in passing', () => {
  it('"X, a subsidiary of Y, was founded in …" is still X’s founding', () => {
    expect(
      verdict(
        'orbit',
        'Orbit AI',
        'Orbit AI, backed by Highfly Capital, was founded in 2012.',
        '2012',
      ),
    ).toBe('differs');
  });
});

describe('only real claims: chip and model names with a letter suffix', () => {
  it('"Ascend 910B" is a name, "$3B" an amount', () => {
    const q = check(
      'orbit',
      'Orbit AI',
      "Orbit AI's Nova 920B, 920C and 920D chips are banned.",
    ).map((c) => c.quote);
    expect(q.some((x) => /920/.test(x))).toBe(false);
  });
});
