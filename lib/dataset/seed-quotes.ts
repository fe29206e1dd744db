/** Every citation of a seed source must quote words that are really in that seed text. */
import type { CompiledData } from './compile';
import { quoteFoundIn } from './quote-check';

export function checkSeedQuotes(data: CompiledData, seeds: Map<string, string>): string[] {
  const seedOf = new Map(data.sources.filter((s) => s.seed).map((s) => [s.id, s.seed!]));
  const errors: string[] = [];
  const check = (source: string, quote: string, where: string) => {
    const file = seedOf.get(source);
    if (!file) return;
    const text = seeds.get(file);
    if (text === undefined) errors.push(`${where}: seed text ${file} is not available`);
    else if (!quoteFoundIn(quote, text))
      errors.push(`${where}: quote not found in ${file}: "${quote.slice(0, 80)}…"`);
  };
  for (const e of data.entities) {
    e.facts.forEach((f, i) =>
      f.citations.forEach((c, j) =>
        check(c.source, c.quote, `${e.id}.facts[${i}].citations[${j}]`),
      ),
    );
    e.relations.forEach((r, i) => {
      if (r.direction === 'out')
        check(r.citation.source, r.citation.quote, `${e.id}.relations[${i}]`);
    });
    if (e.native) check(e.native.citation.source, e.native.citation.quote, `${e.id}.native`);
  }
  return errors;
}
