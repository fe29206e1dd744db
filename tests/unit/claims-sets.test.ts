/**
 * The claim evaluation's sections and exit (issue 16): files are tuned, formerly held out or
 * blind as sets.json marks them; a file it does not mark is an error; `--no-blind` drops blind
 * files before they are read; blind mistakes are never shown; the targets are judged on the blind
 * section alone and a missing blind set is a failure.
 */
import { describe, expect, it } from 'vitest';
import {
  filesToRead,
  judge,
  mayShowMistakes,
  parseManifest,
  sectionOf,
} from '../../scripts/lib/claims-sets';
import type { VerdictScore } from '../../scripts/lib/claims-score';

const manifest = parseManifest({
  $comment: 'ignored',
  'a.json': 'tuned',
  'b.json': 'formerly-heldout',
  'c.json': 'blind',
});
const score = (precision: number, recall: number): VerdictScore => ({
  tp: 0,
  fp: 0,
  fn: 0,
  precision,
  recall,
});
const good = {
  scores: { matches: score(1, 0.9), differs: score(0.98, 0.9), unknown: score(1, 1) },
  uncovered: 0,
};

describe('claim evaluation sets', () => {
  it('reads every marked file, and leaves the blind ones out with --no-blind', () => {
    const files = ['c.json', 'a.json', 'b.json', 'sets.json', 'notes.md'];
    expect(filesToRead(files, manifest, false)).toEqual([
      { file: 'a.json', set: 'tuned' },
      { file: 'b.json', set: 'formerly-heldout' },
      { file: 'c.json', set: 'blind' },
    ]);
    expect(filesToRead(files, manifest, true).map((f) => f.file)).toEqual(['a.json', 'b.json']);
  });

  it('refuses a fixture file the manifest does not mark, and a marked file that is missing', () => {
    expect(() =>
      filesToRead(['a.json', 'b.json', 'c.json', 'heldout-4.json'], manifest, true),
    ).toThrow(/does not mark heldout-4.json/);
    expect(() => filesToRead(['a.json', 'b.json'], manifest, false)).toThrow(
      /missing files: c.json/,
    );
    expect(() => parseManifest({ 'x.json': 'held out' })).toThrow(/not one of/);
  });

  it('puts held-out sentences of a tuned file in the formerly held-out section; blind stays blind', () => {
    expect(sectionOf('tuned', {})).toBe('tuned');
    expect(sectionOf('tuned', { split: 'heldout' })).toBe('formerly-heldout');
    expect(sectionOf('formerly-heldout', { split: 'tuned' })).toBe('formerly-heldout');
    expect(sectionOf('blind', { split: 'tuned' })).toBe('blind');
    expect(mayShowMistakes('blind')).toBe(false);
    expect(mayShowMistakes('formerly-heldout')).toBe(true);
  });

  it('passes only when the blind section meets every target', () => {
    expect(judge(good, false).code).toBe(0);
    const lowPrecision = { ...good, scores: { ...good.scores, differs: score(0.96, 0.9) } };
    expect(judge(lowPrecision, false)).toMatchObject({ code: 1, message: /differs precision/ });
    const lowMatches = { ...good, scores: { ...good.scores, matches: score(1, 0.84) } };
    expect(judge(lowMatches, false)).toMatchObject({ code: 1, message: /matches recall/ });
    expect(judge({ ...good, uncovered: 1 }, false)).toMatchObject({
      code: 1,
      message: /not covered/,
    });
  });

  it('fails without a blind set, and judges nothing with --no-blind', () => {
    expect(judge(undefined, false)).toMatchObject({ code: 1, message: /no blind/ });
    expect(judge(undefined, true)).toMatchObject({ code: 0, message: /not judged/ });
  });
});
