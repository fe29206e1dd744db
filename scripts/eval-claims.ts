/**
 * `npm run eval:claims`: checks every sentence in tests/fixtures/claims/ against the dataset
 * compiled from data/ and prints precision and recall per verdict. Exits with 1 when the
 * targets (precision of "differs" ≥ 0.95, recall of "matches" ≥ 0.8) are missed.
 * `--verbose` prints every claim.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from '../lib/dataset/compile';
import { createRuntime, type Bundle } from '../lib/dataset/runtime';
import { entityIndex } from '../lib/claims/entity-index';
import { checkSentence } from '../lib/claims/check';
import { scoreClaims, TARGETS, VERDICTS, type ClaimFixture } from './lib/claims-score';
import { readRawDataset, root } from './lib/data-files';

const verbose = process.argv.includes('--verbose');
const compiled = compileDataset(readRawDataset());
if (!compiled.ok) {
  console.error(`data/ does not compile:\n  ${compiled.errors.slice(0, 10).join('\n  ')}`);
  process.exit(2);
}
const index = entityIndex(
  createRuntime({ ...compiled.value, version: 'eval', hash: '' } as Bundle),
);

const dir = join(root, 'tests/fixtures/claims');
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as ClaimFixture[]);

const cases = fixtures.map((fixture) => {
  if (!index.entities.has(fixture.entity))
    throw new Error(`${fixture.id}: no entity ${fixture.entity}`);
  const start = fixture.sentence.indexOf(fixture.mention);
  const got = checkSentence(index, fixture.entity, fixture.sentence, {
    start,
    end: start + fixture.mention.length,
  });
  if (verbose) {
    console.log(`${fixture.id}: ${fixture.sentence}`);
    for (const c of got)
      console.log(
        `   ${c.kind} “${c.quote}” ${c.verdict}${c.datasetValue ? ` (${c.datasetValue})` : ''}`,
      );
  }
  return { fixture, got };
});

const { scores, mistakes } = scoreClaims(cases);
const zh = fixtures.filter((f) => /\p{Script=Han}/u.test(f.sentence)).length;
console.log(
  `claims: ${fixtures.length} sentences (${fixtures.length - zh} English, ${zh} Chinese), ${fixtures.reduce((n, f) => n + f.claims.length, 0)} expected claims`,
);
console.log('verdict    precision  recall   tp  fp  fn');
for (const v of VERDICTS) {
  const s = scores[v];
  console.log(
    `${v.padEnd(10)} ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`,
  );
}
if (mistakes.length > 0) {
  console.log('\nmistakes:');
  for (const m of mistakes)
    console.log(`  ${m.id}: “${m.text}” expected ${m.expected}, got ${m.got}`);
}
const ok =
  scores.differs.precision >= TARGETS.differsPrecision &&
  scores.matches.recall >= TARGETS.matchesRecall;
console.log(
  `\ntargets: differs precision ≥ ${TARGETS.differsPrecision} and matches recall ≥ ${TARGETS.matchesRecall}: ${ok ? 'met' : 'NOT met'}`,
);
process.exit(ok ? 0 : 1);
