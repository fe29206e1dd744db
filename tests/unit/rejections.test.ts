/** "Not this one" choices: what is kept, how a surface is compared, per site. */
import { describe, expect, it } from 'vitest';
import {
  MAX_REJECTIONS,
  mergeRejections,
  rejectedOn,
  rejectionKey,
  sanitizeRejections,
  withRejection,
  withoutRejection,
  type Rejection,
} from '../../lib/settings/rejections';

const r = (over: Partial<Rejection> = {}): Rejection => ({
  site: 'music.example.com',
  entity: 'wu-fei',
  text: 'Wu Fei',
  name: 'Wu Fei',
  at: 1,
  ...over,
});

describe('"Not this one" choices', () => {
  it('keeps valid entries only, once per site, entity and surface', () => {
    const raw = [r(), r({ text: 'WU  FEI' }), { site: 'x', entity: 'Bad Id', text: 'a' }, null, 7];
    expect(sanitizeRejections(raw)).toEqual([r()]);
    expect(sanitizeRejections('nope')).toEqual([]);
    const many = Array.from({ length: MAX_REJECTIONS + 5 }, (_, i) => r({ text: `Name ${i}` }));
    expect(sanitizeRejections(many)).toHaveLength(MAX_REJECTIONS);
  });

  it('compares surfaces folded, as the matcher does', () => {
    expect(rejectionKey('wu-fei', 'Wu\n  Fei')).toBe(rejectionKey('wu-fei', 'WU FEI'));
    expect(rejectionKey('wu-fei', 'Wu')).not.toBe(rejectionKey('wu-fei', 'Wu Fei'));
  });

  it('applies to one site only', () => {
    const list = [r(), r({ site: 'news.example.com', entity: 'zhang-peng', text: 'Zhang Peng' })];
    expect([...rejectedOn(list, 'music.example.com')]).toEqual([rejectionKey('wu-fei', 'Wu Fei')]);
    expect(rejectedOn(list, 'other.example.com').size).toBe(0);
  });

  it('adds, undoes and merges', () => {
    const one = withRejection([], r());
    expect(withRejection(one, r({ at: 2 }))).toHaveLength(1);
    expect(
      withoutRejection(one, { site: 'music.example.com', entity: 'wu-fei', text: 'wu fei' }),
    ).toEqual([]);
    expect(mergeRejections(one, [r({ text: 'Wu' })]).map((x) => x.text)).toEqual(['Wu Fei', 'Wu']);
  });
});
