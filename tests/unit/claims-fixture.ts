/**
 * The claim-check tests' small hand-built datasets: sources, citations and facts in the raw
 * dataset's shape, and a checker over a raw dataset compiled the way the extension compiles it.
 * Each test file builds its own entities, so data/ can move without moving them.
 */
import { compileDataset } from '../../lib/dataset/compile';
import { createRuntime, type Bundle } from '../../lib/dataset/runtime';
import { entityIndex } from '../../lib/claims/entity-index';
import { checkSentence } from '../../lib/claims/check';

export const src = (id: string) => ({
  id,
  title: `Title ${id}`,
  publisher: `Pub ${id}`,
  published: '2021-01-05',
  url: `https://example.org/${id}`,
  kind: 'news',
  accessed: '2026-11-22',
});
export const cite = (q: string, source = 's1') => ({ source, quote: q });
export const fact = (text: string, statements?: object[], more: object = {}) => ({
  text,
  ...(statements ? { statements } : {}),
  citations: [cite(text.slice(0, 10))],
  ...more,
});

/** Facts citing their own text, one per text. */
export const facts = (...texts: string[]) =>
  texts.map((text) => ({ text, citations: [cite(text)] }));
/** An organisation (an institute) with three plain facts; `more` adds or replaces fields. */
export const org = (id: string, name: string, more: object = {}) => ({
  id,
  category: 'organisation',
  kind: 'institute',
  name,
  aliases: [],
  summary: `${name}.`,
  facts: facts('One.', 'Two.', 'Three.'),
  ...more,
});
/** A person with three plain facts; `more` adds or replaces fields. */
export const person = (id: string, name: string, more: object = {}) => ({
  id,
  category: 'person',
  name,
  aliases: [],
  summary: `${name}.`,
  facts: facts('One.', 'Two.', 'Three.'),
  ...more,
});

/** A raw dataset of these entities, their facts citing the sources named (s1 by default). */
export const rawDataset = (entities: object[], sources = ['s1']) => ({
  sources: [{ name: 's', data: sources.map(src) }],
  confusables: [{ name: 'c', data: [] }],
  entities: [{ name: 'e', data: entities }],
});

/** Checks sentences against `raw` (which must compile): the claims about the mention's entity. */
export function claimChecker(raw: Parameters<typeof compileDataset>[0]) {
  const compiled = compileDataset(raw);
  if (!compiled.ok) throw new Error(compiled.errors.join('\n'));
  const index = entityIndex(createRuntime({ ...compiled.value, version: 't', hash: '' } as Bundle));
  const claimsOf = (id: string, mention: string, sentence: string) => {
    const start = sentence.indexOf(mention);
    return checkSentence(index, id, sentence, { start, end: start + mention.length });
  };
  const claim = (id: string, mention: string, sentence: string, quote: string) =>
    claimsOf(id, mention, sentence).find((c) => c.quote === quote);
  return {
    index,
    claimsOf,
    claim,
    /** The verdict on the claim quoted `quote`, or 'none' when there is no such claim. */
    verdict: (id: string, mention: string, sentence: string, quote: string) =>
      claim(id, mention, sentence, quote)?.verdict ?? 'none',
    /** The quotes of the claims of one kind, trimmed. */
    quotes: (id: string, mention: string, sentence: string, kind: 'year' | 'number') =>
      claimsOf(id, mention, sentence)
        .filter((c) => c.kind === kind)
        .map((c) => c.quote.trim()),
  };
}
