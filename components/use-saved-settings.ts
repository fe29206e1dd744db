/**
 * The settings as a page shows them while it saves changes. Saves run one after another and each
 * returns the settings as it alone left them, so showing every answer would let an earlier save
 * landing undo a later click on screen (and a change built from what is shown would undo one not
 * yet saved). Instead each change shows at once, validated as the store will validate it, and only
 * the latest save's answer replaces it; a save that fails puts back the settings as stored.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { sanitizeSettings, type Settings, type SettingsChange } from '../lib/settings/settings';

export interface SettingsAccess {
  settings: () => Promise<Settings>;
  saveSettings: (change: SettingsChange) => Promise<Settings>;
}

export function useSavedSettings(
  { settings, saveSettings }: SettingsAccess,
  /** Called once the latest save has landed. */
  onSaved?: () => void,
) {
  const [shown, setShown] = useState<Settings | null>(null);
  const latest = useRef(0);
  const reload = () => {
    const mine = ++latest.current;
    return settings().then((s) => void (mine === latest.current && setShown(s)));
  };
  useEffect(() => void reload(), []);
  const save = async (change: SettingsChange) => {
    const mine = ++latest.current;
    setShown(
      (cur) =>
        cur &&
        sanitizeSettings({ ...cur, ...(typeof change === 'function' ? change(cur) : change) }),
    );
    const saved = await saveSettings(change).catch(() => settings());
    if (mine !== latest.current) return;
    setShown(saved);
    onSaved?.();
  };
  return { settings: shown, save, reload };
}
