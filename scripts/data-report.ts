/**
 * `npm run data:report`: the dataset's coverage — entities by category and kind, facts,
 * citations, sources by kind, relations, Chinese names (and who still lacks one), aliases that
 * several entities share, and any seed entity still missing. Exits 1 when the data does not
 * compile or a seed entity is missing, so it can gate CI too.
 */
import { compileDataset } from '../lib/dataset/compile';
import { coverageOf } from '../lib/dataset/coverage';
import { checkSeedQuotes } from '../lib/dataset/seed-quotes';
import {
  readPolicyLists,
  readRawDataset,
  readSeedEntityIds,
  readSeedTexts,
} from './lib/data-files';
import { policyReport } from '../lib/dataset/policy';
import { missingNames } from '../lib/dataset/candidates';

const result = compileDataset(readRawDataset());
if (!result.ok) {
  console.error(`data: ${result.errors.length} problem(s)\n  ${result.errors.join('\n  ')}`);
  process.exit(1);
}
const data = result.value;
const c = coverageOf(data, readSeedEntityIds());
const seedProblems = checkSeedQuotes(data, readSeedTexts());
const p = policyReport(data, readPolicyLists());

const table = (rec: Record<string, number>) =>
  Object.entries(rec)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
const names = (ids: string[]) => {
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  return ids.map((id) => `${id} (${byId.get(id)?.name ?? '?'})`).join(', ') || 'none';
};

const lines = [
  `Entities: ${c.entities} — ${table(c.byCategory)}`,
  `  organisations by kind: ${table(c.byKind)}`,
  `Facts: ${c.facts} (${(c.facts / c.entities).toFixed(1)} per entity); contested: ${c.contestedFacts.join(', ') || 'none'}`,
  `  below the minimum (3 for people and organisations, 2 otherwise): ${names(c.thin)}`,
  `Citations: ${c.citations} (facts, relations and Chinese names)`,
  `Sources: ${c.sources} — ${table(c.sourcesByKind)}`,
  `  not cited anywhere: ${c.uncitedSources.length}${c.uncitedSources.length ? ` (${c.uncitedSources.join(', ')})` : ''}`,
  `  weak (GitHub pages, AI-written wikis; replace where possible): ${c.weakSources.length}${c.weakSources.length ? ` (${c.weakSources.join(', ')})` : ''}`,
  `Relations: ${c.relations} — ${table(c.relationsByType)}`,
  `Chinese names: ${c.native.withNative} entities (${c.native.withTraditional} also traditional)`,
  `  people/organisations still lacking one: ${names(c.missingNative)}`,
  `  not Chinese (region declared outside China): ${c.notChinese.length}`,
  `Shared aliases (ambiguous; marked only when one owner is anchored): ${c.collisions.length}`,
  ...c.collisions.map((x) => `  "${x.alias}": ${x.ids.join(', ')}`),
  `Seed quotes not found in the seed texts: ${seedProblems.length}`,
  ...seedProblems.map((p) => `  ${p}`),
  `Seed entities missing: ${c.missingSeedEntities.join(', ') || 'none'}`,
  '',
  'Entities by area (category × region):',
  ...Object.entries(
    data.entities.reduce<Record<string, number>>((acc, e) => {
      const k = `${e.category} · ${e.region ?? (e.native ? 'china' : 'unknown')}`;
      acc[k] = (acc[k] ?? 0) + 1;
      return acc;
    }, {}),
  )
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `  ${k}: ${n}`),
  '',
  'Truth and time (policy: npm run data:policy):',
  `  facts per entity: ${p.factsPerEntity.toFixed(1)}; with two independent sources: ${(p.twoSourceShare * 100).toFixed(0)}%`,
  `  undated sources: ${p.undatedSources} of ${p.sources} (${((p.undatedSources / p.sources) * 100).toFixed(0)}%; target ≤ 10%)`,
  `  roles that hold now without a start and "as of": ${p.undatedRoles}`,
  `  facts resting only on mirrors: ${p.mirrorOnlyFacts}`,
  `  facts without Chinese text: ${p.factsWithoutChinese}; entities without a Chinese summary: ${p.entitiesWithoutChinese}`,
  `  citations by last-checked date: ${Object.entries(p.checkedDates)
    .sort()
    .map(([d, n]) => `${d} ${n}`)
    .join(', ')}`,
  '',
  'Names the sources mention often that are not entities yet (a to-do list):',
  ...missingNames(data).map((m) => `  ${m.name} (${m.count})`),
];
console.log(lines.join('\n'));
if (c.missingSeedEntities.length > 0 || seedProblems.length > 0) process.exit(1);
