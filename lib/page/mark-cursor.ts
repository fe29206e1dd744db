/**
 * Walking the marks in document order: the keyboard command's next mark (over all of them) and
 * the popup's next mention of one entity (one position per entity). Each step wraps around at
 * the end, scrolls the mark into view and flashes it.
 */
import type { Mention, PageIndex } from './page-index';

export class MarkCursor {
  private position = -1;
  private perEntity = new Map<string, number>();

  constructor(
    private index: Pick<PageIndex, 'ordered'>,
    private flash: (range: Range) => void,
  ) {}

  /** The next mark of all, revealed (undefined: nothing is marked). */
  next(): Mention | undefined {
    const all = this.index.ordered();
    if (all.length === 0) return undefined;
    this.position = (this.position + 1) % all.length;
    const m = all[this.position]!;
    this.reveal(m);
    return m;
  }

  /** The next mention of one entity, revealed (undefined: it is not on the page). */
  nextOf(entityId: string): Mention | undefined {
    const list = this.index.ordered(entityId);
    if (list.length === 0) return undefined;
    const i = ((this.perEntity.get(entityId) ?? -1) + 1) % list.length;
    this.perEntity.set(entityId, i);
    const m = list[i]!;
    this.reveal(m);
    return m;
  }

  private reveal(m: Mention): void {
    const el = m.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.flash(m.range);
  }
}
