/**
 * A WXT storage item defined on first use. Defining an item reads it at once (and runs its
 * migrations, if any): defined at module scope, every item a context imports is a storage round
 * trip at load — in the content script, in every frame of every page, including the frames that
 * then find nothing to do. Behind this, an item costs nothing until it is read, written or
 * watched.
 */
export function lazyItem<I extends object>(define: () => I): I {
  let item: I | undefined;
  return new Proxy({} as I, {
    get(_target, key) {
      item ??= define();
      const value = Reflect.get(item, key) as unknown;
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(item)
        : value;
    },
  });
}
