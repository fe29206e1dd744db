/** Reads data/ and the seed texts from disk (Node only: build script, report and tests). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RawDataset, RawFile } from '../../lib/dataset/compile';

export const root = resolve(import.meta.dirname, '../..');
export const seedsDir = resolve(root, '../shared/seeds');

function readDir(dir: string): RawFile[] {
  const abs = join(root, 'data', dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = `${dir}/${f}`;
      try {
        return { name, data: JSON.parse(readFileSync(join(abs, f), 'utf8')) as unknown };
      } catch (e) {
        return { name, data: { __parseError: String(e) } };
      }
    });
}

export function readRawDataset(): RawDataset {
  return {
    sources: readDir('sources'),
    entities: readDir('entities'),
    confusables: readDir('confusables'),
    linking: readDir('linking'),
  };
}

/**
 * The seed texts live beside the repository in this workspace only; a clone elsewhere has none.
 * `present` says whether the folder is there; INKLING_REQUIRE_SEEDS=1 makes its absence an error
 * for the tests (see tests/unit/dataset.test.ts).
 */
export const seedTexts = {
  dir: seedsDir,
  present: existsSync(seedsDir),
  required: process.env.INKLING_REQUIRE_SEEDS === '1',
};

export function readSeedTexts(): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(seedsDir)) return out;
  for (const f of readdirSync(seedsDir))
    if (f.endsWith('.txt')) out.set(f, readFileSync(join(seedsDir, f), 'utf8'));
  return out;
}

export function readSeedEntityIds(): string[] {
  return JSON.parse(readFileSync(join(root, 'data', 'seed-entities.json'), 'utf8')) as string[];
}

export function readPolicyLists(): { prominent: string[]; deniedHosts: string[] } {
  const read = (f: string) => JSON.parse(readFileSync(join(root, 'data', 'policy', f), 'utf8'));
  return {
    prominent: read('prominent.json') as string[],
    deniedHosts: (read('denied-hosts.json') as { hosts: string[] }).hosts,
  };
}

export const knownBreachesFile = join(root, 'data', 'policy', 'known-breaches.txt');

/** Policy breaches known and still to fix, one per line (see ratchet in lib/dataset/policy.ts). */
export function readKnownBreaches(): string[] {
  if (!existsSync(knownBreachesFile)) return [];
  return readFileSync(knownBreachesFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
}
