/**
 * `npm run eval:claims`: checks every sentence in tests/fixtures/claims/ against the dataset
 * compiled from data/ and prints precision and recall per verdict in three sections, as
 * tests/fixtures/claims/sets.json marks the files: tuned, formerly held out (tuned since), and
 * blind held out. The blind section prints aggregate figures only, never its sentences or
 * mistakes, and the targets are judged on it alone: differs precision ≥ 0.97 and recall ≥ 0.85,
 * matches recall ≥ 0.85, no "not covered" where a statement of the type exists. Exits with 1 when
 * they are missed or when there is no blind set. Also counts claims that should not exist
 * (numbers inside names, other entities' amounts).
 * `--verbose` prints every claim of the tuned and formerly held-out sentences.
 * `--no-blind` skips the blind files entirely (not even read): for tuning runs; judges nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from '../lib/dataset/compile';
import { createRuntime, type Bundle } from '../lib/dataset/runtime';
import { entityIndex } from '../lib/claims/entity-index';
import { checkSentence } from '../lib/claims/check';
import { scoreClaims, spuriousClaims, VERDICTS, type ClaimFixture } from './lib/claims-score';
import {
  filesToRead,
  judge,
  mayShowMistakes,
  parseManifest,
  sectionOf,
  SECTION_TITLES,
  type Section,
} from './lib/claims-sets';
import { typedStatementsOf } from '../lib/claims/typed-check';
import type { ClaimResult, Verdict } from '../lib/claims/types';

const VERDICT_LABELS: Record<Verdict, string> = {
  matches: 'matches',
  differs: 'differs',
  unknown: 'not covered (unknown)',
};
import { readRawDataset, root } from './lib/data-files';

const verbose = process.argv.includes('--verbose');
const noBlind = process.argv.includes('--no-blind');
if (process.argv.includes('--heldout-mistakes'))
  console.error('--heldout-mistakes is gone: blind mistakes are never printed (docs/CLAIMS.md)');
const compiled = compileDataset(readRawDataset());
if (!compiled.ok) {
  console.error(`data/ does not compile:\n  ${compiled.errors.slice(0, 10).join('\n  ')}`);
  process.exit(2);
}
const index = entityIndex(
  createRuntime({ ...compiled.value, version: 'eval', hash: '' } as Bundle),
);

const dir = join(root, 'tests/fixtures/claims');
const manifest = parseManifest(JSON.parse(readFileSync(join(dir, 'sets.json'), 'utf8')));
const fixtures = filesToRead(readdirSync(dir), manifest, noBlind).flatMap(({ file, set }) =>
  (JSON.parse(readFileSync(join(dir, file), 'utf8')) as ClaimFixture[]).map((x) => ({
    ...x,
    file,
    section: sectionOf(set, x),
  })),
);

const cases = fixtures.map((fixture) => {
  if (!index.entities.has(fixture.entity))
    throw new Error(
      mayShowMistakes(fixture.section)
        ? `${fixture.id}: no entity ${fixture.entity}`
        : `a blind sentence names an entity the data does not have`,
    );
  const start = fixture.sentence.indexOf(fixture.mention);
  const got = checkSentence(index, fixture.entity, fixture.sentence, {
    start,
    end: start + fixture.mention.length,
  });
  if (verbose && mayShowMistakes(fixture.section)) {
    console.log(`${fixture.id}: ${fixture.sentence}`);
    for (const c of got)
      console.log(
        `   ${c.kind} “${c.quote}” ${c.verdict}${c.event ? ` [${c.event}]` : ''}${c.datasetValue ? ` (${c.datasetValue})` : ''}`,
      );
  }
  return { fixture, got, section: fixture.section };
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

function report(section: Section, part: typeof cases) {
  const showMistakes = mayShowMistakes(section);
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
    `\n== ${SECTION_TITLES[section]}: ${part.length} sentences (${part.length - zh} English, ${zh} Chinese; ${real} quoted from real articles), ${part.reduce((n, c) => n + c.fixture.claims.length, 0)} expected claims in ${negated.length} sentences`,
  );
  console.log('verdict                precision  recall   tp  fp  fn');
  for (const v of VERDICTS) {
    const s = scores[v];
    console.log(
      `${VERDICT_LABELS[v].padEnd(22)} ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`,
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
  } else {
    console.log(
      `  (blind: ${mistakes.length + spurious.length + uncovered.length} mistakes, never shown)`,
    );
  }
  return { scores, spurious, uncovered };
}

const results = new Map<Section, ReturnType<typeof report>>();
for (const section of ['tuned', 'formerly-heldout', 'blind'] as Section[]) {
  const part = cases.filter((c) => c.section === section);
  if (part.length > 0) results.set(section, report(section, part));
  else
    console.log(
      `\n== ${SECTION_TITLES[section]}: no sentences${section === 'blind' && noBlind ? ' (--no-blind)' : ''}`,
    );
}
const blind = results.get('blind');
const verdict = judge(
  blind && { scores: blind.scores, uncovered: blind.uncovered.length },
  noBlind,
);
console.log(`\n${verdict.message}`);
process.exit(verdict.code);
