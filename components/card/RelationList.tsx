/** Connections: each related entity named in the reader's language, a link to its card, its source. */
import type { CardData } from '../../lib/card/card-data';
import { formatTime } from '../../lib/card/format-time';
import { namePair } from '../../lib/i18n/names';
import { t, type Lang, type StringKey } from '../../lib/i18n/strings';
import { CitationChip } from './CitationChip';

export function RelationList(props: {
  data: CardData;
  lang: Lang;
  onPage?: Set<string>;
  onNavigate?: (id: string) => void;
  copy?: (s: string) => Promise<void>;
}) {
  const { data, lang } = props;
  const e = data.entity;
  if (e.relations.length === 0) return null;
  return (
    <>
      <h3>{t(lang, 'relations')}</h3>
      <ul class="relations">
        {e.relations.map((r, i) => {
          const other = data.related[r.other];
          if (!other) return null;
          const key = `rel_${r.type}${r.direction === 'in' ? '_in' : ''}` as StringKey;
          const names = namePair(lang, other.name, other.native);
          return (
            <li key={i} class="relation">
              <span class="rel-type">{t(lang, key)}</span>{' '}
              <button
                type="button"
                class="link-btn rel-target"
                lang={names.primaryZh ? 'zh' : 'en'}
                onClick={() => props.onNavigate?.(r.other)}
              >
                {names.primary}
              </button>
              {names.secondary && <span class="rel-native"> {names.secondary}</span>}
              {r.role && <span class="role"> ({r.role})</span>}
              {r.time && <span class="time"> {formatTime(r.time)}</span>}
              {props.onPage?.has(r.other) && (
                <span class="onpage"> · {t(lang, 'onPage')}</span>
              )}{' '}
              <CitationChip
                citation={r.citation}
                source={data.sources[r.citation.source]}
                fact={{ text: `${e.name} ${t('en', key)} ${other.name}`, citations: [r.citation] }}
                lang={lang}
                copy={props.copy}
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}
