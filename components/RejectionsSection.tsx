/** "Not this one" choices (lib/settings/rejections.ts), per site, each with an undo button. */
import { useEffect, useState } from 'preact/hooks';
import { t, tf, type Lang } from '../lib/i18n/strings';
import type { Rejection } from '../lib/settings/rejections';

export interface RejectionServices {
  list: () => Promise<Rejection[]>;
  remove: (r: Rejection) => Promise<void>;
  /** Calls back when the list changes elsewhere (a card in a tab); returns the unsubscribe. */
  watch: (cb: (list: Rejection[]) => void) => () => void;
}

export function RejectionsSection({ lang, services }: { lang: Lang; services: RejectionServices }) {
  const [list, setList] = useState<Rejection[] | null>(null);
  useEffect(() => {
    void services.list().then(setList);
    return services.watch(setList);
  }, []);
  const undo = async (r: Rejection) => {
    await services.remove(r);
    setList(await services.list());
  };
  return (
    <section class="rejections" aria-labelledby="rejections-h">
      <h2 id="rejections-h">{t(lang, 'rejections')}</h2>
      <p class="muted">{t(lang, 'rejectionsIntro')}</p>
      {list && list.length === 0 && <p class="muted">{t(lang, 'rejectionsNone')}</p>}
      {list && list.length > 0 && (
        <ul class="rejection-list">
          {list.map((r) => {
            const line = tf(lang, 'rejectionLine', { text: r.text, name: r.name, site: r.site });
            return (
              <li key={`${r.site} ${r.entity} ${r.text}`}>
                <span>{line}</span>{' '}
                <button
                  type="button"
                  aria-label={`${t(lang, 'rejectionUndo')}: ${line}`}
                  onClick={() => void undo(r)}
                >
                  {t(lang, 'rejectionUndo')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
