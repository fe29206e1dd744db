/**
 * Which mark is under the pointer: the caret position at the point, looked up in the page
 * index, then confirmed against the mark's own rectangles (the caret API snaps to the nearest
 * character even when the pointer is past the end of a line).
 */
import type { Mention, PageIndex } from './page-index';

type CaretDoc = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): { node: Node; offset: number } | null {
  const d = doc as CaretDoc;
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y, shadowRoots.length ? { shadowRoots } : undefined);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

export function markAt(
  doc: Document,
  index: PageIndex,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): { mention: Mention; rect: DOMRect } | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== 3) return null;
  // The caret sits between characters: try the character after it and the one before.
  const m =
    index.at(caret.node, caret.offset) ??
    (caret.offset > 0 ? index.at(caret.node, caret.offset - 1) : undefined);
  if (!m) return null;
  for (const rect of m.range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1)
      return { mention: m, rect };
  }
  return null;
}
