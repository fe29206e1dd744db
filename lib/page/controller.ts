/**
 * Inkling in one page (one frame): marks mentions, follows changes, opens cards, answers the
 * popup. Every listener, observer and timer is registered through `owner` (WXT's content
 * script context), so an extension reload or disable removes them all.
 */
import { resolveMarks } from './resolve-marks';
import { DocumentScan } from './document-scan';
import type { Block } from './scan';
import { PageIndex, type Mention } from './page-index';
import { Highlighter } from './highlights';
import { markAt } from './hit-test';
import { pageIsDark } from './theme';
import { pageIsChinese } from './page-lang';
import type { CardFactory, CardSlot } from '../card/card-api';
import { HoverIntent } from '../card/hover-intent';
import { enabledForHost, type Settings } from '../settings/settings';
import { resolveLang } from '../i18n/strings';
import type { CardData } from '../card/card-data';
import type { PackedBlocks } from './text-blocks';
import type { PageMatchReply } from '../worker/page-match';
import { packBlocks, textBlocks } from './text-blocks';
import { buildMentionContext } from '../claims/mention-context';
import { rejectedOn, rejectionKey, type Rejection } from '../settings/rejections';

export interface Owner {
  addEventListener: (
    target: EventTarget,
    type: string,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each listener knows its event type
    fn: (e: any) => void,
    opts?: AddEventListenerOptions,
  ) => void;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout?: (id: number) => void;
  requestAnimationFrame: (fn: () => void) => number;
  onInvalidated: (fn: () => void) => void;
}

export interface Services {
  /** The marks in the page's blocks, found and decided by the worker (null: no answer). */
  match: (blocks: PackedBlocks) => Promise<PageMatchReply | null>;
  entity: (id: string) => Promise<CardData | null>;
  /** The card's code, loaded into this frame on first use (see lib/card/card-api.ts). */
  loadCard: () => Promise<CardFactory | null>;
  copy: (text: string) => Promise<void>;
  /** Tell the extension how many entities are marked (the toolbar badge). */
  report: (entities: number) => void;
  /** Remember a "Not this one" choice (local storage). */
  reject?: (r: Rejection) => Promise<void>;
}

const UPDATE_DELAY = 200;

function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((r) => setTimeout(r, 0));
}

export class PageController {
  readonly index = new PageIndex();
  private highlighter: Highlighter;
  /** Created when a card is first needed: pages that are only read never load its code. */
  private card: CardSlot | null = null;
  private cardLoading?: Promise<CardSlot | null>;
  private hover: HoverIntent<Mention>;
  private names: Record<string, string> = {};
  private natives: Record<string, string> = {};
  private chinesePage?: boolean;
  private settings: Settings;
  private observer?: MutationObserver;
  private scan?: DocumentScan;
  private pending: MutationRecord[] = [];
  private pendingFull = false;
  private updateTimer?: number;
  private busy = false;
  private generation = 0;
  private shadowRoots = new Set<ShadowRoot>();
  private cursor = -1;
  private lastFocus: Element | null = null;
  private gone = false;
  private lastPointer = { x: 0, y: 0, t: 0 };
  private frame = false;
  private settle?: number;
  /** In hold-key mode: is the key down? */
  private holding = false;
  /** "Not this one" choices for this site: entity + folded surface (lib/settings/rejections). */
  private rejected = new Set<string>();

  constructor(
    private doc: Document,
    private owner: Owner,
    private services: Services,
    settings: Settings,
  ) {
    this.settings = settings;
    this.highlighter = new Highlighter(doc);
    this.hover = new HoverIntent<Mention>({
      dwellMs: settings.hoverDelayMs,
      graceMs: 300,
      open: (m) => void this.openCard(m, false),
      close: () => this.closeCard(),
      timers: {
        set: (fn, ms) => owner.setTimeout(fn, ms),
        clear: (id) => (owner.clearTimeout ?? clearTimeout)(id),
      },
    });
    owner.onInvalidated(() => this.destroy());
  }

  get enabled(): boolean {
    return enabledForHost(this.settings, this.doc.location?.hostname ?? '');
  }

  async start(): Promise<void> {
    if (this.gone) return;
    this.listen();
    await this.afterFrame();
    await this.rescan();
  }

  /**
   * Let the page lay itself out and paint first: the scan reads styles (skipped elements) and
   * positions (visible blocks first), and reading them before the page's first frame forces its
   * whole layout inside Inkling's task — on a 1 MB page a half-second task of the page's own
   * work. Hidden tabs get no frames, hence the timeout.
   */
  private afterFrame(): Promise<void> {
    return new Promise((resolve) => {
      let done = false;
      const go = () => {
        if (done) return;
        done = true;
        resolve();
      };
      this.owner.requestAnimationFrame(() => this.owner.setTimeout(go, 0));
      this.owner.setTimeout(go, 100);
    });
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
    const generation = ++this.generation;
    this.pending = [];
    this.pendingFull = false;
    if (!this.enabled) {
      this.index.set([]);
      this.highlighter.render([], 'off');
      this.hover.dismiss();
      this.services.report(0);
      return;
    }
    this.highlighter.setStyle(this.settings.markStyle);
    const scan = new DocumentScan({
      exclude: (el) => el === this.card?.host,
      onShadowRoot: (root) => this.addShadowRoot(root),
      maxChars: 20_000_000,
    });
    // Custom elements not yet defined when the scan starts may get their shadow roots while it
    // runs: remember them now, check them after.
    const waiting = [...this.doc.querySelectorAll(':not(:defined)')];
    this.busy = true;
    try {
      await scan.full(this.doc.body ?? this.doc.documentElement, {
        isVisible: (b) => this.whereIs(b),
        yieldNow: yieldToPage,
        cancelled: () => generation !== this.generation || this.gone,
        // First marks as soon as the viewport is done; the rest follows.
        onVisible: async () => {
          this.scan = scan;
          await this.render(generation);
        },
      });
      if (generation !== this.generation || this.gone) return;
      this.scan = scan;
      await this.render(generation);
      this.watchUndefinedElements(generation, waiting);
    } finally {
      this.busy = false;
      if (generation === this.generation) this.flushPending();
    }
  }

  /** Ask the worker for the marks in the blocks read so far, and paint them. */
  private async render(generation: number): Promise<void> {
    if (!this.scan) return;
    // The scan replaces its block list on every change, so this one stays what was sent.
    const blocks = this.scan.blocks();
    const reply = await this.services.match(packBlocks(textBlocks(blocks)));
    if (!reply || generation !== this.generation || this.gone) return;
    for (const [id, e] of Object.entries(reply.entities)) {
      this.names[id] = e.name;
      if (e.native) this.natives[id] = e.native;
    }
    const mentions = resolveMarks(this.doc, blocks, reply, {
      enabled: (c) => this.settings.categories[c],
      maxMarks: 5000,
    });
    this.index.set(this.withoutRejected(mentions));
    this.paint();
    this.services.report(this.index.counts().size);
  }

  private withoutRejected(mentions: Mention[]): Mention[] {
    if (this.rejected.size === 0) return mentions;
    return mentions.filter((m) => !this.rejected.has(rejectionKey(m.entityId, m.text)));
  }

  private get host(): string {
    return this.doc.location?.hostname ?? '';
  }

  /** The stored "Not this one" choices changed (or were loaded): apply this site's at once. */
  setRejections(list: Rejection[]): void {
    const next = rejectedOn(list, this.host);
    const same = next.size === this.rejected.size && [...next].every((k) => this.rejected.has(k));
    if (same) return;
    const undone = [...this.rejected].some((k) => !next.has(k));
    this.rejected = next;
    if (undone) void this.rescan();
    else this.applyRejections();
  }

  /** Drop rejected marks from the index and repaint, without reading the page again. */
  private applyRejections(): void {
    this.index.set(this.withoutRejected(this.index.mentions));
    this.paint();
    this.services.report(this.index.counts().size);
  }

  /** "Not this one" from a card: this mark and every mark of its surface for the entity go. */
  reject(m: Mention, name: string): void {
    this.rejected.add(rejectionKey(m.entityId, m.text));
    this.hover.dismiss();
    this.applyRejections();
    void this.services
      .reject?.({ site: this.host, entity: m.entityId, text: m.text, name, at: Date.now() })
      .catch(() => undefined);
  }

  /** Paint the marks in the chosen style — or none, in hold-key mode while the key is up. */
  private paint(): void {
    const hidden = this.settings.holdKey !== 'none' && !this.holding;
    this.highlighter.render(this.index.mentions, hidden ? 'off' : this.settings.markStyle);
  }

  /** -1 above the viewport, 0 in it, 1 below (for visible-first scanning). */
  private whereIs(block: Block): number {
    const el = block.nodes[0]?.parentElement;
    if (!el) return 1;
    const r = el.getBoundingClientRect();
    const h = this.doc.defaultView?.innerHeight ?? 800;
    return r.bottom < 0 ? -1 : r.top > h ? 1 : 0;
  }

  /**
   * Custom elements defined after the scan get their shadow roots without any mutation the
   * page's observer can see (and the isolated world has no customElements registry), so
   * elements still undefined are checked again with a backoff, for about 15 s.
   */
  private watchUndefinedElements(generation: number, waiting: Element[], delay = 0): void {
    if (waiting.length === 0 || delay > 8000) return;
    this.owner.setTimeout(() => {
      if (generation !== this.generation || this.gone || !this.scan) return;
      const ready = waiting.filter((el) => el.matches(':defined') && el.isConnected);
      if (ready.length > 0 && this.scan.reread(new Set(ready))) void this.render(generation);
      const still = waiting.filter((el) => !ready.includes(el) && el.isConnected);
      this.watchUndefinedElements(generation, still, Math.max(250, delay * 2));
    }, delay);
  }

  private addShadowRoot(root: ShadowRoot): void {
    this.highlighter.adopt(root);
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    // Document-level observers do not see inside shadow trees: observe each one found.
    this.observer?.observe(root, { childList: true, characterData: true, subtree: true });
  }

  private onMutations(records: MutationRecord[]): void {
    const relevant = this.card ? records.filter((r) => !this.card!.contains(r.target)) : records;
    if (relevant.length === 0) return;
    if (this.pending.length + relevant.length > 1000) this.pendingFull = true;
    else this.pending.push(...relevant);
    this.scheduleUpdate();
  }

  private scheduleUpdate(): void {
    if (this.updateTimer !== undefined) return;
    this.updateTimer = this.owner.setTimeout(() => {
      this.updateTimer = undefined;
      const idle = (
        globalThis as { requestIdleCallback?: (fn: () => void, o: { timeout: number }) => void }
      ).requestIdleCallback;
      if (idle) idle(() => this.flushPending(), { timeout: 1000 });
      else this.flushPending();
    }, UPDATE_DELAY);
  }

  private requestFull(): void {
    this.pendingFull = true;
    this.scheduleUpdate();
  }

  /** Apply batched mutations: re-read only the touched blocks, or rescan once when too many. */
  private flushPending(): void {
    if (this.busy || this.gone) return;
    if (!this.pendingFull && this.pending.length === 0) return;
    const records = this.pending;
    const full = this.pendingFull;
    this.pending = [];
    this.pendingFull = false;
    if (full || !this.scan || !this.enabled || !this.scan.update(records)) {
      void this.rescan();
      return;
    }
    void this.render(this.generation);
  }

  private listen(): void {
    const o = this.owner;
    o.addEventListener(this.doc, 'pointermove', (e: PointerEvent) => this.onPointer(e), {
      passive: true,
      capture: true,
    });
    o.addEventListener(this.doc, 'click', (e: MouseEvent) => this.onClick(e), { capture: true });
    o.addEventListener(this.doc, 'keydown', (e: KeyboardEvent) => this.onKey(e), { capture: true });
    const release = (e: Event) => {
      if (!this.holding || (e instanceof KeyboardEvent && e.key !== this.settings.holdKey)) return;
      this.holding = false;
      this.paint();
    };
    o.addEventListener(this.doc, 'keyup', release, { capture: true });
    o.addEventListener(this.doc.defaultView!, 'blur', release);
    // Live pages: mutations are batched and applied in idle time (see onMutations). Changes
    // inside Inkling's own card are ignored, so Inkling never reacts to its own work.
    this.observer = new MutationObserver((records) => this.onMutations(records));
    const observed = { childList: true, characterData: true, subtree: true };
    this.observer.observe(this.doc.documentElement, observed);
    for (const root of this.shadowRoots) this.observer.observe(root, observed);
    // Single-page navigation shows up as DOM changes; a history move may also restore a page
    // from the back/forward cache, so read it again then.
    for (const ev of ['popstate', 'pageshow'])
      o.addEventListener(this.doc.defaultView!, ev, () => this.requestFull());
    const navigation = (this.doc.defaultView as { navigation?: EventTarget } | null)?.navigation;
    if (navigation) o.addEventListener(navigation, 'navigatesuccess', () => this.requestFull());
  }

  private onPointer(e: PointerEvent): void {
    if (!e.isTrusted) return;
    const now = e.timeStamp;
    const dx = e.clientX - this.lastPointer.x;
    const dy = e.clientY - this.lastPointer.y;
    const dt = Math.max(1, now - this.lastPointer.t);
    // px per ms: a sweep, not a read. Sweeps are not looked up (each lookup costs ~0.6 ms), but
    // when the pointer comes to rest after one, the place it rests on is.
    const fast = Math.hypot(dx, dy) / dt > 1.5;
    // The event path is only available while the event is dispatched.
    const overCard = this.card?.contains(e.composedPath()[0] as Node) ?? false;
    this.lastPointer = { x: e.clientX, y: e.clientY, t: now };
    if (this.settle !== undefined) (this.owner.clearTimeout ?? clearTimeout)(this.settle);
    this.settle = undefined;
    if (overCard) return;
    if (fast && !this.hover.current) {
      this.settle = this.owner.setTimeout(() => {
        this.settle = undefined;
        this.lookUp();
      }, 60);
      return;
    }
    if (this.frame) return;
    this.frame = true;
    this.owner.requestAnimationFrame(() => {
      this.frame = false;
      this.lookUp();
    });
  }

  /** Hit-test the last pointer position and tell hover intent what is there. */
  private lookUp(): void {
    const hit = markAt(this.doc, this.index, this.lastPointer.x, this.lastPointer.y, [
      ...this.shadowRoots,
    ]);
    // Fetch the card's code while hover intent waits out its dwell.
    if (hit) void this.ensureCard();
    this.hover.pointerOver(hit?.mention);
  }

  /** The card container, loading the card's code into this frame the first time. */
  private ensureCard(): Promise<CardSlot | null> {
    if (this.card) return Promise.resolve(this.card);
    this.cardLoading ??= this.services.loadCard().then((factory) => {
      if (!factory || this.gone) {
        this.cardLoading = undefined;
        return null;
      }
      const card = factory(this.doc);
      this.owner.addEventListener(card.host, 'pointerenter', () => this.hover.cardEnter());
      this.owner.addEventListener(card.host, 'pointerleave', () => this.hover.cardLeave());
      this.card = card;
      return card;
    });
    return this.cardLoading;
  }

  private onClick(e: MouseEvent): void {
    if (!e.isTrusted) return;
    if (this.card?.contains(e.composedPath()[0] as Node)) return;
    const hit = markAt(this.doc, this.index, e.clientX, e.clientY, [...this.shadowRoots]);
    if (hit) {
      this.hover.pin(hit.mention);
    } else if (this.hover.pinned || this.hover.current) {
      this.hover.dismiss();
    }
  }

  private onKey(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    if (e.key === this.settings.holdKey && !this.holding) {
      this.holding = true;
      this.paint();
    }
    if (e.key === 'Escape' && this.card?.isOpen) {
      this.hover.dismiss();
    }
  }

  /** Keyboard command: move to the next mark, scroll it into view and open its card. */
  nextMark(): boolean {
    const all = this.index.ordered();
    if (all.length === 0) return false;
    this.cursor = (this.cursor + 1) % all.length;
    const m = all[this.cursor]!;
    this.reveal(m);
    this.lastFocus = this.doc.activeElement;
    this.hover.pin(m);
    void this.openCard(m, true);
    return true;
  }

  /** Popup: scroll to the next mention of an entity and flash it. */
  goto(id: string): boolean {
    const list = this.index.ordered(id);
    if (list.length === 0) return false;
    const i = (this.gotoCursor.get(id) ?? -1) + 1;
    this.gotoCursor.set(id, i % list.length);
    this.reveal(list[i % list.length]!);
    return true;
  }
  private gotoCursor = new Map<string, number>();

  private reveal(m: Mention): void {
    const el = m.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.highlighter.flashRange(m.range);
  }

  /** The entities marked on this page, with their canonical names and counts. */
  summary() {
    return [...this.index.counts().entries()].map(([id, c]) => ({
      id,
      category: c.category,
      count: c.count,
      name: this.names[id] ?? id,
      native: this.natives[id],
    }));
  }

  private async openCard(m: Mention, focus: boolean): Promise<void> {
    const [data, card] = await Promise.all([this.services.entity(m.entityId), this.ensureCard()]);
    if (!data || !card || this.gone || this.hover.current !== m) return;
    const rect = m.range.getClientRects()[0] ?? m.range.getBoundingClientRect();
    const lang = resolveLang(this.settings.language);
    const dark =
      this.settings.theme === 'auto' ? pageIsDark(this.doc) : this.settings.theme === 'dark';
    card.show(
      {
        first: data,
        matched: m.text,
        lang,
        dark,
        onPage: new Set(this.index.mentions.map((x) => x.entityId)),
        load: this.services.entity,
        onClose: () => this.hover.dismiss(),
        copy: this.services.copy,
        focusOnOpen: focus,
        pinned: this.hover.pinned,
        pageZh: (this.chinesePage ??= pageIsChinese(this.doc)),
        context: buildMentionContext(this.doc, m.blockText, m.start, m.end),
        onReject: () => this.reject(m, data.entity.name),
      },
      rect,
    );
  }

  private closeCard(): void {
    this.card?.hide();
    if (this.lastFocus instanceof HTMLElement) this.lastFocus.focus({ preventScroll: true });
    this.lastFocus = null;
  }

  destroy(): void {
    if (this.gone) return;
    this.gone = true;
    this.observer?.disconnect();
    this.card?.hide();
    this.highlighter.clear();
    this.index.set([]);
  }
}
