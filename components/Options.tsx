/** The options page: what gets marked, where, and how. Every change is saved at once. */
import { useEffect, useState } from 'preact/hooks';
import { Categories } from '../lib/dataset/schema';
import { MarkStyles, type Settings } from '../lib/settings/settings';
import { t, type Lang } from '../lib/i18n/strings';
import { ResearchLog } from './ResearchLog';

export interface OptionsServices {
  settings: () => Promise<Settings>;
  saveSettings: (patch: Partial<Settings>) => Promise<Settings>;
  version: string;
}

const styleLabel: Record<(typeof MarkStyles)[number], string> = {
  underline: 'Underline',
  background: 'Background',
  first: 'First mention only',
  off: 'Off (keep the index for the popup)',
};

export function Options({ services, lang }: { services: OptionsServices; lang: Lang }) {
  const [s, setS] = useState<Settings | null>(null);
  const [site, setSite] = useState('');
  useEffect(() => void services.settings().then(setS), []);
  if (!s) return <p>{t(lang, 'loading')}</p>;
  const save = async (patch: Partial<Settings>) => setS(await services.saveSettings(patch));
  return (
    <main class="options">
      <h1>Inkling</h1>
      <section>
        <h2>{t(lang, 'categories')}</h2>
        {Categories.map((c) => (
          <label key={c} class="row">
            <input
              type="checkbox"
              checked={s.categories[c]}
              onChange={(e) =>
                save({
                  categories: { ...s.categories, [c]: (e.target as HTMLInputElement).checked },
                })
              }
            />
            {t(lang, c)}
          </label>
        ))}
      </section>
      <section>
        <h2>Sites</h2>
        <label class="row">
          <input
            type="radio"
            name="mode"
            checked={s.siteMode === 'except'}
            onChange={() => save({ siteMode: 'except' })}
          />
          Everywhere except these sites
        </label>
        <label class="row">
          <input
            type="radio"
            name="mode"
            checked={s.siteMode === 'only'}
            onChange={() => save({ siteMode: 'only' })}
          />
          Only on these sites
        </label>
        <ul class="sites">
          {s.sites.map((h) => (
            <li key={h}>
              {h}{' '}
              <button type="button" onClick={() => save({ sites: s.sites.filter((x) => x !== h) })}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const h = site
              .trim()
              .toLowerCase()
              .replace(/^https?:\/\//, '')
              .replace(/\/.*$/, '');
            if (h) void save({ sites: [...new Set([...s.sites, h])] }).then(() => setSite(''));
          }}
        >
          <input
            aria-label="Site to add"
            placeholder="example.com"
            value={site}
            onInput={(e) => setSite((e.target as HTMLInputElement).value)}
          />
          <button type="submit">Add</button>
        </form>
      </section>
      <section>
        <h2>Marks</h2>
        {MarkStyles.map((m) => (
          <label key={m} class="row">
            <input
              type="radio"
              name="style"
              checked={s.markStyle === m}
              onChange={() => save({ markStyle: m })}
            />
            {styleLabel[m]}
          </label>
        ))}
        <label class="row">
          Hover delay (ms){' '}
          <input
            type="number"
            min={0}
            max={2000}
            step={50}
            value={s.hoverDelayMs}
            onChange={(e) => save({ hoverDelayMs: Number((e.target as HTMLInputElement).value) })}
          />
        </label>
      </section>
      <section>
        <h2>Appearance</h2>
        <label class="row">
          Theme{' '}
          <select
            value={s.theme}
            onChange={(e) =>
              save({ theme: (e.target as HTMLSelectElement).value as Settings['theme'] })
            }
          >
            <option value="auto">Follow the page and system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <label class="row">
          Language{' '}
          <select
            value={s.language}
            onChange={(e) =>
              save({ language: (e.target as HTMLSelectElement).value as Settings['language'] })
            }
          >
            <option value="auto">Browser language</option>
            <option value="en">English</option>
            <option value="zh">简体中文</option>
          </select>
        </label>
      </section>
      <ResearchLog />
      <footer class="muted">Dataset {services.version}</footer>
    </main>
  );
}
