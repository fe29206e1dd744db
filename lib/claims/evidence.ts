/**
 * Evidence notes: the page (URL, title, date), the quoted sentence, what the dataset says about
 * it and its sources, and when it was captured — as Markdown, CSL-JSON and BibTeX.
 */
import type { Source } from '../dataset/schema';
import { citeBibtex } from '../card/cite';
import type { ClaimResult } from './types';

export interface EvidenceNote {
  /** Set by the research log. */
  id?: number;
  /** ISO timestamp of the capture; its date is the page's access date. */
  captured: string;
  url: string;
  title: string;
  published?: string;
  sentence: string;
  entityId: string;
  entityName: string;
  claims: Pick<ClaimResult, 'kind' | 'quote' | 'verdict' | 'datasetValue' | 'evidence'>[];
  /** Every source the claims' evidence cites, by id. */
  sources: Record<string, Source>;
  datasetVersion: string;
}

const VERDICT_WORDS = {
  matches: 'matches',
  differs: 'differs from the dataset',
  unknown: 'not in the dataset',
} as const;

const day = (iso: string) => iso.slice(0, 10);
const mdText = (s: string) => s.replace(/([\\`*_[\]<>])/g, '\\$1');

export function noteMarkdown(n: EvidenceNote): string {
  const lines = [
    `> ${mdText(n.sentence)}`,
    '',
    `— [${mdText(n.title || n.url)}](${n.url})${n.published ? `, published ${n.published}` : ''}, accessed ${day(n.captured)}`,
    '',
    `**${mdText(n.entityName)}** (Inkling dataset ${n.datasetVersion}):`,
  ];
  for (const c of n.claims) {
    let line = `- “${mdText(c.quote)}”: ${VERDICT_WORDS[c.verdict]}`;
    if (c.verdict === 'differs' && c.datasetValue) line += ` (dataset: ${c.datasetValue})`;
    if (c.evidence) {
      line += ` — ${mdText(c.evidence.text)}`;
      const cites = c.evidence.citations
        .map((ci) => {
          const s = n.sources[ci.source];
          if (!s) return '';
          const date = s.published ? `, ${s.published}` : '';
          return `[${mdText(s.publisher)}${date}](${s.url}): “${mdText(ci.quote)}” (accessed ${s.accessed})`;
        })
        .filter(Boolean);
      if (cites.length > 0) line += `\n  - ${cites.join('\n  - ')}`;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

type DateParts = { 'date-parts': number[][] };
const dateParts = (d: string): DateParts => ({
  'date-parts': [d.split('-').map((x) => Number(x))],
});

const CSL_TYPE: Record<Source['kind'], string> = {
  news: 'article-newspaper',
  journal: 'article-journal',
  encyclopedia: 'entry-encyclopedia',
  official: 'webpage',
  qa: 'webpage',
  blog: 'post-weblog',
};

/** CSL-JSON items: the page (with the quoted sentence as a note), then each source. */
export function noteCslJson(n: EvidenceNote): object[] {
  const page: Record<string, unknown> = {
    id: `page-${day(n.captured)}-${hash(n.url)}`,
    type: 'webpage',
    title: n.title || n.url,
    URL: n.url,
    accessed: dateParts(day(n.captured)),
    note: `“${n.sentence}” — checked by Inkling against ${n.entityName}: ${n.claims.map((c) => `${c.quote} ${VERDICT_WORDS[c.verdict]}`).join('; ')}`,
  };
  if (n.published) page.issued = dateParts(n.published);
  const sources = Object.values(n.sources).map((s) => {
    const item: Record<string, unknown> = {
      id: s.id,
      type: CSL_TYPE[s.kind],
      title: s.title,
      publisher: s.publisher,
      URL: s.url,
      accessed: dateParts(s.accessed),
    };
    if (s.kind === 'news' || s.kind === 'journal') item['container-title'] = s.publisher;
    if (s.author) item.author = [{ literal: s.author }];
    if (s.published) item.issued = dateParts(s.published);
    if (s.lang) item.language = s.lang;
    return item;
  });
  return [page, ...sources];
}

const bib = (s: string) => s.replace(/[{}\\]/g, '').replace(/[&%$#_]/g, (c) => `\\${c}`);

export function noteBibtex(n: EvidenceNote): string {
  const year = n.published?.slice(0, 4);
  const fields: [string, string | undefined][] = [
    ['title', bib(n.title || n.url)],
    ['year', year],
    ['url', n.url],
    ['urldate', day(n.captured)],
    ['note', bib(`“${n.sentence}”`)],
  ];
  const page = `@online{page-${hash(n.url)},\n${fields
    .filter(([, v]) => v)
    .map(([k, v]) => `  ${k} = {${v}}`)
    .join(',\n')}\n}`;
  return [page, ...Object.values(n.sources).map((s) => citeBibtex(s))].join('\n\n');
}

/** A short stable key for a URL (BibTeX and CSL ids). */
function hash(s: string): string {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h * 33) ^ s.charCodeAt(i)) >>> 0;
  return h.toString(36);
}

/** The sources a note's claims cite, taken from a card's sources. */
export function sourcesOf(
  claims: EvidenceNote['claims'],
  all: Record<string, Source>,
): Record<string, Source> {
  const out: Record<string, Source> = {};
  for (const c of claims)
    for (const ci of c.evidence?.citations ?? []) {
      const s = all[ci.source];
      if (s) out[s.id] = s;
    }
  return out;
}
