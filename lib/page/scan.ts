/**
 * Collects the rendered text of a DOM tree as blocks: the text nodes of one block element
 * (a paragraph, a list item, a cell…) joined into one string with an offset map back to the
 * nodes, so that a name split by inline markup ("Song-Chun <b>Zhu</b>") is found as one.
 *
 * Filtering happens inline in the walk loop: a NodeFilter callback costs ~20× more per node.
 * Skipped: script, style and other non-rendered elements, form fields, editable regions,
 * SVG, and Inkling's own UI. Open shadow roots are walked too (their marks need their own
 * highlight styles, see highlights.ts).
 */
import { MAX_NODE_CHARS } from './limits';

export interface Block {
  /** The block element (or shadow root) whose text this is. */
  container: Node;
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TITLE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'svg',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'HEAD',
  'META',
  'LINK',
  'BUTTON',
]);

const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'RB',
  'RT',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'NOBR',
  'TT',
  'STRIKE',
  'BIG',
  'INS',
  'DEL',
  'SLOT',
]);

export interface ScanOptions {
  /** Elements to leave alone entirely (Inkling's own card host). */
  exclude?: (el: Element) => boolean;
  /** Called for every open shadow root met, so styles can be attached to it. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Stop collecting after this many characters (a cap for huge pages). */
  maxChars?: number;
  /** Leave text nodes longer than this unread (default MAX_NODE_CHARS, limits.ts). */
  maxNodeChars?: number;
}

function blockOf(node: Node): Node | null {
  let el = node.parentNode;
  while (el && el.nodeType === 1 && INLINE.has((el as Element).tagName)) el = el.parentNode;
  return el;
}

/** The block a node's text belongs to: itself when it is a block element, else its block. */
export function blockContainer(node: Node): Node | null {
  if (node.nodeType === 1 && !INLINE.has((node as Element).tagName)) return node;
  if (node.nodeType === 11) return node;
  return blockOf(node);
}

/** Is `node` inside (or itself) an element the scan skips? Crosses shadow boundaries. */
export function isInsideSkipped(node: Node, opts: ScanOptions = {}): boolean {
  let n: Node | null = node;
  while (n) {
    if (n.nodeType === 1 && skipped(n as Element, opts)) return true;
    n = n.parentNode ?? (n as ShadowRoot).host ?? null;
  }
  return false;
}

function skipped(el: Element, opts: ScanOptions): boolean {
  if (SKIP.has(el.tagName)) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  if (el.namespaceURI === 'http://www.w3.org/2000/svg') return true;
  return opts.exclude?.(el) ?? false;
}

/** Every block of text under `root`, in document order, read in one go. */
export function scanBlocks(root: Node, opts: ScanOptions = {}): Block[] {
  const blocks: Block[] = [];
  const walk = walkBlocks(root, blocks, opts);
  while (!walk.next().done);
  return blocks;
}

/** Nodes visited between two pauses of walkBlocks: small enough to check the clock often. */
export const WALK_STEP = 128;

/**
 * The scan as a walk that can pause: appends blocks to `blocks` as it reads them and yields
 * every WALK_STEP nodes, so that a caller can spread a long page over short slices (the 1 MB
 * page's walk is ~70 ms in one task otherwise). A block being read when the walk pauses is
 * already in `blocks` and may still grow. Returns false when the page removed the walk's place
 * during a pause (the blocks are then incomplete).
 */
export function* walkBlocks(
  root: Node,
  blocks: Block[],
  opts: ScanOptions = {},
): Generator<void, boolean, void> {
  const doc = root.ownerDocument ?? (root as Document);
  if ((doc as Document).designMode === 'on') return true;
  let steps = 0;
  let budget = opts.maxChars ?? Infinity;
  const maxNode = opts.maxNodeChars ?? MAX_NODE_CHARS;
  let current: Block | null = null;
  let currentKey: Node | null = null;
  const roots: Node[] = [root];
  while (roots.length > 0 && budget > 0) {
    const r = roots.shift()!;
    // The walk visits descendants only: a root that hosts a shadow tree brings it in here.
    const own = r.nodeType === 1 ? (r as Element).shadowRoot : null;
    if (own) {
      opts.onShadowRoot?.(own);
      roots.push(own);
    }
    const walker = doc.createTreeWalker(r, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    current = null;
    let node: Node | null = walker.nextNode();
    while (node) {
      if (++steps === WALK_STEP) {
        steps = 0;
        yield;
        // The page changed under the paused walk and took the walk's place with it: what
        // follows cannot be reached from here. The caller reads the page again in one go.
        if (!node.isConnected && root.isConnected) return false;
      }
      if (node.nodeType === 1) {
        const el = node as Element;
        if (skipped(el, opts)) {
          node = nextOutside(walker);
          continue;
        }
        const sr = el.shadowRoot;
        if (sr) {
          opts.onShadowRoot?.(sr);
          roots.push(sr);
        }
      } else {
        const t = node as Text;
        const data = t.data;
        if (data.length > maxNode) {
          // Unread, and a break: the text on either side is not joined across it.
          current = null;
        } else if (data.length > 0 && !/^\s*$/.test(data)) {
          const key = blockOf(t);
          if (!current || key !== currentKey) {
            // Literals, not [] and push(): V8 gives a pushed-to empty array room for 17
            // elements, and most blocks (a paragraph of plain text) keep one node for as long as
            // the page is open — ~130 bytes each of 20,000 blocks on the 1 MB page.
            current = { container: key ?? r, text: data, nodes: [t], starts: [0] };
            currentKey = key;
            blocks.push(current);
          } else {
            current.starts.push(current.text.length);
            current.nodes.push(t);
            current.text += data;
          }
          budget -= data.length;
          if (budget <= 0) break;
        } else if (current && key0(t) === currentKey) {
          // Keep white space between inline runs so offsets stay faithful.
          current.starts.push(current.text.length);
          current.nodes.push(t);
          current.text += data;
        }
      }
      node = walker.nextNode();
    }
  }
  return true;
}

function key0(t: Text): Node | null {
  return blockOf(t);
}

/** The next node after the current one's subtree. */
function nextOutside(walker: TreeWalker): Node | null {
  let n: Node | null = walker.currentNode;
  while (n) {
    const s = walker.nextSibling();
    if (s) return s;
    n = walker.parentNode();
  }
  return null;
}

/** Maps an offset in a block's text to the text node and the offset inside it. */
export function locate(
  block: Block,
  offset: number,
  preferEnd = false,
): { node: Text; offset: number } {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = block.starts[mid]!;
    if (s < offset || (!preferEnd && s === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: block.nodes[lo]!, offset: offset - block.starts[lo]! };
}

/** The article region of a block: its nearest <article> or <main> (or role), else null. */
export function regionOf(block: Block): Element | null {
  const el = block.container as Element;
  return typeof el.closest === 'function'
    ? el.closest('article, main, [role="article"], [role="main"]')
    : null;
}
