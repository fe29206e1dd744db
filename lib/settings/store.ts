/**
 * The settings storage item, defined once. Synced where the browser syncs; every read is
 * sanitised, so a corrupt or foreign value can never crash a context.
 */
import { storage } from '#imports';
import { defaultSettings, sanitizeSettings, type Settings } from './settings';
import { migrations, SETTINGS_VERSION } from './migrations';

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: defaultSettings,
  version: SETTINGS_VERSION,
  migrations,
});

export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch {
    return sanitizeSettings(undefined);
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(sanitizeSettings(value)));
}
