/**
 * The research log of captured evidence notes, on the options page: search, delete, export as
 * Markdown, CSL-JSON or BibTeX (a download made here; nothing leaves the browser).
 */
import { useEffect, useState } from 'preact/hooks';
import { askWorker } from '../lib/messaging/client';
import { resolveLang, t, type Lang } from '../lib/i18n/strings';
import { noteBibtex, noteCslJson, noteMarkdown, type EvidenceNote } from '../lib/claims/evidence';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportNotes(notes: EvidenceNote[], format: 'markdown' | 'csl' | 'bibtex'): string {
  if (format === 'markdown') return notes.map(noteMarkdown).join('\n\n---\n\n');
  if (format === 'csl') {
    const items = new Map<string, object>();
    for (const n of notes)
      for (const item of noteCslJson(n)) items.set((item as { id: string }).id, item);
    return JSON.stringify([...items.values()], null, 2);
  }
  return notes.map(noteBibtex).join('\n\n');
}

export function ResearchLog(props: { lang?: Lang }) {
  const lang = props.lang ?? resolveLang('auto');
  const [query, setQuery] = useState('');
  const [notes, setNotes] = useState<EvidenceNote[]>([]);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    void askWorker('claims:log-list', { query }).then((r) => {
      if (live && r.ok) setNotes(r.value);
    });
    return () => {
      live = false;
    };
  }, [query, tick]);
  const reload = () => setTick((x) => x + 1);
  return (
    <section class="research-log" aria-label={t(lang, 'researchLog')}>
      <h2>{t(lang, 'researchLog')}</h2>
      <div class="row">
        <input
          type="search"
          class="log-search"
          placeholder={t(lang, 'logSearch')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <span>{t(lang, 'exportAs')}:</span>
        <button
          type="button"
          onClick={() =>
            download('inkling-evidence.md', 'text/markdown', exportNotes(notes, 'markdown'))
          }
        >
          Markdown
        </button>
        <button
          type="button"
          onClick={() =>
            download('inkling-evidence.json', 'application/json', exportNotes(notes, 'csl'))
          }
        >
          CSL-JSON
        </button>
        <button
          type="button"
          onClick={() =>
            download('inkling-evidence.bib', 'application/x-bibtex', exportNotes(notes, 'bibtex'))
          }
        >
          BibTeX
        </button>
        <button
          type="button"
          onClick={() => {
            if (confirm(t(lang, 'clearLog') + '?'))
              void askWorker('claims:log-clear', {}).then(reload);
          }}
        >
          {t(lang, 'clearLog')}
        </button>
      </div>
      {notes.length === 0 && <p class="muted">{t(lang, 'logEmpty')}</p>}
      <ul class="log-notes" style={{ listStyle: 'none', padding: 0 }}>
        {notes.map((n) => (
          <li
            key={n.id}
            class="log-note"
            style={{ margin: '10px 0', paddingBottom: '8px', borderBottom: '1px solid #ddd' }}
          >
            <div>
              <strong>{n.entityName}</strong> ·{' '}
              <a
                href={/^https?:/i.test(n.url) ? n.url : undefined}
                target="_blank"
                rel="noopener noreferrer"
              >
                {n.title || n.url}
              </a>
            </div>
            <q class="log-sentence">{n.sentence}</q>
            <ul>
              {n.claims.map((c, i) => (
                <li key={i}>
                  “{c.quote}”: {t(lang, `verdict_${c.verdict}`)}
                  {c.datasetValue ? ` (${c.datasetValue})` : ''}
                  {c.evidence && c.verdict !== 'unknown' ? ` — ${c.evidence.text}` : ''}
                </li>
              ))}
            </ul>
            <small class="muted">
              {t(lang, 'accessedOn')} {n.captured.slice(0, 10)}
              {n.published ? ` · ${t(lang, 'publishedOn')} ${n.published}` : ''}
            </small>{' '}
            <button
              type="button"
              onClick={() =>
                n.id !== undefined && void askWorker('claims:log-delete', { id: n.id }).then(reload)
              }
            >
              {t(lang, 'deleteNote')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
