/** A source chip (publisher · date) that opens the supporting quote, a link to it, and a copy button. */
import { useState } from 'preact/hooks';
import type { Citation, Fact, Source } from '../../lib/dataset/schema';
import { textFragmentUrl } from '../../lib/card/links';
import { citeBibtex, citeMarkdown, citePlain } from '../../lib/card/cite';
import { t, type Lang } from '../../lib/i18n/strings';

export function CitationChip(props: {
  citation: Citation;
  source?: Source;
  fact: Fact;
  lang: Lang;
  copy?: (s: string) => Promise<void>;
}) {
  const { citation, source, lang } = props;
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  if (!source) return <span class="chip chip-missing">{t(lang, 'noSource')}</span>;
  const href = textFragmentUrl(source.url, citation.quote);
  const label = `${source.publisher}${source.published ? ` · ${source.published}` : ''}`;
  const doCopy = async () => {
    const text = [
      citeMarkdown(props.fact, source, citation.quote),
      citePlain(props.fact, source, citation.quote),
      citeBibtex(source),
    ].join('\n\n');
    await props.copy?.(text);
    setCopied(true);
  };
  return (
    <span class="cite">
      <button type="button" class="chip" aria-expanded={open} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open && (
        <span class="quote-box">
          {/* Quotes stay as their sources wrote them, in any interface language. */}
          <q class="quote">{citation.quote}</q>
          <span class="quote-title">{source.title}</span>
          <span class="quote-actions">
            {href && (
              <a class="src-link" href={href} target="_blank" rel="noopener noreferrer">
                {t(lang, 'openSource')}
              </a>
            )}
            {props.copy && (
              <button type="button" class="link-btn" onClick={doCopy}>
                {copied ? t(lang, 'copied') : t(lang, 'copyCitation')}
              </button>
            )}
          </span>
        </span>
      )}
    </span>
  );
}
