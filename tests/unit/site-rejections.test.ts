// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { SiteRejections } from '../../lib/page/site-rejections';
import type { Rejection } from '../../lib/settings/rejections';
import { mentionIn } from './page-fakes';

const choice = (site: string, entity: string, text: string): Rejection => ({
  site,
  entity,
  text,
  name: entity,
  at: 0,
});

function page() {
  document.body.innerHTML = '<p>Wu Fei plays. WU  FEI again. Wu Fei the professor.</p>';
  const p = document.querySelector('p')!;
  return {
    first: mentionIn(p, 'Wu Fei', 'wu-fei'),
    loud: mentionIn(p, 'WU  FEI', 'wu-fei'),
    other: mentionIn(p, 'Wu Fei', 'wu-fei-2'),
  };
}

describe('"Not this one" on a site', () => {
  it('keeps everything until something is rejected', () => {
    const r = new SiteRejections(async () => undefined);
    const { first, other } = page();
    expect(r.keep([first, other])).toEqual([first, other]);
  });

  it("holds only this site's choices, and drops every surface that folds the same", () => {
    const r = new SiteRejections(async () => undefined);
    const { first, loud, other } = page();
    const list = [
      choice('music.example', 'wu-fei', 'wu fei'),
      choice('elsewhere.example', 'wu-fei-2', 'Wu Fei'),
    ];
    expect(r.replace(list, 'music.example')).toBe('added');
    expect(r.keep([first, loud, other])).toEqual([other]);
  });

  it('tells a list that only adds from one that undoes a choice', () => {
    const r = new SiteRejections(async () => undefined);
    const a = choice('s.example', 'a', 'A');
    const b = choice('s.example', 'b', 'B');
    expect(r.replace([a], 's.example')).toBe('added');
    expect(r.replace([a], 's.example')).toBe('same');
    expect(r.replace([a, b], 's.example')).toBe('added');
    expect(r.replace([b], 's.example')).toBe('undone');
    expect(r.replace([b, choice('other.example', 'c', 'C')], 's.example')).toBe('same');
  });

  it('drops a rejected mark at once and stores the choice for the site', async () => {
    const stored: Rejection[] = [];
    const r = new SiteRejections(async (x) => void stored.push(x));
    const { first, loud, other } = page();
    r.reject(first, 'Wu Fei (professor)', 'music.example');
    expect(r.keep([first, loud, other])).toEqual([other]);
    expect(stored).toEqual([
      {
        site: 'music.example',
        entity: 'wu-fei',
        text: 'Wu Fei',
        name: 'Wu Fei (professor)',
        at: expect.any(Number),
      },
    ]);
  });

  it('still drops the mark when storing fails', async () => {
    const r = new SiteRejections(() => Promise.reject(new Error('quota')));
    const { first } = page();
    r.reject(first, 'Wu Fei', 'music.example');
    await new Promise((res) => setTimeout(res, 0));
    expect(r.keep([first])).toEqual([]);
  });
});
