/** "Your data": everything the user made (settings and packs) as one file, and back. */
import { useState } from 'preact/hooks';
import { t, tf, type Lang } from '../lib/i18n/strings';
import { decodePackBytes, type PackResult } from '../lib/dataset/pack';
import type { ExportedFile } from '../lib/user-data/protocol';
import { ErrorList, FileButton } from './FileButton';

export interface BackupServices {
  export: () => Promise<ExportedFile>;
  import: (text: string) => Promise<PackResult<{ added: string[]; skipped: string[] }>>;
}

export function BackupSection({
  lang,
  services,
  download,
  onRestored,
}: {
  lang: Lang;
  services: BackupServices;
  download: (f: ExportedFile) => void;
  onRestored: () => void;
}) {
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const onFile = async (bytes: Uint8Array) => {
    setErrors([]);
    setStatus('');
    const text = decodePackBytes(bytes);
    const r = text.ok ? await services.import(text.value) : text;
    if (!r.ok) return setErrors(r.errors);
    setStatus(
      tf(lang, 'backupRestored', { added: r.value.added.length, skipped: r.value.skipped.length }),
    );
    onRestored();
  };
  return (
    <section class="backup" aria-labelledby="backup-h">
      <h2 id="backup-h">{t(lang, 'backup')}</h2>
      <p class="muted">{t(lang, 'backupIntro')}</p>
      <div class="row">
        <button type="button" onClick={async () => download(await services.export())}>
          {t(lang, 'backupExport')}
        </button>
        <FileButton label={t(lang, 'backupImport')} onFile={(b) => void onFile(b)} />
      </div>
      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
      <ErrorList title={t(lang, 'backupErrors')} errors={errors} />
    </section>
  );
}
