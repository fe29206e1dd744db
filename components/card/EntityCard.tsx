/**
 * The entity view: the hover card in pages and the result view in the popup. Every string is
 * rendered as text by Preact; links appear only for http(s) URLs and open in a new tab.
 */
import { useState } from 'preact/hooks';
import type { CardData } from '../../lib/card/card-data';
import type { Citation, Fact, Source } from '../../lib/dataset/schema';
import { safeHttpUrl, textFragmentUrl } from '../../lib/card/links';
import { citeBibtex, citeMarkdown, citePlain } from '../../lib/card/cite';
import { t, type Lang, type StringKey } from '../../lib/i18n/strings';
import type { MentionContext } from '../../lib/claims/mention-context';
import { ClaimCheck } from './ClaimCheck';
import { ownCitations } from '../../lib/dataset/contested';
import { formatFactTime, formatTime } from '../../lib/card/format-time';

const CONTESTED_LABEL: Record<Lang, string> = { en: 'Sources differ:', zh: '来源说法不一：' };

export interface EntityCardProps {
  data: CardData;
  lang: Lang;
  /** The alias that matched on the page, if opened from a mark. */
  matched?: string;
  /** Entities also marked on this page (to point out relations). */
  onPage?: Set<string>;
  onNavigate?: (id: string) => void;
  onBack?: () => void;
  onClose?: () => void;
  copy?: (text: string) => Promise<void>;
  /** The sentence and page around the mention (cards opened from a mark). */
  context?: MentionContext;
}

function CitationChip(props: {
  citation: Citation;
  source?: Source;
  fact: Fact;
  lang: Lang;
  copy?: (s: string) => Promise<void>;
}) {
  const { citation, source, lang } = props;
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  if (!source) return <span class="chip chip-missing">{t(lang, 'noSource')}</span>;
  const href = textFragmentUrl(source.url, citation.quote);
  const label = `${source.publisher}${source.published ? ` · ${source.published}` : ''}`;
  const doCopy = async () => {
    const text = [
      citeMarkdown(props.fact, source, citation.quote),
      citePlain(props.fact, source, citation.quote),
      citeBibtex(source),
    ].join('\n\n');
    await props.copy?.(text);
    setCopied(true);
  };
  return (
    <span class="cite">
      <button type="button" class="chip" aria-expanded={open} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open && (
        <span class="quote-box">
          <q class="quote">{citation.quote}</q>
          <span class="quote-title">{source.title}</span>
          <span class="quote-actions">
            {href && (
              <a class="src-link" href={href} target="_blank" rel="noopener noreferrer">
                {t(lang, 'openSource')}
              </a>
            )}
            {props.copy && (
              <button type="button" class="link-btn" onClick={doCopy}>
                {copied ? t(lang, 'copied') : t(lang, 'copyCitation')}
              </button>
            )}
          </span>
        </span>
      )}
    </span>
  );
}

export function EntityCard(props: EntityCardProps) {
  const { data, lang } = props;
  const e = data.entity;
  const kind = e.kind ? ` · ${t(lang, e.kind as StringKey)}` : '';
  const website = e.links?.website ? safeHttpUrl(e.links.website) : null;
  const wikipedia = e.links?.wikipedia ? safeHttpUrl(e.links.wikipedia) : null;
  return (
    <div class="card-inner">
      <header class="head">
        {props.onBack && (
          <button
            type="button"
            class="icon-btn"
            aria-label={t(lang, 'back')}
            onClick={props.onBack}
          >
            ←
          </button>
        )}
        <div class="titles">
          <h2 class="name">
            {e.name}
            {e.native && (
              <span class="native" lang="zh">
                {` ${e.native.hans}`}
                {e.native.hant ? ` / ${e.native.hant}` : ''}
              </span>
            )}
          </h2>
          <div class="meta">
            <span class={`cat cat-${e.category}`}>
              {t(lang, e.category)}
              {kind}
            </span>
            {props.matched && props.matched !== e.name && (
              <span class="matched">
                {t(lang, 'matched')} “{props.matched}”
              </span>
            )}
          </div>
        </div>
        {props.onClose && (
          <button
            type="button"
            class="icon-btn close"
            aria-label={t(lang, 'close')}
            onClick={props.onClose}
          >
            ×
          </button>
        )}
      </header>
      <div class="body">
        <p class="summary">{e.summary}</p>
        {props.context && <ClaimCheck data={data} context={props.context} lang={lang} />}
        <h3>{t(lang, 'facts')}</h3>
        <ul class="facts">
          {e.facts.map((f, i) => (
            <li key={i} class="fact">
              {(f.time || f.asOf) && <span class="time">{formatFactTime(f, lang)}</span>}
              <span class="fact-text">{f.text}</span>{' '}
              {ownCitations(f).map((c, j) => (
                <CitationChip
                  key={j}
                  citation={c}
                  source={data.sources[c.source]}
                  fact={f}
                  lang={lang}
                  copy={props.copy}
                />
              ))}
              {f.contested && (
                // Sources disagree: every value with its own sources, none silently preferred.
                <ul class="contested">
                  <li class="contested-label">{CONTESTED_LABEL[lang]}</li>
                  {f.contested.map((cv, k) => (
                    <li key={k} class="contested-value">
                      <span class="time">{cv.value}</span>{' '}
                      {cv.citations.map((c, j) => (
                        <CitationChip
                          key={j}
                          citation={c}
                          source={data.sources[c.source]}
                          fact={{ ...f, text: `${f.text} (${cv.value})`, citations: cv.citations }}
                          lang={lang}
                          copy={props.copy}
                        />
                      ))}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
        {e.relations.length > 0 && (
          <>
            <h3>{t(lang, 'relations')}</h3>
            <ul class="relations">
              {e.relations.map((r, i) => {
                const other = data.related[r.other];
                if (!other) return null;
                const key = `rel_${r.type}${r.direction === 'in' ? '_in' : ''}` as StringKey;
                return (
                  <li key={i} class="relation">
                    <span class="rel-type">{t(lang, key)}</span>{' '}
                    <button
                      type="button"
                      class="link-btn rel-target"
                      onClick={() => props.onNavigate?.(r.other)}
                    >
                      {other.name}
                    </button>
                    {r.role && <span class="role"> ({r.role})</span>}
                    {r.time && <span class="time"> {formatTime(r.time)}</span>}
                    {props.onPage?.has(r.other) && (
                      <span class="onpage"> · {t(lang, 'onPage')}</span>
                    )}{' '}
                    <CitationChip
                      citation={r.citation}
                      source={data.sources[r.citation.source]}
                      fact={{
                        text: `${e.name} ${t('en', key)} ${other.name}`,
                        citations: [r.citation],
                      }}
                      lang={lang}
                      copy={props.copy}
                    />
                  </li>
                );
              })}
            </ul>
          </>
        )}
        {(website || wikipedia) && (
          <p class="links">
            {website && (
              <a href={website.href} target="_blank" rel="noopener noreferrer">
                {website.hostname}
              </a>
            )}
            {website && wikipedia && ' · '}
            {wikipedia && (
              <a href={wikipedia.href} target="_blank" rel="noopener noreferrer">
                Wikipedia
              </a>
            )}
          </p>
        )}
      </div>
      <footer class="foot">
        Inkling · {t(lang, 'dataset')} {data.version}
      </footer>
    </div>
  );
}
