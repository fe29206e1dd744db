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
    if (isPresentRole(f) && (f.time?.from === undefined || f.asOf === undefined))
      out.push(`${at}: a role that holds now needs time.from and asOf ("${f.text.slice(0, 60)}")`);
    for (const c of f.citations)
      if (!c.checked) out.push(`${at}: citation of ${c.source} has no checked date`);
    if (prominent && i < 3) {
      const cited = f.citations.map((c) => sources.get(c.source)).filter((s) => s !== undefined);
      const ok = cited.some((a, j) => cited.slice(j + 1).some((b) => independent(a, b)));
      if (!ok) out.push(`${at}: a prominent entity's first facts need two independent sources`);
    }
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
