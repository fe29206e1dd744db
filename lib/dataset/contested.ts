/**
 * Contested facts: sources disagree on a value (Song-Chun Zhu's birth year). The compiler lists
 * each value's citations in the fact's `citations` too; the card needs to tell them apart again.
 */
import type { Citation, Fact } from './schema';

const key = (c: Citation) => `${c.source}\u0000${c.quote}`;

/** The citations of a fact that back none of its contested values (all of them if uncontested). */
export function ownCitations(fact: Fact): Citation[] {
  if (!fact.contested) return fact.citations;
  const ofValues = new Set(fact.contested.flatMap((cv) => cv.citations.map(key)));
  return fact.citations.filter((c) => !ofValues.has(key(c)));
}
