/**
 * Prints every breach of the dataset policy (lib/dataset/policy.ts), one per line, each
 * starting with the entity or source id; `--strict` exits 1 when there is any;
 * `--write-known` writes them to data/policy/known-breaches.txt (the build's ratchet).
 * `npm run data:policy | grep <id>` shows one batch's breaches.
 */
import { compileDataset } from '../lib/dataset/compile';
import { checkPolicy, sourceDating } from '../lib/dataset/policy';
import { writeFileSync } from 'node:fs';
import { knownBreachesFile, readPolicyLists, readRawDataset } from './lib/data-files';

const result = compileDataset(readRawDataset());
if (!result.ok) {
  console.error(result.errors.join('\n'));
  process.exit(1);
}
const breaches = checkPolicy(result.value, readPolicyLists());
for (const b of breaches) console.log(b);
const dating = sourceDating(result.value);
console.log(
  `policy: ${breaches.length} breach(es); undated sources ${dating.undated.length}/${dating.total}`,
);
if (process.argv.includes('--write-known'))
  writeFileSync(
    knownBreachesFile,
    '# Policy breaches known and still to fix (npm run data:policy -- --write-known).\n' +
      '# The data build fails on any breach not listed here, and on a listed one that is gone.\n' +
      breaches.join('\n') +
      '\n',
  );
if (process.argv.includes('--strict') && breaches.length > 0) process.exit(1);
