/**
 * Merges enabled packs into the bundled data, so their entities are marked, carded and searched
 * like the bundled ones. A pack's relation to a bundled entity also shows on the bundled card,
 * and an alias a pack shares with the bundled data names both (and is then treated as ambiguous,
 * as within the bundled data).
 */
import type { Bundle } from '../dataset/runtime';
import type { CompiledData, EntityRecord } from '../dataset/compile';
import type { DictEntry } from '../match/dictionary';
import { foldKey } from '../text/tokenize';

export interface PackPart {
  id: string;
  version: string;
  compiled: CompiledData;
}

const entryKey = (d: DictEntry) =>
  `${d.mode}\u0000${d.mode === 'case' ? d.text.normalize('NFKC') : foldKey(d.text)}`;

export function mergePacks(bundle: Bundle, packs: PackPart[]): Bundle {
  if (packs.length === 0) return bundle;
  const records = new Map<string, EntityRecord>(bundle.entities.map((e) => [e.id, e]));
  const touched = new Set<string>();
  const sources = [...bundle.sources];
  const byKey = new Map<string, DictEntry>();
  const confusables: DictEntry[] = [];
  const addEntry = (d: DictEntry) => {
    if (d.confusable) return void confusables.push(d);
    const key = entryKey(d);
    const cur = byKey.get(key);
    if (!cur) byKey.set(key, { ...d, ids: [...d.ids] });
    else for (const id of d.ids) if (!cur.ids.includes(id)) cur.ids.push(id);
  };
  bundle.dictionary.forEach(addEntry);
  for (const p of packs) {
    for (const e of p.compiled.entities) if (!records.has(e.id)) records.set(e.id, e);
    sources.push(...p.compiled.sources);
    p.compiled.dictionary.forEach(addEntry);
  }
  // Relations from a pack entity to an entity outside its pack: add the other end's view.
  for (const p of packs) {
    const own = new Set(p.compiled.entities.map((e) => e.id));
    for (const e of p.compiled.entities)
      for (const r of e.relations) {
        if (own.has(r.other)) continue;
        const target = records.get(r.other);
        if (!target) continue;
        if (!touched.has(target.id)) {
          records.set(target.id, { ...target, relations: [...target.relations] });
          touched.add(target.id);
        }
        records.get(target.id)!.relations.push({
          ...r,
          direction: r.direction === 'out' ? 'in' : 'out',
          other: e.id,
        });
      }
  }
  return {
    ...bundle,
    version: `${bundle.version}+${packs.map((p) => `${p.id}@${p.version}`).join(',')}`,
    entities: [...records.values()],
    sources,
    dictionary: [...byKey.values(), ...confusables],
    collisions: [...bundle.collisions, ...packs.flatMap((p) => p.compiled.collisions)],
  };
}
