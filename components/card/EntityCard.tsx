/**
 * The entity view: the hover card in pages and the result view in the popup. Ordered by what a
 * hover is for: the name (in the reader's language first), its kind, a one-line summary, then
 * the key facts with their time and source chips. The claim check leads only when the sentence
 * says something about this entity that the sources contradict or confirm, as one line; its
 * details open on click, or at once on a pinned card. Every string is rendered as text by
 * Preact; links appear only for http(s) URLs and open in a new tab.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CardData } from '../../lib/card/card-data';
import { safeHttpUrl } from '../../lib/card/links';
import { namePair } from '../../lib/i18n/names';
import { t, type Lang, type StringKey } from '../../lib/i18n/strings';
import type { MentionContext } from '../../lib/claims/mention-context';
import { ClaimCheck } from './ClaimCheck';
import { FactList } from './FactList';
import { RelationList } from './RelationList';

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
  /** A pinned card (click or key) shows the claim check's details at once. */
  pinned?: boolean;
  /** The page is in Chinese: with the English interface, the summary shows in both languages. */
  pageZh?: boolean;
}

export function EntityCard(props: EntityCardProps) {
  const { data, lang } = props;
  const e = data.entity;
  const [claimsOpen, setClaimsOpen] = useState(false);
  useEffect(() => setClaimsOpen(false), [e.id]);
  const kind = e.kind ? ` · ${t(lang, e.kind as StringKey)}` : '';
  const website = e.links?.website ? safeHttpUrl(e.links.website) : null;
  const wikipedia = e.links?.wikipedia ? safeHttpUrl(e.links.wikipedia) : null;
  const names = namePair(lang, e.name, e.native?.hans);
  const hant = e.native?.hant ? ` / ${e.native.hant}` : '';
  const summaryZh = e.summaryZh;
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
            <span class="primary" lang={names.primaryZh ? 'zh' : 'en'}>
              {names.primary}
              {names.primaryZh && lang === 'zh' ? hant : ''}
            </span>
            {names.secondary && (
              <span class="native" lang={names.primaryZh ? 'en' : 'zh'}>
                {` ${names.secondary}`}
                {!names.primaryZh ? hant : ''}
              </span>
            )}
          </h2>
          <div class="meta">
            <span class={`cat cat-${e.category}`}>
              {t(lang, e.category)}
              {kind}
            </span>
            {props.matched && props.matched !== e.name && props.matched !== e.native?.hans && (
              <span class="matched">
                {t(lang, 'matched')} “{props.matched}”
              </span>
            )}
          </div>
        </div>
        {/* Header actions: room for more than the close button. */}
        <div class="head-actions">
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
        </div>
      </header>
      <div class="body">
        {props.context && (
          <ClaimCheck
            data={data}
            context={props.context}
            lang={lang}
            expanded={!!props.pinned || claimsOpen}
            onToggle={props.pinned ? undefined : () => setClaimsOpen((o) => !o)}
          />
        )}
        {lang === 'zh' && summaryZh ? (
          <p class="summary" lang="zh">
            {summaryZh}
          </p>
        ) : (
          <>
            <p class="summary">{e.summary}</p>
            {props.pageZh && summaryZh && (
              <p class="summary summary-zh" lang="zh">
                {summaryZh}
              </p>
            )}
          </>
        )}
        <FactList data={data} lang={lang} copy={props.copy} />
        <RelationList
          data={data}
          lang={lang}
          onPage={props.onPage}
          onNavigate={props.onNavigate}
          copy={props.copy}
        />
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
        <span class="foot-text">
          Inkling · {t(lang, 'dataset')} {data.version}
        </span>
        {/* Footer actions: room for card-level actions. */}
        <span class="foot-actions" />
      </footer>
    </div>
  );
}
