import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup, type PopupServices } from '../../components/Popup';
import { popupCss } from '../../components/popup-css';
import { cardCss } from '../../components/card/card-css';
import { askTab, askWorker } from '../../lib/messaging/client';
import { loadSettings, saveSettings, watchSettings } from '../../lib/settings/settings-storage';
import { takePendingLookup } from '../../lib/settings/pending-lookup';
import { resolveLang, type Lang } from '../../lib/i18n/strings';
import { mergeSummaries, type FrameSummary } from '../../lib/page/merge-summaries';
import { applyTheme } from '../../lib/settings/page-theme';
import type { Settings } from '../../lib/settings/settings';

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
const THEME_KEY = 'inkling-popup-theme';
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
  // Every frame that marked something answers for itself (lib/worker/marked-frames.ts).
  summary: async () => {
    const tabId = await tab;
    if (tabId === undefined) return null;
    const listed = await askWorker('page:frames', { tabId });
    const frameIds = listed.ok ? listed.value : [0];
    const answers = await Promise.all(
      frameIds.map(async (frameId): Promise<FrameSummary | null> => {
        const r = await askTab(tabId, 'page:summary', {}, frameId);
        return r.ok ? { frameId, ...r.value } : null;
      }),
    );
    if (!answers[0]) return null; // the top frame did not answer: Inkling cannot run there
    return mergeSummaries(answers.filter((a): a is FrameSummary => a !== null));
  },
  goto: async (id, frameId = 0) => {
    const tabId = await tab;
    if (tabId !== undefined) await askTab(tabId, 'page:goto', { id }, frameId);
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

// The theme last used, at once (no flash of light before dark); then the setting, live.
const cachedTheme = localStorage.getItem(THEME_KEY);
let stopTheme = applyTheme(
  document,
  cachedTheme === 'light' || cachedTheme === 'dark' ? cachedTheme : 'auto',
);
const useTheme = (theme: Settings['theme']) => {
  stopTheme();
  stopTheme = applyTheme(document, theme);
  localStorage.setItem(THEME_KEY, theme);
};
watchSettings((s) => useTheme(s.theme));

const cached = localStorage.getItem(LANG_KEY);
show(cached === 'zh' || cached === 'en' ? cached : resolveLang('auto'), params.get('lookup') ?? '');
void Promise.all([loadSettings(), pending]).then(([settings, p]) => {
  const lang = resolveLang(settings.language);
  localStorage.setItem(LANG_KEY, lang);
  useTheme(settings.theme);
  show(lang, params.get('lookup') ?? p?.query ?? '');
});
