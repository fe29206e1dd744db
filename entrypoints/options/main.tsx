import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '../../components/Options';
import { optionsCss, popupCss } from '../../components/popup-css';
import { loadSettings, saveSettings, syncProblemItem } from '../../lib/settings/settings-storage';
import { askWorker } from '../../lib/messaging/client';
import {
  loadRejections,
  removeRejection,
  watchRejections,
} from '../../lib/settings/rejections-store';
import type { Result } from '../../lib/messaging/protocol';
import type { ExportedFile } from '../../lib/user-data/protocol';

const value = <T,>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

function download({ filename, text }: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function openShortcutSettings(): void {
  // Firefox has its own page and an API to open it; Chromium browsers have chrome://extensions.
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (import.meta.env.BROWSER === 'firefox' && commands.openShortcutSettings)
    void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

const style = new CSSStyleSheet();
style.replaceSync(popupCss + optionsCss);
document.adoptedStyleSheets = [style];

render(
  <Options
    services={{
      settings: loadSettings,
      saveSettings,
      syncProblem: () => syncProblemItem.getValue().catch(() => null),
      about: async () => {
        const r = await askWorker('about', {});
        return r.ok ? r.value : null;
      },
      shortcuts: async () =>
        ((await browser.commands?.getAll().catch(() => [])) ?? []).map((c) => ({
          name: c.name ?? '',
          shortcut: c.shortcut ?? '',
        })),
      openShortcutSettings,
      packs: {
        list: async () => value(await askWorker('packs:list', {})),
        import: async (text) => value(await askWorker('packs:import', { text })),
        enable: async (id, enabled) => void value(await askWorker('packs:enable', { id, enabled })),
        remove: async (id) => void value(await askWorker('packs:remove', { id })),
        export: async (id) => value(await askWorker('packs:export', { id })),
      },
      rejections: { list: loadRejections, remove: removeRejection, watch: watchRejections },
      backup: {
        export: async () => value(await askWorker('backup:export', {})),
        import: async (text) => value(await askWorker('backup:import', { text })),
      },
      download,
      confirm: (message) => window.confirm(message),
    }}
  />,
  document.getElementById('app')!,
);
