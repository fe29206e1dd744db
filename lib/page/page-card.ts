/**
 * The hover card in this frame. Its code is loaded the first time a card is needed (through the
 * worker, lib/card/card-api.ts), so pages that are only read never load it. Opening fills it
 * with the entity's data and the sentence around the mark; closing gives focus back to where it
 * was when the keyboard command opened it.
 */
import type { CardSlot } from '../card/card-api';
import type { HoverIntent } from '../card/hover-intent';
import { buildMentionContext } from '../claims/mention-context';
import { resolveLang } from '../i18n/strings';
import type { Settings } from '../settings/settings';
import type { Mention } from './page-index';
import { pageIsChinese } from './page-lang';
import type { Owner } from './owner';
import type { PageServices } from './page-services';
import { pageIsDark } from './theme';

export interface PageCardDeps {
  doc: Document;
  owner: Owner;
  services: Pick<PageServices, 'loadCard' | 'entity' | 'copy'>;
  settings: () => Settings;
  hover: Pick<HoverIntent<Mention>, 'cardEnter' | 'cardLeave' | 'dismiss' | 'current' | 'pinned'>;
  /** The entities marked on the page (the card links those it mentions). */
  onPage: () => Set<string>;
  /** "Not this one" from the card, with the entity's name. */
  reject: (m: Mention, name: string) => void;
  gone: () => boolean;
}

export class PageCard {
  private slot: CardSlot | null = null;
  private loading?: Promise<CardSlot | null>;
  private focusToRestore: Element | null = null;
  private chinesePage?: boolean;

  constructor(private d: PageCardDeps) {}

  /** The card's host element, once loaded (the page reader skips it). */
  get host(): HTMLElement | undefined {
    return this.slot?.host;
  }

  get isOpen(): boolean {
    return this.slot?.isOpen ?? false;
  }

  contains(node: Node | null): boolean {
    return this.slot?.contains(node) ?? false;
  }

  /** The card container, loading the card's code into this frame the first time. */
  load(): Promise<CardSlot | null> {
    if (this.slot) return Promise.resolve(this.slot);
    this.loading ??= this.d.services.loadCard().then((factory) => {
      if (!factory || this.d.gone()) {
        this.loading = undefined;
        return null;
      }
      const slot = factory(this.d.doc);
      this.d.owner.addEventListener(slot.host, 'pointerenter', () => this.d.hover.cardEnter());
      this.d.owner.addEventListener(slot.host, 'pointerleave', () => this.d.hover.cardLeave());
      this.slot = slot;
      return slot;
    });
    return this.loading;
  }

  /** Opening from the keyboard: focus goes back here when the card closes. */
  rememberFocus(): void {
    this.focusToRestore = this.d.doc.activeElement;
  }

  /** Show the card for a mark, unless hover intent moved on while its data loaded. */
  async open(m: Mention, focus: boolean): Promise<void> {
    const [data, slot] = await Promise.all([this.d.services.entity(m.entityId), this.load()]);
    if (!data || !slot || this.d.gone() || this.d.hover.current !== m) return;
    const rect = m.range.getClientRects()[0] ?? m.range.getBoundingClientRect();
    const s = this.d.settings();
    slot.show(
      {
        first: data,
        matched: m.text,
        lang: resolveLang(s.language),
        dark: s.theme === 'auto' ? pageIsDark(this.d.doc) : s.theme === 'dark',
        onPage: this.d.onPage(),
        load: this.d.services.entity,
        onClose: () => this.d.hover.dismiss(),
        copy: this.d.services.copy,
        focusOnOpen: focus,
        pinned: this.d.hover.pinned,
        pageZh: (this.chinesePage ??= pageIsChinese(this.d.doc)),
        context: buildMentionContext(this.d.doc, m.blockText, m.start, m.end),
        onReject: () => this.d.reject(m, data.entity.name),
      },
      rect,
    );
  }

  /** Hide the card and give focus back, if the keyboard command took it. */
  close(): void {
    this.slot?.hide();
    if (this.focusToRestore instanceof HTMLElement)
      this.focusToRestore.focus({ preventScroll: true });
    this.focusToRestore = null;
  }

  /** Hide the card (Inkling is going away). */
  hide(): void {
    this.slot?.hide();
  }
}
