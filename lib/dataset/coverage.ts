/**
 * Coverage of a compiled dataset: what `npm run data:report` prints and the tests check.
 * Pure: takes the compiled data and the seed entity ids, returns counts and gap lists.
 */
import type { CompiledData, Collision } from './compile';

export interface Coverage {
  entities: number;
  byCategory: Record<string, number>;
  /** Organisations by kind ('none' when an organisation has no kind). */
  byKind: Record<string, number>;
  facts: number;
  contestedFacts: string[];
  /** Citations of facts, relations and native names. */
  citations: number;
  sources: number;
  sourcesByKind: Record<string, number>;
  /** Sources that no fact, relation or native name cites. */
  uncitedSources: string[];
  /** Sources of a weak kind (GitHub pages, AI-written wikis): to replace where possible. */
  weakSources: string[];
  relations: number;
  relationsByType: Record<string, number>;
  native: { withNative: number; withTraditional: number };
  /** People and organisations with no Chinese name and no region outside China. */
  missingNative: string[];
  /** People and organisations with no Chinese name that declare a region outside China. */
  notChinese: string[];
  collisions: Collision[];
  missingSeedEntities: string[];
  /** Entities below the minimum number of facts (3 for people and organisations, else 2). */
  thin: string[];
}

/**
 * Hosts whose pages are GitHub profiles or pages, or wikis written by language models: usable
 * as a last resort, listed by the report so they get replaced by stronger sources.
 */
const WEAK_HOSTS =
  /(^|\.)(github\.com|github\.io|aiwiki\.ai|agentica\.wiki|wikisum\.wiki|systems-analysis\.ru|timepointai\.com|hayo\.com|chatgptglobal\.news)$/;

export function isWeakSource(url: string): boolean {
  return WEAK_HOSTS.test(new URL(url).hostname);
}

const count = (into: Record<string, number>, key: string) => {
  into[key] = (into[key] ?? 0) + 1;
};

export function coverageOf(data: CompiledData, seedIds: string[]): Coverage {
  const byCategory: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  const sourcesByKind: Record<string, number> = {};
  const relationsByType: Record<string, number> = {};
  const cited = new Set<string>();
  const contestedFacts: string[] = [];
  const missingNative: string[] = [];
  const notChinese: string[] = [];
  const thin: string[] = [];
  let facts = 0;
  let citations = 0;
  let relations = 0;
  let withNative = 0;
  let withTraditional = 0;

  for (const e of data.entities) {
    count(byCategory, e.category);
    if (e.category === 'organisation') count(byKind, e.kind ?? 'none');
    facts += e.facts.length;
    const min = e.category === 'person' || e.category === 'organisation' ? 3 : 2;
    if (e.facts.length < min) thin.push(e.id);
    e.facts.forEach((f, i) => {
      if (f.contested) contestedFacts.push(`${e.id}.facts[${i}]`);
      for (const c of f.citations) {
        citations++;
        cited.add(c.source);
      }
    });
    // Relations are stored at both ends; count each edge once, at its 'out' end.
    for (const r of e.relations) {
      if (r.direction !== 'out') continue;
      relations++;
      count(relationsByType, r.type);
      citations++;
      cited.add(r.citation.source);
    }
    if (e.native) {
      withNative++;
      if (e.native.hant) withTraditional++;
      citations++;
      cited.add(e.native.citation.source);
    } else if (e.category === 'person' || e.category === 'organisation') {
      if (e.region && e.region !== 'china') notChinese.push(e.id);
      else missingNative.push(e.id);
    }
  }
  for (const s of data.sources) count(sourcesByKind, s.kind);
  const ids = new Set(data.entities.map((e) => e.id));
  return {
    entities: data.entities.length,
    byCategory,
    byKind,
    facts,
    contestedFacts,
    citations,
    sources: data.sources.length,
    sourcesByKind,
    uncitedSources: data.sources.filter((s) => !cited.has(s.id)).map((s) => s.id),
    weakSources: data.sources.filter((s) => isWeakSource(s.url)).map((s) => s.id),
    relations,
    relationsByType,
    native: { withNative, withTraditional },
    missingNative,
    notChinese,
    collisions: data.collisions,
    missingSeedEntities: seedIds.filter((id) => !ids.has(id)),
    thin,
  };
}
