/** Keyboard shortcuts: shown as the browser has them; changed in the browser's own page. */
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang } from '../lib/i18n/strings';

export interface Shortcut {
  name: string;
  shortcut: string;
}

export function ShortcutsSection({
  lang,
  load,
  openSettings,
}: {
  lang: Lang;
  load: () => Promise<Shortcut[]>;
  openSettings: () => void;
}) {
  const [list, setList] = useState<Shortcut[]>([]);
  useEffect(() => void load().then(setList), []);
  const next = list.find((c) => c.name === 'next-mark');
  return (
    <section aria-labelledby="shortcuts-h">
      <h2 id="shortcuts-h">{t(lang, 'shortcuts')}</h2>
      <p class="row">
        {t(lang, 'shortcutNext')}:{' '}
        <kbd class="shortcut">{next?.shortcut || t(lang, 'shortcutNone')}</kbd>
      </p>
      <button type="button" onClick={openSettings}>
        {t(lang, 'shortcutChange')}
      </button>
    </section>
  );
}
