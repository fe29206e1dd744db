/**
 * The year check (check.ts): whose event a year is, which event word it belongs to, which facts
 * speak to it, and when a clash may be called "differs". One sentence per rule against a control
 * that differs from it only in what the rule looks at. Cases the mutation run
 * (npm run test:mutation -- claims --parts) showed no test looked at, and false alarms found
 * while writing them.
 */
import { describe, expect, it } from 'vitest';
import { claimChecker, rawDataset, cite, fact, facts, org, person } from './claims-fixture';

const dated = (text: string, time: { from?: number; to?: number }) =>
  fact(text, undefined, { time });

const { claimsOf, quotes } = claimChecker(
  rawDataset([
    person('wen', 'Wen Li', {
      relations: [
        { type: 'leads', target: 'moon', role: 'chief scientist', citation: cite('chief') },
        { type: 'works_at', target: 'hill', role: 'professor', citation: cite('professor') },
      ],
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
        dated('Wen Li left Moon Corp.', { from: 2010, to: 2013 }),
        dated('Wen Li taught at Hill University.', { from: 2012, to: 2012 }),
      ],
    }),
    person('zhang', 'Zhang Wei'),
    person('yan', 'Yan Hu', {
      facts: [
        fact('Yan Hu left Moon Corp in 2013.', [{ event: 'left', object: 'moon', date: '2013' }]),
        fact('Yan Hu joined Moon Corp in 2010.', [
          { event: 'joined', object: 'moon', date: '2010' },
        ]),
        fact('Yan Hu received a PhD and a BSc from Hill University.', [
          { event: 'studied', object: 'hill', role: 'PhD', date: '2008' },
          { event: 'studied', object: 'hill', role: 'BSc', date: '2003' },
        ]),
      ],
    }),
    person('ma', 'Ma Lan', {
      facts: facts(
        'Ma Lan formerly served as dean.',
        'Ma Lan was president.',
        'Ma Lan previously served as founder.',
      ),
    }),
    person('qi', 'Qi Yun', {
      facts: facts('Qi Yun serves as dean.', 'Qi Yun is president.', 'Qi Yun is a founder.'),
    }),
    org('sun', 'Sun Institute', {
      relations: [
        { type: 'led_by', target: 'zhang', role: 'director', citation: cite('director') },
      ],
    }),
    org('river', 'River Institute', {
      facts: facts(
        'River Institute was founded in 2010.',
        'River Institute opened an office in Paris in 2016.',
        'River Institute has 300 researchers and 1.5 million dollars of robots.',
        'River Institute went public in 2019.',
        'River Institute released the Kite model in 2022.',
      ),
    }),
    org('lake', 'Lake Lab'),
    org('pine', 'Pine Board'),
    org('moon', 'Moon Corp', { kind: 'company' }),
    org('star', 'Star Systems', {
      kind: 'company',
      facts: [
        fact('The US added Star Systems to the Entity List in May 2019.', [
          { event: 'entity-listed', date: '2019-05' },
        ]),
        ...facts('Two.', 'Three.'),
      ],
    }),
    org('hill', 'Hill University', { kind: 'university' }),
  ]),
);

/** The year claims of a sentence: "<year> <verdict>[ <dataset's value>]". */
const years = (sentence: string, id = 'wen', mention = 'Wen Li') =>
  claimsOf(id, mention, sentence)
    .filter((c) => c.kind === 'year')
    .map((c) => [c.quote, c.verdict, c.datasetValue].filter(Boolean).join(' '));
const numbers = (sentence: string) => quotes('wen', 'Wen Li', sentence, 'number');
/** Role and entity claims: "<kind> <quote> <verdict>[ ← <evidence>]". */
const others = (sentence: string, id = 'wen', mention = 'Wen Li') =>
  claimsOf(id, mention, sentence)
    .filter((c) => c.kind === 'role' || c.kind === 'entity')
    .map((c) =>
      [c.kind, c.quote, c.verdict, c.evidence && `← ${c.evidence.text}`].filter(Boolean).join(' '),
    );
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

describe('a year that dates something else', () => {
  it('is no claim before a noun it modifies, or in a range that does', () => {
    expect(years('Wen Li saw 2019 revenue grow.')).toEqual([]);
    expect(years('Wen Li studied the 2007–2008 financial crisis.')).toEqual([]);
    expect(numbers('Wen Li studied the 2007–2008 financial crisis.')).toEqual([]);
    // Controls: after a preposition, before an adverb or a function word, it is a claim.
    expect(years('Wen Li saw revenue grow in 2019.')).toEqual(['2019 unknown']);
    expect(years('Wen Li saw 2019 unexpectedly.')).toEqual(['2019 unknown']);
    expect(years('Wen Li saw 2019 and more.')).toEqual(['2019 unknown']);
  });
  it('is no claim as a target or inside a name', () => {
    for (const s of [
      'Wen Li set goals for 2030.',
      'Wen Li set targets by 2030.',
      'Wen Li aims to lead the field by 2030.',
      'Wen Li led Made in China 2025.',
    ])
      expect(years(s), s).toEqual([]);
    expect(years('Wen Li was praised by 2030 standards.')).toEqual(['2030 unknown']);
  });
  it('is no claim in Chinese before 的, a list or a report', () => {
    for (const s of [
      '文立2019年的收入增长了。',
      '文立入选2019年胡润百富榜。',
      '文立发布2023年度报告。',
    ])
      expect(years(s, 'wen', '文立'), s).toEqual([]);
  });
  it('ends a span without an event word only when the entity leads the sentence', () => {
    expect(years('Wen Li taught at UCLA until 2020.')).toEqual(['2020 unknown']);
    expect(years('Zhang Wei and Wen Li taught at UCLA until 2020.')).toEqual([]);
  });
});

describe('a short quoted Chinese name', () => {
  const zh = (sentence: string) => years(sentence, 'wen', '文立');
  it('is a name even when no dictionary holds it: its event is not the entity’s', () => {
    for (const q of ['“星光组”', '「星光组」', '《星光组》'])
      expect(zh(`文立说${q}2016年加入Lake Lab。`), q).toEqual([]);
    expect(zh('“星光组”于2016年加入Lake Lab，文立也在。')).toEqual([]);
    // The control: the entity's own joining.
    expect(zh('文立于2016年加入Lake Lab。')).toEqual(['2016 differs 2015']);
  });
  it('is no name when it is a field of study or holds a comma', () => {
    for (const s of [
      '文立说“模式识别”专业2016年加入Lake Lab。',
      '文立说“模式识别”方向2016年加入Lake Lab。',
      '文立说“模式识别” 领域2016年加入Lake Lab。',
      '文立说“星光，组”2016年加入Lake Lab。',
    ])
      expect(zh(s), s).toEqual(['2016 differs 2015']);
  });
});

describe('a name after a verb of saying', () => {
  it('is the subject of what was said: its event is not the speaker’s', () => {
    for (const s of [
      'Wen Li said Star Group joined Lake Lab in 2016.',
      'Wen Li says Star Group joined Lake Lab in 2016.',
      'Wen Li told reporters Star Group joined Lake Lab in 2016.',
      'Wen Li announced Star Group joined Lake Lab in 2016.',
      'Wen Li said that Star Group joined Lake Lab in 2016.',
    ])
      expect(years(s), s).toEqual([]);
    // The control: the speaker's own event.
    expect(years('Wen Li said she joined Lake Lab in 2016.')).toEqual(['2016 differs 2015']);
  });
});

describe('a denied or planned event the facts speak of in prose', () => {
  it('is never confirmed when denied, never contradicted when planned', () => {
    // The facts: joined Lake Lab in 2015 (prose, no typed statement).
    expect(years('Wen Li did not join Lake Lab in 2015.')).toEqual(['2015 unknown']);
    expect(years('Wen Li never joined Lake Lab in 2015.')).toEqual(['2015 unknown']);
    expect(years('Wen Li is set to join Lake Lab in 2016.')).toEqual(['2016 unknown']);
    expect(years('Wen Li is to join Lake Lab in 2016.')).toEqual(['2016 unknown']);
    for (const s of [
      'Wen Li did not join Lake Lab in 2016.',
      "Wen Li didn't join Lake Lab in 2016.",
      'Wen Li may join Lake Lab in 2016.',
      'Wen Li plans to join Lake Lab in 2016.',
      'Wen Li is expected to join Lake Lab in 2016.',
    ])
      expect(years(s), s).toEqual(['2016 unknown']);
    // The controls.
    expect(years('Wen Li joined Lake Lab in 2015.')).toEqual(['2015 matches']);
    expect(years('Wen Li joined Lake Lab in 2016.')).toEqual(['2016 differs 2015']);
  });
});

describe('a year that bounds the event rather than dating it', () => {
  it('is never contradicted, nor confirmed by the bound itself', () => {
    // The facts: joined Lake Lab in 2015 — before 2016, between 2014 and 2016.
    for (const s of [
      'Wen Li joined Lake Lab before 2016.',
      'Wen Li joined Lake Lab prior to 2016.',
      'Wen Li joined Lake Lab by 2016.',
      'Wen Li joined Lake Lab between 2014 and 2016.',
      'Wen Li joined Lake Lab around 2016.',
    ])
      expect(years(s), s).toEqual([`${/between/.test(s) ? '2014' : '2016'} unknown`]);
    expect(years('Wen Li joined Lake Lab before 2015.')).toEqual(['2015 unknown']);
    expect(years('Wen Li joined Lake Lab after 2015.')).toEqual(['2015 unknown']);
    // The controls: a date of the event.
    expect(years('Wen Li joined Lake Lab in 2016.')).toEqual(['2016 differs 2015']);
    expect(years('Wen Li joined Lake Lab in 2015.')).toEqual(['2015 matches']);
  });
});

describe('an organisation founding something', () => {
  it('founds another thing when an object follows the founding word', () => {
    for (const s of [
      'River Institute launched a lab in 2023.',
      'River Institute founded a company in 2023.',
      'River Institute set up its new research centre in 2023.',
      'River Institute established an AI institute in 2023.',
    ])
      expect(river(s), s).toEqual([]);
    // The controls: its own founding.
    expect(river('River Institute was founded in 2023.')).toEqual(['2023 differs 2010']);
    expect(river('River Institute was founded as a lab in 2023.')).toEqual(['2023 differs 2010']);
  });
});

describe('an event dated relative to another', () => {
  it('does not take a fronted year for an event the next clause places after or before it', () => {
    // The year stays a claim the facts may confirm, not one about the joining.
    expect(years('In 2016, a year after Wen Li joined Lake Lab, she moved.')).toEqual([
      '2016 unknown',
    ]);
    expect(years('In 2016, after Wen Li joined Lake Lab, she moved.')).toEqual(['2016 unknown']);
    // The control: the next clause's event at that date.
    expect(years('In 2016, Wen Li joined Lake Lab.')).toEqual(['2016 differs 2015']);
  });
  it('does not contradict the joining of a part of the organisation', () => {
    for (const s of [
      "Wen Li joined Lake Lab's board in 2016.",
      'Wen Li joined Lake Lab’s Paris office in 2016.',
    ])
      expect(years(s), s).toEqual(['2016 unknown']);
    expect(years("Wen Li joined Lake Lab's board in 2015.")).toEqual(['2015 matches']);
    for (const s of ['文立于2016年加入Lake Lab董事会。', '文立于2016年加入Lake Lab的顾问委员会。'])
      expect(years(s, 'wen', '文立'), s).toEqual(['2016 unknown']);
    expect(years('文立于2016年加入Lake Lab。', 'wen', '文立')).toEqual(['2016 differs 2015']);
  });
});

describe('the organisation an event word names', () => {
  const yan = (sentence: string) => years(sentence, 'yan', 'Yan Hu');
  it('is the one right after it, not one after "for" or other words', () => {
    expect(yan('Yan Hu left Moon Corp in 2013.')).toEqual(['2013 matches']);
    expect(yan('Yan Hu left Moon Corp in 2012.')).toEqual(['2012 differs 2013']);
    // "left for Lake Lab": Lake Lab is where she went, not what she left — her leaving of
    // Moon Corp in 2013 may be the one meant.
    expect(yan('Yan Hu left for Lake Lab in 2013.')).toEqual(['2013 matches']);
    // Leaving Lake Lab is another leaving: the data does not have it.
    expect(yan('Yan Hu left Lake Lab in 2013.')).toEqual(['2013 unknown']);
  });
  it('reads a person’s span at an organisation as joining and leaving it', () => {
    for (const s of [
      'Yan Hu worked at Moon Corp between 2010 and 2013.',
      'Between 2010 and 2013, Yan Hu was at Moon Corp.',
      'Yan Hu worked at Moon Corp from 2010 to 2013.',
    ])
      expect(yan(s), s).toEqual(['2010 matches', '2013 matches']);
    // A range may be part of the span: its first year never differs from the joining.
    expect(yan('Yan Hu worked at Moon Corp between 2011 and 2013.')).toEqual([
      '2011 unknown',
      '2013 matches',
    ]);
  });
  it('reads a post held since a year as a joining that may agree, never differ', () => {
    expect(yan('Yan Hu has been chief scientist at Moon Corp since 2010.')).toEqual([
      '2010 matches',
    ]);
    expect(yan('Yan Hu has been chief scientist at Moon Corp since 2011.')).toEqual([
      '2011 unknown',
    ]);
  });
  it('compares a degree with the degree of its level', () => {
    expect(yan('Yan Hu received a doctorate from Hill University in 2008.')).toEqual([
      '2008 matches',
    ]);
    expect(yan('Yan Hu received a doctoral degree from Hill University in 2003.')).toEqual([
      '2003 differs 2008',
    ]);
    expect(
      yan('Yan Hu received a Master of Science (M.S.) degree from Hill University in 2008.'),
    ).toEqual(['2008 unknown']);
    // No level given: either degree may be the one meant.
    expect(yan('Yan Hu received a degree from Hill University in 2003.')).toEqual(['2003 matches']);
  });
});

describe('"not … until" a date', () => {
  const star = (sentence: string) => years(sentence, 'star', 'Star Systems');
  it('is no denial: the event happened then', () => {
    for (const s of [
      'Star Systems was not added to the Entity List until 2019.',
      'Star Systems was not added to the Entity List till 2019.',
      'Star Systems was not added to the Entity List until May 2019.',
      'Star Systems was not added to the Entity List until May 16, 2019.',
      'Star Systems was not added to the Entity List until May 16th, 2019.',
    ])
      expect(star(s), s).toEqual(['2019 matches']);
    expect(star('Star Systems was not added to the Entity List until Sept. 2019.')).toEqual([
      '2019 differs May 2019',
    ]);
    expect(star('Star Systems was not added to the Entity List until 2020.')).toEqual([
      '2020 differs May 2019',
    ]);
    // The controls: a denial of the listing's date, and the listing itself.
    expect(star('Star Systems was not added to the Entity List in 2019.')).toEqual([
      '2019 differs May 2019',
    ]);
    expect(star('Star Systems was added to the Entity List in 2019.')).toEqual(['2019 matches']);
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

describe('a year without an event word', () => {
  it('is a claim the facts may confirm (the control for the occasions below)', () => {
    expect(years('Wen Li was in Paris in 2019.')).toEqual(['2019 unknown']);
  });
  it('is no claim when it dates a talk, an interview or a statement', () => {
    for (const s of [
      'Wen Li gave remarks in Paris in 2019.',
      'Wen Li made a remark in Paris in 2019.',
      'Wen Li was interviewed in Paris in 2019.',
      'Wen Li said in 2019 that it was fine.',
    ])
      expect(years(s), s).toEqual([]);
  });
  it('is no claim when it dates where a story began', () => {
    for (const s of [
      'The story of Wen Li began in 2019.',
      'The origin of Wen Li goes back to 2019.',
      'The history of Wen Li dates back to 2019.',
      'The roots of Wen Li date back to 2019.',
      'The roots of Wen Li trace back to 2019.',
      'The history of Wen Li traces back to 2019.',
    ])
      expect(years(s), s).toEqual([]);
  });
});

describe('the event word a year belongs to', () => {
  // Characters between the end of "joined" and the year.
  const joinedAt = (gap: number) => {
    const head = 'Wen Li joined Lake Lab';
    const tail = ' in 2016.';
    const fill = ' after a long career x x x x x x x x x x x x x x x x x x x x x x x x x x x x x';
    const between = fill.slice(0, gap - ' Lake Lab'.length - ' in '.length);
    return `${head}${between.endsWith(' ') ? `${between.slice(0, -1)}y` : between}${tail}`;
  };
  it('is an English event word at most 70 characters before the year', () => {
    const at70 = joinedAt(70);
    expect(at70.indexOf('2016') - at70.indexOf('joined') - 'joined'.length).toBe(70);
    expect(years(at70)).toEqual(['2016 differs 2015']);
    expect(years(joinedAt(71))).toEqual(['2016 unknown']);
  });
  it('is a Chinese event word at most 16 characters after the year', () => {
    const filler = '和朋友们在北京的一个大学里面工作';
    expect(years(`文立于2016年${filler.slice(0, 15)}加入Lake Lab。`, 'wen', '文立')).toEqual([
      '2016 differs 2015',
    ]);
    expect(years(`文立于2016年${filler}加入Lake Lab。`, 'wen', '文立')).toEqual(['2016 unknown']);
  });
  it('prefers the word before the year in its clause (English), after it (Chinese)', () => {
    // "won" is nearer to the year, but after it: the joining is compared (2015), not the award.
    expect(years('Wen Li joined Lake Lab in 2016 and won the Turing Award.')).toEqual([
      '2016 differs 2015',
    ]);
    expect(years('Wen Li won the Turing Award in 2016 and joined Lake Lab.')).toEqual([
      '2016 differs 2021',
    ]);
    // Across a semicolon the word before is in another clause.
    expect(years('Wen Li joined Lake Lab; in 2016 he won the Turing Award.')).toEqual([
      '2016 differs 2021',
    ]);
    expect(years('文立于2016年加入Lake Lab。', 'wen', '文立')).toEqual(['2016 differs 2015']);
    expect(years('文立于2015年加入Lake Lab。', 'wen', '文立')).toEqual(['2015 matches']);
    // The word before the year, when none follows it in Chinese.
    expect(years('文立加入Lake Lab是在2016年。', 'wen', '文立')).toEqual(['2016 differs 2015']);
  });
});

describe('the facts a year is compared with', () => {
  it('compares a leaving with the end of a dated span', () => {
    expect(years('Wen Li left Moon Corp in 2013.')).toEqual(['2013 matches']);
    expect(years('Wen Li left Moon Corp in 2012.')).toEqual(['2012 differs 2013']);
  });
  it('compares "since" with the start of an open span', () => {
    expect(years('Wen Li has chaired the Pine Board since 2020.')).toEqual(['2020 matches']);
    expect(years('Wen Li was at Moon Corp since 2010.')).toEqual(['2010 matches']);
    // Without an event word an open span would cover every later year: no confirmation.
    expect(years('Wen Li chaired the Pine Board in 2023.')).toEqual(['2023 unknown']);
  });
  it('confirms a span of one year only in that year', () => {
    expect(years('Wen Li taught at Hill University in 2012.')).toEqual(['2012 matches']);
    expect(years('Wen Li taught at Hill University in 2013.')).toEqual(['2013 unknown']);
  });
  it('compares a degree with the fact about the same degree', () => {
    expect(years('Wen Li received a PhD from Hill University in 2009.')).toEqual([
      '2009 differs 2008',
    ]);
    expect(years("Wen Li received a master's degree from Hill University in 2009.")).toEqual([
      '2009 differs 2004',
    ]);
    expect(years("Wen Li received a master's degree from Hill University in 2004.")).toEqual([
      '2004 matches',
    ]);
    // Which degree is not said: two facts, two years — no verdict.
    expect(years('Wen Li received a degree from Hill University in 2009.')).toEqual([
      '2009 unknown',
    ]);
  });
});

describe('when a clash may be called different', () => {
  it('is never when the sentence hedges, the year is vague or the event is someone else’s', () => {
    for (const s of [
      'Wen Li reportedly joined Lake Lab in 2016.',
      'Wen Li joined Lake Lab around 2016.',
      'Wen Li, with Zhang Wei, joined Lake Lab in 2016.',
    ])
      expect(years(s), s).toEqual(['2016 unknown']);
    expect(years("Wen Li's student joined Lake Lab in 2016.")).toEqual([]);
    expect(years('Wen Li said Zhang Wei joined Lake Lab in 2016.')).toEqual([]);
  });
  it('is for an organisation’s own founding', () => {
    expect(river('River Institute was founded in 2011.')).toEqual(['2011 differs 2010']);
    expect(river('River Institute was founded in 2010.')).toEqual(['2010 matches']);
    // Opening an office is no once-only event: a year the facts do not hold is unknown.
    expect(river('River Institute opened an office in Paris in 2017.')).toEqual(['2017 unknown']);
  });
  it('is not for an organisation when another one is named nearer to the event', () => {
    expect(river('River Institute went public in 2020.')).toEqual(['2020 differs 2019']);
    expect(river('River Institute, like Lake Lab, went public in 2020.')).toEqual(['2020 unknown']);
    // Unless the event relates the two: a founding, a joining, a leading.
    expect(river('River Institute, with Lake Lab, was founded in 2011.')).toEqual([
      '2011 differs 2010',
    ]);
  });
  it('is for a repeatable event only when the sentence and the fact share a name', () => {
    expect(river('River Institute released the Kite model in 2023.')).toEqual([
      '2023 differs 2022',
    ]);
    expect(river('River Institute released the Kite model in 2022.')).toEqual(['2022 matches']);
    // Which release is not said: the year may match one, never contradict.
    expect(river('River Institute released a model in 2022.')).toEqual(['2022 matches']);
    expect(river('River Institute released a model in 2023.')).toEqual(['2023 unknown']);
  });
});

describe('an age is no claim about the entity', () => {
  it('takes a count as a claim (the control)', () => {
    expect(numbers('Wen Li has 40 students.')).toEqual(['40']);
    expect(numbers('Wen Li entered college with 14.')).toEqual(['14']);
    expect(numbers('Wen Li entered college at 14 schools.')).toEqual(['14']);
  });
  it('reads "Name, 40," as an age, up to 120', () => {
    expect(numbers('Wen Li, 40, has students.')).toEqual([]);
    expect(numbers('Wen Li, 120, has students.')).toEqual([]);
    expect(numbers('Wen Li, 121, has students.')).toEqual(['121']);
    expect(numbers('Wen Li, 1000, has students.')).toEqual(['1000']);
    // After a lower-case word it is a count in an aside.
    expect(numbers("In Wen Li's lab, 40, the students.")).toEqual(['40']);
  });
  it('reads a number after turning, aged, at the age of and when … was as an age', () => {
    for (const s of [
      'Wen Li turned 40 students.',
      'Wen Li turns 40 students.',
      'Wen Li turning 40 students.',
      'Wen Li turn 40 students.',
      'Wen Li aged 40 students.',
      'Wen Li at the age of 40 students.',
      'Wen Li, when she was 40 students.',
      'Wen Li, when they were 40 students.',
    ])
      expect(numbers(s), s).toEqual([]);
  });
  it('reads "at 14" closing a phrase as an age', () => {
    for (const s of [
      'Wen Li entered college at 14.',
      'Wen Li entered college at 14, and left.',
      'Wen Li entered college at 14 and left.',
      'Wen Li entered college at 14; then left.',
      'Wen Li entered college (at 14) and left.',
      'Wen Li entered college at  14.',
      'Wen Li entered college at 14',
    ])
      expect(numbers(s), s).toEqual([]);
  });
});

describe('roles', () => {
  it('confirms a role with the relation to the organisation next to it', () => {
    expect(others('Wen Li is chief scientist of Moon Corp.')).toEqual([
      'role chief scientist of Moon Corp matches ← Wen Li leads Moon Corp (chief scientist)',
    ]);
    expect(others('Wen Li is professor at Hill University.')).toEqual([
      'role professor at Hill University matches ← Wen Li works at Hill University (professor)',
    ]);
    // Another role at that organisation: not in the data.
    expect(others('Wen Li is director of Hill University.')).toEqual([
      'role director of Hill University unknown',
    ]);
  });
  it('confirms a role without an organisation with any relation in that role', () => {
    expect(others('Wen Li is a professor.')).toEqual([
      'role professor matches ← Wen Li works at Hill University (professor)',
    ]);
    expect(others('Wen Li is a director.')).toEqual(['role director unknown']);
  });
  it('confirms a role from a fact only when the fact says it holds now', () => {
    for (const [role, fact] of [
      ['dean', 'Qi Yun serves as dean.'],
      ['president', 'Qi Yun is president.'],
      ['founder', 'Qi Yun is a founder.'],
    ] as const) {
      expect(others(`Qi Yun is a ${role}.`, 'qi', 'Qi Yun')).toEqual([
        `role ${role} matches ← ${fact}`,
      ]);
      // "formerly", "was", "previously": the fact says it no longer holds.
      expect(others(`Ma Lan is a ${role}.`, 'ma', 'Ma Lan')).toEqual([`role ${role} unknown`]);
    }
    // With an organisation the fact must name it.
    expect(others('Qi Yun is dean of Lake Lab.', 'qi', 'Qi Yun')).toEqual([
      'role dean of Lake Lab unknown',
    ]);
  });
  it('takes a role at most 50 characters from a person (English), 14 (Chinese)', () => {
    const at = (n: number) =>
      `Wen Li${' and her team, who have worked in many places for years'.slice(0, n - 7)}, is a chief scientist.`;
    expect(at(50).indexOf('chief') - 'Wen Li'.length).toBe(50);
    expect(others(at(50))).toEqual([
      'role chief scientist matches ← Wen Li leads Moon Corp (chief scientist)',
    ]);
    expect(others(at(51))).toEqual([]);
    const zh = (n: number) =>
      `文立${'和她的团队在北京和上海的多个实验室'.slice(0, n)}是首席科学家。`;
    expect(others(zh(13), 'wen', '文立')).toEqual([
      'role 首席科学家 matches ← Wen Li leads Moon Corp (chief scientist)',
    ]);
    expect(others(zh(14), 'wen', '文立')).toEqual([]);
  });
  it('leaves a possessed person’s role and a role nearer another person out', () => {
    expect(others("Wen Li's professor at Hill University retired.")).toEqual([
      'entity Hill University matches ← Wen Li works at Hill University (professor)',
    ]);
    expect(others('Wen Li met Zhang Wei, professor at Hill University.')).toEqual([
      'entity Zhang Wei unknown',
      'entity Hill University matches ← Wen Li works at Hill University (professor)',
    ]);
  });
  it('gives an organisation’s role to the person next to it', () => {
    const sun = (s: string) => others(s, 'sun', 'Sun Institute');
    const led = '← Zhang Wei leads Sun Institute (director)';
    expect(sun('Sun Institute director Zhang Wei spoke.')).toEqual([
      `role director Zhang Wei matches ${led}`,
    ]);
    expect(sun('Zhang Wei, director of Sun Institute, spoke.')).toEqual([
      `role Zhang Wei, director matches ${led}`,
    ]);
    expect(sun('Sun Institute director Wen Li spoke.')).toEqual(['role director Wen Li unknown']);
    // No person named: whose role it is cannot be checked.
    expect(sun('Sun Institute has a director.')).toEqual([]);
  });
});

describe('other entities the sentence names', () => {
  it('confirms each once, by a relation first, else by a fact naming it', () => {
    expect(others('Wen Li works at Moon Corp.')).toEqual([
      'entity Moon Corp matches ← Wen Li leads Moon Corp (chief scientist)',
    ]);
    expect(others('Wen Li works with Lake Lab and Lake Lab.')).toEqual([
      'entity Lake Lab matches ← Wen Li joined Lake Lab in 2015.',
    ]);
    expect(others('Wen Li met Zhang Wei.')).toEqual(['entity Zhang Wei unknown']);
  });
});

describe('numbers the data holds', () => {
  const n = (sentence: string) =>
    claimsOf('river', 'River Institute', sentence)
      .filter((c) => c.kind === 'number')
      .map((c) => `${c.quote} ${c.verdict}`);
  it('confirms the same number with the same unit, singular or plural', () => {
    expect(n('River Institute has 300 researchers.')).toEqual(['300 matches']);
    expect(n('River Institute has 300 researcher.')).toEqual(['300 matches']);
    expect(n('River Institute has 1.5 million dollars of robots.')).toEqual([
      '1.5 million matches',
    ]);
    expect(n('River Institute has 1500000 dollars of robots.')).toEqual(['1500000 matches']);
  });
  it('does not confirm another number, another unit or no unit', () => {
    expect(n('River Institute has 301 researchers.')).toEqual(['301 unknown']);
    expect(n('River Institute has 300 staff.')).toEqual(['300 unknown']);
    expect(n('River Institute has 300.')).toEqual(['300 unknown']);
  });
  it('leaves another entity’s number out', () => {
    expect(n('River Institute works with Lake Lab, which has 300 researchers.')).toEqual([]);
    expect(n('Lake Lab, with 300 researchers, works with River Institute.')).toEqual([]);
  });
});
