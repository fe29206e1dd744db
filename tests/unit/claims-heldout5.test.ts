/**
 * Forms found on held-out part 5 (issue 16), each a general rule: a degree's level; a year the
 * event reader ties to no event word may agree, never differ; an event word after a year that
 * the next year owns; "since" after a post; "not … until"; leaving said another way; releases
 * of agents; and numbers that are no claims (ages, counts, target years, years inside names).
 * A small hand-built dataset keeps these still when data/ moves. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { cite, claimChecker, fact, src } from './claims-fixture';

const org = (id: string, name: string, hans: string, facts = [fact('One.'), fact('Two.')]) => ({
  id,
  category: 'organisation',
  kind: 'company',
  name,
  native: { hans, citation: cite(hans) },
  aliases: [],
  summary: 'An organisation.',
  facts: [...facts, fact('Three.')],
});
const raw = {
  sources: [{ name: 's', data: [src('s1'), src('s2')] }],
  confusables: [{ name: 'c', data: [] }],
  entities: [
    {
      name: 'e',
      data: [
        {
          id: 'tao',
          category: 'person',
          name: 'Tao Wen',
          native: { hans: '陶文', citation: cite('陶文') },
          aliases: [],
          summary: 'A researcher.',
          facts: [
            fact('Born in 1970.', [{ event: 'born', date: '1970' }]),
            fact('Earned a bachelor’s degree at Lake Lab in 1992.', [
              { event: 'studied', object: 'lake', role: 'BSc', date: '1992' },
            ]),
            fact('Earned a PhD at Lake Lab in 2001.', [
              { event: 'studied', object: 'lake', role: 'PhD', date: '2001' },
            ]),
            fact('Has been a professor at Lake Lab since 2006.', [
              { event: 'joined', object: 'lake', role: 'professor', date: '2006' },
            ]),
            fact('Founding director of Delta Lab, set up in 2018.', [
              { event: 'appointed', object: 'delta', role: 'founding director', date: '2018' },
            ]),
            fact('Has been chief executive of Orbit AI since January 2004.', [
              { event: 'appointed', object: 'orbit', role: 'CEO', date: '2004-01' },
            ]),
            fact('Co-founded Butterfly Works, maker of Comet, in 2022.', [
              { event: 'founded', detail: 'Butterfly Works (Comet)', date: '2022' },
            ]),
            fact('Named to the Harbor Innovators Under 35 list in 2005.', [
              { event: 'awarded', detail: 'Harbor Innovators Under 35', date: '2005' },
            ]),
            fact('Launched the agent Comet in March 2025.', [
              { event: 'released', detail: 'Comet', date: '2025-03-05' },
            ]),
          ],
        },
        {
          id: 'ana',
          category: 'person',
          name: 'Ana Li',
          native: { hans: '李安娜', citation: cite('李安娜') },
          aliases: [],
          summary: 'An executive.',
          facts: [
            fact('Returned to China in 2010.', [
              { event: 'returned', place: 'China', date: '2010' },
            ]),
            fact('Left Orbit AI in October 2019.', [
              { event: 'left', object: 'orbit', date: '2019-10' },
            ]),
            fact('Entered Lake Lab at 14.'),
            fact('Entered the Lake Lab graduate school in 1995.', [
              { event: 'studied', object: 'lake', role: 'undergraduate', date: '1995' },
            ]),
            fact('Earned a PhD at Lake Lab in 2001 and stayed on to teach there in 2003.', [
              { event: 'studied', object: 'lake', role: 'PhD', date: '2001' },
              { event: 'joined', object: 'lake', role: 'teacher', date: '2003' },
            ]),
          ],
        },
        org('orbit', 'Orbit AI', '轨道智能', [
          fact('Founded in 2016.', [{ event: 'founded', date: '2016' }]),
          fact('Added to the Entity List in May 2019.', [
            { event: 'entity-listed', date: '2019-05' },
          ]),
        ]),
        org('lake', 'Lake Lab', '湖实验室'),
        org('htp', 'Harbor Talent Plan', '港湾人才计划', [
          fact('The government established the plan in 2008.', [
            { event: 'founded', date: '2008' },
          ]),
          fact('Recruits scientists.'),
        ]),
        org('delta', 'Delta Lab', '德尔塔实验室'),
        {
          id: 'kite',
          category: 'project',
          name: 'KiteFlow',
          aliases: [],
          summary: 'A deep-learning platform.',
          facts: [
            fact('Orbit AI open-sourced it in September 2019.', [
              { event: 'released', detail: 'KiteFlow (open source)', date: '2019-09' },
            ]),
            fact('Two.'),
            fact('Three.'),
          ],
        },
      ],
    },
  ],
};

const { verdict, claim, quotes } = claimChecker(raw);

describe('a degree is compared only with a degree of its level', () => {
  it('a bachelor’s or master’s year against a PhD is no difference', () => {
    const s =
      'Tao Wen took a Bachelor of Science (B.S.) in 1992, his Master of Arts (M.A.) in 1995 and then a Ph.D. in 2001.';
    expect(verdict('tao', 'Tao Wen', s, '1992')).not.toBe('differs');
    expect(verdict('tao', 'Tao Wen', s, '1995')).not.toBe('differs');
    expect(verdict('tao', 'Tao Wen', s, '2001')).toBe('matches');
    expect(verdict('tao', 'Tao Wen', 'Tao Wen earned his PhD in 1999.', '1999')).toBe('differs');
  });
  it('Chinese: 学士 or 硕士 against a 博士', () => {
    const s = '陶文1992年获得学士学位,1995年获硕士学位,2001年获得博士学位。';
    expect(verdict('tao', '陶文', s, '1992')).not.toBe('differs');
    expect(verdict('tao', '陶文', s, '1995')).not.toBe('differs');
  });
});

describe('a year the event reader ties to no event word may agree, never differ', () => {
  it('Chinese: a later clause with its own subject (其) after a founding', () => {
    const s = '2016年,轨道智能成立,2019年,其收入突破百亿元。';
    expect(verdict('orbit', '轨道智能', s, '2016')).toBe('matches');
    expect(verdict('orbit', '轨道智能', s, '2019')).not.toBe('differs');
  });
});

describe('"since" after a post held at an organisation', () => {
  it('"who has been CEO of Orbit AI since 2004, was born in 1970"', () => {
    const s = (y: number) =>
      `Tao Wen, who has been Orbit AI's chief executive since ${y}, was born in 1970.`;
    expect(verdict('tao', 'Tao Wen', s(2004), '2004')).toBe('matches');
    expect(verdict('tao', 'Tao Wen', s(2004), '1970')).toBe('matches');
    // The post may have begun after the joining: may agree, never differ.
    expect(verdict('tao', 'Tao Wen', s(2003), '2003')).not.toBe('differs');
  });
});

describe('an event word after a year that the next year owns', () => {
  it('"professor at Lake Lab since 2006 and became founding director of Delta Lab in 2018"', () => {
    const s = (a: number) =>
      `Tao Wen has been a professor at Lake Lab since ${a} and became founding director of Delta Lab in 2018.`;
    expect(verdict('tao', 'Tao Wen', s(2006), '2006')).toBe('matches');
    expect(verdict('tao', 'Tao Wen', s(2006), '2018')).toBe('matches');
    expect(verdict('tao', 'Tao Wen', s(2005), '2005')).not.toBe('differs');
  });
});

describe('who the event is about', () => {
  it('Chinese: the school after 获得/攻读 is the degree’s object, not its subject', () => {
    const s = (y: number) => `${y}年,陶文获得了湖实验室学士学位,后来又获得博士学位。`;
    expect(verdict('tao', '陶文', s(1992), '1992')).toBe('matches');
    expect(verdict('tao', '陶文', s(1991), '1991')).toBe('differs');
  });
  it('"the GPU designer founded in 2020": an acronym describing a noun is no other subject', () => {
    const s = (y: number) =>
      `Orbit AI, the GPU designer founded in ${y}, was put on the Entity List in May 2019.`;
    expect(verdict('orbit', 'Orbit AI', s(2016), '2016')).toBe('matches');
    expect(verdict('orbit', 'Orbit AI', s(2015), '2015')).toBe('differs');
    expect(verdict('orbit', 'Orbit AI', s(2016), '2019')).toBe('matches');
  });
  it('"Orbit AI open-sourced KiteFlow in 2019" on KiteFlow’s card is its release', () => {
    const s = (y: number) => `Orbit AI open-sourced KiteFlow in ${y} after years of internal use.`;
    expect(verdict('kite', 'KiteFlow', s(2019), '2019')).toBe('matches');
    expect(verdict('kite', 'KiteFlow', s(2018), '2018')).toBe('differs');
  });
});

describe('an entry to a school is compared only with entries', () => {
  it('"entered the … school in 1995", "考入…"', () => {
    const s = (y: number) => `Ana Li entered the Lake Lab graduate school in ${y}.`;
    expect(verdict('ana', 'Ana Li', s(1995), '1995')).toBe('matches');
    expect(verdict('ana', 'Ana Li', s(1994), '1994')).toBe('differs');
    expect(verdict('ana', '李安娜', '李安娜1994年考入湖实验室。', '1994')).toBe('differs');
    expect(verdict('ana', '李安娜', '李安娜1995年考入湖实验室。', '1995')).toBe('matches');
  });
  // The next two held before the rule too (no entry word then): guards that it adds no verdict.
  it('an entry against degrees only gives no verdict', () => {
    const s = 'Tao Wen enrolled at the Lake Lab institute in 1988.';
    expect(verdict('tao', 'Tao Wen', s, '1988')).not.toBe('differs');
  });
  it('a year between the event word and this one took the word', () => {
    const s = 'Ana Li was admitted to the Lake Lab school in 1995 and has taught there since 2003.';
    expect(verdict('ana', 'Ana Li', s, '1995')).toBe('matches');
    expect(verdict('ana', 'Ana Li', s, '2003')).not.toBe('differs');
  });
});

describe('releases', () => {
  it('"launched the Comet agent": a release, not a founding', () => {
    const s = (y: number) => `Tao Wen, born in 1970, launched the Comet agent in March ${y}.`;
    expect(claim('tao', 'Tao Wen', s(2025), '2025')).toMatchObject({
      verdict: 'matches',
      event: 'released',
    });
    expect(verdict('tao', 'Tao Wen', s(2024), '2024')).toBe('differs');
  });
});

describe('"not … until YEAR" says the event happened then', () => {
  it('"was not placed on the Entity List until 2019"', () => {
    const s = (y: number) => `Orbit AI was not placed on the Entity List until ${y}.`;
    expect(verdict('orbit', 'Orbit AI', s(2019), '2019')).toBe('matches');
    expect(verdict('orbit', 'Orbit AI', s(2017), '2017')).toBe('differs');
  });
});

describe('a modal word inside a name does not hedge', () => {
  it('"The Harbor Talent Plan was created in 2010" differs from its founding in 2008', () => {
    const s = (y: number) => `The Harbor Talent Plan was created in ${y} to bring scientists home.`;
    expect(verdict('htp', 'Harbor Talent Plan', s(2008), '2008')).toBe('matches');
    expect(verdict('htp', 'Harbor Talent Plan', s(2010), '2010')).toBe('differs');
    expect(
      verdict(
        'htp',
        'Harbor Talent Plan',
        'The Harbor Talent Plan may have been created in 2010.',
        '2010',
      ),
    ).not.toBe('differs');
  });
});

describe('leaving, said another way; a return that is no move', () => {
  it('"bid farewell to Orbit AI … chose to return to the academic world"', () => {
    const s = (y: number) =>
      `In October ${y}, Ana Li bid farewell to Orbit AI, and she chose to return to the academic world.`;
    expect(claim('ana', 'Ana Li', s(2019), '2019')).toMatchObject({
      verdict: 'matches',
      event: 'left',
    });
    expect(verdict('ana', 'Ana Li', s(2018), '2018')).toBe('differs');
  });
  it('"returned to academia in 2019" is no return to a country', () => {
    const c = claim('ana', 'Ana Li', 'Ana Li returned to academia in 2019.', '2019');
    expect(c?.event).not.toBe('returned');
    expect(c?.verdict ?? 'none').not.toBe('differs');
  });
});

describe('numbers that are no claims', () => {
  it('ages: "X, 55,", "who turned 54", "when he was 26", "at 14", "14岁"', () => {
    expect(
      quotes('tao', 'Tao Wen', 'Tao Wen, 55, founded Butterfly Works in 2022.', 'number'),
    ).toEqual([]);
    expect(quotes('tao', 'Tao Wen', 'Tao Wen, who turned 54 on Monday, spoke.', 'number')).toEqual(
      [],
    );
    expect(
      quotes(
        'tao',
        'Tao Wen',
        'Tao Wen co-founded Butterfly Works in 2022, when he was 26.',
        'number',
      ),
    ).toEqual([]);
    expect(
      quotes('ana', 'Ana Li', 'Ana Li, born in Wuhan, entered Lake Lab at 14.', 'number'),
    ).toEqual([]);
    expect(quotes('ana', '李安娜', '李安娜14岁进入湖实验室。', 'number')).toEqual([]);
  });
  it('Chinese counts of rounds and times ("完成8轮融资")', () => {
    expect(quotes('orbit', '轨道智能', '上市前,轨道智能已完成8轮融资。', 'number')).toEqual([]);
  });
  it('target years ("setting goals for 2030", "aims to … by 2049")', () => {
    const s =
      'Orbit AI was founded in 2016, setting goals for 2030, and aims to lead the field by 2049.';
    expect(quotes('orbit', 'Orbit AI', s, 'year')).toEqual(['2016']);
  });
  it('a year or number inside a capitalised name ("Vision 2030", "Innovators Under 35")', () => {
    expect(
      quotes(
        'orbit',
        'Orbit AI',
        'Orbit AI, founded in 2016, backs the Harbor Vision 2030 plan.',
        'year',
      ),
    ).toEqual(['2016']);
    expect(
      quotes(
        'tao',
        'Tao Wen',
        'Tao Wen was named to the Innovators Under 35 list in 2005.',
        'number',
      ),
    ).toEqual([]);
  });
  it('a bare scale word, a valuation, revenue', () => {
    const n = (sentence: string, m = 'Orbit AI') => quotes('orbit', m, sentence, 'number');
    expect(n('Orbit AI, founded in 2016, now has more than a billion users.')).toEqual([]);
    expect(n('Orbit AI raised HK$5.4 billion in its 2024 listing.')).not.toContain('billion');
    expect(n('Founded in 2016, Orbit AI is valued at over $250 billion.')).toEqual([]);
    expect(n('轨道智能2024年的销售收入为8621亿元。', '轨道智能')).toEqual([]);
  });
  it('a year of another person’s event, with the entity as its possessor', () => {
    const s = 'Ana Li succeeded Tao Wen as Orbit AI’s chief executive in 2019.';
    expect(quotes('orbit', 'Orbit AI', s, 'year')).toEqual([]);
  });
  it('Chinese: a year that dates a noun ("2024年的收入", "2021年富豪榜")', () => {
    expect(quotes('orbit', '轨道智能', '轨道智能2024年的收入为86亿元。', 'year')).toEqual([]);
    expect(quotes('orbit', '轨道智能', '轨道智能已进入2021年富豪榜。', 'year')).toEqual([]);
  });
});
