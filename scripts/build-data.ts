/**
 * Compiles data/ into lib/generated/dataset.json, which the service worker bundles.
 * `--check` validates only (used by the dataset helpers and `npm run data:check`).
 * Invalid data fails with the path of every problem.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from '../lib/dataset/compile';
import { checkSeedQuotes } from '../lib/dataset/seed-quotes';
import { checkPolicy, ratchet } from '../lib/dataset/policy';
import {
  readKnownBreaches,
  readPolicyLists,
  readRawDataset,
  readSeedTexts,
  root,
  seedTexts,
} from './lib/data-files';

const checkOnly = process.argv.includes('--check');
const result = compileDataset(readRawDataset());
// The seed texts live beside the repository in this workspace only (../shared/seeds); a clone
// elsewhere builds without them and says that the check was skipped (INKLING_REQUIRE_SEEDS=1
// makes that an error). Where the folder is, every seed a source names must be in it.
if (result.ok && !seedTexts.present) {
  if (seedTexts.required) {
    console.error(`data: INKLING_REQUIRE_SEEDS=1 but there are no seed texts at ${seedTexts.dir}`);
    process.exit(1);
  }
  console.log(`data: seed-quote check skipped (no seed texts at ${seedTexts.dir})`);
}
const errors = !result.ok
  ? result.errors
  : seedTexts.present
    ? checkSeedQuotes(result.value, readSeedTexts())
    : [];
if (errors.length > 0) {
  console.error(`data: ${errors.length} problem(s)\n` + errors.map((e) => `  ${e}`).join('\n'));
  process.exit(1);
}
if (!result.ok) process.exit(1);
const data = result.value;
// The source and wording policy, as a ratchet: known breaches are listed to fix, new ones fail.
const policy = ratchet(checkPolicy(data, readPolicyLists()), readKnownBreaches());
if (policy.added.length > 0 || policy.gone.length > 0) {
  console.error(
    `data: policy — ${policy.added.length} new breach(es), ${policy.gone.length} fixed but still listed in data/policy/known-breaches.txt\n` +
      [...policy.added.map((b) => `  new: ${b}`), ...policy.gone.map((b) => `  fixed: ${b}`)].join(
        '\n',
      ),
  );
  process.exit(1);
}
if (policy.still.length > 0)
  console.log(
    `data: policy — ${policy.still.length} known breach(es) still to fix (npm run data:policy)`,
  );
const body = JSON.stringify(data);
const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const version = `${pkg.version}+${hash.slice(0, 8)}`;
console.log(
  `data: ok — ${data.entities.length} entities, ${data.sources.length} sources, ` +
    `${data.dictionary.length} names, ${data.collisions.length} shared aliases; version ${version}`,
);
if (!checkOnly) {
  mkdirSync(join(root, 'lib/generated'), { recursive: true });
  writeFileSync(
    join(root, 'lib/generated/dataset.json'),
    JSON.stringify({ version, hash, ...data }),
  );
}
