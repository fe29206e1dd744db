/**
 * Checks the sentence around a mention against the entity's facts (in the service worker) and
 * shows a verdict per claim with the dataset's statement and its sources; reads the entity's
 * dated facts against the article's date; copies an evidence note and keeps it in the research
 * log. All text is rendered by Preact as text; links only for http(s) URLs.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CardData } from '../../lib/card/card-data';
import type { MentionContext } from '../../lib/claims/mention-context';
import { t, tf, type Lang, type StringKey } from '../../lib/i18n/strings';
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
  /**
   * Show the details (every verdict with its evidence, the article's date, evidence capture).
   * Otherwise the check is one line, and only when a claim matches or differs.
   */
  expanded: boolean;
  /** Opens and closes the details from the line (absent on a pinned card: always open). */
  onToggle?: () => void;
}

type Format = 'markdown' | 'csl' | 'bibtex';

export function ClaimCheck({ data, context, lang, expanded, onToggle }: ClaimCheckProps) {
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
  // What a reader must not miss leads (differs), what agrees follows quietly (matches); claims
  // the sources do not cover collapse to one muted line, and on a plain hover to nothing.
  const checked = [
    ...report.claims.filter((c) => c.verdict === 'differs'),
    ...report.claims.filter((c) => c.verdict === 'matches'),
  ];
  const uncovered = report.claims.length - checked.length;
  const lead = checked[0];
  // Nothing to say on a plain hover: an empty marker, so tests can tell "checked" from "pending".
  if (!lead && !expanded) return <span class="claims-checked" hidden />;
  return (
    <section
      class={`claims ${lead ? `claims-lead claims-${lead.verdict}` : 'claims-quiet'}`}
      aria-label={t(lang, 'claimsTitle')}
    >
      {lead && (
        <ClaimLine
          claim={lead}
          more={checked.length - 1}
          lang={lang}
          expanded={expanded}
          onToggle={onToggle}
        />
      )}
      {!expanded ? null : (
        <div class="claim-details">
          {checked.length > 0 && (
            <ul class="claim-list">
              {checked.map((c, i) => (
                <li key={i} class={`claim claim-${c.verdict}`}>
                  <span class={`verdict verdict-${c.verdict}`}>
                    {t(lang, `verdict_${c.verdict}` as StringKey)}
                  </span>{' '}
                  <q class="claim-quote">{c.quote}</q>
                  {c.verdict === 'differs' && c.datasetValue && (
                    <span class="claim-values">
                      {` — ${t(lang, 'pageSays')} ${c.quote}; ${t(lang, 'datasetSays')} ${c.datasetValue}`}
                    </span>
                  )}
                  {c.evidence && <EvidenceLine evidence={c.evidence} sources={data.sources} />}
                </li>
              ))}
            </ul>
          )}
          {uncovered > 0 && checked.length > 0 && (
            <p class="muted-line claims-uncovered">{t(lang, 'claimsUncovered')}</p>
          )}
          {checked.length === 0 && (
            <p class="muted-line claims-nothing">{t(lang, 'claimsNothing')}</p>
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
        </div>
      )}
    </section>
  );
}

/**
 * The check in one line: the first claim that differs (or else matches), the sources' value,
 * and how many more; a button that opens the details unless the card is pinned.
 */
function ClaimLine(props: {
  claim: ClaimReport['claims'][number];
  more: number;
  lang: Lang;
  expanded: boolean;
  onToggle?: () => void;
}) {
  const { claim: c, lang } = props;
  const body = (
    <>
      <span class={`verdict verdict-${c.verdict}`}>
        {t(lang, `verdict_${c.verdict}` as StringKey)}
      </span>{' '}
      <span class="claim-line-text">
        <q class="claim-quote">{c.quote}</q>
        {c.verdict === 'differs' && c.datasetValue
          ? ` — ${tf(lang, 'claimLineSources', { value: c.datasetValue })}`
          : ''}
      </span>
      {props.more > 0 && <span class="claim-more"> +{props.more}</span>}
    </>
  );
  if (!props.onToggle) return <p class="claim-line">{body}</p>;
  return (
    <button
      type="button"
      class="claim-line"
      aria-expanded={props.expanded}
      onClick={props.onToggle}
    >
      {body}
      <span class="claim-toggle">
        {t(lang, props.expanded ? 'claimHide' : 'claimDetails')} {props.expanded ? '▴' : '▾'}
      </span>
    </button>
  );
}
