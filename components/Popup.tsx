/**
 * The toolbar popup: search the dataset, see what is on this page, quick switches.
 * Opened as a tab in tests with `?tab=ID`, which names the tab it describes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useSavedSettings } from './use-saved-settings';
import { EntityCard } from './card/EntityCard';
import type { CardData } from '../lib/card/card-data';
import type { SearchHit } from '../lib/search/search-index';
import {
  enabledForHost,
  sitesWithHost,
  type Settings,
  type SettingsChange,
} from '../lib/settings/settings';
import { Categories } from '../lib/dataset/schema';
import { t, tf, type Lang } from '../lib/i18n/strings';
import { namePair } from '../lib/i18n/names';
import type { MergedSummary } from '../lib/page/merge-summaries';

/** What the page's frames marked, merged (lib/page/merge-summaries.ts). */
export type PageSummary = MergedSummary;

export interface PopupServices {
  search: (q: string) => Promise<SearchHit[]>;
  entity: (id: string) => Promise<CardData | null>;
  summary: () => Promise<PageSummary | null>;
  /** Scroll to the entity's next mention in `frameId` (the first frame that marked it). */
  goto: (id: string, frameId?: number) => Promise<void>;
  settings: () => Promise<Settings>;
  saveSettings: (change: SettingsChange) => Promise<Settings>;
  copy: (s: string) => Promise<void>;
  openOptions: () => void;
}

export function Popup({
  services,
  lang,
  initialQuery = '',
  lookup,
}: {
  services: PopupServices;
  lang: Lang;
  initialQuery?: string;
  /** A name to look up (from the context menu): its best match opens at once. */
  lookup?: string;
}) {
  const [query, setQuery] = useState(lookup ?? initialQuery);
  const [lookupMissed, setLookupMissed] = useState(false);
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const [view, setView] = useState<CardData[]>([]);
  const [summary, setSummary] = useState<PageSummary | null | 'loading'>('loading');
  const { settings, save } = useSavedSettings(services);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    // For the benchmark: when the search box took the focus (performance.getEntriesByName).
    performance.mark('inkling-popup-ready');
    void services.summary().then(setSummary);
  }, []);

  // A lookup may arrive after the first render (it is read from storage meanwhile).
  useEffect(() => {
    if (!lookup) return;
    setQuery(lookup);
    void services.search(lookup).then((h) => {
      if (h[0]) void open(h[0].id);
      else setLookupMissed(true);
    });
  }, [lookup]);

  useEffect(() => {
    let live = true;
    if (!query.trim()) setHits([]);
    else void services.search(query).then((h) => live && (setHits(h), setActive(0)));
    return () => {
      live = false;
    };
  }, [query]);

  // Back from the entity view: the search box has the focus again, ready to type.
  useEffect(() => {
    if (view.length === 0) input.current?.focus();
  }, [view.length]);

  const open = async (id: string) => {
    const d = await services.entity(id);
    if (d) setView((v) => [...v, d]);
  };

  const host = summary && summary !== 'loading' ? safeHost(summary.url) : '';
  // The content script's own rule: a listed site covers its subdomains.
  const siteOff = !!settings && !!host && !enabledForHost(settings, host);

  if (view.length > 0) {
    return (
      <div class="popup">
        <div class="card card-popup">
          <EntityCard
            data={view[view.length - 1]!}
            lang={lang}
            onBack={() => setView((v) => v.slice(0, -1))}
            onNavigate={(id) => void open(id)}
            copy={services.copy}
          />
        </div>
      </div>
    );
  }

  return (
    <div class="popup">
      <input
        ref={input}
        class="search"
        type="search"
        role="combobox"
        aria-expanded={query.trim() !== '' && hits.length > 0}
        aria-controls="results"
        aria-activedescendant={hits[active] ? `result-${active}` : undefined}
        aria-label={t(lang, 'searchPlaceholder')}
        placeholder={t(lang, 'searchPlaceholder')}
        value={query}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && hits[active]) void open(hits[active].id);
          else return;
          e.preventDefault();
        }}
      />
      {query.trim() !== '' && (
        <ul id="results" class="results" role="listbox" aria-label={t(lang, 'results')}>
          {hits.length === 0 && (
            <li class="empty">
              {lookupMissed && query === lookup
                ? tf(lang, 'lookupNone', { q: lookup })
                : t(lang, 'noResults')}
            </li>
          )}
          {hits.map((h, i) => (
            <li
              key={h.id}
              id={`result-${i}`}
              role="option"
              aria-selected={i === active}
              class={`result${i === active ? ' active' : ''}`}
            >
              <ResultButton hit={h} lang={lang} onOpen={() => void open(h.id)} />
            </li>
          ))}
        </ul>
      )}
      <section class="onpage">
        <h2>{t(lang, 'onThisPage')}</h2>
        {summary === 'loading' && <p class="muted">{t(lang, 'loading')}</p>}
        {summary === null && <p class="muted error">{t(lang, 'cannotRun')}</p>}
        {summary && summary !== 'loading' && !summary.enabled && (
          <p class="muted page-off">{t(lang, 'pageOff')}</p>
        )}
        {summary && summary !== 'loading' && summary.enabled && summary.entities.length === 0 && (
          <p class="muted">{t(lang, 'nothingOnPage')}</p>
        )}
        {summary && summary !== 'loading' && summary.entities.length > 0 && (
          <ul class="page-list">
            {Categories.filter((c) => summary.entities.some((e) => e.category === c)).map((c) => (
              <li key={c}>
                <h3>{t(lang, c)}</h3>
                <ul>
                  {summary.entities
                    .filter((e) => e.category === c)
                    .sort((a, b) => b.count - a.count)
                    .map((e) => {
                      const names = namePair(lang, e.name, e.native);
                      return (
                        <li key={e.id} class="page-entity">
                          <span class="p-names">
                            <button
                              type="button"
                              class="link-btn"
                              lang={names.primaryZh ? 'zh' : 'en'}
                              onClick={() => void services.goto(e.id, e.frames[0])}
                            >
                              {names.primary}
                            </button>
                            {names.secondary && <span class="p-native"> {names.secondary}</span>}
                          </span>
                          <span class="count"> {e.count}</span>
                          <button
                            type="button"
                            class="info-btn"
                            aria-label={`${names.primary}: card`}
                            onClick={() => void open(e.id)}
                          >
                            ⓘ
                          </button>
                        </li>
                      );
                    })}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
      {settings && (
        <section class="switches">
          <h2>{t(lang, 'categories')}</h2>
          <div class="toggles">
            {Categories.map((c) => (
              <label key={c} class="toggle">
                <input
                  type="checkbox"
                  checked={settings.categories[c]}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    // From the settings as saved: two quick clicks must not undo each other.
                    void save((cur) => ({ categories: { ...cur.categories, [c]: on } }));
                  }}
                />
                {t(lang, c)}
              </label>
            ))}
          </div>
          {host && (
            <label class="toggle site">
              <input
                type="checkbox"
                checked={siteOff}
                onChange={(e) => {
                  const on = !(e.target as HTMLInputElement).checked;
                  void save((cur) => ({ sites: sitesWithHost(cur, host, on) }));
                }}
              />
              {t(lang, 'offOnSite')} ({host})
            </label>
          )}
          <button type="button" class="link-btn settings-link" onClick={services.openOptions}>
            {t(lang, 'settings')}
          </button>
        </section>
      )}
    </div>
  );
}

/** A search result: names in the reader's language first, its category, and what matched. */
function ResultButton({
  hit: h,
  lang,
  onOpen,
}: {
  hit: SearchHit;
  lang: Lang;
  onOpen: () => void;
}) {
  const names = namePair(lang, h.name, h.native);
  return (
    <button type="button" class="result-btn" onClick={onOpen}>
      <span class="r-name" lang={names.primaryZh ? 'zh' : 'en'}>
        {names.primary}
      </span>
      {names.secondary && <span class="r-native"> {names.secondary}</span>}
      <span class="r-cat"> · {t(lang, h.category)}</span>
      {h.matched !== h.name && h.matched !== h.native && (
        <span class="r-matched"> — {h.matched}</span>
      )}
    </button>
  );
}

function safeHost(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : '';
  } catch {
    return '';
  }
}
