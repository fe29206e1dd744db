/** A small dictionary for matcher tests, built with the same code as the real one. */
import { buildEntries } from '../../lib/dataset/compile';
import { buildDictionary, type Dictionary } from '../../lib/match/dictionary';
import { findCandidates } from '../../lib/match/find';
import { resolveDocument } from '../../lib/match/resolve';
import type { Confusable, Entity } from '../../lib/dataset/schema';

type Mini = Pick<Entity, 'id' | 'name' | 'aliases'> & Partial<Entity>;

/**
 * `namesakes`: apply the namesake rule (people with shared names need evidence). Off by default
 * here because most rule tests use Chinese names without any page context; the namesake tests
 * (matcher-namesake.test.ts) switch it on, with field terms.
 */
export function dict(
  entities: Mini[],
  confusables: Confusable[] = [],
  opts: { namesakes?: boolean; fieldTerms?: { text: string; match?: 'word' | 'case' }[] } = {},
): Dictionary {
  const full = entities.map(
    (e) => ({ category: 'person', summary: 's', facts: [], ...e }) as Entity,
  );
  const entries = buildEntries(full, confusables, opts.fieldTerms ?? []).dictionary;
  return buildDictionary(opts.namesakes ? entries : entries.filter((e) => !e.evidence));
}

/** Marks on one document: [entity id, marked text]. */
export function marks(d: Dictionary, text: string): [string, string][] {
  const { marks } = resolveDocument(d, findCandidates(d, text));
  return marks.map((m) => [m.entityId, text.slice(m.candidate.start, m.candidate.end)]);
}
