/**
 * The mutation score of a folder measured in parts (scripts/mutation.ts --parts): statuses are
 * counted per file, a re-measured file replaces its older result, and compile errors and
 * ignored mutants are left out of the score.
 */
import { describe, expect, it } from 'vitest';
import { countsPerFile, scoreOf, sumCounts, withFile } from '../../scripts/lib/mutation-score';

const report = (files: Record<string, string[]>) => ({
  files: Object.fromEntries(
    Object.entries(files).map(([f, statuses]) => [
      f,
      { mutants: statuses.map((status) => ({ status })) },
    ]),
  ),
});

describe('mutation scores over parts', () => {
  it('scores killed and timed-out mutants against all but compile errors and ignored ones', () => {
    const s = scoreOf({
      Killed: 6,
      Timeout: 2,
      Survived: 1,
      NoCoverage: 1,
      CompileError: 9,
      Ignored: 4,
    });
    expect(s).toMatchObject({ detected: 8, total: 10, score: 80 });
    expect(scoreOf({}).score).toBe(100);
    expect(scoreOf({ CompileError: 3 }).total).toBe(0);
  });
  it('sums the files of several reports, the later report winning for a file in both', () => {
    const old = report({ 'a.ts': ['Killed', 'Survived'], 'b.ts': ['Survived'] });
    const again = report({ 'b.ts': ['Killed', 'Killed'] });
    const perFile = countsPerFile([old, again]);
    expect(perFile.get('a.ts')).toEqual({ Killed: 1, Survived: 1 });
    expect(perFile.get('b.ts')).toEqual({ Killed: 2 });
    expect(sumCounts(perFile.values())).toEqual({ Killed: 3, Survived: 1 });
    expect(scoreOf(sumCounts(perFile.values())).score).toBe(75);
  });
  it('records a measured file with nothing to mutate, whose report leaves it out', () => {
    // Stryker writes `files: {}` (or no report at all) for a file of types only.
    expect(countsPerFile([withFile({ files: {} }, 'types.ts')]).get('types.ts')).toEqual({});
    expect(countsPerFile([withFile(undefined, 'types.ts')]).get('types.ts')).toEqual({});
    const measured = report({ 'a.ts': ['Killed'] });
    expect(withFile(measured, 'a.ts')).toBe(measured);
  });
  it('counts a file with no mutants as measured, adding nothing', () => {
    const perFile = countsPerFile([report({ 'types.ts': [] })]);
    expect(perFile.has('types.ts')).toBe(true);
    expect(sumCounts(perFile.values())).toEqual({});
  });
});
