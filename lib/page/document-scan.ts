/**
 * The page's text and the candidates found in it, kept per block so that a change to the page
 * re-reads only the blocks it touched. A full scan does the visible blocks first, then the
 * rest in slices of a few milliseconds that yield to the page.
 */
import {
  blockContainer,
  isInsideSkipped,
  regionOf,
  scanBlocks,
  type Block,
  type ScanOptions,
} from './scan';
import { findCandidates, type Candidate } from '../match/find';
import type { Dictionary } from '../match/dictionary';

export interface BlockCandidate extends Candidate {
  block: Block;
}

interface Entry {
  block: Block;
  candidates: BlockCandidate[];
}

export interface FullScanHooks {
  /** Called once the blocks in the viewport are matched (first marks can be shown). */
  onVisible?: () => void | Promise<void>;
  /** Yield to the page between slices. */
  yieldNow?: () => Promise<void>;
  /** Is this block on screen? Used to order the work; the default is document order. */
  isVisible?: (block: Block) => number;
  /** Stop early (the scan was superseded). */
  cancelled?: () => boolean;
}

/** Above this many mutation records, or this many touched blocks, one full rescan is cheaper. */
export const MAX_RECORDS = 1000;
export const MAX_CONTAINERS = 300;
const SLICE_MS = 6;

export class DocumentScan {
  private entries: Entry[] = [];

  constructor(
    private dictionary: Dictionary,
    private opts: ScanOptions,
  ) {}

  setDictionary(d: Dictionary): void {
    this.dictionary = d;
  }

  /** Every candidate on the page, in document order of blocks. */
  candidates(): BlockCandidate[] {
    const out: BlockCandidate[] = [];
    // Positions in the page's text (blocks joined), for "near the mention" (resolve.ts).
    let base = 0;
    for (const e of this.entries) {
      for (const c of e.candidates) {
        c.pos = base + c.start;
        out.push(c);
      }
      base += e.block.text.length + 1;
    }
    return out;
  }

  private match(block: Block): Entry {
    const found = findCandidates(this.dictionary, block.text);
    const region = found.length > 0 ? regionOf(block) : null;
    return { block, candidates: found.map((c) => ({ ...c, block, region })) };
  }

  /** Scan everything under `root`, visible blocks first, in slices. */
  async full(root: Node, hooks: FullScanHooks = {}): Promise<void> {
    const blocks = scanBlocks(root, this.opts);
    const entries: (Entry | undefined)[] = new Array(blocks.length);
    const order = visibleFirst(blocks, hooks.isVisible);
    let sliceStart = now();
    let visibleLeft = order.visible;
    for (let k = 0; k < order.indices.length; k++) {
      const i = order.indices[k]!;
      entries[i] = this.match(blocks[i]!);
      if (visibleLeft > 0 && --visibleLeft === 0) {
        this.entries = entries.filter((e): e is Entry => !!e);
        await hooks.onVisible?.();
        sliceStart = now();
      }
      if (hooks.yieldNow && now() - sliceStart > SLICE_MS) {
        await hooks.yieldNow();
        if (hooks.cancelled?.()) return;
        sliceStart = now();
      }
    }
    this.entries = entries.filter((e): e is Entry => !!e);
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
      (e) =>
        e.block.nodes[0]!.isConnected &&
        !rootSet.has(e.block.container) &&
        !hasAncestorIn(e.block.container, rootSet),
    );
    for (const root of roots) {
      if (!root.isConnected || isInsideSkipped(root, this.opts)) continue;
      for (const block of scanBlocks(root, this.opts)) this.entries.push(this.match(block));
    }
    this.entries.sort((a, b) => documentOrder(a.block.nodes[0]!, b.block.nodes[0]!));
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
 * Indices of blocks with the on-screen ones first. Blocks are in document order, which is
 * nearly always top-to-bottom order, so a binary search finds the first visible block with a
 * handful of layout reads instead of one per block.
 */
function visibleFirst(
  blocks: Block[],
  where?: (b: Block) => number,
): { indices: number[]; visible: number } {
  const all = blocks.map((_, i) => i);
  if (!where || blocks.length < 64) return { indices: all, visible: 0 };
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
  if (end === lo) return { indices: all, visible: 0 };
  const indices = [...all.slice(lo, end), ...all.slice(0, lo), ...all.slice(end)];
  return { indices, visible: end - lo };
}
