/**
 * The dataset as the service worker holds it: card records, the search index and the matcher's
 * dictionary, built once per worker start from the compiled bundle (plus user packs).
 */
import type { CompiledData } from './compile';
import type { Category } from './schema';
import type { EntityLookup } from '../card/card-data';
import { buildDictionary, type Dictionary } from '../match/dictionary';
import { buildSearchIndex, type SearchIndex } from '../search/search-index';

export interface Bundle extends CompiledData {
  version: string;
  hash: string;
}

export interface Runtime extends EntityLookup {
  /** The matcher's dictionary: pages send their text here to be matched (lib/worker/page-match.ts). */
  dictionary: Dictionary;
  categories: Record<string, Category>;
  /** Canonical names, for the page's summary in the popup. */
  names: Record<string, string>;
  /** Chinese names (simplified), for the same list in the Chinese interface. */
  natives: Record<string, string>;
  search: SearchIndex;
}

export function createRuntime(bundle: Bundle): Runtime {
  const entities = new Map(bundle.entities.map((e) => [e.id, e]));
  const sources = new Map(bundle.sources.map((s) => [s.id, s]));
  const categories: Record<string, Category> = {};
  const names: Record<string, string> = {};
  const natives: Record<string, string> = {};
  for (const e of bundle.entities) {
    categories[e.id] = e.category;
    names[e.id] = e.name;
    if (e.native) natives[e.id] = e.native.hans;
  }
  const search = buildSearchIndex(
    bundle.entities.map((e) => ({
      id: e.id,
      name: e.name,
      native: e.native?.hans,
      category: e.category,
      summaryZh: e.summaryZh,
      weight: e.facts.length + e.relations.length,
      names: [
        e.name,
        ...(e.native ? [e.native.hans, e.native.hant ?? ''] : []),
        ...e.aliases.map((a) => a.text),
      ].filter(Boolean),
    })),
  );
  return {
    entities,
    sources,
    version: bundle.version,
    dictionary: buildDictionary(bundle.dictionary),
    categories,
    names,
    natives,
    search,
  };
}
