/** Everything a card needs for one entity, assembled by the worker so the card does no lookups. */
import type { EntityRecord } from '../dataset/compile';
import type { Category, Source } from '../dataset/schema';

export interface CardData {
  entity: EntityRecord;
  /** The sources its facts, relations and native name cite. */
  sources: Record<string, Source>;
  /** Names and categories of the entities its relations point to. */
  related: Record<string, { name: string; native?: string; category: Category }>;
  /** Dataset version, shown in the card's footer. */
  version: string;
}

export interface EntityLookup {
  entities: Map<string, EntityRecord>;
  sources: Map<string, Source>;
  version: string;
}

export function makeCardData(db: EntityLookup, id: string): CardData | null {
  const entity = db.entities.get(id);
  if (!entity) return null;
  const sources: Record<string, Source> = {};
  const cite = (sid: string) => {
    const s = db.sources.get(sid);
    if (s) sources[sid] = s;
  };
  entity.facts.forEach((f) => f.citations.forEach((c) => cite(c.source)));
  entity.relations.forEach((r) => cite(r.citation.source));
  if (entity.native) cite(entity.native.citation.source);
  const related: CardData['related'] = {};
  for (const r of entity.relations) {
    const o = db.entities.get(r.other);
    if (o) related[o.id] = { name: o.name, native: o.native?.hans, category: o.category };
  }
  return { entity, sources, related, version: db.version };
}
