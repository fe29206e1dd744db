/**
 * The settings storage items, defined once. Settings sync where the browser syncs; every save
 * also goes to a local copy, and when sync fails (no account, quota full, too many writes) the
 * local copy is used until a save to sync succeeds again — a setting is never lost to sync.
 * Every read and every change is sanitised, so a corrupt or foreign value cannot crash a context.
 */
import { storage } from '#imports';
import { defaultSettings, sanitizeSettings, type Settings } from './settings';
import { migrations, SETTINGS_VERSION } from './migrations';
import { quietUnwatch } from './quiet-unwatch';

const options = { fallback: defaultSettings, version: SETTINGS_VERSION, migrations };

export const settingsItem = storage.defineItem<Settings>('sync:settings', options);
export const localSettingsItem = storage.defineItem<Settings>('local:settings', options);
/** Why the last save could not reach sync, or null when it did. */
export const syncProblemItem = storage.defineItem<string | null>('local:settingsSyncProblem', {
  fallback: null,
});

export async function loadSettings(): Promise<Settings> {
  try {
    if (!(await syncProblemItem.getValue())) return sanitizeSettings(await settingsItem.getValue());
  } catch {
    // sync unreadable: the local copy below
  }
  try {
    return sanitizeSettings(await localSettingsItem.getValue());
  } catch {
    return sanitizeSettings(undefined);
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...patch });
  await localSettingsItem.setValue(next);
  try {
    await settingsItem.setValue(next);
    await syncProblemItem.setValue(null);
  } catch (e) {
    await syncProblemItem.setValue(e instanceof Error ? e.message : String(e));
  }
  return next;
}

/** Calls `cb` with the sanitised settings whenever they change, once per distinct value. */
export function watchSettings(cb: (s: Settings) => void): () => void {
  let last = '';
  const changed = () =>
    void loadSettings().then((s) => {
      const key = JSON.stringify(s);
      if (key !== last) {
        last = key;
        cb(s);
      }
    });
  void loadSettings().then((s) => (last = JSON.stringify(s)));
  const offs = [settingsItem.watch(changed), localSettingsItem.watch(changed)];
  return () => offs.forEach((off) => quietUnwatch(off)());
}
