/**
 * The mentions found on a page: what the popup lists, what hit-testing looks up, what the
 * next-mark command walks. Holds DOM ranges only in the content script's own memory — nothing
 * here is ever written to the page.
 */
import type { Category } from '../dataset/schema';

export interface Mention {
  entityId: string;
  category: Category;
  /** The alias as written in the dictionary, and the text as it appears on the page. */
  alias: string;
  text: string;
  range: Range;
  /** The block's text and the mention's offsets in it (for the sentence around it). */
  blockText: string;
  start: number;
  end: number;
}

export class PageIndex {
  mentions: Mention[] = [];
  private byNode = new Map<Node, Mention[]>();

  set(mentions: Mention[]): void {
    this.mentions = mentions;
    this.byNode.clear();
    for (const m of mentions) {
      for (const node of nodesOf(m.range)) {
        const list = this.byNode.get(node);
        if (list) list.push(m);
        else this.byNode.set(node, [m]);
      }
    }
  }

  /** The mention covering `offset` in text node `node`, if any. */
  at(node: Node, offset: number): Mention | undefined {
    for (const m of this.byNode.get(node) ?? []) {
      const r = m.range;
      const afterStart = node !== r.startContainer || offset >= r.startOffset;
      const beforeEnd = node !== r.endContainer || offset < r.endOffset;
      if (afterStart && beforeEnd) return m;
    }
    return undefined;
  }

  counts(): Map<string, { count: number; category: Category }> {
    const out = new Map<string, { count: number; category: Category }>();
    for (const m of this.mentions) {
      const c = out.get(m.entityId);
      if (c) c.count++;
      else out.set(m.entityId, { count: 1, category: m.category });
    }
    return out;
  }

  /** Mentions in document order of one entity (or all). */
  ordered(entityId?: string): Mention[] {
    const list = entityId
      ? this.mentions.filter((m) => m.entityId === entityId)
      : [...this.mentions];
    return list.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }
}

function nodesOf(r: Range): Node[] {
  if (r.startContainer === r.endContainer) return [r.startContainer];
  const out: Node[] = [];
  const doc = r.startContainer.ownerDocument!;
  const walker = doc.createTreeWalker(r.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  walker.currentNode = r.startContainer;
  let n: Node | null = r.startContainer;
  while (n) {
    out.push(n);
    if (n === r.endContainer) break;
    n = walker.nextNode();
  }
  return out;
}
