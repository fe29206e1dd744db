/**
 * Checks an evidence note arriving from a content script before it is stored: the right
 * shapes, bounded sizes, http(s) URLs only. A page cannot send one (only Inkling's own contexts
 * reach the worker), but its text comes from the page.
 */
import type { EvidenceNote } from './evidence';
import type { Source } from '../dataset/schema';

const str = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');
const year = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
const span = (v: unknown) => {
  if (!v || typeof v !== 'object') return undefined;
  const t = v as Record<string, unknown>;
  return { from: year(t.from), to: year(t.to) };
};
const VERDICTS = new Set(['matches', 'differs', 'unknown']);
const KINDS = new Set(['year', 'number', 'role', 'entity']);

export function sanitizeNote(raw: unknown): EvidenceNote {
  if (!raw || typeof raw !== 'object') throw new Error('not a note');
  const n = raw as Record<string, unknown>;
  const url = str(n.url, 2000);
  if (!/^https?:\/\//i.test(url)) throw new Error('note URL must be http(s)');
  const claims = (Array.isArray(n.claims) ? n.claims : []).slice(0, 50).map((c) => {
    const o = (c ?? {}) as Record<string, unknown>;
    const ev = o.evidence as Record<string, unknown> | undefined;
    return {
      kind: (KINDS.has(o.kind as string)
        ? o.kind
        : 'entity') as EvidenceNote['claims'][number]['kind'],
      quote: str(o.quote, 400),
      verdict: (VERDICTS.has(o.verdict as string)
        ? o.verdict
        : 'unknown') as EvidenceNote['claims'][number]['verdict'],
      datasetValue: o.datasetValue === undefined ? undefined : str(o.datasetValue, 40),
      evidence: ev
        ? {
            text: str(ev.text, 600),
            time: span(ev.time),
            citations: (Array.isArray(ev.citations) ? ev.citations : []).slice(0, 8).map((ci) => ({
              source: str((ci as Record<string, unknown>)?.source, 80),
              quote: str((ci as Record<string, unknown>)?.quote, 400),
            })),
          }
        : undefined,
    };
  });
  const sources: Record<string, Source> = {};
  const rawSources = (n.sources ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(rawSources).slice(0, 50)) {
    const s = (v ?? {}) as Record<string, unknown>;
    const surl = str(s.url, 2000);
    if (!/^https:\/\//i.test(surl)) continue;
    sources[str(k, 80)] = {
      id: str(s.id, 80),
      title: str(s.title, 400),
      publisher: str(s.publisher, 200),
      author: s.author === undefined ? undefined : str(s.author, 200),
      published: s.published === undefined ? undefined : str(s.published, 10),
      url: surl,
      kind: (['news', 'journal', 'encyclopedia', 'official', 'qa', 'blog'].includes(
        s.kind as string,
      )
        ? s.kind
        : 'news') as Source['kind'],
      lang: s.lang === undefined ? undefined : str(s.lang, 10),
      accessed: str(s.accessed, 10),
    };
  }
  const captured = str(n.captured, 40);
  return {
    captured: Number.isNaN(Date.parse(captured)) ? new Date().toISOString() : captured,
    url,
    title: str(n.title, 500),
    published: n.published === undefined ? undefined : str(n.published, 10),
    sentence: str(n.sentence, 1000),
    entityId: str(n.entityId, 80),
    entityName: str(n.entityName, 200),
    claims,
    sources,
    datasetVersion: str(n.datasetVersion, 40),
  };
}
