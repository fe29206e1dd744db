/**
 * Where a card lives in a page: Preact inside a *closed* shadow root on a host element with a
 * random name, appended to <html> (not <body>, which pages re-render) only while a card is
 * shown. Positioned next to the mark with Floating UI, flipping and shifting to stay visible;
 * moved into a fullscreen element when there is one.
 */
import { h, render } from 'preact';
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { CardPanel } from './CardPanel';
import type { CardProps, CardSlot } from '../../lib/card/card-api';
import { cardCss } from './card-css';

export class CardHost implements CardSlot {
  readonly host: HTMLElement;
  private root: ShadowRoot;
  private mount: HTMLDivElement;
  private anchorRect?: DOMRect;

  constructor(private doc: Document) {
    const tag = `x-${randomName()}`;
    this.host = doc.createElement(tag);
    this.root = this.host.attachShadow({ mode: 'closed' });
    const sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(cardCss);
    this.root.adoptedStyleSheets = [sheet];
    this.mount = doc.createElement('div');
    this.root.appendChild(this.mount);
  }

  contains(node: Node | null): boolean {
    return !!node && (node === this.host || this.host.contains(node));
  }

  get isOpen(): boolean {
    return this.host.isConnected;
  }

  show(props: CardProps, rect: DOMRect): void {
    const parent = this.doc.fullscreenElement ?? this.doc.documentElement;
    if (this.host.parentNode !== parent) parent.appendChild(this.host);
    this.anchorRect = rect;
    render(h(CardPanel, props), this.mount);
    void this.place();
  }

  /** Re-place after content changes (relation navigation). */
  async place(): Promise<void> {
    const card = this.mount.firstElementChild as HTMLElement | null;
    const rect = this.anchorRect;
    if (!card || !rect) return;
    const reference = { getBoundingClientRect: () => rect };
    const { x, y } = await computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply: ({ availableHeight }) => {
            card.style.maxHeight = `${Math.max(160, Math.min(460, availableHeight))}px`;
          },
        }),
      ],
    });
    card.style.left = `${Math.round(x)}px`;
    card.style.top = `${Math.round(y)}px`;
  }

  hide(): void {
    render(null, this.mount);
    this.host.remove();
  }
}

function randomName(): string {
  const a = new Uint8Array(6);
  crypto.getRandomValues(a);
  return [...a].map((b) => 'abcdefghijklmnopqrstuvwxyz'[b % 26]).join('');
}
