/**
 * Which claim fixtures count as what (issue 16). `tests/fixtures/claims/sets.json` marks every
 * fixture file: "tuned" (the checker was changed while looking at it), "formerly-heldout" (held
 * out once, looked at since, so it is tuned now but reported apart), or "blind" (nobody may tune
 * on it: only aggregate figures are printed, and the targets are judged on it alone). A sentence
 * with `"split": "heldout"` inside a tuned file is formerly held out. A file the manifest does not
 * name is an error, so a new held-out part cannot be scored as tuned by forgetting to mark it.
 */
import type { ClaimFixture } from './claims-score';
import { TARGETS, type VerdictScore } from './claims-score';
import type { Verdict } from '../../lib/claims/types';

export type FileSet = 'tuned' | 'formerly-heldout' | 'blind';
export type Section = FileSet;
export type Manifest = Record<string, FileSet>;

export const SECTION_TITLES: Record<Section, string> = {
  tuned: 'tuned',
  'formerly-heldout': 'formerly held out (tuned since)',
  blind: 'blind held out',
};

const SETS: FileSet[] = ['tuned', 'formerly-heldout', 'blind'];

/** Reads the manifest's JSON; throws on anything but file name → one of the three sets. */
export function parseManifest(json: unknown): Manifest {
  if (!json || typeof json !== 'object' || Array.isArray(json))
    throw new Error('sets.json: expected an object of file name → set');
  const out: Manifest = {};
  for (const [file, set] of Object.entries(json as Record<string, unknown>)) {
    if (file.startsWith('$')) continue; // "$comment"
    if (!SETS.includes(set as FileSet))
      throw new Error(`sets.json: ${file} has set ${String(set)}, not one of ${SETS.join(', ')}`);
    out[file] = set as FileSet;
  }
  return out;
}

/**
 * The fixture files to read: every .json in the folder except the manifest, each with its set.
 * With `noBlind`, blind files are left out before anything reads them.
 */
export function filesToRead(
  files: string[],
  manifest: Manifest,
  noBlind: boolean,
): { file: string; set: FileSet }[] {
  const fixtures = files.filter((f) => f.endsWith('.json') && f !== 'sets.json').sort();
  const unmarked = fixtures.filter((f) => !(f in manifest));
  if (unmarked.length > 0)
    throw new Error(
      `tests/fixtures/claims/sets.json does not mark ${unmarked.join(', ')} (tuned, formerly-heldout or blind)`,
    );
  const missing = Object.keys(manifest).filter((f) => !fixtures.includes(f));
  if (missing.length > 0) throw new Error(`sets.json names missing files: ${missing.join(', ')}`);
  return fixtures
    .map((file) => ({ file, set: manifest[file]! }))
    .filter((f) => !(noBlind && f.set === 'blind'));
}

/** The section a sentence is reported in: its file's set, or formerly held out by its split. */
export function sectionOf(set: FileSet, fixture: Pick<ClaimFixture, 'split'>): Section {
  if (set === 'blind') return 'blind';
  if (set === 'tuned' && fixture.split === 'heldout') return 'formerly-heldout';
  return set;
}

/** Only the tuned and formerly held-out sections may print their sentences and mistakes. */
export const mayShowMistakes = (section: Section) => section !== 'blind';

export interface BlindResult {
  scores: Record<Verdict, VerdictScore>;
  uncovered: number;
}

/**
 * The exit code: 0 when the blind section meets every target; 1 when it misses one or when there
 * is no blind sentence at all (nothing to judge is not a pass). `--no-blind` is a tuning run:
 * nothing is judged, so it exits 0 and says so.
 */
export function judge(
  blind: BlindResult | undefined,
  noBlind: boolean,
): { code: 0 | 1; message: string } {
  const targets = `differs precision ≥ ${TARGETS.differsPrecision}, differs recall ≥ ${TARGETS.differsRecall}, matches recall ≥ ${TARGETS.matchesRecall}, no "not covered" where a statement exists`;
  if (noBlind)
    return { code: 0, message: `targets not judged: the blind set was skipped (--no-blind)` };
  if (!blind) return { code: 1, message: `targets NOT met: there is no blind held-out set` };
  const s = blind.scores;
  const missed = [
    s.differs.precision < TARGETS.differsPrecision && 'differs precision',
    s.differs.recall < TARGETS.differsRecall && 'differs recall',
    s.matches.recall < TARGETS.matchesRecall && 'matches recall',
    blind.uncovered > 0 && '"not covered" with a statement',
  ].filter((x): x is string => typeof x === 'string');
  return missed.length === 0
    ? { code: 0, message: `blind targets (${targets}): met` }
    : { code: 1, message: `blind targets (${targets}): NOT met (${missed.join(', ')})` };
}
