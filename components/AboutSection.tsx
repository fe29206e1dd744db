/** About: the dataset's version, its sources (as links only when they parse as https), licence. */
import { t, tf, type Lang } from '../lib/i18n/strings';

export interface AboutInfo {
  version: string;
  entities: number;
  sources: { id: string; title: string; publisher: string; url: string }[];
}

const httpsOnly = (url: string) => {
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
};

export function AboutSection({ lang, about }: { lang: Lang; about: AboutInfo | null }) {
  return (
    <section class="about" aria-labelledby="about-h">
      <h2 id="about-h">{t(lang, 'about')}</h2>
      {about && (
        <>
          <p>
            {t(lang, 'aboutVersion')}: <code class="dataset-version">{about.version}</code> ·{' '}
            {tf(lang, 'aboutCounts', { entities: about.entities, sources: about.sources.length })}
          </p>
          <details>
            <summary>{t(lang, 'aboutSources')}</summary>
            <ul class="sources">
              {about.sources.map((s) => {
                const url = httpsOnly(s.url);
                return (
                  <li key={s.id}>
                    {url ? (
                      <a href={url} target="_blank" rel="noopener noreferrer">
                        {s.title}
                      </a>
                    ) : (
                      s.title
                    )}{' '}
                    <span class="muted">— {s.publisher}</span>
                  </li>
                );
              })}
            </ul>
          </details>
        </>
      )}
      <p class="muted">{t(lang, 'aboutLicence')}</p>
    </section>
  );
}
