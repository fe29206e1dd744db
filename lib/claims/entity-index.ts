/** The claim checker's view of a runtime: entities, and the dictionary to find names with. */
import type { Runtime } from '../dataset/runtime';
import type { EntityIndex } from './statements';

const cache = new WeakMap<Runtime, EntityIndex>();

export function entityIndex(r: Runtime): EntityIndex {
  let x = cache.get(r);
  if (!x) {
    x = {
      dict: r.dictionary,
      entities: r.entities,
      isPerson: (id) => r.categories[id] === 'person',
    };
    cache.set(r, x);
  }
  return x;
}
