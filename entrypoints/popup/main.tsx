import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/Popup';
import { popupCss } from '../../components/popup-css';
import { cardCss } from '../../components/card-css';
import { askTab, askWorker } from '../../lib/messaging/client';
import { loadSettings, saveSettings } from '../../lib/settings/store';
import { takePendingLookup } from '../../lib/settings/pending-lookup';
import { resolveLang } from '../../lib/i18n/strings';

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

async function main() {
  const [settings, pending] = await Promise.all([loadSettings(), takePendingLookup()]);
  const lang = resolveLang(settings.language);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const tabId = await targetTab(pending?.tabId);
  const lookup = params.get('lookup') ?? pending?.query ?? undefined;

  render(
    <Popup
      lang={lang}
      initialQuery={params.get('q') ?? ''}
      lookup={lookup || undefined}
      services={{
        search: async (q) => {
          const r = await askWorker('search', { query: q, limit: 20 });
          return r.ok ? r.value : [];
        },
        entity: async (id) => {
          const r = await askWorker('entity:get', { id });
          return r.ok ? r.value : null;
        },
        summary: async () => {
          if (tabId === undefined) return null;
          const r = await askTab(tabId, 'page:summary', {});
          return r.ok ? r.value : null;
        },
        goto: async (id) => {
          if (tabId !== undefined) await askTab(tabId, 'page:goto', { id });
        },
        settings: loadSettings,
        saveSettings,
        copy: (s) => navigator.clipboard.writeText(s),
        openOptions: () => void browser.runtime.openOptionsPage(),
      }}
    />,
    document.getElementById('app')!,
  );
}

void main();
