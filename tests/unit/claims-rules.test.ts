/**
 * General rules of the typed claim check found on the tuned sentences (issue 16): contested
 * dates date an undated statement; a statement's free-text detail names the claim's object;
 * generic last words ("Award") do not name an award; Chinese award names; "a student of X" does
 * not make X the subject. A small hand-built dataset keeps these still when data/ moves.
 */
import { describe, expect, it } from 'vitest';
import { checkSentence } from '../../lib/claims/check';
import { cite, claimChecker, fact, src } from './claims-fixture';

const contested = (years: number[]) => ({
  contested: years.map((y, i) => ({
    value: String(y),
    time: { from: y, to: y },
    citations: [cite(`born ${y}`, i === 0 ? 's1' : 's2')],
  })),
});
const org = (id: string, name: string, aliases: string[] = [], hans?: string) => ({
  id,
  category: 'organisation',
  kind: 'university',
  name,
  ...(hans ? { native: { hans, citation: cite(hans) } } : {}),
  aliases: aliases.map((text) => ({ text, match: 'case' })),
  summary: 'An organisation.',
  facts: [fact('One.'), fact('Two.'), fact('Three.')],
});

const raw = {
  sources: [{ name: 's', data: [src('s1'), src('s2')] }],
  confusables: [{ name: 'c', data: [] }],
  entities: [
    {
      name: 'e',
      data: [
        {
          id: 'wen',
          category: 'person',
          name: 'Wen Hao',
          native: { hans: '文浩', citation: cite('文浩') },
          aliases: [],
          summary: 'A researcher.',
          facts: [
            fact(
              'Born in Ezhou; sources give 1970 or 1971.',
              [{ event: 'born', place: 'Ezhou' }],
              contested([1970, 1971]),
            ),
            fact('Earned a PhD at the Massachusetts Institute of Technology in 1999.', [
              { event: 'studied', detail: 'Massachusetts Institute of Technology', date: '1999' },
            ]),
            fact('Joined Northwind Research in Seattle in 2001.', [
              { event: 'joined', detail: 'Northwind Research', date: '2001' },
            ]),
            fact('Entered Lake Lab as an undergraduate in 1988.', [
              { event: 'studied', object: 'lake', role: 'undergraduate', date: '1988' },
            ]),
            fact('Started the Wen Class at Lake Lab in 2008.', [
              { event: 'founded', detail: 'Wen Class, Lake Lab', date: '2008' },
            ]),
            fact('Joined Lake Lab in 2005.', [{ event: 'joined', object: 'lake', date: '2005' }]),
            fact('Became chair of Lake Lab in 2015.', [
              { event: 'appointed', object: 'lake', role: 'chair', date: '2015' },
            ]),
            fact('Sat on the Lake Lab Ethics Board from 2012.', [
              { event: 'appointed', detail: 'Lake Lab Ethics Board', role: 'member', date: '2012' },
            ]),
            fact('Left Lake Lab in 2010.', [{ event: 'left', object: 'lake', date: '2010' }]),
            fact('Left Northwind Asia in 2008.', [
              { event: 'left', object: 'nw-asia', date: '2008' },
            ]),
            fact('Left Sea Lab in 2011.', [{ event: 'left', object: 'sea-lab', date: '2011' }]),
            fact('Co-founded Orbit AI in 2016.', [
              { event: 'founded', object: 'orbit', date: '2016' },
            ]),
            fact('Received the Turing Award in 2010.', [
              { event: 'awarded', detail: 'Turing Award', date: '2010' },
            ]),
          ],
        },
        {
          id: 'ada',
          category: 'person',
          name: 'Ada Lin',
          aliases: [],
          summary: 'A founder.',
          facts: [
            fact('Co-founded Lumen Labs in 2019.', [
              { event: 'founded', detail: 'Lumen Labs', date: '2019' },
            ]),
            fact("Founded Northwind's research lab, FAIR, in 2013.", [
              {
                event: 'founded',
                detail: 'FAIR (Northwind Fundamental AI Research)',
                date: '2013',
              },
            ]),
            fact('Co-founded Orbit AI in 2016.', [
              { event: 'founded', object: 'orbit', date: '2016' },
            ]),
            fact('Created PixelNet, an image database launched in 2009.', [
              { event: 'released', detail: 'PixelNet', date: '2009' },
            ]),
          ],
        },
        {
          id: 'kai',
          category: 'person',
          name: 'Kai Ming',
          native: { hans: '凯明', citation: cite('凯明') },
          aliases: [],
          summary: 'A student.',
          facts: [fact('One.'), fact('Two.'), fact('Three.')],
        },
        {
          ...org('orbit', 'Orbit AI', ['Orbit'], '轨道智能'),
          kind: 'company',
          facts: [
            fact('Founded in March 2016.', [{ event: 'founded', date: '2016-03' }]),
            fact('Added to the Entity List in January 2025.', [
              { event: 'entity-listed', date: '2025-01' },
            ]),
            fact('Orbit AI runs 9 laboratories.'),
            fact('Orbit AI opened 14 offices.'),
            fact('Its first model was version 1 of Nova.'),
          ],
        },
        org('mit', 'Massachusetts Institute of Technology', ['MIT']),
        org('northwind', 'Northwind', ['Northwind']),
        org('lake', 'Lake Lab', [], '湖实验室'),
        org('nw-asia', 'Northwind Asia'),
        {
          ...org('sea-lab', 'Sea Lab'),
          relations: [{ type: 'part_of', target: 'northwind', citation: cite('part') }],
        },
      ],
    },
  ],
};

const { verdict, claim: claimOf, index } = claimChecker(raw);

describe('contested dates', () => {
  it('an undated statement takes the years its sources give: either matches, others differ', () => {
    expect(verdict('wen', 'Wen Hao', 'Wen Hao was born in 1970 in Ezhou.', '1970')).toBe('matches');
    expect(verdict('wen', 'Wen Hao', 'Wen Hao (born 1971) is a researcher.', '1971')).toBe(
      'matches',
    );
    const c = claimOf('wen', 'Wen Hao', 'Wen Hao was born in 1975.', '1975');
    expect(c).toMatchObject({ verdict: 'differs', datasetValue: '1970 or 1971' });
    expect(verdict('wen', '文浩', '文浩出生于1971年。', '1971')).toBe('matches');
  });
});

describe('a statement’s detail names the claim’s object', () => {
  it('the object’s full name as the detail ("MIT" ~ Massachusetts Institute of Technology)', () => {
    expect(verdict('wen', 'Wen Hao', 'Wen Hao earned his PhD at MIT in 1999.', '1999')).toBe(
      'matches',
    );
    expect(verdict('wen', 'Wen Hao', 'Wen Hao earned his PhD at MIT in 1997.', '1997')).toBe(
      'differs',
    );
  });

  it('a part named after the object ("Northwind Research" for Northwind)', () => {
    expect(verdict('wen', 'Wen Hao', 'Wen Hao joined Northwind in 1998.', '1998')).toBe('differs');
    // Another organisation's joining is not compared with it.
    expect(verdict('wen', 'Wen Hao', 'Wen Hao joined Lake Lab in 2005.', '2005')).toBe('matches');
  });
});

describe('award names', () => {
  it('a generic last word does not name an award: "Knuth Award" is not the Turing Award', () => {
    expect(verdict('wen', 'Wen Hao', 'Wen Hao won the Knuth Award in 1996.', '1996')).not.toBe(
      'differs',
    );
    expect(verdict('wen', 'Wen Hao', 'Wen Hao won the Turing Award in 2009.', '2009')).toBe(
      'differs',
    );
  });
});

describe('Chinese award names', () => {
  it('图灵奖 is the Turing Award', () => {
    expect(verdict('wen', '文浩', '文浩2010年获得图灵奖。', '2010')).toBe('matches');
    expect(verdict('wen', '文浩', '文浩2008年获得图灵奖。', '2008')).toBe('differs');
  });
});

describe('whose event', () => {
  it('"X, a student of Wen Hao, joined …" is X’s joining, not Wen Hao’s', () => {
    expect(
      verdict('wen', 'Wen Hao', 'Kai Ming, a student of Wen Hao, joined Lake Lab in 2016.', '2016'),
    ).toBe('none');
    expect(
      verdict('wen', 'Wen Hao', 'Wen Hao, a student of Kai Ming, joined Lake Lab in 2016.', '2016'),
    ).toBe('differs');
  });
});

describe('days and versions are not quantities', () => {
  const numbers = (sentence: string) => {
    const start = sentence.indexOf('Orbit AI');
    return checkSentence(index, 'orbit', sentence, { start, end: start + 8 })
      .filter((c) => c.kind === 'number')
      .map((c) => c.quote.trim());
  };
  it('a day after its month, a version after a name', () => {
    expect(numbers('Orbit AI launched its assistant on October 9th.')).toEqual([]);
    expect(numbers('Orbit AI was established on November 14, 2018.')).toEqual([]);
    expect(numbers('Orbit AI released Nova 1.0 last year.')).toEqual([]);
    // A quantity the data holds is still confirmed.
    expect(numbers('Orbit AI runs 9 laboratories.')).toEqual(['9']);
  });
});

describe('Chinese foundings', () => {
  it('"A由B和其兄C联合创立于…": the names after 由 are the founders, A is what was founded', () => {
    const s = (y: number) => `轨道智能由文浩和其兄凯明联合创立于${y}年，两人都是研究员。`;
    expect(verdict('orbit', '轨道智能', s(2016), '2016')).toBe('matches');
    expect(verdict('orbit', '轨道智能', s(2014), '2014')).toBe('differs');
  });

  it('"…年起家的A公司": the relative clause before 的 describes A', () => {
    const s = (y: number) => `没有想到，${y}年从一间小屋起家的轨道智能公司发展到了今天。`;
    expect(verdict('orbit', '轨道智能', s(2016), '2016')).toBe('matches');
    expect(verdict('orbit', '轨道智能', s(2013), '2013')).toBe('differs');
  });
});

describe('a year without an event word belongs to the subject before it', () => {
  const years = (sentence: string) => {
    const start = sentence.indexOf('Orbit AI');
    return checkSentence(index, 'orbit', sentence, { start, end: start + 8 })
      .filter((c) => c.kind === 'year')
      .map((c) => c.quote);
  };
  it('another name’s year gives no claim; the entity’s own year still does', () => {
    expect(
      years('Northwind, which once sold chips to Orbit AI, agreed to pay a fine in 2021.'),
    ).toEqual([]);
    expect(years('After Northwind built its own chips in 2019, Orbit AI changed course.')).toEqual(
      [],
    );
    expect(years('Orbit AI opened 14 offices in 2019.')).toEqual(['2019']);
  });
});

describe('a degree against an entry date', () => {
  it('a degree some years after entering gives no verdict; one before entering differs', () => {
    const c = claimOf('wen', 'Wen Hao', 'In 1992, Wen Hao earned his B.S. from Lake Lab.', '1992');
    expect(c?.verdict).toBe('unknown');
    expect(
      verdict('wen', 'Wen Hao', 'Wen Hao earned his B.S. from Lake Lab in 1986.', '1986'),
    ).toBe('differs');
  });
});

describe('abbreviations do not end a clause', () => {
  it('"B.S. from", "Ph.D. at": the year still belongs to the degree', () => {
    expect(
      verdict('wen', 'Wen Hao', 'Wen Hao earned his B.S. from Lake Lab in 1980.', '1980'),
    ).toBe('differs');
    expect(verdict('wen', 'Wen Hao', 'Wen Hao earned his Ph.D. at MIT in 1997.', '1997')).toBe(
      'differs',
    );
    expect(verdict('wen', 'Wen Hao', 'Wen Hao received a Ph.D. from MIT in 1999.', '1999')).toBe(
      'matches',
    );
  });
});

describe('a person’s founding of something the data names only in words', () => {
  it('a founding whose detail names the organisation may support the claim, never contradict', () => {
    expect(verdict('wen', '文浩', '文浩于2008年创办湖实验室计算机实验班。', '2008')).toBe(
      'matches',
    );
    expect(verdict('wen', '文浩', '文浩于2006年创办湖实验室计算机实验班。', '2006')).toBe(
      'unknown',
    );
  });
});

describe('more forms', () => {
  it('statements about the object itself come before those whose words name it', () => {
    const c = claimOf('wen', 'Wen Hao', 'Wen Hao joined Lake Lab in 2012.', '2012');
    expect(c).toMatchObject({ verdict: 'differs', datasetValue: '2005 or 2015' });
  });

  it('a fronted "Having left …, X" clause is X’s', () => {
    const s = (y: number) => `Having left Lake Lab in ${y}, Wen Hao moved to the coast.`;
    expect(verdict('wen', 'Wen Hao', s(2010), '2010')).toBe('matches');
    expect(verdict('wen', 'Wen Hao', s(2009), '2009')).toBe('differs');
  });

  it('"X was founded by <person> in …" is the person’s founding of X', () => {
    const s = (y: number) => `Orbit AI was founded by Wen Hao in ${y}.`;
    expect(verdict('wen', 'Wen Hao', s(2016), '2016')).toBe('matches');
    expect(verdict('wen', 'Wen Hao', s(2014), '2014')).toBe('differs');
  });

  it('"became <organisation> <role>" is an appointment there', () => {
    const s = (y: number) => `Wen Hao became Lake Lab chair in ${y}.`;
    expect(verdict('wen', 'Wen Hao', s(2015), '2015')).toBe('matches');
    expect(claimOf('wen', 'Wen Hao', s(2013), '2013')).toMatchObject({
      verdict: 'differs',
      datasetValue: '2005 or 2015',
    });
  });
});

describe('the organisation a claim names', () => {
  it('a part of it counts: by a name that starts with its name, or a part_of relation', () => {
    expect(verdict('wen', 'Wen Hao', 'Wen Hao left Northwind in 2008.', '2008')).toBe('matches');
    expect(verdict('wen', 'Wen Hao', 'Wen Hao left Northwind in 2011.', '2011')).toBe('matches');
    expect(claimOf('wen', 'Wen Hao', 'Wen Hao left Northwind in 2006.', '2006')).toMatchObject({
      verdict: 'differs',
      datasetValue: '2008 or 2011',
    });
  });

  it('a name that is no entity is compared only with statements whose words name it', () => {
    // Northwind Research (2001) is not Southwind.
    expect(verdict('wen', 'Wen Hao', 'Wen Hao joined Southwind in 2001.', '2001')).toBe('unknown');
    expect(verdict('wen', 'Wen Hao', 'Wen Hao joined Northwind Research in 2001.', '2001')).toBe(
      'matches',
    );
  });
});

describe('appointments and the Entity List in other words', () => {
  it('"was named <organisation> <role>" is an appointment, like "became"', () => {
    const s = (y: number) => `Wen Hao was named Lake Lab chair in ${y}.`;
    expect(verdict('wen', 'Wen Hao', s(2015), '2015')).toBe('matches');
    expect(verdict('wen', 'Wen Hao', s(2013), '2013')).toBe('differs');
  });

  it('将 before a name marks the object ("将轨道智能列入实体清单"), not the future', () => {
    const s = (y: number) => `美国商务部于${y}年将轨道智能列入实体清单。`;
    expect(verdict('orbit', '轨道智能', s(2025), '2025')).toBe('matches');
    expect(verdict('orbit', '轨道智能', s(2024), '2024')).toBe('differs');
    // The future still hedges: never differs.
    expect(verdict('orbit', '轨道智能', '轨道智能将于2024年上市。', '2024')).not.toBe('differs');
  });
});

describe('hiring and spans', () => {
  it('"<organisation> hired <person>" is the person’s joining; "<person> hired someone" is not', () => {
    const s = (y: number) => `Lake Lab hired Wen Hao in ${y}.`;
    expect(verdict('wen', 'Wen Hao', s(2005), '2005')).toBe('matches');
    expect(verdict('wen', 'Wen Hao', s(2007), '2007')).toBe('differs');
    expect(verdict('wen', 'Wen Hao', 'Wen Hao hired a student in 2007.', '2007')).not.toBe(
      'differs',
    );
    expect(verdict('wen', 'Wen Hao', 'Wen Hao was hired by Lake Lab in 2007.', '2007')).toBe(
      'differs',
    );
  });

  it('a span at an organisation starts with joining it, where the data has that joining', () => {
    const s = (y: number) => `Wen Hao was a researcher at Lake Lab from ${y} to 2010.`;
    expect(verdict('wen', 'Wen Hao', s(2005), '2005')).toBe('matches');
    expect(verdict('wen', 'Wen Hao', s(2003), '2003')).toBe('differs');
    // No joining of Sea Lab in the data: no typed verdict from the span's start.
    expect(
      claimOf('wen', 'Wen Hao', 'Wen Hao was a researcher at Sea Lab from 2003 to 2011.', '2003')
        ?.verdict,
    ).not.toBe('differs');
  });
});

describe('a person’s founding of what the sentence names in words, or does not name', () => {
  it('a founding whose detail is the name the sentence gives ("co-founded Coursera")', () => {
    const s = (y: number) => `Ada Lin co-founded Lumen Labs in ${y}.`;
    expect(verdict('ada', 'Ada Lin', s(2019), '2019')).toBe('matches');
    expect(verdict('ada', 'Ada Lin', s(2018), '2018')).toBe('differs');
    // A name in the detail's brackets or before them: "FAIR (… Fundamental AI Research)".
    const f = (y: number) => `Ada Lin set up Northwind's FAIR lab in ${y}.`;
    expect(verdict('ada', 'Ada Lin', f(2013), '2013')).toBe('matches');
    expect(verdict('ada', 'Ada Lin', f(2015), '2015')).toBe('differs');
    // Another name: not covered, never differs.
    expect(verdict('ada', 'Ada Lin', 'Ada Lin co-founded Zenith Robotics in 2018.', '2018')).toBe(
      'unknown',
    );
  });

  it('"the company" names nothing: a founding of the person’s may agree; else no verdict', () => {
    const s = (y: number) => `The company was founded in ${y} by Ada Lin and Kai Ming.`;
    expect(verdict('ada', 'Ada Lin', s(2016), '2016')).toBe('matches');
    expect(verdict('ada', 'Ada Lin', s(2012), '2012')).toBe('none');
    const a = (y: number) => `Ada Lin left in 2021, years after co-founding the company in ${y}.`;
    expect(verdict('ada', 'Ada Lin', a(2019), '2019')).toBe('matches');
    expect(verdict('ada', 'Ada Lin', a(2012), '2012')).toBe('none');
  });

  it('"launched <name>" is compared with the release of that name when no founding names it', () => {
    const s = (y: number) => `Ada Lin, who launched PixelNet in ${y}, spoke on Monday.`;
    expect(verdict('ada', 'Ada Lin', s(2009), '2009')).toBe('matches');
    expect(verdict('ada', 'Ada Lin', s(2011), '2011')).toBe('differs');
  });
});

describe('heldout-3: dates, brackets and spans', () => {
  it('"Born on March 3, 1970, X …": the comma inside a date does not end the clause', () => {
    const s = 'Born on March 3, 1970, Wen Hao went on to earn his PhD at MIT.';
    expect(verdict('wen', 'Wen Hao', s, '1970')).toBe('matches');
  });

  it('a bracket after another name is that name’s ("the KEG lab (founded in 1996)")', () => {
    expect(
      verdict('orbit', 'Orbit AI', 'Orbit AI grew from the Mesa group (founded in 1996).', '1996'),
    ).toBe('none');
    const zh = '2016年3月,由湖实验室技术成果转化成立轨道智能,创始团队来自KEG实验室(成立于1996年)。';
    expect(verdict('orbit', '轨道智能', zh, '1996')).toBe('none');
    expect(verdict('orbit', '轨道智能', zh, '2016')).toBe('matches');
    // The entity's own bracket still counts.
    expect(verdict('orbit', 'Orbit AI', 'Orbit AI (founded in 2014) makes chips.', '2014')).toBe(
      'differs',
    );
  });

  it('a span without an event word is at the name in its own clause, not one further on', () => {
    const s = 'Wen Hao, who ran Zenix from 2001 to 2004, became Lake Lab chair in 2015.';
    expect(verdict('wen', 'Wen Hao', s, '2001')).not.toBe('differs');
    const n =
      'Wen Hao, who ran Northwind Research from 2001 to 2004, became Lake Lab chair in 2015.';
    expect(verdict('wen', 'Wen Hao', n, '2001')).toBe('matches');
  });
});

describe('heldout-3: Chinese subjects and objects of a founding', () => {
  it('a quoted name before the founding word is what was founded (“文班”在清华成立)', () => {
    const s = '2005年,由他主导并与轨道智能共同合作的“文班”在清华成立。';
    expect(verdict('orbit', '轨道智能', s, '2005')).toBe('none');
  });

  it('the topic founding a named object founded that object (成立了AI Lab), not itself', () => {
    const s = '轨道智能于2016年3月在深圳创立,2019年4月成立了AI Lab。';
    expect(verdict('orbit', '轨道智能', s, '2016')).toBe('matches');
    expect(verdict('orbit', '轨道智能', s, '2019')).toBe('none');
  });
});

describe('heldout-3: an organisation founding something named', () => {
  it('"set up its Mesa Lab in 2019" is the lab’s founding; "was founded in Shenzhen" the entity’s', () => {
    expect(verdict('orbit', 'Orbit AI', 'Orbit AI set up its Mesa Lab in 2019.', '2019')).toBe(
      'none',
    );
    expect(verdict('orbit', 'Orbit AI', 'Orbit AI was founded in Shenzhen in 2014.', '2014')).toBe(
      'differs',
    );
  });
});

describe('heldout-3: Chinese objects and place names are not subjects', () => {
  it('a name right after an event word is its object (卸任阿里巴巴CEO), not the next clause’s subject', () => {
    const s = '文浩于2011年离开湖实验室,2008年卸任主任。';
    expect(verdict('wen', '文浩', s, '2008')).toBe('matches');
  });
});

describe('heldout-3: agents, places, dashes and trailing dates', () => {
  it('a passive founding’s by-phrase reaches past an apposition ("by two engineers – Ada Lin and …")', () => {
    const s = (y: number) =>
      `The start-up was founded in ${y} by two engineers – Ada Lin and Kai Ming.`;
    expect(verdict('ada', 'Ada Lin', s(2016), '2016')).toBe('matches');
    expect(verdict('ada', 'Ada Lin', s(2012), '2012')).toBe('none');
    const o = 'Orbit AI was established just a year later, in March 2016, by Ada Lin, a professor.';
    expect(verdict('ada', 'Ada Lin', o, '2016')).toBe('matches');
  });

  it('"born in Ezhou, Hubei, joined …": a region after a place is no subject', () => {
    const s = 'Wen Hao, who was born in 1970 in Ezhou, Hubei, joined Lake Lab in 2005.';
    expect(verdict('wen', 'Wen Hao', s, '2005')).toBe('matches');
  });

  it('"Since joining Lake Lab in 2005 – a coup for the lab – Wen Hao …": a dash pair is skipped', () => {
    const s = 'Since joining Lake Lab in 2005 – a coup for the lab – Wen Hao has led its research.';
    expect(verdict('wen', 'Wen Hao', s, '2005')).toBe('matches');
  });

  it('"joined Lake Lab in Ezhou, Hubei, in 2005": a trailing date takes the event before it', () => {
    expect(
      verdict('wen', 'Wen Hao', 'Wen Hao joined Lake Lab in Ezhou, Hubei, in 2005.', '2005'),
    ).toBe('matches');
    expect(
      verdict('wen', 'Wen Hao', 'Wen Hao joined Lake Lab in Ezhou, Hubei, in 2007.', '2007'),
    ).toBe('differs');
  });

  it('traditional 生於 is a birth; "Mar. 2016" is a month', () => {
    expect(verdict('wen', '文浩', '文浩於1970年生於鄂州。', '1970')).toBe('matches');
    expect(
      verdict('orbit', 'Orbit AI', 'Orbit AI is a startup founded in Mar. 2016.', '2016'),
    ).toBe('matches');
  });
});

describe('heldout-3: a dateline is no event’s', () => {
  it('"… launch event in Beijing, March 14, 2019." gives the launch no year; "…, in 2019." does', () => {
    const s = 'Orbit AI staff attend the company’s model launch event in Beijing, March 14, 2019.';
    // No typed founding claim (the prose check may still answer).
    expect(claimOf('orbit', 'Orbit AI', s, '2019')?.event).toBeUndefined();
    // With its preposition, a date closing the sentence is the event's.
    const t = 'Orbit AI was founded by Ada Lin in Shenzhen, Guangdong, in 2019.';
    expect(claimOf('orbit', 'Orbit AI', t, '2019')).toMatchObject({
      event: 'founded',
      verdict: 'differs',
    });
  });
});

describe('heldout-3: ages, durations and stock codes are no number claims', () => {
  const numbers = (id: string, mention: string, s: string) => {
    const start = s.indexOf(mention);
    return checkSentence(index, id, s, { start, end: start + mention.length }).filter(
      (c) => c.kind === 'number',
    );
  };
  it('"14 years", "a nine-year plan", "only 14 years old", "(SEHK: 0014)"', () => {
    expect(numbers('orbit', 'Orbit AI', 'Orbit AI has spent 14 years in Shenzhen.')).toEqual([]);
    expect(numbers('orbit', 'Orbit AI', 'Orbit AI issued a nine-year plan.')).toEqual([]);
    expect(numbers('orbit', 'Orbit AI', 'Orbit AI hired a coder only 14 years old.')).toEqual([]);
    expect(numbers('orbit', 'Orbit AI', 'Orbit AI (SEHK: 0014) rose.')).toEqual([]);
    // A count is still one.
    expect(numbers('orbit', 'Orbit AI', 'Orbit AI opened 14 offices.')).toMatchObject([
      { verdict: 'matches' },
    ]);
  });
});

describe('heldout-3: "was named <organisation>’s chief … scientist"', () => {
  it('a possessive organisation and a scientist or officer role make an appointment there', () => {
    const s = (y: number) => `Wen Hao was named Lake Lab's chief AI scientist in ${y}.`;
    // Typed (the appointment's event), not the prose check's guess.
    expect(claimOf('wen', 'Wen Hao', s(2015), '2015')).toMatchObject({
      verdict: 'matches',
      event: 'joined',
    });
  });
});
