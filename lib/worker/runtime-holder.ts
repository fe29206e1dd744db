/**
 * The worker's one dataset runtime, built lazily on first use after each worker start and
 * rebuilt when the data changes (e.g. a pack is imported).
 */
import bundle from '../generated/dataset.json';
import { createRuntime, type Bundle, type Runtime } from '../dataset/runtime';

let current: Promise<Runtime> | undefined;

export function getRuntime(): Promise<Runtime> {
  current ??= Promise.resolve(createRuntime(bundle as unknown as Bundle));
  return current;
}

/** Drop the runtime so the next request rebuilds it. */
export function invalidateRuntime(): void {
  current = undefined;
}
