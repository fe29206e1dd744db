/** Sites: "everywhere except these" or "only these", with a list to add to and remove from. */
import { useState } from 'preact/hooks';
import { t, type Lang } from '../lib/i18n/strings';
import type { Settings, SettingsChange } from '../lib/settings/settings';

/** "https://News.Example.com/path" → "news.example.com"; null when it is not a host name. */
export function siteFromInput(input: string): string | null {
  const raw = input.trim().toLowerCase();
  if (!raw) return null;
  let host = raw;
  try {
    host = new URL(/^[a-z]+:\/\//.test(raw) ? raw : `https://${raw}`).hostname;
  } catch {
    return null;
  }
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host) || host === 'localhost' ? host : null;
}

export function SitesSection({
  lang,
  s,
  save,
}: {
  lang: Lang;
  s: Settings;
  save: (change: SettingsChange) => Promise<void>;
}) {
  const [site, setSite] = useState('');
  const [invalid, setInvalid] = useState(false);
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">{t(lang, 'sites')}</h2>
      {(['except', 'only'] as const).map((mode) => (
        <label key={mode} class="row">
          <input
            type="radio"
            name="mode"
            checked={s.siteMode === mode}
            onChange={() => void save({ siteMode: mode })}
          />
          {t(lang, mode === 'except' ? 'siteModeExcept' : 'siteModeOnly')}
        </label>
      ))}
      {s.sites.length === 0 && <p class="muted">{t(lang, 'sitesEmpty')}</p>}
      <ul class="sites">
        {s.sites.map((h) => (
          <li key={h} class="row">
            <span class="site-name">{h}</span>
            <button
              type="button"
              aria-label={`${t(lang, 'siteRemove')} ${h}`}
              onClick={() => void save((cur) => ({ sites: cur.sites.filter((x) => x !== h) }))}
            >
              {t(lang, 'siteRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          const h = siteFromInput(site);
          setInvalid(!h);
          if (h)
            void save((cur) => ({ sites: [...new Set([...cur.sites, h])] })).then(() =>
              setSite(''),
            );
        }}
      >
        <input
          aria-label={t(lang, 'siteToAdd')}
          aria-invalid={invalid}
          placeholder="example.com"
          value={site}
          onInput={(e) => setSite((e.target as HTMLInputElement).value)}
        />
        <button type="submit">{t(lang, 'siteAdd')}</button>
      </form>
      {invalid && <p class="error">{t(lang, 'siteInvalid')}</p>}
    </section>
  );
}
