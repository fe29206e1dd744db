/**
 * The mark rules (lib/page/highlights.css) and the names the Highlighter sets must not drift
 * apart: a name without a rule paints nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allHighlightNames,
  firstOnScreen,
  highlightName,
  nearestWindow,
  PAINT_WINDOW,
} from '../../lib/page/highlights';
import type { Mention } from '../../lib/page/page-index';

const css = readFileSync(new URL('../../lib/page/highlights.css', import.meta.url), 'utf8');
const ruled = [...css.matchAll(/::highlight\(([\w-]+)\)/g)].map((m) => m[1]);

describe('mark styles', () => {
  it('has exactly one rule for every name the highlighter may set, and the flash', () => {
    expect([...ruled].sort()).toEqual([...allHighlightNames(), 'inkling-flash'].sort());
  });

  it('names carry the category and the look, never more', () => {
    expect(highlightName('person')).toBe('inkling-person');
    expect(highlightName('organisation', true)).toBe('inkling-organisation-bg');
    expect(allHighlightNames()).toHaveLength(6 * 2);
  });

  // One colour per category serves light and dark pages: each mark colour must stand out
  // (WCAG non-text contrast, 3:1) on a white page and on a typical dark page.
  it('every mark colour has a contrast of 3:1 on white and on a dark page', () => {
    const underlines = [...css.matchAll(/underline 2px (#[0-9a-f]{6})/g)].map((m) => m[1]!);
    expect(underlines).toHaveLength(6);
    for (const c of underlines) {
      expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(3);
      expect(contrast(c, '#1e1e1e'), c).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps the rule count small: each ::highlight() rule costs style work on every element', () => {
    expect(ruled.length).toBeLessThanOrEqual(13);
  });
});

function luminance(hex: string): number {
  const lin = (i: number) => {
    const s = parseInt(hex.slice(i, i + 2), 16) / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(1) + 0.7152 * lin(3) + 0.0722 * lin(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the painted window on pages with many marks', () => {
  // Marks 20 px apart, the page scrolled down by `scrollY`.
  const marks = (n: number, scrollY: number) =>
    Array.from({ length: n }, (_, i) => ({
      range: {
        getBoundingClientRect: () => ({ top: i * 20 - scrollY, bottom: i * 20 + 16 - scrollY }),
      },
    })) as unknown as Mention[];

  it('finds the first mark on screen by binary search', () => {
    expect(firstOnScreen(marks(5000, 0))).toBe(0);
    expect(firstOnScreen(marks(5000, 20 * 3000))).toBe(3000);
    expect(firstOnScreen(marks(5000, 20 * 3000 + 17))).toBe(3001);
    expect(firstOnScreen(marks(5000, 20 * 9000))).toBe(5000);
  });

  it('paints PAINT_WINDOW marks, a quarter of them above the screen, never past the ends', () => {
    expect(nearestWindow(marks(5000, 0))).toEqual([0, PAINT_WINDOW]);
    expect(nearestWindow(marks(5000, 20 * 3000))).toEqual([
      3000 - PAINT_WINDOW / 4,
      3000 + (PAINT_WINDOW * 3) / 4,
    ]);
    expect(nearestWindow(marks(5000, 20 * 9000))).toEqual([5000 - PAINT_WINDOW, 5000]);
    expect(nearestWindow(marks(300, 20 * 200))).toEqual([0, 300]);
  });
});
