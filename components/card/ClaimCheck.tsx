/**
 * Checks the sentence around a mention against the entity's facts (in the service worker) and
 * shows a verdict per claim with the dataset's statement and its sources; reads the entity's
 * dated facts against the article's date; copies an evidence note and keeps it in the research
 * log. All text is rendered by Preact as text; links only for http(s) URLs.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CardData } from '../../lib/card/card-data';
import type { MentionContext } from '../../lib/claims/mention-context';
import { t, type Lang, type StringKey } from '../../lib/i18n/strings';
import { askWorker } from '../../lib/messaging/client';
import type { ClaimReport } from '../../lib/claims/types';
import {
  noteBibtex,
  noteCslJson,
  noteMarkdown,
  sourcesOf,
  type EvidenceNote,
} from '../../lib/claims/evidence';
import { EvidenceLine } from './EvidenceLine';

export interface ClaimCheckProps {
  data: CardData;
  context: MentionContext;
  lang: Lang;
}

type Format = 'markdown' | 'csl' | 'bibtex';

export function ClaimCheck({ data, context, lang }: ClaimCheckProps) {
  const [report, setReport] = useState<ClaimReport | null>(null);
  const [status, setStatus] = useState<StringKey | null>(null);
  useEffect(() => {
    let live = true;
    setReport(null);
    setStatus(null);
    void askWorker('claims:check', { id: data.entity.id, context }).then((r) => {
      if (live && r.ok) setReport(r.value);
    });
    return () => {
      live = false;
    };
  }, [data.entity.id, context.sentence, context.offset]);
  if (!report) return null;

  const capture = async (format: Format) => {
    const claims = report.claims.map(({ kind, quote, verdict, datasetValue, evidence }) => ({
      kind,
      quote,
      verdict,
      datasetValue,
      evidence,
    }));
    const note: EvidenceNote = {
      captured: new Date().toISOString(),
      url: context.url,
      title: context.title,
      published: context.published?.date,
      sentence: report.sentence,
      entityId: data.entity.id,
      entityName: data.entity.name,
      claims,
      sources: sourcesOf(claims, data.sources),
      datasetVersion: data.version,
    };
    const text =
      format === 'markdown'
        ? noteMarkdown(note)
        : format === 'csl'
          ? JSON.stringify(noteCslJson(note), null, 2)
          : noteBibtex(note);
    let copied = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      copied = false;
    }
    const saved = await askWorker('claims:log-add', { note });
    setStatus(saved.ok ? (copied ? 'evidenceSaved' : 'evidenceSavedOnly') : null);
  };

  const at = report.atDate;
  return (
    <section class="claims" aria-label={t(lang, 'claimsTitle')}>
      {report.claims.length > 0 && (
        <>
          <h3>{t(lang, 'claimsTitle')}</h3>
          <ul class="claim-list">
            {report.claims.map((c, i) => (
              <li key={i} class={`claim claim-${c.verdict}`}>
                <span class={`verdict verdict-${c.verdict}`}>
                  {t(lang, `verdict_${c.verdict}` as StringKey)}
                </span>{' '}
                <q class="claim-quote">{c.quote}</q>
                {c.verdict === 'differs' && c.datasetValue && (
                  <span class="claim-values">
                    {` — ${t(lang, 'pageSays')} ${c.claimTime ?? c.quote}; ${t(lang, 'datasetSays')} ${c.factTime ?? c.datasetValue}`}
                  </span>
                )}
                {c.evidence && c.verdict !== 'unknown' && (
                  <EvidenceLine evidence={c.evidence} sources={data.sources} />
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {at && (
        <div class="at-date">
          <h3>{`${t(lang, 'atDateTitle')} (${at.date})`}</h3>
          {at.held.length === 0 && <p class="muted-line">{t(lang, 'nothingAtDate')}</p>}
          <ul class="claim-list">
            {at.held.map((e, i) => (
              <li key={i} class="held">
                <EvidenceLine evidence={e} sources={data.sources} showTime />
              </li>
            ))}
          </ul>
          {at.later.length > 0 && (
            <>
              <h4 class="later-title">{t(lang, 'changedLater')}</h4>
              <ul class="claim-list">
                {at.later.map((e, i) => (
                  <li key={i} class="later">
                    <EvidenceLine evidence={e} sources={data.sources} showTime />
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <div class="claim-actions">
        <button
          type="button"
          class="link-btn copy-evidence"
          aria-keyshortcuts="e"
          title="E"
          onClick={() => void capture('markdown')}
        >
          {t(lang, 'copyEvidence')}
        </button>
        <button type="button" class="link-btn" onClick={() => void capture('csl')}>
          CSL-JSON
        </button>
        <button type="button" class="link-btn" onClick={() => void capture('bibtex')}>
          BibTeX
        </button>
        {status && (
          <span class="claim-status" role="status">
            {t(lang, status)}
          </span>
        )}
      </div>
    </section>
  );
}
