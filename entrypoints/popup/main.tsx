import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupServices } from '../../components/Popup';
import { popupCss } from '../../components/popup-css';
import { cardCss } from '../../components/card/card-css';
import { askTab, askWorker } from '../../lib/messaging/client';
import { loadSettings, saveSettings } from '../../lib/settings/settings-storage';
import { takePendingLookup } from '../../lib/settings/pending-lookup';
import { resolveLang, type Lang } from '../../lib/i18n/strings';

performance.mark('inkling-popup-start');
const params = new URLSearchParams(location.search);

/** The tab this popup describes: `?tab=ID` (tests, lookups in a tab) or the active tab. */
async function targetTab(fromLookup?: number): Promise<number | undefined> {
  const fromUrl = Number(params.get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  if (fromLookup !== undefined) return fromLookup;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

const style = new CSSStyleSheet();
style.replaceSync(popupCss + cardCss.replace(/:host[^}]*}/, ''));
document.adoptedStyleSheets = [style];

// The first render waits for nothing: the language last used (kept in this page's own
// localStorage) or the browser's, so the search box takes typing at once. Settings, a pending
// lookup and the tab follow; storage.sync can take a few hundred milliseconds on a cold start.
const LANG_KEY = 'inkling-popup-lang';
const pending = takePendingLookup();
const tab = pending.then((p) => targetTab(p?.tabId));
const services: PopupServices = {
  search: async (q) => {
    const r = await askWorker('search', { query: q, limit: 20 });
    return r.ok ? r.value : [];
  },
  entity: async (id) => {
    const r = await askWorker('entity:get', { id });
    return r.ok ? r.value : null;
  },
  summary: async () => {
    const tabId = await tab;
    if (tabId === undefined) return null;
    const r = await askTab(tabId, 'page:summary', {});
    return r.ok ? r.value : null;
  },
  goto: async (id) => {
    const tabId = await tab;
    if (tabId !== undefined) await askTab(tabId, 'page:goto', { id });
  },
  settings: loadSettings,
  saveSettings,
  copy: (s) => navigator.clipboard.writeText(s),
  openOptions: () => void browser.runtime.openOptionsPage(),
};

function show(lang: Lang, lookup?: string): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  render(
    <Popup
      lang={lang}
      initialQuery={params.get('q') ?? ''}
      lookup={lookup || undefined}
      services={services}
    />,
    document.getElementById('app')!,
  );
}

const cached = localStorage.getItem(LANG_KEY);
show(cached === 'zh' || cached === 'en' ? cached : resolveLang('auto'), params.get('lookup') ?? '');
void Promise.all([loadSettings(), pending]).then(([settings, p]) => {
  const lang = resolveLang(settings.language);
  localStorage.setItem(LANG_KEY, lang);
  show(lang, params.get('lookup') ?? p?.query ?? '');
});
