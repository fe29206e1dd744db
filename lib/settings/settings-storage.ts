/**
 * The settings storage items, defined once. Settings sync where the browser syncs; every save
 * also goes to a local copy, and when sync fails (no account, quota full, too many writes) the
 * local copy is used until a save to sync succeeds again — a setting is never lost to sync.
 * Every read and every change is sanitised, so a corrupt or foreign value cannot crash a context.
 */
import { storage } from '#imports';
import { defaultSettings, sanitizeSettings, type Settings, type SettingsChange } from './settings';
import { migrations, SETTINGS_VERSION } from './migrations';
import { quietUnwatch } from './quiet-unwatch';
import { lazyItem } from './lazy-item';

const options = { fallback: defaultSettings, version: SETTINGS_VERSION, migrations };

export const settingsItem = lazyItem(() => storage.defineItem<Settings>('sync:settings', options));
export const localSettingsItem = lazyItem(() =>
  storage.defineItem<Settings>('local:settings', options),
);
/** Why the last save could not reach sync, or null when it did. */
export const syncProblemItem = lazyItem(() =>
  storage.defineItem<string | null>('local:settingsSyncProblem', { fallback: null }),
);

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

/**
 * Runs settings writes one at a time, in the order they were asked for. Across contexts (popup,
 * options, worker) a Web Lock holds them apart — they share the extension's origin; where there
 * are no Web Locks (unit tests) the queue in this context still does.
 */
let queue: Promise<unknown> = Promise.resolve();
function oneWriter<T>(write: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  const run = (): Promise<T> =>
    locks ? (locks.request('inkling:settings', write) as Promise<T>) : write();
  const done = queue.then(run, run);
  queue = done.catch(() => undefined);
  return done;
}

/**
 * Saves a change to the settings and answers them as saved. Writes are serialised, and each reads
 * the settings afresh, so no change is lost however fast they come. Pass a function to derive the
 * change from the current settings (adding to a list, say) rather than from a stale copy.
 */
export function saveSettings(change: SettingsChange): Promise<Settings> {
  return oneWriter(async () => {
    const current = await loadSettings();
    const patch = typeof change === 'function' ? change(current) : change;
    const next = sanitizeSettings({ ...current, ...patch });
    await localSettingsItem.setValue(next);
    try {
      await settingsItem.setValue(next);
      await syncProblemItem.setValue(null);
    } catch (e) {
      await syncProblemItem.setValue(e instanceof Error ? e.message : String(e));
    }
    return next;
  });
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
