/**
 * A counter the worker bumps whenever the data tabs match with changes (a pack imported,
 * enabled, disabled or removed). Content scripts watch it and fetch the new dictionary.
 */
import { storage } from '#imports';
import { quietUnwatch } from './quiet-unwatch';
import { lazyItem } from './lazy-item';

const define = () => storage.defineItem<number>('local:dataVersion', { fallback: 0 });

/** The item, with a watch whose unwatch is safe after an extension reload (see quiet-unwatch). */
export const dataVersionItem = lazyItem((): ReturnType<typeof define> => {
  const item = define();
  return { ...item, watch: (cb) => quietUnwatch(item.watch(cb)) };
});
