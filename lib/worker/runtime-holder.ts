/**
 * The worker's one dataset runtime, built lazily on first use after each worker start and
 * rebuilt when the data changes (a pack imported, enabled, disabled or removed). The bundled
 * data is always there: if the pack store or a pack fails, the runtime is the bundled data alone,
 * in memory, and the failure is reported to the options page.
 */
import bundle from '../generated/dataset.json';
import { createRuntime, type Bundle, type Runtime } from '../dataset/runtime';
import { getPackStore } from '../user-data/instance';
import { loadEnabledPacks, type PackProblem } from '../user-data/packs';
import { mergePacks } from '../user-data/merge';

let current: Promise<Runtime> | undefined;
let problems: PackProblem[] = [];

/** The bundled data, as compiled at build time. */
export const bundled = bundle as unknown as Bundle;

export function getRuntime(): Promise<Runtime> {
  current ??= build();
  return current;
}

async function build(): Promise<Runtime> {
  try {
    const loaded = await loadEnabledPacks(await getPackStore(), bundled);
    problems = loaded.problems;
    return createRuntime(mergePacks(bundled, loaded.parts));
  } catch (e) {
    problems = [{ id: '*', errors: [e instanceof Error ? e.message : String(e)] }];
    return createRuntime(bundled);
  }
}

/** Packs left out of the current runtime, and why. */
export function packProblems(): PackProblem[] {
  return problems;
}

/** Drop the runtime so the next request rebuilds it. */
export function invalidateRuntime(): void {
  current = undefined;
}
