/**
 * The page's text, kept per block so that a change to the page re-reads only the blocks it
 * touched. A full scan walks the page in slices of a few milliseconds that yield to the page,
 * and hands over the blocks on screen as soon as it has read them (the first marks need only
 * them). Matching happens in the
 * service worker (lib/worker/page-match.ts): this holds no dictionary.
 */
import {
  blockContainer,
  isInsideSkipped,
  scanBlocks,
  walkBlocks,
  type Block,
  type ScanOptions,
} from './scan';
import { MAX_CONTAINERS, MAX_RECORDS } from './limits';
import { benchTask } from '../bench/bench-task';

export interface FullScanHooks {
  /** Called once the blocks in the viewport are read (first marks can be shown). */
  onVisible?: () => void | Promise<void>;
  /** Yield to the page between slices. */
  yieldNow?: () => Promise<void>;
  /** Is this block on screen? Used to order the work; the default is document order. */
  isVisible?: (block: Block) => number;
  /** Stop early (the scan was superseded). */
  cancelled?: () => boolean;
  /** Work between two yields, in ms (default SLICE_MS). */
  sliceMs?: number;
}

const SLICE_MS = 6;

export class DocumentScan {
  private entries: Block[] = [];

  constructor(private opts: ScanOptions) {}

  /** Every block read, in document order. */
  blocks(): readonly Block[] {
    return this.entries;
  }

  /**
   * Scan everything under `root` in slices of a few milliseconds that yield to the page (with
   * `yieldNow`; at once without it). The first marks need only the viewport: when the walk has
   * read past the bottom of the screen, `onVisible` sees the blocks read so far. A page scrolled
   * down past what one slice reads gets its visible blocks first once the walk is done.
   */
  async full(root: Node, hooks: FullScanHooks = {}): Promise<void> {
    const blocks: Block[] = [];
    const walk = walkBlocks(root, blocks, this.opts);
    let shown = !hooks.onVisible;
    let sliceStart = now();
    for (let step = walk.next(); ; step = walk.next()) {
      if (step.done) {
        // The page moved the walk's place away: read it again in one go (rare).
        if (!step.value) blocks.splice(0, blocks.length, ...scanBlocks(root, this.opts));
        break;
      }
      if (!hooks.yieldNow || now() - sliceStart < (hooks.sliceMs ?? SLICE_MS)) continue;
      // The last block may still grow when the walk goes on: the first marks leave it out.
      const done = blocks.slice(0, -1);
      if (!shown && hooks.isVisible && done.length > 0 && hooks.isVisible(done.at(-1)!) > 0) {
        shown = true;
        this.entries = done;
        await hooks.onVisible?.();
        if (hooks.cancelled?.()) return;
      }
      await hooks.yieldNow();
      benchTask();
      if (hooks.cancelled?.()) return;
      sliceStart = now();
    }
    if (!shown) {
      const [start, end] = visibleRange(blocks, hooks.isVisible);
      if (end > start) {
        this.entries = blocks.slice(start, end);
        await hooks.onVisible?.();
        if (hooks.cancelled?.()) return;
      }
    }
    this.entries = blocks;
  }

  /**
   * Re-read what a batch of mutations touched. Returns false when the batch is too large or
   * too scattered, and the caller should run one full scan instead.
   */
  update(records: MutationRecord[]): boolean {
    if (records.length > MAX_RECORDS) return false;
    const touched = new Set<Node>();
    const touch = (n: Node | null) => n && touched.add(n);
    for (const r of records) {
      if (r.type === 'characterData') touch(blockContainer(r.target));
      else if (r.type === 'childList') {
        // An added block element is read on its own; added or removed text or inline markup
        // changes the text of the block it sits in. Removed blocks drop out as disconnected.
        r.addedNodes.forEach((n) => touch(blockContainer(n) === n ? n : blockContainer(r.target)));
        r.removedNodes.forEach((n) => {
          if (n.nodeType === 3 || (n.nodeType === 1 && blockContainer(n) !== n))
            touch(blockContainer(r.target));
        });
      }
    }
    return this.reread(touched);
  }

  /** Re-read the given containers (e.g. a custom element that got its shadow root late). */
  reread(touched: Set<Node>): boolean {
    // Keep only the outermost touched containers.
    const roots = [...touched].filter((n) => !hasAncestorIn(n, touched));
    if (roots.length > MAX_CONTAINERS) return false;
    const rootSet = new Set(roots);
    // Drop entries inside touched containers, and entries whose text left the document.
    this.entries = this.entries.filter(
      (b) =>
        b.nodes[0]!.isConnected &&
        !rootSet.has(b.container) &&
        !hasAncestorIn(b.container, rootSet),
    );
    for (const root of roots) {
      if (!root.isConnected || isInsideSkipped(root, this.opts)) continue;
      this.entries.push(...scanBlocks(root, this.opts));
    }
    this.entries.sort((a, b) => documentOrder(a.nodes[0]!, b.nodes[0]!));
    return true;
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function hasAncestorIn(node: Node, set: Set<Node>): boolean {
  let n: Node | null = parentOf(node);
  while (n) {
    if (set.has(n)) return true;
    n = parentOf(n);
  }
  return false;
}

/** Parent across shadow boundaries (a shadow root's parent is its host). */
function parentOf(n: Node): Node | null {
  return n.parentNode ?? ((n as ShadowRoot).host as Node | undefined) ?? null;
}

function documentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const pos = a.compareDocumentPosition(b);
  return pos & 4 ? -1 : pos & 2 ? 1 : 0;
}

/**
 * The blocks on screen, as [start, end) of `blocks` (empty when unknown). Blocks are in
 * document order, which is nearly always top-to-bottom order, so a binary search finds the
 * first visible block with a handful of layout reads instead of one per block.
 */
function visibleRange(blocks: Block[], where?: (b: Block) => number): [number, number] {
  if (!where || blocks.length < 64) return [0, 0];
  // where(): -1 above the viewport, 0 in it, 1 below.
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (where(blocks[mid]!) < 0) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < blocks.length && end - lo < 400 && where(blocks[end]!) <= 0) end++;
  return [lo, end];
}
