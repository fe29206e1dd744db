/**
 * The popup's services for component tests: no search hits or entities, a page summary for `url`
 * that follows the stored host rule, and settings from a fake store (settings-store-fake.ts).
 */
import type { PopupServices } from '../../components/Popup';
import { enabledForHost } from '../../lib/settings/settings';
import type { settingsStore } from './settings-store-fake';

export function popupServices(url: string, store: ReturnType<typeof settingsStore>): PopupServices {
  return {
    search: async () => [],
    entity: async () => null,
    summary: async () => ({
      url,
      enabled: enabledForHost(store.stored(), new URL(url).hostname),
      entities: [],
    }),
    goto: async () => undefined,
    settings: store.settings,
    saveSettings: store.saveSettings,
    copy: async () => undefined,
    openOptions: () => undefined,
  };
}
