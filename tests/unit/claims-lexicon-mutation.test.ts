/**
 * The claim check's word lists (lexicon.ts): event words in order, degree kinds, role words (the
 * most specific wins), how a relation's role fits a family, and Chinese award names. Cases the
 * mutation run (npm run test:mutation -- claims --parts) showed no test looked at.
 */
import { describe, expect, it } from 'vitest';
import {
  degreeKind,
  findCues,
  findRoles,
  roleFits,
  withAwardNames,
} from '../../lib/claims/lexicon';

describe('event and role words', () => {
  it('lists event words in the order the text has them, whatever their class', () => {
    const cues = findCues('She left Baidu, then founded Zhipu and joined Tsinghua.', 'en');
    expect(cues.map((c) => [c.text, c.cls])).toEqual([
      ['left', 'left'],
      ['founded', 'founded'],
      ['joined', 'joined'],
    ]);
    const s = 'She left Baidu, then founded Zhipu.';
    for (const c of findCues(s, 'en')) expect(s.slice(c.start, c.end)).toBe(c.text);
  });
  it('lists role words in order, each span once, the most specific pattern winning', () => {
    const s = 'The chief scientist met a professor and the director.';
    const roles = findRoles(s, 'en');
    expect(roles.map((r) => r.text)).toEqual(['chief scientist', 'professor', 'director']);
    expect(roles[0]!.families).toEqual(['chief-scientist']);
    for (const r of roles) expect(s.slice(r.start, r.end)).toBe(r.text);
  });
});

describe('degree kinds', () => {
  it('tells a PhD, a master’s and a bachelor’s apart, in both languages', () => {
    for (const t of ['PhD', 'Ph.D', 'Ph. D', 'Ph.D.', 'a doctorate', 'doctoral', '博士'])
      expect(degreeKind(`received a ${t} in 2001`), t).toBe('phd');
    for (const t of ["master's", 'masters', 'master', 'MSc', 'M.Sc', 'M.S.', 'M.A.', '硕士'])
      expect(degreeKind(`received a ${t} in 2001`), t).toBe('master');
    for (const t of ['bachelor', 'BSc', 'B.Sc', 'BS', 'B.S', 'undergraduate', '学士', '本科'])
      expect(degreeKind(`received a ${t} in 2001`), t).toBe('bachelor');
    for (const t of ['degree', 'phds', 'PhDx', 'mastery', 'BSE'])
      expect(degreeKind(`received a ${t} in 2001`), t).toBeUndefined();
  });
});

describe('roleFits', () => {
  it('fits a relation by its role when it has one, by its type only when it has none', () => {
    expect(roleFits(['director'], 'Director of research', 'works_at')).toBe(true);
    expect(roleFits(['director'], 'professor', 'leads')).toBe(false);
    expect(roleFits(['director'], undefined, 'leads')).toBe(true);
    expect(roleFits(['director'], undefined, 'works_at')).toBe(false);
    expect(roleFits(['cto', 'director'], undefined, 'leads')).toBe(true);
    expect(roleFits(['student'], undefined, 'studied_at')).toBe(true);
    expect(roleFits(['professor'], undefined, 'works_at')).toBe(false);
  });
});

describe('Chinese award names', () => {
  it('appends the English names of the awards a sentence names, and nothing otherwise', () => {
    expect(withAwardNames('他获得图灵奖。')).toBe('他获得图灵奖。 Turing Award');
    expect(withAwardNames('他获得图灵奖和马尔奖。')).toBe(
      '他获得图灵奖和马尔奖。 Turing Award Marr Prize',
    );
    expect(withAwardNames('他获得奖项。')).toBe('他获得奖项。');
  });
});
