/**
 * `npm run eval:claims`: checks every sentence in tests/fixtures/claims/ against the dataset
 * compiled from data/ and prints precision and recall per verdict, separately for the tuned
 * sentences and the held-out ones (never tuned on; their mistakes are printed only with
 * `--heldout-mistakes`). Also counts claims that should not exist (numbers inside names, other
 * entities' amounts) and "not covered" answers where the data holds a statement of that type.
 * Exits with 1 when the held-out targets are missed: differs precision ≥ 0.97 and recall
 * ≥ 0.85, matches recall ≥ 0.85, no "not covered" where a statement of the type exists.
 * `--verbose` prints every claim.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from '../lib/dataset/compile';
import { createRuntime, type Bundle } from '../lib/dataset/runtime';
import { entityIndex } from '../lib/claims/entity-index';
import { checkSentence } from '../lib/claims/check';
import {
  scoreClaims,
  spuriousClaims,
  TARGETS,
  VERDICTS,
  type ClaimFixture,
} from './lib/claims-score';
import { typedStatementsOf } from '../lib/claims/typed-check';
import type { ClaimResult } from '../lib/claims/types';
import { readRawDataset, root } from './lib/data-files';

const verbose = process.argv.includes('--verbose');
const showHeldout = process.argv.includes('--heldout-mistakes');
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
  .sort()
  .flatMap((f) =>
    (JSON.parse(readFileSync(join(dir, f), 'utf8')) as ClaimFixture[]).map((x) => ({
      ...x,
      file: f,
    })),
  );

const cases = fixtures.map((fixture) => {
  if (!index.entities.has(fixture.entity))
    throw new Error(`${fixture.id}: no entity ${fixture.entity}`);
  const start = fixture.sentence.indexOf(fixture.mention);
  const got = checkSentence(index, fixture.entity, fixture.sentence, {
    start,
    end: start + fixture.mention.length,
  });
  const split = fixture.split ?? 'tuned';
  if (verbose && (split === 'tuned' || showHeldout)) {
    console.log(`${fixture.id}: ${fixture.sentence}`);
    for (const c of got)
      console.log(
        `   ${c.kind} “${c.quote}” ${c.verdict}${c.event ? ` [${c.event}]` : ''}${c.datasetValue ? ` (${c.datasetValue})` : ''}`,
      );
  }
  return { fixture, got, split };
});

/** "Not covered" although the entity has a statement of the claim's event type. */
function uncoveredTyped(entity: string, c: ClaimResult): boolean {
  if (c.verdict !== 'unknown' || !c.event) return false;
  const e = index.entities.get(entity)!;
  return typedStatementsOf(e, [c.event]).length > 0 && !c.evidence && c.claimTime !== undefined
    ? typedStatementsOf(e, [c.event]).some((s) => s.st.date !== undefined) && !keyed(c)
    : false;
}
/** Released, joined, left … are compared with the statement about the same product or object. */
const keyed = (c: ClaimResult) =>
  ['left', 'joined', 'appointed', 'studied', 'released', 'awarded', 'elected'].includes(c.event!);

function report(name: string, part: typeof cases, showMistakes: boolean) {
  const { scores, mistakes } = scoreClaims(part);
  const zh = part.filter((c) => /\p{Script=Han}/u.test(c.fixture.sentence)).length;
  const real = part.filter((c) => c.fixture.real).length;
  const spurious = part.flatMap((c) =>
    spuriousClaims(c.fixture, c.got).map((g) => ({ id: c.fixture.id, quote: g.quote })),
  );
  const negated = part.filter((c) => c.fixture.claims.length > 0);
  const uncovered = part.flatMap((c) =>
    c.got
      .filter((g) => uncoveredTyped(c.fixture.entity, g))
      .filter((g) => c.fixture.claims.some((x) => x.text === g.quote && x.verdict !== 'unknown'))
      .map((g) => ({ id: c.fixture.id, quote: g.quote, event: g.event })),
  );
  console.log(
    `\n== ${name}: ${part.length} sentences (${part.length - zh} English, ${zh} Chinese; ${real} quoted from real articles), ${part.reduce((n, c) => n + c.fixture.claims.length, 0)} expected claims in ${negated.length} sentences`,
  );
  console.log('verdict    precision  recall   tp  fp  fn');
  for (const v of VERDICTS) {
    const s = scores[v];
    console.log(
      `${v.padEnd(10)} ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`,
    );
  }
  console.log(
    `claims that should not exist (names with numbers, others' amounts): ${spurious.length}`,
  );
  console.log(`"not covered" where the data holds a statement of that type: ${uncovered.length}`);
  if (showMistakes) {
    for (const m of mistakes)
      console.log(`  ${m.id}: “${m.text}” expected ${m.expected}, got ${m.got}`);
    for (const m of spurious) console.log(`  ${m.id}: “${m.quote}” should not be a claim`);
    for (const m of uncovered)
      console.log(`  ${m.id}: “${m.quote}” not covered, but ${m.event} is`);
  } else if (mistakes.length + spurious.length + uncovered.length > 0) {
    console.log(
      `  (${mistakes.length + spurious.length + uncovered.length} mistakes not shown: --heldout-mistakes)`,
    );
  }
  return { scores, spurious, uncovered };
}

report(
  'tuned',
  cases.filter((c) => c.split === 'tuned'),
  true,
);
// The first held-out part (in events.json) and the second (heldout-2.json, written after the
// first had been run once), then both together: the targets apply to both together.
const second = (c: (typeof cases)[number]) => c.fixture.file === 'heldout-2.json';
report(
  'held out, part 1',
  cases.filter((c) => c.split === 'heldout' && !second(c)),
  showHeldout,
);
report(
  'held out, part 2',
  cases.filter((c) => c.split === 'heldout' && second(c)),
  showHeldout,
);
const held = report(
  'held out, all',
  cases.filter((c) => c.split === 'heldout'),
  showHeldout,
);
const s = held.scores;
const ok =
  s.differs.precision >= TARGETS.differsPrecision &&
  s.differs.recall >= TARGETS.differsRecall &&
  s.matches.recall >= TARGETS.matchesRecall &&
  held.uncovered.length === 0;
console.log(
  `\nheld-out targets: differs precision ≥ ${TARGETS.differsPrecision}, differs recall ≥ ${TARGETS.differsRecall}, matches recall ≥ ${TARGETS.matchesRecall}, no "not covered" where a statement exists: ${ok ? 'met' : 'NOT met'}`,
);
process.exit(ok ? 0 : 1);
