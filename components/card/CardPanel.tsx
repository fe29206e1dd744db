/** The card as shown in a page: the entity view plus history for relation navigation. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { EntityCard } from './EntityCard';
import type { CardData } from '../../lib/card/card-data';
import type { CardProps } from '../../lib/card/card-api';
import { tf } from '../../lib/i18n/strings';

export type CardPanelProps = CardProps;

export function CardPanel(p: CardPanelProps) {
  const [stack, setStack] = useState<CardData[]>([p.first]);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => setStack([p.first]), [p.first]);
  useEffect(() => {
    if (p.focusOnOpen) ref.current?.focus();
  }, [p.first, p.focusOnOpen]);
  const top = stack[stack.length - 1]!;
  const navigate = async (id: string) => {
    const next = await p.load(id);
    if (next) setStack((s) => [...s, next]);
  };
  return (
    <div
      ref={ref}
      class={`card${p.dark ? ' dark' : ''}`}
      role="dialog"
      aria-label={`Inkling: ${p.lang === 'zh' ? (top.entity.native?.hans ?? top.entity.name) : top.entity.name}`}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          p.onClose();
        } else if (e.key === 'e' && !e.ctrlKey && !e.metaKey && !e.altKey) {
          // One key copies the evidence note (page quote, verdicts, fact, sources) and logs it.
          ref.current?.querySelector<HTMLButtonElement>('.copy-evidence')?.click();
        }
      }}
    >
      <EntityCard
        data={top}
        lang={p.lang}
        matched={stack.length === 1 ? p.matched : undefined}
        context={stack.length === 1 ? p.context : undefined}
        pinned={p.pinned}
        pageZh={p.pageZh}
        onPage={p.onPage}
        onNavigate={navigate}
        onBack={stack.length > 1 ? () => setStack((s) => s.slice(0, -1)) : undefined}
        onClose={p.onClose}
        copy={p.copy}
      />
      {p.onReject && stack.length === 1 && (
        <button
          type="button"
          class="not-this"
          title={tf(p.lang, 'notThisHint', { text: p.matched })}
          onClick={p.onReject}
        >
          {tf(p.lang, 'notThis', { name: top.entity.name })}
        </button>
      )}
    </div>
  );
}
