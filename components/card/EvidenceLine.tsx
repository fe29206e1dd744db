/** One statement of the dataset (a fact or relation) with its time and source links. */
import type { Source } from '../../lib/dataset/schema';
import type { Evidence } from '../../lib/claims/types';
import { safeHttpUrl, textFragmentUrl } from '../../lib/card/links';
import { formatTime } from '../../lib/card/format-time';

export function EvidenceLine(props: {
  evidence: Evidence;
  sources: Record<string, Source>;
  showTime?: boolean;
}) {
  const { evidence: e, sources } = props;
  return (
    <span class="evidence">
      {props.showTime && e.time && <span class="time">{formatTime(e.time)}</span>}
      <span class="evidence-text">{e.text}</span>
      {e.citations.map((c, i) => {
        const s = sources[c.source];
        if (!s) return null;
        const href = textFragmentUrl(s.url, c.quote) ?? safeHttpUrl(s.url)?.href;
        const label = `${s.publisher}${s.published ? ` · ${s.published}` : ''}`;
        return (
          <span key={i}>
            {' '}
            {href ? (
              <a
                class="chip evidence-source"
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                title={c.quote}
              >
                {label}
              </a>
            ) : (
              <span class="chip evidence-source">{label}</span>
            )}
          </span>
        );
      })}
    </span>
  );
}
