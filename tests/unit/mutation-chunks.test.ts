/**
 * Splitting a long file into line ranges for Stryker: whole top-level statements only, every line
 * covered once, no range longer than asked unless one statement is.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chunksOf } from '../../scripts/lib/mutation-chunks';

const fn = (name: string, bodyLines: number) =>
  [`// ${name}`, `export function ${name}() {`, ...Array(bodyLines).fill('  x++;'), '}'].join('\n');

describe('chunksOf', () => {
  it('keeps a short file whole', () => {
    const src = [fn('a', 2), fn('b', 2)].join('\n');
    expect(chunksOf(src, 100)).toEqual([{ start: 1, end: 10 }]);
  });

  it('cuts between statements, leading comments going with the statement after the cut', () => {
    // a: lines 1-5, b: 6-10, c: 11-15
    const src = [fn('a', 2), fn('b', 2), fn('c', 2)].join('\n');
    expect(chunksOf(src, 10)).toEqual([
      { start: 1, end: 10 },
      { start: 11, end: 15 },
    ]);
    expect(chunksOf(src, 9)).toEqual([
      { start: 1, end: 5 },
      { start: 6, end: 10 },
      { start: 11, end: 15 },
    ]);
    expect(src.split('\n')[10]).toBe('// c');
  });

  it('gives a statement longer than the limit a range of its own', () => {
    // a: 1-4, big: 5-24, c: 25-28
    const src = [fn('a', 1), fn('big', 17), fn('c', 1)].join('\n');
    expect(chunksOf(src, 6)).toEqual([
      { start: 1, end: 4 },
      { start: 5, end: 24 },
      { start: 25, end: 28 },
    ]);
  });

  it('covers every line of a real file once, each cut at a top-level statement', () => {
    const src = readFileSync('lib/claims/events.ts', 'utf8');
    const lines = src.split('\n');
    const ranges = chunksOf(src, 250);
    expect(ranges.length).toBeGreaterThan(3);
    expect(ranges[0]!.start).toBe(1);
    expect(ranges.at(-1)!.end).toBe(lines.length);
    for (let i = 1; i < ranges.length; i++) {
      expect(ranges[i]!.start).toBe(ranges[i - 1]!.end + 1);
      // The line before a cut closes a statement at the top level.
      expect(lines[ranges[i]!.start - 2]).toMatch(/^(\}|\];|\);|.*;$)/);
    }
    for (const r of ranges) expect(r.end - r.start + 1).toBeLessThanOrEqual(250);
  });
});
