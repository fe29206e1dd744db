/**
 * Scores claim checks against hand-written expectations: precision and recall per verdict.
 * A predicted claim is paired with an expected one when one's words contain the other's. A
 * claim nobody expected counts against precision when it says "matches" or "differs" (support
 * or an alarm that should not be there); an unexpected "not in the dataset" is harmless.
 */
import type { ClaimResult, Verdict } from '../../lib/claims/types';

export interface ExpectedClaim {
  text: string;
  verdict: Verdict;
}

export interface ClaimFixture {
  id: string;
  entity: string;
  mention: string;
  sentence: string;
  claims: ExpectedClaim[];
  /** Words that must give no claim at all (numbers inside names, other entities' amounts). */
  noClaim?: string[];
  /** 'heldout' in a tuned file: formerly held out (reported apart; sets.json). Default 'tuned'. */
  split?: 'tuned' | 'heldout';
  /** Quoted from a real article at this address. */
  source?: string;
  real?: boolean;
  /** 'events': only year and number claims are scored (names and roles are left out). */
  scope?: 'events';
  note?: string;
}

/** Claims that should not exist: a quote that is one of the fixture's noClaim words. */
export function spuriousClaims(fixture: ClaimFixture, got: ClaimResult[]): ClaimResult[] {
  const words = fixture.noClaim ?? [];
  const expected = fixture.claims.map((c) => c.text);
  return got.filter(
    (p) =>
      (p.kind === 'year' || p.kind === 'number') &&
      !expected.some((t) => p.quote.includes(t) || t.includes(p.quote)) &&
      words.some(
        (w) => p.quote === w || w.includes(p.quote) || (w.length >= 3 && p.quote.includes(w)),
      ),
  );
}

export interface VerdictScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Mistake {
  id: string;
  text: string;
  expected: Verdict | 'none';
  got: Verdict | 'none';
}

export const VERDICTS: Verdict[] = ['matches', 'differs', 'unknown'];

export function scoreClaims(all: { fixture: ClaimFixture; got: ClaimResult[] }[]): {
  scores: Record<Verdict, VerdictScore>;
  mistakes: Mistake[];
} {
  const count = Object.fromEntries(VERDICTS.map((v) => [v, { tp: 0, fp: 0, fn: 0 }])) as Record<
    Verdict,
    { tp: number; fp: number; fn: number }
  >;
  const mistakes: Mistake[] = [];
  const cases = all.map(({ fixture, got }) => ({
    fixture,
    got:
      fixture.scope === 'events'
        ? got.filter((g) => g.kind === 'year' || g.kind === 'number')
        : got,
  }));
  for (const { fixture, got } of cases) {
    const used = new Set<number>();
    for (const x of fixture.claims) {
      const free = (k: number) => !used.has(k);
      let i = got.findIndex((p, k) => free(k) && p.quote === x.text);
      if (i < 0) i = got.findIndex((p, k) => free(k) && p.quote.includes(x.text));
      if (i < 0) i = got.findIndex((p, k) => free(k) && x.text.includes(p.quote));
      const p = i >= 0 ? got[i] : undefined;
      if (i >= 0) used.add(i);
      const verdict = p?.verdict;
      if (verdict === x.verdict) count[x.verdict].tp++;
      else {
        count[x.verdict].fn++;
        if (verdict) count[verdict].fp++;
        mistakes.push({
          id: fixture.id,
          text: x.text,
          expected: x.verdict,
          got: verdict ?? 'none',
        });
      }
    }
    got.forEach((p, k) => {
      if (used.has(k) || p.verdict === 'unknown') return;
      count[p.verdict].fp++;
      mistakes.push({ id: fixture.id, text: p.quote, expected: 'none', got: p.verdict });
    });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const scores = Object.fromEntries(
    VERDICTS.map((v) => {
      const c = count[v];
      return [v, { ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }];
    }),
  ) as Record<Verdict, VerdictScore>;
  return { scores, mistakes };
}

/** The targets: false alarms destroy trust; support must usually be found. */
export const TARGETS = { differsPrecision: 0.97, differsRecall: 0.85, matchesRecall: 0.85 };
