/**
 * The mark rules (lib/page/highlights.css) and the names the Highlighter sets must not drift
 * apart: a name without a rule paints nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allHighlightNames, highlightName } from '../../lib/page/highlights';

const css = readFileSync(new URL('../../lib/page/highlights.css', import.meta.url), 'utf8');
const ruled = [...css.matchAll(/::highlight\(([\w-]+)\)/g)].map((m) => m[1]);

describe('mark styles', () => {
  it('has exactly one rule for every name the highlighter may set, and the flash', () => {
    expect([...ruled].sort()).toEqual([...allHighlightNames(), 'inkling-flash'].sort());
  });

  it('names carry the category and the look, never more', () => {
    expect(highlightName('person')).toBe('inkling-person');
    expect(highlightName('organisation', { background: true, dark: true })).toBe(
      'inkling-organisation-bg-dark',
    );
    expect(allHighlightNames()).toHaveLength(6 * 4);
  });
});
