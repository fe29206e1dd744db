/**
 * Following a live page: a MutationObserver on the document and on every open shadow root found
 * (document-level observers do not see inside shadow trees) batches the page's changes and
 * hands them over after a pause, in idle time; a batch too big to re-read piecemeal, and a
 * history or single-page navigation, asks for one full read instead. Changes inside Inkling's
 * own card are ignored, so Inkling never reacts to its own work.
 */
import { benchTask } from '../bench/bench-task';
import type { Owner } from './owner';
import { MAX_RECORDS } from './limits';

/** Quiet time before a batch is applied: a page that changes in bursts is read once. */
export const UPDATE_DELAY_MS = 200;
/** Longest wait for idle time once the batch is due. */
const IDLE_TIMEOUT_MS = 1000;

const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };

/** A batch of the page's changes, or 'everything' when the whole page should be read again. */
export type PageChanges = MutationRecord[] | 'everything';

export interface PageWatcherDeps {
  doc: Document;
  owner: Owner;
  /** Inkling's own nodes (inside the card): their changes are not the page's. */
  isOwn: (node: Node) => boolean;
  /** Can changes be applied now? (Not while a full read runs: it applies them when it ends.) */
  canApply: () => boolean;
  apply: (changes: PageChanges) => void;
}

export class PageWatcher {
  private observer?: MutationObserver;
  private roots = new Set<ShadowRoot>();
  private pending: MutationRecord[] = [];
  private pendingAll = false;
  private timer?: number;

  constructor(private d: PageWatcherDeps) {}

  /** The open shadow roots found so far (the hit test looks into them too). */
  get shadowRoots(): ReadonlySet<ShadowRoot> {
    return this.roots;
  }

  /** Start observing the page, and listen for navigations that restore or replace it. */
  start(): void {
    const { doc, owner } = this.d;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(doc.documentElement, OBSERVED);
    for (const root of this.roots) this.observer.observe(root, OBSERVED);
    // Single-page navigation shows up as DOM changes; a history move may also restore a page
    // from the back/forward cache, so read it again then.
    const win = doc.defaultView!;
    for (const ev of ['popstate', 'pageshow'])
      owner.addEventListener(win, ev, () => this.requestFullRead());
    const navigation = (win as { navigation?: EventTarget }).navigation;
    if (navigation)
      owner.addEventListener(navigation, 'navigatesuccess', () => this.requestFullRead());
  }

  /** A shadow root met by a read: observe it too. */
  addShadowRoot(root: ShadowRoot): void {
    if (this.roots.has(root)) return;
    this.roots.add(root);
    this.observer?.observe(root, OBSERVED);
  }

  /** A full read starts: the changes batched so far are part of it. */
  discardPending(): void {
    this.pending = [];
    this.pendingAll = false;
  }

  /** Hand over the batched changes, if any and if they can be applied now. */
  flush(): void {
    benchTask();
    if (!this.d.canApply()) return;
    if (!this.pendingAll && this.pending.length === 0) return;
    const changes: PageChanges = this.pendingAll ? 'everything' : this.pending;
    this.discardPending();
    this.d.apply(changes);
  }

  stop(): void {
    this.observer?.disconnect();
  }

  private onMutations(records: MutationRecord[]): void {
    const relevant = records.filter((r) => !this.d.isOwn(r.target));
    if (relevant.length === 0) return;
    if (this.pending.length + relevant.length > MAX_RECORDS) this.pendingAll = true;
    else this.pending.push(...relevant);
    this.schedule();
  }

  private requestFullRead(): void {
    this.pendingAll = true;
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = this.d.owner.setTimeout(() => {
      this.timer = undefined;
      const idle = (
        globalThis as { requestIdleCallback?: (fn: () => void, o: { timeout: number }) => void }
      ).requestIdleCallback;
      if (idle) idle(() => this.flush(), { timeout: IDLE_TIMEOUT_MS });
      else this.flush();
    }, UPDATE_DELAY_MS);
  }
}
