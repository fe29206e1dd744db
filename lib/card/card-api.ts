/**
 * The seam between the page's always-loaded script and the card, which loads on first use.
 *
 * The content script only finds and marks; the card (Preact, Floating UI, its CSS, the claim
 * check and evidence notes) is a second script, `entrypoints/card.ts`, that the service worker
 * injects into the frame the first time a mark is hovered, focused or reached by keyboard. It
 * runs in the same isolated world as the content script and leaves a factory under
 * CARD_MODULE_KEY — invisible to the page, and with no web-accessible resource a page could probe.
 */
import type { CardData } from './card-data';
import type { Lang } from '../i18n/strings';
import type { MentionContext } from '../claims/mention-context';

export const CARD_MODULE_KEY = '__inklingCard';

export interface CardProps {
  first: CardData;
  matched: string;
  lang: Lang;
  dark: boolean;
  onPage: Set<string>;
  load: (id: string) => Promise<CardData | null>;
  onClose: () => void;
  copy: (text: string) => Promise<void>;
  focusOnOpen: boolean;
  /**
   * Opened by a click or a key (it stays until closed): the claim check shows its details.
   * A plain hover shows at most one line of it.
   */
  pinned: boolean;
  /** The page is written in Chinese: with the English interface the summary shows in both. */
  pageZh: boolean;
  /** Where the mention sits, for checking the claim around it. */
  context?: MentionContext;
  /** "Not this one": hide this mark and every mark of the same surface for the entity. */
  onReject?: () => void;
}

/** One card container in one document. */
export interface CardSlot {
  readonly host: HTMLElement;
  readonly isOpen: boolean;
  contains(node: Node | null): boolean;
  show(props: CardProps, rect: DOMRect): void;
  hide(): void;
}

export type CardFactory = (doc: Document) => CardSlot;

/** The factory the card script left in this world, if it has run. */
export function loadedCardFactory(world: object = globalThis): CardFactory | undefined {
  const f = (world as Record<string, unknown>)[CARD_MODULE_KEY];
  return typeof f === 'function' ? (f as CardFactory) : undefined;
}
