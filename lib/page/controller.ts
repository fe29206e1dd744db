/**
 * Inkling in one page (one frame): wires the units that mark mentions (marking.ts, read by
 * page-reader.ts), follow the page's changes (page-watcher.ts), turn the pointer and keyboard
 * into cards (pointer-input.ts, key-input.ts, page-card.ts), walk the marks (mark-cursor.ts) and
 * keep "Not this one" (site-rejections.ts); answers the popup. Every listener, observer and
 * timer is registered through `owner` (WXT's content script context), so an extension reload or
 * disable removes them all.
 */
import { PageIndex, type Mention } from './page-index';
import { Highlighter } from './highlights';
import { markAt } from './hit-test';
import { HoverIntent } from '../card/hover-intent';
import { enabledForHost, type Settings } from '../settings/settings';
import type { Rejection } from '../settings/rejections';
import type { PageEntity } from '../messaging/protocol';
import type { Owner } from './owner';
import type { PageServices } from './page-services';
import { afterFirstFrame } from './after-frame';
import { Marking } from './marking';
import { PageReader } from './page-reader';
import { PageWatcher, type PageChanges } from './page-watcher';
import { PointerInput } from './pointer-input';
import { KeyInput } from './key-input';
import { MarkCursor } from './mark-cursor';
import { PageCard } from './page-card';
import { SiteRejections } from './site-rejections';

/** How long a card stays after the pointer leaves it and its mark. */
const CARD_GRACE_MS = 300;

export class PageController {
  private index = new PageIndex();
  private highlighter: Highlighter;
  private hover: HoverIntent<Mention>;
  /** The next card opened comes from the keyboard command: it takes focus. */
  private focusNextOpen = false;
  private settings: Settings;
  private rejections: SiteRejections;
  private marking: Marking;
  private reader: PageReader;
  private watcher: PageWatcher;
  private card: PageCard;
  private cursor: MarkCursor;
  private gone = false;

  constructor(
    private doc: Document,
    private owner: Owner,
    services: PageServices,
    settings: Settings,
  ) {
    this.settings = settings;
    const current = () => this.settings;
    const gone = () => this.gone;
    this.highlighter = new Highlighter(doc);
    this.hover = new HoverIntent<Mention>({
      dwellMs: settings.hoverDelayMs,
      graceMs: CARD_GRACE_MS,
      // The keyboard command pins a mark to open it; only then does the card take focus.
      open: (m) => {
        const focus = this.focusNextOpen;
        this.focusNextOpen = false;
        void this.card.open(m, focus);
      },
      close: () => this.card.close(),
      timers: { set: (fn, ms) => owner.setTimeout(fn, ms), clear: (id) => owner.clearTimeout(id) },
    });
    this.rejections = new SiteRejections(services.reject);
    this.marking = new Marking({
      doc,
      index: this.index,
      highlighter: this.highlighter,
      services,
      rejections: this.rejections,
      settings: current,
    });
    this.card = new PageCard({
      doc,
      owner,
      services,
      settings: current,
      hover: this.hover,
      onPage: () => new Set(this.index.mentions.map((m) => m.entityId)),
      reject: (m, name) => this.reject(m, name),
      gone,
    });
    this.watcher = new PageWatcher({
      doc,
      owner,
      isOwn: (node) => this.card.contains(node),
      canApply: () => !this.reader.reading && !this.gone,
      apply: (changes) => this.applyChanges(changes),
    });
    this.reader = new PageReader({
      doc,
      owner,
      marking: this.marking,
      excluded: (el) => el === this.card.host,
      onShadowRoot: (root) => {
        this.highlighter.adopt(root);
        this.watcher.addShadowRoot(root);
      },
      gone,
      onReadDone: () => this.watcher.flush(),
    });
    this.cursor = new MarkCursor(this.index, (range) => this.highlighter.flashRange(range));
    owner.onInvalidated(() => this.destroy());
  }

  get enabled(): boolean {
    return enabledForHost(this.settings, this.host);
  }

  private get host(): string {
    return this.doc.location?.hostname ?? '';
  }

  async start(): Promise<void> {
    if (this.gone) return;
    this.listen();
    await afterFirstFrame(this.owner);
    await this.rescan();
  }

  /** The data changed (a pack was imported or switched): the worker matches anew; rescan. */
  async reload(): Promise<void> {
    await this.rescan();
  }

  /** Apply changed settings without a reload. */
  async applySettings(settings: Settings): Promise<void> {
    this.settings = settings;
    this.hover.setDwell(settings.hoverDelayMs);
    await this.rescan();
  }

  /** Read the whole page again (start, settings or data changed, huge mutation batch). */
  async rescan(): Promise<void> {
    if (this.gone) return;
    this.reader.cancel();
    this.watcher.discardPending();
    if (!this.enabled) {
      this.marking.clear();
      this.hover.dismiss();
      return;
    }
    await this.reader.readAll();
  }

  /** The stored "Not this one" choices changed (or were loaded): apply this site's at once. */
  setRejections(list: Rejection[]): void {
    const change = this.rejections.replace(list, this.host);
    // An undone choice brings marks back, which only a new read can find.
    if (change === 'undone') void this.rescan();
    else if (change === 'added') this.marking.dropRejected();
  }

  /** "Not this one" from a card: this mark and every mark of its surface for the entity go. */
  reject(m: Mention, name: string): void {
    this.rejections.reject(m, name, this.host);
    this.hover.dismiss();
    this.marking.dropRejected();
  }

  /** Keyboard command: move to the next mark, scroll it into view and open its card. */
  nextMark(): boolean {
    const m = this.cursor.next();
    if (!m) return false;
    this.card.rememberFocus();
    this.focusNextOpen = true;
    this.hover.pin(m);
    return true;
  }

  /** Popup: scroll to the next mention of an entity and flash it. */
  goto(id: string): boolean {
    return this.cursor.nextOf(id) !== undefined;
  }

  /** The entities marked on this page, with their canonical names and counts. */
  summary(): PageEntity[] {
    return this.marking.summary();
  }

  destroy(): void {
    if (this.gone) return;
    this.gone = true;
    this.watcher.stop();
    this.card.hide();
    this.highlighter.clear();
    this.index.set([]);
  }

  /** A batch of the page's changes: re-read what it touched, or the whole page. */
  private applyChanges(changes: PageChanges): void {
    if (changes === 'everything' || !this.enabled || !this.reader.update(changes))
      void this.rescan();
  }

  private listen(): void {
    const { doc, owner, hover } = this;
    new PointerInput({
      doc,
      owner,
      markAt: (x, y) => markAt(doc, this.index, x, y, [...this.watcher.shadowRoots])?.mention,
      inCard: (node) => this.card.contains(node),
      prepareCard: () => void this.card.load(),
      hover,
    }).listen();
    new KeyInput({
      doc,
      owner,
      settings: () => this.settings,
      hold: this.marking,
      cardOpen: () => this.card.isOpen,
      closeCard: () => hover.dismiss(),
    }).listen();
    this.watcher.start();
  }
}
