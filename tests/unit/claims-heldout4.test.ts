/**
 * Forms found on held-out part 4 (issue 16), each a general rule: "started doing" is no founding;
 * a year used as a modifier ("2019 revenue") is no event's; the founded thing named past its
 * description; a laboratory named in other words; more founding, release, renaming, degree and
 * joining forms in English and Chinese; days before their month; and numbers that are no claims.
 * A small hand-built dataset keeps these still when data/ moves. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { cite, claimChecker, fact, src } from './claims-fixture';

const raw = {
  sources: [{ name: 's', data: [src('s1'), src('s2')] }],
  confusables: [{ name: 'c', data: [] }],
  entities: [
    {
      name: 'e',
      data: [
        {
          id: 'mei',
          category: 'person',
          name: 'Mei Sun',
          native: { hans: '孙梅', citation: cite('孙梅') },
          aliases: [],
          summary: 'A founder.',
          facts: [
            fact('Co-founded Orbit AI in 2016.', [
              { event: 'founded', object: 'orbit', date: '2016' },
            ]),
            fact('Founded the Harbor Vision Laboratory (HVLab) in 2004.', [
              { event: 'founded', detail: 'Harbor Vision Laboratory (HVLab)', date: '2004' },
            ]),
            fact('Created PixelBank, an image bank put online in 2010.', [
              { event: 'released', detail: 'PixelBank', date: '2010' },
            ]),
            fact('Joined Lake Lab in 2007.', [{ event: 'joined', object: 'lake', date: '2007' }]),
            fact('Earned a PhD at Lake Lab in 2001.', [
              { event: 'studied', object: 'lake', role: 'PhD', date: '2001' },
            ]),
          ],
        },
        {
          id: 'lu',
          category: 'person',
          name: 'Lu Fang',
          native: { hans: '陆放', citation: cite('陆放') },
          aliases: [],
          summary: 'A student.',
          facts: [
            fact('Entered Lake Lab in 1995.', [{ event: 'studied', object: 'lake', date: '1995' }]),
            fact('Earned a PhD at Lake Lab in 2003.', [
              { event: 'studied', object: 'lake', role: 'PhD', date: '2003' },
            ]),
            fact('Teaches at Lake Lab.'),
          ],
        },
        {
          id: 'orbit',
          category: 'organisation',
          kind: 'company',
          name: 'Orbit AI',
          native: { hans: '轨道智能', citation: cite('轨道智能') },
          aliases: [],
          summary: 'A company.',
          facts: [
            fact('Founded in March 2016.', [{ event: 'founded', date: '2016-03' }]),
            fact('Released its Comet model in September 2022.', [
              { event: 'released', detail: 'Comet', date: '2022-09' },
            ]),
            fact('Released Nova Chat in May 2023.', [
              { event: 'released', object: 'nova', detail: 'Nova Chat', date: '2023-05' },
            ]),
            fact('Took the name Orbit AI in 2018.', [
              { event: 'renamed', detail: 'Orbit AI', date: '2018' },
            ]),
            fact('Added to the Entity List in January 2025.', [
              { event: 'entity-listed', date: '2025-01' },
            ]),
            fact('Raised US$50 million in 2021.', [
              { event: 'funded', detail: 'US$50 million', date: '2021' },
            ]),
          ],
        },
        {
          id: 'nova',
          category: 'project',
          name: 'Nova Chat',
          native: { hans: '新星', citation: cite('新星') },
          aliases: [],
          summary: 'A chatbot.',
          facts: [fact('One.'), fact('Two.'), fact('Three.')],
        },
        {
          id: 'lake',
          category: 'organisation',
          kind: 'university',
          name: 'Lake Lab',
          native: { hans: '湖实验室', citation: cite('湖实验室') },
          aliases: [],
          summary: 'A laboratory.',
          facts: [fact('One.'), fact('Two.'), fact('Three.')],
        },
      ],
    },
  ],
};

const { verdict, quotes } = claimChecker(raw);

describe('"started doing" is no founding', () => {
  it('"started buying …" gives the year no founding; the founding after it still counts', () => {
    const s =
      'In 2013, the team started building chips for a hobby, then launched Orbit AI in 2016.';
    expect(verdict('orbit', 'Orbit AI', s, '2013')).not.toBe('differs');
    expect(verdict('orbit', 'Orbit AI', s, '2016')).toBe('matches');
  });
});

describe('a year used as a modifier is no event’s year', () => {
  it('"2019 revenue", "the 2008–2009 downturn" give no claim', () => {
    const s =
      'Orbit AI grew after 2019 revenue rose for the first time since its founding in 2016.';
    expect(quotes('orbit', 'Orbit AI', s, 'year')).toEqual(['2016']);
    expect(
      quotes(
        'mei',
        'Mei Sun',
        'Mei Sun, who had studied through the 2008–2009 downturn, left.',
        'year',
      ),
    ).toEqual([]);
  });
  it('"whose 2007 hiring by Lake Lab": an event noun after the year is its event', () => {
    const s = (y: number) => `Mei Sun, whose ${y} hiring by Lake Lab made news, is a founder.`;
    expect(verdict('mei', 'Mei Sun', s(2007), '2007')).toBe('matches');
    expect(verdict('mei', 'Mei Sun', s(2006), '2006')).toBe('differs');
  });
});

describe('what a person founded, named past its description', () => {
  it('"co-founded the robotics start-up Orbit AI in 2016"', () => {
    const s = (y: number) =>
      `Mei Sun co-founded the robotics start-up Orbit AI in ${y}, which grew.`;
    expect(verdict('mei', 'Mei Sun', s(2016), '2016')).toBe('matches');
    expect(verdict('mei', 'Mei Sun', s(2015), '2015')).toBe('differs');
  });
  it('a laboratory named in other words: "the Vision Lab" ~ "Harbor Vision Laboratory (HVLab)"', () => {
    const s = (y: number) => `In ${y}, Mei Sun founded the Vision Lab, a small team.`;
    expect(verdict('mei', 'Mei Sun', s(2004), '2004')).toBe('matches');
    expect(verdict('mei', 'Mei Sun', s(2003), '2003')).toBe('differs');
    // A name the detail does not hold is another founding.
    expect(verdict('mei', 'Mei Sun', 'In 2003, Mei Sun founded the Sound Lab.', '2003')).not.toBe(
      'differs',
    );
  });
  it('"PixelBank, which Mei Sun launched in 2010": the antecedent is what was launched', () => {
    const s = (y: number) => `PixelBank, which Mei Sun launched in ${y}, changed the field.`;
    expect(verdict('mei', 'Mei Sun', s(2010), '2010')).toBe('matches');
    expect(verdict('mei', 'Mei Sun', s(2011), '2011')).toBe('differs');
  });
});

describe('more founding forms', () => {
  it('"establishing Orbit AI in 2016"', () => {
    const s = (y: number) =>
      `Mei Sun left Lake Lab, raising seed money and establishing Orbit AI in ${y}.`;
    expect(verdict('orbit', 'Orbit AI', s(2016), '2016')).toBe('matches');
    expect(verdict('orbit', 'Orbit AI', s(2015), '2015')).toBe('differs');
  });
  it('Chinese: a city before the company’s name ("成立北京轨道智能科技有限公司")', () => {
    const s = (y: number) => `${y}年，孙梅主导成立北京轨道智能科技有限公司。`;
    expect(verdict('orbit', '轨道智能', s(2016), '2016')).toBe('matches');
    expect(verdict('orbit', '轨道智能', s(2015), '2015')).toBe('differs');
  });
});

describe('releases', () => {
  it('"launched its Comet model", "launched Nova Chat": a release, not a founding', () => {
    expect(verdict('orbit', 'Orbit AI', 'Orbit AI launched its Comet model in 2021.', '2021')).toBe(
      'differs',
    );
    expect(verdict('orbit', 'Orbit AI', 'Orbit AI launched Nova Chat in May 2023.', '2023')).toBe(
      'matches',
    );
  });
  it('Chinese: the product’s Chinese name names the release ("推出新星")', () => {
    expect(verdict('orbit', '轨道智能', '轨道智能于2023年5月推出新星。', '2023')).toBe('matches');
    expect(verdict('orbit', '轨道智能', '轨道智能于2022年5月推出新星。', '2022')).toBe('differs');
  });
});

describe('renaming', () => {
  it('"X was renamed Orbit AI", "took its current name, Orbit AI"', () => {
    expect(verdict('orbit', 'Orbit AI', 'Orbit Labs was renamed Orbit AI in 2018.', '2018')).toBe(
      'matches',
    );
    const s = (y: number) => `Orbit Labs took its current name, Orbit AI, in ${y}.`;
    expect(verdict('orbit', 'Orbit AI', s(2018), '2018')).toBe('matches');
    expect(verdict('orbit', 'Orbit AI', s(2017), '2017')).toBe('differs');
  });
});

describe('degrees and joining', () => {
  it('Chinese: "获得博士学位" is a degree, not an award', () => {
    expect(verdict('mei', '孙梅', '孙梅2001年在湖实验室获得博士学位。', '2001')).toBe('matches');
    expect(verdict('mei', '孙梅', '孙梅1999年在湖实验室获得博士学位。', '1999')).toBe('differs');
  });
  it('"moved to Lake Lab" (an organisation, not a country) is joining it', () => {
    const s = (y: number) => `Mei Sun moved to Lake Lab in ${y} as a researcher.`;
    expect(verdict('mei', 'Mei Sun', s(2007), '2007')).toBe('matches');
    expect(verdict('mei', 'Mei Sun', s(2008), '2008')).toBe('differs');
  });
});

describe('a fronted date past a clause that is part of the same sentence’s subject or frame', () => {
  it('"In March 2016, with Lake Lab as an investor, the team became its own company, Orbit AI."', () => {
    const s = (y: number) =>
      `In March ${y}, with Lake Lab as an investor, the team became its own company, Orbit AI.`;
    expect(verdict('orbit', 'Orbit AI', s(2016), '2016')).toBe('matches');
    expect(verdict('orbit', 'Orbit AI', s(2015), '2015')).toBe('differs');
  });
  it('"In January 2025, the Commerce Department (BIS), first added Orbit AI to its Entity List."', () => {
    const s = (y: number) =>
      `In January ${y}, the Commerce Department (BIS) of the government, first added Orbit AI and its units to the Entity List.`;
    expect(verdict('orbit', 'Orbit AI', s(2025), '2025')).toBe('matches');
    expect(verdict('orbit', 'Orbit AI', s(2024), '2024')).toBe('differs');
  });
});

describe('numbers that are no claims', () => {
  it('a day before its month ("on 8 January 2026")', () => {
    expect(
      quotes('orbit', 'Orbit AI', 'Orbit AI shares began trading on 8 January 2026.', 'number'),
    ).toEqual([]);
  });
});

describe('funding', () => {
  it('"raised US$50 million in 2021": compared with the funding of that amount', () => {
    const s = (y: number) => `Orbit AI raised US$50 million in ${y} from investors.`;
    expect(verdict('orbit', 'Orbit AI', s(2021), '2021')).toBe('matches');
    expect(verdict('orbit', 'Orbit AI', s(2020), '2020')).toBe('differs');
    // Another amount is another round: it may not differ.
    expect(verdict('orbit', 'Orbit AI', 'Orbit AI raised US$80 million in 2020.', '2020')).not.toBe(
      'differs',
    );
    // "raised" without an amount is no funding.
    expect(verdict('mei', 'Mei Sun', 'Mei Sun was raised in Harbin in 1980.', '1980')).not.toBe(
      'differs',
    );
  });
});

describe('the Entity List', () => {
  it('"announced on <date> that it is adding Orbit AI … to the Entity List"', () => {
    const s = (y: number) =>
      `The Commerce Department announced on January 15, ${y}, that it is adding Orbit AI and its 9 units to the Entity List.`;
    expect(verdict('orbit', 'Orbit AI', s(2025), '2025')).toBe('matches');
    expect(verdict('orbit', 'Orbit AI', s(2024), '2024')).toBe('differs');
  });
});

describe('Chinese forms', () => {
  it('"由毕业于湖实验室的孙梅于2016年创办": a 的-phrase after 由 still belongs to the agents', () => {
    const s = (y: number) => `轨道智能由毕业于湖实验室的孙梅和凯文于${y}年创办。`;
    expect(verdict('orbit', '轨道智能', s(2016), '2016')).toBe('matches');
    expect(verdict('orbit', '轨道智能', s(2014), '2014')).toBe('differs');
    // After the agent and its verb, the 的 ends them: what follows is what was founded.
    const t = '2012年，由他主导并与轨道智能合作的“星班”在湖实验室成立。';
    expect(verdict('orbit', '轨道智能', t, '2012')).not.toBe('differs');
  });
  it('a quoted field of study (“…”专业) is no name and no subject', () => {
    const s = (y: number) => `孙梅${y}年获“模式识别”专业博士学位。`;
    expect(verdict('mei', '孙梅', s(2001), '2001')).toBe('matches');
    expect(verdict('mei', '孙梅', s(1999), '1999')).toBe('differs');
  });
  // A guard (it held before these rules): an entry is compared with the entry.
  it('"考入…" is an entry, compared with the entry, never with the degree', () => {
    expect(verdict('lu', '陆放', '1995年陆放考入湖实验室。', '1995')).toBe('matches');
    // An entry the data does not date (only a degree) gives no verdict.
    expect(verdict('mei', '孙梅', '1995年孙梅考入湖实验室。', '1995')).not.toBe('differs');
  });
  it('"出任…院长" at an organisation the person founded is compared with the founding', () => {
    expect(verdict('mei', '孙梅', '2016年，孙梅出任轨道智能首席执行官。', '2016')).toBe('matches');
    // A later appointment there is possible: never "differs".
    expect(verdict('mei', '孙梅', '2019年，孙梅出任轨道智能首席执行官。', '2019')).not.toBe(
      'differs',
    );
  });
});

describe('years and numbers that are no claims', () => {
  it('the date of a talk or an interview, the start of a story', () => {
    expect(
      quotes('mei', 'Mei Sun', 'Mei Sun spoke at a forum in Harbin on 3 May 2019.', 'year'),
    ).toEqual([]);
    expect(
      quotes('mei', 'Mei Sun', 'In an interview in June 2022, Mei Sun set out her aims.', 'year'),
    ).toEqual([]);
    expect(
      quotes('orbit', 'Orbit AI', 'The story of Orbit AI began in 2012 at Lake Lab.', 'year'),
    ).toEqual([]);
    // A year of the entity's own with no such word is still one.
    expect(
      quotes('orbit', 'Orbit AI', 'Orbit AI opened an office in Harbin in 2019.', 'year'),
    ).toEqual(['2019']);
  });
  it('Chinese: a duration in days ("拘押1028天后")', () => {
    expect(quotes('orbit', '轨道智能', '轨道智能在等待300天后获得许可。', 'number')).toEqual([]);
  });
});
