/**
 * Reading the page's text and handing it to marking: a full read (visible blocks first, their
 * marks shown at once, the rest in slices that yield to the page), a re-read of the blocks a
 * batch of mutations touched, and late custom elements. A new full read supersedes any read
 * still running: each read carries a generation, and marks from an older one are dropped.
 */
import { DocumentScan } from './document-scan';
import type { Block } from './scan';
import type { Marking } from './marking';
import type { Owner } from './owner';
import { MAX_SCAN_CHARS } from './limits';

/** Custom elements still undefined are checked again until the backoff passes this (~15 s). */
const LATE_ELEMENTS_MAX_DELAY_MS = 8000;

export interface PageReaderDeps {
  doc: Document;
  owner: Owner;
  marking: Pick<Marking, 'mark' | 'chooseLook'>;
  /** Inkling's own elements (the card's host): never read. */
  excluded: (el: Element) => boolean;
  onShadowRoot: (root: ShadowRoot) => void;
  gone: () => boolean;
  /** A full read ended: what changed meanwhile can be applied now. */
  onReadDone: () => void;
}

export class PageReader {
  private generation = 0;
  private scan?: DocumentScan;
  /** A full read is running (mutation batches wait for it). */
  reading = false;

  constructor(private d: PageReaderDeps) {}

  /** Stop any read running: its marks are no longer wanted. */
  cancel(): void {
    this.generation++;
  }

  /** Read the whole page and mark it. */
  async readAll(): Promise<void> {
    const generation = ++this.generation;
    const { doc } = this.d;
    this.d.marking.chooseLook();
    const scan = new DocumentScan({
      exclude: this.d.excluded,
      onShadowRoot: this.d.onShadowRoot,
      maxChars: MAX_SCAN_CHARS,
    });
    // Custom elements not yet defined when the scan starts may get their shadow roots while it
    // runs: remember them now, check them after.
    const waiting = [...doc.querySelectorAll(':not(:defined)')];
    this.reading = true;
    try {
      await scan.full(doc.body ?? doc.documentElement, {
        isVisible: (b) => viewportSide(doc, b),
        yieldNow: yieldToPage,
        cancelled: () => !this.isCurrent(generation),
        // First marks as soon as the viewport is done; the rest follows.
        onVisible: async () => {
          this.scan = scan;
          await this.mark(generation);
        },
      });
      if (!this.isCurrent(generation)) return;
      this.scan = scan;
      await this.mark(generation);
      this.recheckLateElements(generation, waiting);
    } finally {
      this.reading = false;
      if (generation === this.generation) this.d.onReadDone();
    }
  }

  /** Re-read the blocks a batch touched and mark again; false when a full read is needed. */
  update(records: MutationRecord[]): boolean {
    if (!this.scan || !this.scan.update(records)) return false;
    void this.mark(this.generation);
    return true;
  }

  private isCurrent(generation: number): boolean {
    return generation === this.generation && !this.d.gone();
  }

  /** Mark the blocks read so far. */
  private async mark(generation: number): Promise<void> {
    if (!this.scan) return;
    // The scan replaces its block list on every change, so this one stays what was sent.
    await this.d.marking.mark(this.scan.blocks(), () => this.isCurrent(generation));
  }

  /**
   * Custom elements defined after the scan get their shadow roots without any mutation the
   * page's observer can see (and the isolated world has no customElements registry), so
   * elements still undefined are checked again with a backoff, for about 15 s.
   */
  private recheckLateElements(generation: number, waiting: Element[], delay = 0): void {
    if (waiting.length === 0 || delay > LATE_ELEMENTS_MAX_DELAY_MS) return;
    this.d.owner.setTimeout(() => {
      if (!this.isCurrent(generation) || !this.scan) return;
      const ready = waiting.filter((el) => el.matches(':defined') && el.isConnected);
      if (ready.length > 0 && this.scan.reread(new Set(ready))) void this.mark(generation);
      const still = waiting.filter((el) => !ready.includes(el) && el.isConnected);
      this.recheckLateElements(generation, still, Math.max(250, delay * 2));
    }, delay);
  }
}

/** -1 above the viewport, 0 in it, 1 below (for visible-first scanning). */
export function viewportSide(doc: Document, block: Block): number {
  const el = block.nodes[0]?.parentElement;
  if (!el) return 1;
  const r = el.getBoundingClientRect();
  const h = doc.defaultView?.innerHeight ?? 800;
  return r.bottom < 0 ? -1 : r.top > h ? 1 : 0;
}

function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((r) => setTimeout(r, 0));
}
