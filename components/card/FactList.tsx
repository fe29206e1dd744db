/**
 * Key facts, each with when it held ("since 2020 · as of Nov 2026") and its source chips; in the
 * reader's language where the fact has Chinese text. Contested facts show every value with its
 * own sources, none silently preferred.
 */
import type { CardData } from '../../lib/card/card-data';
import { ownCitations } from '../../lib/dataset/contested';
import { formatFactTime } from '../../lib/card/format-time';
import { inLang } from '../../lib/i18n/names';
import { t, type Lang } from '../../lib/i18n/strings';
import { CitationChip } from './CitationChip';

const CONTESTED_LABEL: Record<Lang, string> = { en: 'Sources differ:', zh: '来源说法不一：' };

export function FactList(props: {
  data: CardData;
  lang: Lang;
  copy?: (s: string) => Promise<void>;
}) {
  const { data, lang } = props;
  return (
    <>
      <h3>{t(lang, 'facts')}</h3>
      <ul class="facts">
        {data.entity.facts.map((f, i) => {
          const text = inLang(lang, f.text, f.textZh);
          return (
            <li key={i} class="fact">
              {(f.time || f.asOf) && <span class="time">{formatFactTime(f, lang)}</span>}
              <span class="fact-text" lang={text === f.text ? 'en' : 'zh'}>
                {text}
              </span>{' '}
              {ownCitations(f).map((c, j) => (
                <CitationChip
                  key={j}
                  citation={c}
                  source={data.sources[c.source]}
                  fact={f}
                  lang={lang}
                  copy={props.copy}
                />
              ))}
              {f.contested && (
                <ul class="contested">
                  <li class="contested-label">{CONTESTED_LABEL[lang]}</li>
                  {f.contested.map((cv, k) => (
                    <li key={k} class="contested-value">
                      <span class="time">{cv.value}</span>{' '}
                      {cv.citations.map((c, j) => (
                        <CitationChip
                          key={j}
                          citation={c}
                          source={data.sources[c.source]}
                          fact={{ ...f, text: `${f.text} (${cv.value})`, citations: cv.citations }}
                          lang={lang}
                          copy={props.copy}
                        />
                      ))}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
