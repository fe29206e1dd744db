/**
 * The source and wording policy every card must meet (docs/DATASET.md, "Policy"). Pure: takes
 * the compiled data and the ids of the most prominent entities, returns one line per breach,
 * each starting with the entity or source id so a batch can grep for its own.
 *
 * - no source on a mirror, scraper or content-farm host (the original publisher instead);
 * - every citation records when it was checked;
 * - a fact that holds now (a role, a post) says since when and as of when;
 * - every entity has a Chinese summary and every fact Chinese text;
 * - no internal vocabulary ("seed") in anything a reader sees;
 * - the first three facts of a prominent entity rest on two independent sources each.
 */
import type { CompiledData, EntityRecord } from './compile';
import type { Fact, Source } from './schema';

export function isDeniedHost(url: string, denied: readonly string[]): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return denied.some((d) => host === d || host.endsWith(`.${d}`));
}

/**
 * Facts that say something holds now: "Is chief …", "Leads …", "Heads …", "Serves as …".
 * They go stale silently unless they carry a start and an "as of" date.
 */
const PRESENT_ROLE =
  /^(?:is|are|leads|heads|chairs|directs|runs|serves|manages|oversees|holds|teaches|works|remains|owns|controls|has been)\b|\b(?:currently|now leads|now heads|is (?:the )?(?:chief|president|chair|director|head|ceo|dean|founder and ceo|professor))\b/i;

export function isPresentRole(f: Fact): boolean {
  return PRESENT_ROLE.test(f.text) && f.time?.to === undefined;
}

/**
 * Words readers must never see: how the project was made is not a fact about the world. ("Seed"
 * alone is a real name — ByteDance Seed, a seed round — so only the project's own phrases.)
 */
const INTERNAL =
  /\bseed[- ](?:texts?|articles?|documents?|files?|sources?|entit(?:y|ies)|stories)\b|\bthe seeds\b|种子文本|种子文章/i;

export function hasInternalWords(s: string): boolean {
  return INTERNAL.test(s);
}

/** Two citations are independent when their sources come from different publishers and hosts. */
function independent(a: Source, b: Source): boolean {
  const host = (s: Source) => new URL(s.url).hostname.replace(/^www\./, '');
  return a.publisher !== b.publisher && host(a) !== host(b);
}

/** A role that holds now but does not say since when and as of when. */
function undatedRole(f: Fact): boolean {
  return isPresentRole(f) && (f.time?.from === undefined || f.asOf === undefined);
}

/** The fact's cited sources (known ones only). */
function citedSources(f: Fact, sources: Map<string, Source>): Source[] {
  return f.citations.map((c) => sources.get(c.source)).filter((s) => s !== undefined);
}

/** At least two of the sources come from different publishers and hosts. */
function twoIndependent(cited: Source[]): boolean {
  return cited.some((a, j) => cited.slice(j + 1).some((b) => independent(a, b)));
}

export interface PolicyOptions {
  /** Ids of the most prominent entities (data/policy/prominent.json). */
  prominent: readonly string[];
  /** Mirror, scraper and content-farm hosts (data/policy/denied-hosts.json). */
  deniedHosts: readonly string[];
}

export function checkPolicy(data: CompiledData, opts: PolicyOptions): string[] {
  const out: string[] = [];
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  for (const s of data.sources)
    if (isDeniedHost(s.url, opts.deniedHosts))
      out.push(`${s.id}: source on a mirror/scraper host (${s.url})`);
  const prominent = new Set(opts.prominent);
  for (const e of data.entities) {
    if (e.origin !== 'bundled') continue;
    checkEntity(e, prominent.has(e.id), sources, out);
  }
  for (const id of prominent)
    if (!data.entities.some((e) => e.id === id)) out.push(`${id}: listed as prominent, not found`);
  return out;
}

function checkEntity(
  e: EntityRecord,
  prominent: boolean,
  sources: Map<string, Source>,
  out: string[],
): void {
  if (!e.summaryZh) out.push(`${e.id}: no Chinese summary (summaryZh)`);
  for (const [where, s] of [
    ['summary', e.summary],
    ['summaryZh', e.summaryZh ?? ''],
  ] as const)
    if (hasInternalWords(s)) out.push(`${e.id}.${where}: internal vocabulary ("seed")`);
  e.facts.forEach((f, i) => {
    const at = `${e.id}.facts[${i}]`;
    if (!f.textZh) out.push(`${at}: no Chinese text (textZh)`);
    if (hasInternalWords(f.text) || hasInternalWords(f.textZh ?? ''))
      out.push(`${at}: internal vocabulary ("seed")`);
    if (undatedRole(f))
      out.push(`${at}: a role that holds now needs time.from and asOf ("${f.text.slice(0, 60)}")`);
    for (const c of f.citations)
      if (!c.checked) out.push(`${at}: citation of ${c.source} has no checked date`);
    if (prominent && i < 3 && !twoIndependent(citedSources(f, sources)))
      out.push(`${at}: a prominent entity's first facts need two independent sources`);
  });
}

export interface SourceDating {
  total: number;
  undated: string[];
}

export function sourceDating(data: CompiledData): SourceDating {
  return {
    total: data.sources.length,
    undated: data.sources.filter((s) => !s.published).map((s) => s.id),
  };
}

/**
 * The policy as a ratchet: breaches already known (data/policy/known-breaches.txt, each to be
 * fixed) are listed but let the build pass; any new breach fails it, and so does a known one
 * that no longer occurs (remove it from the list, so the list only shrinks).
 */
export function ratchet(
  breaches: readonly string[],
  known: readonly string[],
): { added: string[]; gone: string[]; still: string[] } {
  const now = new Set(breaches);
  const before = new Set(known);
  return {
    added: breaches.filter((b) => !before.has(b)),
    gone: known.filter((k) => !now.has(k)),
    still: breaches.filter((b) => before.has(b)),
  };
}

export interface PolicyReport {
  factsPerEntity: number;
  /** Facts citing two or more independent sources. */
  twoSourceShare: number;
  undatedSources: number;
  sources: number;
  /** Facts that hold now without a start and an "as of" date. */
  undatedRoles: number;
  /** Facts whose every source is on a denied host. */
  mirrorOnlyFacts: number;
  factsWithoutChinese: number;
  entitiesWithoutChinese: number;
  /** Citations by the date they were last checked ('never' when not yet). */
  checkedDates: Record<string, number>;
}

export function policyReport(data: CompiledData, opts: PolicyOptions): PolicyReport {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  let facts = 0;
  let two = 0;
  let undatedRoles = 0;
  let mirrorOnly = 0;
  let noZh = 0;
  const checked: Record<string, number> = {};
  for (const e of data.entities) {
    for (const f of e.facts) {
      facts++;
      const cited = citedSources(f, sources);
      if (twoIndependent(cited)) two++;
      if (undatedRole(f)) undatedRoles++;
      if (cited.length > 0 && cited.every((s) => isDeniedHost(s.url, opts.deniedHosts)))
        mirrorOnly++;
      if (!f.textZh) noZh++;
      for (const c of f.citations) {
        const k = c.checked ?? 'never';
        checked[k] = (checked[k] ?? 0) + 1;
      }
    }
  }
  return {
    factsPerEntity: facts / Math.max(1, data.entities.length),
    twoSourceShare: two / Math.max(1, facts),
    undatedSources: sourceDating(data).undated.length,
    sources: data.sources.length,
    undatedRoles,
    mirrorOnlyFacts: mirrorOnly,
    factsWithoutChinese: noZh,
    entitiesWithoutChinese: data.entities.filter((e) => !e.summaryZh).length,
    checkedDates: checked,
  };
}
