/**
 * Data packs on the options page: import (validated whole by the worker before anything is
 * written), and per pack enable, disable, export and remove. Imports live here, not in the popup,
 * because Firefox closes the popup when a file picker opens.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, tf, type Lang } from '../lib/i18n/strings';
import { decodePackBytes, type PackResult } from '../lib/dataset/pack';
import type { PackInfo, PackProblem } from '../lib/user-data/packs';
import type { ExportedFile } from '../lib/user-data/protocol';
import { ErrorList, FileButton } from './FileButton';

export interface PackList {
  packs: PackInfo[];
  backend: 'indexeddb' | 'memory';
  storageProblem?: string;
  problems: PackProblem[];
}

export interface PackServices {
  list: () => Promise<PackList>;
  import: (text: string) => Promise<PackResult<PackInfo>>;
  enable: (id: string, enabled: boolean) => Promise<void>;
  remove: (id: string) => Promise<void>;
  export: (id: string) => Promise<ExportedFile>;
}

export function PacksSection({
  lang,
  services,
  download,
  confirm,
  revision,
}: {
  lang: Lang;
  services: PackServices;
  download: (f: ExportedFile) => void;
  confirm: (message: string) => boolean;
  /** Changes when something else (a backup restore) changed the packs. */
  revision: number;
}) {
  const [list, setList] = useState<PackList | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const refresh = () => services.list().then(setList);
  useEffect(() => void refresh(), [revision]);

  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setErrors([]);
    setStatus('');
    try {
      await fn();
    } catch (e) {
      setErrors([tf(lang, 'failed', { error: e instanceof Error ? e.message : String(e) })]);
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const onFile = (bytes: Uint8Array) =>
    run(async () => {
      const text = decodePackBytes(bytes);
      const r = text.ok ? await services.import(text.value) : text;
      if (r.ok) setStatus(tf(lang, 'packImported', { name: r.value.name }));
      else setErrors(r.errors);
    });

  return (
    <section class="packs" aria-labelledby="packs-h">
      <h2 id="packs-h">{t(lang, 'packs')}</h2>
      <p class="muted">{t(lang, 'packsIntro')}</p>
      {list?.backend === 'memory' && (
        <p class="error">{tf(lang, 'storageMemory', { problem: list.storageProblem ?? '' })}</p>
      )}
      <FileButton label={t(lang, 'packImport')} onFile={onFile} disabled={busy} />
      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
      <ErrorList title={t(lang, 'packErrors')} errors={errors} />
      {list && list.packs.length === 0 && <p class="muted">{t(lang, 'packsEmpty')}</p>}
      {list && list.packs.length > 0 && (
        <ul class="pack-list">
          {list.packs.map((p) => {
            const problem = list.problems.find((x) => x.id === p.id);
            return (
              <li key={p.id} class="pack" data-pack={p.id}>
                <label class="row">
                  <input
                    type="checkbox"
                    checked={p.enabled}
                    disabled={busy}
                    aria-label={`${t(lang, 'packOn')}: ${p.name}`}
                    onChange={(e) =>
                      run(() => services.enable(p.id, (e.target as HTMLInputElement).checked))
                    }
                  />
                  <strong>{p.name}</strong> <span class="muted">{p.version}</span>
                </label>
                <div class="muted pack-meta">
                  {tf(lang, 'packEntities', { n: p.counts.entities })} · {t(lang, 'packLicence')}:{' '}
                  {p.licence} · <code>{p.id}</code>
                </div>
                {problem && (
                  <p class="error">
                    {t(lang, 'packProblem')}: {problem.errors.join('; ')}
                  </p>
                )}
                <div class="pack-actions">
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => run(async () => download(await services.export(p.id)))}
                  >
                    {t(lang, 'packExport')}
                  </button>
                  <button
                    type="button"
                    disabled={busy}
                    onClick={() => {
                      if (confirm(tf(lang, 'packRemoveConfirm', { name: p.name })))
                        void run(() => services.remove(p.id));
                    }}
                  >
                    {t(lang, 'packRemove')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
