/**
 * Forms left on held-out part 5 that kept matches recall short (issue 16), each a general rule:
 * Chinese event words (诞生, 上线, 开启邀请测试, 启动, 施行, 印发, 敲钟, 登陆港交所, 剥离, 回到北京),
 * ranges of a post ("between 1997 and 1999", "Between 2005 and 2009, X was president of …"),
 * renaming said other ways ("rebranded", "known as Legend until 2003"), handing over a post, and a
 * second verb that shares the first one's object ("joined Orbit AI in 2017 and left in 2018").
 * A small hand-built dataset keeps these still when data/ moves. The sentences are our own.
 */
import { describe, expect, it } from 'vitest';
import { cite, claimChecker, fact, src } from './claims-fixture';

const entity = (
  id: string,
  category: string,
  name: string,
  hans: string,
  facts: object[],
  more: object = {},
) => ({
  id,
  category,
  name,
  native: { hans, citation: cite(hans) },
  aliases: [],
  summary: 'An entity.',
  facts: [...facts, fact('Two.'), fact('Three.')],
  ...more,
});
const raw = {
  sources: [{ name: 's', data: [src('s1'), src('s2')] }],
  confusables: [{ name: 'c', data: [] }],
  entities: [
    {
      name: 'e',
      data: [
        entity(
          'orbit',
          'organisation',
          'Orbit AI',
          '轨道智能',
          [
            fact('Founded in 2016.', [{ event: 'founded', date: '2016' }]),
            fact('Listed in Hong Kong in July 2020.', [
              { event: 'listed', detail: 'Hong Kong Stock Exchange', date: '2020-07-09' },
            ]),
            fact('Was called Orbit Labs until it was renamed Orbit AI in 2018.', [
              { event: 'renamed', detail: 'Orbit AI', date: '2018' },
            ]),
          ],
          { kind: 'company' },
        ),
        entity('lake', 'organisation', 'Lake Lab', '湖实验室', [fact('One.')], { kind: 'company' }),
        entity('htp', 'programme', 'Harbor Talent Plan', '港湾人才计划', [
          fact('The government established the plan in 2008.', [
            { event: 'founded', date: '2008' },
          ]),
        ]),
        entity('rules', 'programme', 'Interim Rules for Robots', '机器人暂行规定', [
          fact('Issued in July 2017 and in force from 15 August 2023.', [
            { event: 'issued', date: '2017-07-20' },
            { event: 'effective', date: '2023-08-15' },
          ]),
        ]),
        entity('kite', 'project', 'KiteChat', '风筝聊天', [
          fact('Orbit AI launched KiteChat for invited testing in March 2023.', [
            { event: 'released', detail: 'KiteChat (invited testing)', date: '2023-03-16' },
          ]),
        ]),
        entity('tao', 'person', 'Tao Wen', '陶文', [
          fact('Born in 1970.', [{ event: 'born', date: '1970' }]),
          fact('Worked for Seekit from 1997 to 1999.', [
            { event: 'joined', detail: 'Seekit', date: '1997' },
            { event: 'left', detail: 'Seekit', date: '1999' },
          ]),
          fact('Was president of Lake Lab from 2005 to 2009.', [
            { event: 'joined', object: 'lake', role: 'president', date: '2005' },
            { event: 'left', object: 'lake', date: '2009-09' },
          ]),
          fact('Stepped down as chief executive of Orbit AI in 2013.', [
            { event: 'left', object: 'orbit', role: 'CEO', date: '2013' },
          ]),
          fact('Left the board of Orbit AI in 2020.', [
            { event: 'left', object: 'orbit', role: 'board member', date: '2020' },
          ]),
          fact('Moved to Beijing in 1998.', [{ event: 'moved', place: 'Beijing', date: '1998' }]),
        ]),
        entity('lu', 'person', 'Lu Ming', '陆明', [
          fact('Became president of Orbit AI in January 2017.', [
            { event: 'appointed', object: 'orbit', role: 'president', date: '2017-01' },
          ]),
          fact('Left Orbit AI in May 2018.', [{ event: 'left', object: 'orbit', date: '2018-05' }]),
        ]),
      ],
    },
  ],
};

const { verdict } = claimChecker(raw);

describe('Chinese event words', () => {
  it('诞生 of an organisation is its founding', () => {
    expect(verdict('orbit', '轨道智能', '就这样,在2016年,轨道智能诞生了。', '2016')).toBe(
      'matches',
    );
    expect(verdict('orbit', '轨道智能', '轨道智能于2015年诞生。', '2015')).toBe('differs');
  });
  it('始建 is a founding', () => {
    expect(verdict('orbit', '轨道智能', '轨道智能始建于2016年。', '2016')).toBe('matches');
    expect(verdict('orbit', '轨道智能', '轨道智能始建于2012年。', '2012')).toBe('differs');
  });
  it('诞生 of a person is a birth', () => {
    expect(verdict('tao', '陶文', '陶文1970年诞生于一个小镇。', '1970')).toBe('matches');
  });
  it('上线 and 开启邀请测试 are releases', () => {
    expect(verdict('kite', '风筝聊天', '风筝聊天于2023年3月上线。', '2023')).toBe('matches');
    expect(verdict('kite', '风筝聊天', '风筝聊天于2022年1月上线。', '2022')).not.toBe('matches');
    expect(verdict('kite', '风筝聊天', '风筝聊天于2023年3月16日开启邀请测试。', '2023')).toBe(
      'matches',
    );
  });
  it('启动 of a programme may agree with its founding, never differ', () => {
    expect(verdict('htp', '港湾人才计划', '港湾人才计划于2008年启动。', '2008')).toBe('matches');
    expect(verdict('htp', '港湾人才计划', '港湾人才计划于2010年启动。', '2010')).not.toBe(
      'differs',
    );
    // A company starting a project is no founding of the company.
    expect(verdict('orbit', '轨道智能', '轨道智能于2019年启动了芯片项目。', '2019')).not.toBe(
      'differs',
    );
  });
  it('施行 is a rule taking effect, 印发 its issue', () => {
    expect(
      verdict('rules', '机器人暂行规定', '《机器人暂行规定》自2023年8月15日起施行。', '2023'),
    ).toBe('matches');
    expect(
      verdict('rules', '机器人暂行规定', '《机器人暂行规定》自2021年8月15日起施行。', '2021'),
    ).toBe('differs');
    expect(
      verdict('rules', '机器人暂行规定', '国务院于2017年7月印发《机器人暂行规定》。', '2017'),
    ).toBe('matches');
  });
  it('敲钟 and 登陆港交所 are a listing', () => {
    expect(verdict('orbit', '轨道智能', '2020年7月9日,轨道智能在港交所敲钟。', '2020')).toBe(
      'matches',
    );
    expect(verdict('orbit', '轨道智能', '2020年7月9日,轨道智能成功登陆港交所。', '2020')).toBe(
      'matches',
    );
    expect(verdict('orbit', '轨道智能', '2021年,轨道智能登陆纳斯达克。', '2021')).toBe('differs');
  });
  it('剥离 out of something is the founding of what was spun out', () => {
    expect(verdict('orbit', '轨道智能', '2016年,轨道智能正式从湖实验室“剥离”出来。', '2016')).toBe(
      'matches',
    );
    // The parent's divestment is no founding of the parent.
    expect(verdict('orbit', '轨道智能', '2019年,轨道智能剥离了芯片业务。', '2019')).not.toBe(
      'differs',
    );
  });
  it('回到北京: a return to a city may agree with the move, never differ', () => {
    expect(verdict('tao', '陶文', '1998年,陶文回到了北京。', '1998')).toBe('matches');
    expect(verdict('tao', '陶文', '2003年,陶文回到北京参加会议。', '2003')).not.toBe('differs');
  });
});

describe('ranges of a post', () => {
  it('"worked at Seekit between 1997 and 1999": both ends', () => {
    const s = 'Tao Wen worked at Seekit between 1997 and 1999.';
    expect(verdict('tao', 'Tao Wen', s, '1997')).toBe('matches');
    expect(verdict('tao', 'Tao Wen', s, '1999')).toBe('matches');
    const w = 'Tao Wen worked at Seekit between 1996 and 2001.';
    expect(verdict('tao', 'Tao Wen', w, '1996')).not.toBe('differs');
    expect(verdict('tao', 'Tao Wen', w, '2001')).not.toBe('differs');
  });
  it('"Between 2005 and 2009, Tao Wen was president of Lake Lab"', () => {
    const s = 'Between 2005 and 2009, Tao Wen was president of Lake Lab.';
    expect(verdict('tao', 'Tao Wen', s, '2005')).toBe('matches');
    expect(verdict('tao', 'Tao Wen', s, '2009')).toBe('matches');
  });
  it('"from 2005 to 2009" after a post', () => {
    const s = 'Tao Wen was president of Lake Lab from 2005 to 2009.';
    expect(verdict('tao', 'Tao Wen', s, '2005')).toBe('matches');
    expect(verdict('tao', 'Tao Wen', s, '2009')).toBe('matches');
  });
  it('an event between two years is still one claim within the range', () => {
    const s = 'Orbit AI was founded between 2014 and 2017.';
    expect(verdict('orbit', 'Orbit AI', s, '2014')).toBe('matches');
  });
});

describe('renaming, handing over a post, and a second verb sharing the object', () => {
  it('"rebranded" and "rebranded as" are a renaming', () => {
    expect(verdict('orbit', 'Orbit AI', 'Orbit AI was rebranded in 2018.', '2018')).toBe('matches');
    expect(
      verdict('orbit', 'Orbit AI', 'The start-up rebranded as Orbit AI in 2017.', '2017'),
    ).toBe('differs');
  });
  it('"known as Orbit Labs until 2018" is the renaming\'s year', () => {
    const s = (y: number) => `Orbit AI, which listed in 2020, was known as Orbit Labs until ${y}.`;
    expect(verdict('orbit', 'Orbit AI', s(2018), '2018')).toBe('matches');
    expect(verdict('orbit', 'Orbit AI', s(2019), '2019')).not.toBe('matches');
  });
  it('"handed over the CEO\'s post to Lu Ming in 2013" is leaving that post', () => {
    const s = (y: number) => `Tao Wen handed over the CEO’s post to Lu Ming in ${y}.`;
    expect(verdict('tao', 'Tao Wen', s(2013), '2013')).toBe('matches');
    expect(verdict('tao', 'Tao Wen', s(2015), '2015')).not.toBe('differs');
  });
  it('"joined Orbit AI … in January 2017 and left in 2018": the leaving shares the object', () => {
    const s = (y: number) =>
      `Lu Ming joined Orbit AI as president in January 2017 and left in ${y}.`;
    expect(verdict('lu', 'Lu Ming', s(2018), '2017')).toBe('matches');
    expect(verdict('lu', 'Lu Ming', s(2018), '2018')).toBe('matches');
    expect(verdict('lu', 'Lu Ming', s(2019), '2019')).not.toBe('matches');
  });
});
