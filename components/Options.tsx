/**
 * The options page: what gets marked, where and how; shortcuts; the user's own data (packs and a
 * backup of everything); about. Every setting is saved as soon as it changes.
 */
import { useEffect, useState } from 'preact/hooks';
import { useSavedSettings } from './use-saved-settings';
import { Categories } from '../lib/dataset/schema';
import { HoldKeys, MarkStyles, type Settings, type SettingsChange } from '../lib/settings/settings';
import { resolveLang, t, tf, type Lang, type StringKey } from '../lib/i18n/strings';
import type { ExportedFile } from '../lib/user-data/protocol';
import { ResearchLog } from './ResearchLog';
import { SitesSection } from './SitesSection';
import { ShortcutsSection, type Shortcut } from './ShortcutsSection';
import { PacksSection, type PackServices } from './PacksSection';
import { BackupSection, type BackupServices } from './BackupSection';
import { AboutSection, type AboutInfo } from './AboutSection';
import { RejectionsSection, type RejectionServices } from './RejectionsSection';
import { applyTheme } from '../lib/settings/page-theme';

export interface OptionsServices {
  settings: () => Promise<Settings>;
  /** Serialised: each change is applied to the settings as saved, in order. */
  saveSettings: (change: SettingsChange) => Promise<Settings>;
  /** Why settings could not be synced, or null. */
  syncProblem: () => Promise<string | null>;
  about: () => Promise<AboutInfo | null>;
  shortcuts: () => Promise<Shortcut[]>;
  openShortcutSettings: () => void;
  packs: PackServices;
  backup: BackupServices;
  rejections: RejectionServices;
  download: (file: ExportedFile) => void;
  confirm: (message: string) => boolean;
}

const styleKey: Record<(typeof MarkStyles)[number], StringKey> = {
  underline: 'styleUnderline',
  background: 'styleBackground',
  first: 'styleFirst',
  off: 'styleOff',
};
const holdKeyLabel: Record<(typeof HoldKeys)[number], StringKey> = {
  none: 'holdNone',
  Alt: 'holdAlt',
  Shift: 'holdShift',
  Control: 'holdControl',
};

export function Options({ services }: { services: OptionsServices }) {
  const [syncProblem, setSyncProblem] = useState<string | null>(null);
  const {
    settings: s,
    save,
    reload,
  } = useSavedSettings(services, () => void services.syncProblem().then(setSyncProblem));
  const [about, setAbout] = useState<AboutInfo | null>(null);
  const [revision, setRevision] = useState(0);
  // What is typed in the hover delay field until it is saved: a re-render meanwhile (a save of
  // another setting finishing) would otherwise put the stored value back under the reader's
  // typing, and the change would never be saved.
  const [hoverDraft, setHoverDraft] = useState<string | null>(null);
  useEffect(() => {
    void services.syncProblem().then(setSyncProblem);
    void services.about().then(setAbout);
  }, []);
  const lang: Lang = resolveLang(s?.language ?? 'auto');
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'optionsTitle');
  }, [lang]);
  // The theme setting applies here too, live (and "auto" follows the system).
  const theme = s?.theme ?? 'auto';
  useEffect(() => applyTheme(document, theme), [theme]);
  if (!s) return <p>{t(lang, 'loading')}</p>;
  const radio = <K extends keyof Settings>(key: K, value: Settings[K], label: string) => (
    <label key={String(value)} class="row">
      <input
        type="radio"
        name={key}
        checked={s[key] === value}
        onChange={() => void save({ [key]: value } as Partial<Settings>)}
      />
      {label}
    </label>
  );
  return (
    <main class="options">
      <h1>{t(lang, 'optionsTitle')}</h1>
      {syncProblem && <p class="error">{tf(lang, 'syncProblem', { problem: syncProblem })}</p>}
      <section aria-labelledby="cat-h">
        <h2 id="cat-h">{t(lang, 'categories')}</h2>
        {Categories.map((c) => (
          <label key={c} class="row">
            <input
              type="checkbox"
              checked={s.categories[c]}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                // From the settings as saved: two quick clicks must not undo each other.
                void save((cur) => ({ categories: { ...cur.categories, [c]: on } }));
              }}
            />
            {t(lang, c)}
          </label>
        ))}
      </section>
      <SitesSection lang={lang} s={s} save={save} />
      <section aria-labelledby="marks-h">
        <h2 id="marks-h">{t(lang, 'marks')}</h2>
        {MarkStyles.map((m) => radio('markStyle', m, t(lang, styleKey[m])))}
        <label class="row">
          {t(lang, 'holdKey')}{' '}
          <select
            value={s.holdKey}
            onChange={(e) =>
              void save({ holdKey: (e.target as HTMLSelectElement).value as Settings['holdKey'] })
            }
          >
            {HoldKeys.map((k) => (
              <option key={k} value={k}>
                {t(lang, holdKeyLabel[k])}
              </option>
            ))}
          </select>
        </label>
        <label class="row">
          {t(lang, 'hoverDelay')}{' '}
          <input
            type="number"
            min={0}
            max={2000}
            step={50}
            value={hoverDraft ?? s.hoverDelayMs}
            onInput={(e) => setHoverDraft((e.target as HTMLInputElement).value)}
            onChange={(e) => {
              const value = Number((e.target as HTMLInputElement).value);
              void save({ hoverDelayMs: value }).then(() => setHoverDraft(null));
            }}
          />
        </label>
      </section>
      <section aria-labelledby="look-h">
        <h2 id="look-h">{t(lang, 'appearance')}</h2>
        <label class="row">
          {t(lang, 'theme')}{' '}
          <select
            value={s.theme}
            onChange={(e) =>
              void save({ theme: (e.target as HTMLSelectElement).value as Settings['theme'] })
            }
          >
            <option value="auto">{t(lang, 'themeAuto')}</option>
            <option value="light">{t(lang, 'themeLight')}</option>
            <option value="dark">{t(lang, 'themeDark')}</option>
          </select>
        </label>
        <label class="row">
          {t(lang, 'language')}{' '}
          <select
            value={s.language}
            onChange={(e) =>
              void save({
                language: (e.target as HTMLSelectElement).value as Settings['language'],
              })
            }
          >
            <option value="auto">{t(lang, 'languageAuto')}</option>
            <option value="en">English</option>
            <option value="zh">简体中文</option>
          </select>
        </label>
      </section>
      <ShortcutsSection
        lang={lang}
        load={services.shortcuts}
        openSettings={services.openShortcutSettings}
      />
      <PacksSection
        lang={lang}
        services={services.packs}
        download={services.download}
        confirm={services.confirm}
        revision={revision}
      />
      <RejectionsSection lang={lang} services={services.rejections} />
      <BackupSection
        lang={lang}
        services={services.backup}
        download={services.download}
        onRestored={() => {
          setRevision((r) => r + 1);
          void reload();
        }}
      />
      <ResearchLog lang={lang} />
      <AboutSection lang={lang} about={about} />
    </main>
  );
}
