/**
 * The context-menu item "Look up '…' in Inkling" on a text selection. It opens the toolbar popup
 * on the matching entity where the browser allows an extension to open it, and otherwise the same
 * page in a tab. The title follows the interface language.
 */
import { browser } from 'wxt/browser';
import { resolveLang, t } from '../i18n/strings';
import { loadSettings, watchSettings } from '../settings/settings-storage';
import { pendingLookupItem, type PendingLookup } from '../settings/pending-lookup';

export const MENU_ID = 'inkling-lookup';

/** What the lookup needs from the browser (passed in, so it can be tested without one). */
export interface LookupDeps {
  setPending: (p: PendingLookup) => Promise<void>;
  /** Opens the toolbar popup; rejects where the browser does not allow it. */
  openPopup?: () => Promise<void>;
  openTab: (url: string) => Promise<void>;
  pageUrl: (path: string) => string;
  now?: () => number;
}

/** The popup page for a lookup: `?lookup=` names the query, `&tab=` the tab it came from. */
export function lookupPageUrl(query: string, tabId?: number): string {
  const params = new URLSearchParams({ lookup: query });
  if (tabId !== undefined && tabId >= 0) params.set('tab', String(tabId));
  return `/popup.html?${params}`;
}

export async function lookUp(selection: string, tabId: number | undefined, deps: LookupDeps) {
  const query = selection.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (!query) return;
  // Not awaited before openPopup: Firefox allows openPopup only within the click's user action,
  // which ends at the first await. The popup takes longer to load than this write.
  const pending = deps.setPending({ query, tabId, at: (deps.now ?? Date.now)() });
  try {
    if (!deps.openPopup) throw new Error('no popup API');
    await deps.openPopup();
    await pending;
  } catch {
    await pending.catch(() => undefined);
    await deps.openTab(deps.pageUrl(lookupPageUrl(query, tabId)));
  }
}

export function registerContextMenu(): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  const title = async () => t(resolveLang((await loadSettings()).language), 'lookupMenu');
  browser.runtime.onInstalled.addListener(async () => {
    const label = await title();
    await menus.removeAll();
    menus.create({ id: MENU_ID, title: label, contexts: ['selection'] });
  });
  watchSettings((s) => {
    // Rejects when the item does not exist yet (before onInstalled ran): nothing to rename then.
    void Promise.resolve(
      menus.update(MENU_ID, { title: t(resolveLang(s.language), 'lookupMenu') }),
    ).catch(() => undefined);
  });
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    void lookUp(info.selectionText ?? '', tab?.id, {
      setPending: (p) => pendingLookupItem.setValue(p),
      openPopup: browser.action?.openPopup ? () => browser.action.openPopup() : undefined,
      openTab: async (url) =>
        void (await browser.tabs.create({ url, index: (tab?.index ?? -1) + 1 })),
      pageUrl: (path) => browser.runtime.getURL(path as '/popup.html'),
    });
  });
}
