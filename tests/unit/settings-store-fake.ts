/**
 * A settings store for component tests that behaves like the real one where it matters: saves
 * run one after another, each applies its change to the settings as the previous save left them
 * and returns the settings as saved by it alone. Saves of the keys named `slow` wait until the
 * test releases them, one at a time, so a test can act while a save is in flight.
 */
import {
  defaultSettings,
  sanitizeSettings,
  type Settings,
  type SettingsChange,
} from '../../lib/settings/settings';

export function settingsStore(
  initial: Partial<Settings> = {},
  { slow = [], failing = [] }: { slow?: (keyof Settings)[]; failing?: (keyof Settings)[] } = {},
) {
  let stored: Settings = { ...structuredClone(defaultSettings), ...initial };
  const saved: SettingsChange[] = [];
  const waiting: (() => void)[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  const names = (change: Partial<Settings>) => Object.keys(change) as (keyof Settings)[];
  const saveSettings = (change: SettingsChange): Promise<Settings> => {
    saved.push(change);
    const done = queue.then(async () => {
      const delta = typeof change === 'function' ? change(stored) : change;
      if (names(delta).some((k) => slow.includes(k)))
        await new Promise<void>((r) => waiting.push(r));
      if (names(delta).some((k) => failing.includes(k)))
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      // The change is computed again: the settings may have moved while this save waited.
      stored = sanitizeSettings({
        ...stored,
        ...(typeof change === 'function' ? change(stored) : change),
      });
      return stored;
    });
    queue = done.catch(() => undefined);
    return done;
  };
  return {
    settings: async () => stored,
    saveSettings,
    saved,
    stored: () => stored,
    /** Lets the oldest waiting slow save finish; false when none is waiting. */
    release: () => {
      const next = waiting.shift();
      next?.();
      return !!next;
    },
  };
}
