/**
 * Marks with the CSS Custom Highlight API: one named highlight per category and look, styled by
 * the ::highlight() rules of highlights.css — declared with the content script for documents,
 * adopted by each open shadow root (document styles do not reach into shadow trees). No
 * element, attribute or text of the page changes.
 */
import { Categories, type Category } from '../dataset/categories';
import markRules from './highlights.css?raw';
import type { MarkStyle } from '../settings/settings';
import type { Mention } from './page-index';
import { benchTask } from '../bench/bench-task';

/**
 * A highlight's name: the category, then the look (underline, or '-bg' for background) — one of
 * the rules in highlights.css. Names carry no entity id.
 */
export const highlightName = (c: Category, background = false) =>
  `inkling-${c}${background ? '-bg' : ''}`;

/** Every highlight name Inkling may set (to clear the ones a new look no longer uses). */
export const allHighlightNames = (): string[] =>
  Categories.flatMap((c) => [highlightName(c), highlightName(c, true)]);

/** Above this many marks, only this many — the ones nearest the screen — are painted. */
export const PAINT_WINDOW = 1000;

/**
 * The first mark on or below the top of the screen. Marks are in document order, which is
 * nearly always top-to-bottom order, so a binary search reads a handful of positions.
 */
export function firstOnScreen(marks: readonly Mention[]): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.range.getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** PAINT_WINDOW marks around the screen: a quarter above its top, the rest from there on. */
export function nearestWindow(
  marks: readonly Mention[],
  first = firstOnScreen(marks),
): [number, number] {
  const start = Math.max(0, Math.min(first - PAINT_WINDOW / 4, marks.length - PAINT_WINDOW));
  return [start, Math.min(marks.length, start + PAINT_WINDOW)];
}

export class Highlighter {
  private sheet?: CSSStyleSheet;
  private adopted = new Set<ShadowRoot>();
  private flash?: Highlight;
  private background = false;
  /** The marks of the last render in its style, and the part of them painted (null: all). */
  private shown: Mention[] = [];
  private window: [number, number] | null = null;
  private onScroll?: () => void;

  constructor(private doc: Document) {}

  get supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS;
  }

  /** Choose the look; takes effect at the next render. No style sheet changes. */
  setStyle(style: MarkStyle): void {
    this.background = style === 'background';
  }

  /**
   * Give an open shadow root the mark rules (the document has them from the manifest; styles do
   * not reach into shadow trees). A shadow tree is small, so its restyle is cheap.
   */
  adopt(root: ShadowRoot): void {
    if (this.adopted.has(root)) return;
    this.adopted.add(root);
    try {
      this.sheet ??= new (this.doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
      if (this.sheet.cssRules.length === 0) this.sheet.replaceSync(markRules);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
    } catch {
      // A page that froze adoptedStyleSheets: marks stay unstyled there, nothing breaks.
    }
  }

  /**
   * Paint `mentions` in `style`. Past PAINT_WINDOW marks only the ones nearest the screen are
   * painted, and the window follows the reader's scrolling: the browser's pre-paint work grows
   * with the number of highlighted ranges (5000 ranges on the 1 MB bench page cost one ~70 ms
   * task), while a reader sees a screenful at a time.
   */
  render(mentions: Mention[], style: MarkStyle): void {
    if (!this.supported) return;
    const shown: Mention[] = [];
    const seen = new Set<string>();
    for (const m of mentions) {
      if (style === 'off') break;
      if (style === 'first') {
        if (seen.has(m.entityId)) continue;
        seen.add(m.entityId);
      }
      shown.push(m);
    }
    this.shown = shown;
    this.window = null;
    if (shown.length > PAINT_WINDOW) {
      this.followScrolling();
      this.paintWindow(nearestWindow(shown));
    } else {
      this.stopFollowing();
      this.paint(shown);
    }
  }

  /** The marks painted now, as [first, end) of the marks given to render (for tests). */
  get painted(): [number, number] {
    return this.window ?? [0, this.shown.length];
  }

  private paint(list: readonly Mention[]): void {
    const byCat = new Map<Category, Range[]>();
    for (const m of list) {
      const ranges = byCat.get(m.category);
      if (ranges) ranges.push(m.range);
      else byCat.set(m.category, [m.range]);
    }
    const keep = new Set<string>();
    for (const c of Categories) {
      const ranges = byCat.get(c);
      if (!ranges?.length) continue;
      const name = highlightName(c, this.background);
      CSS.highlights.set(name, new Highlight(...ranges));
      keep.add(name);
    }
    for (const name of allHighlightNames()) if (!keep.has(name)) CSS.highlights.delete(name);
  }

  private paintWindow(w: [number, number]): void {
    this.window = w;
    this.paint(this.shown.slice(w[0], w[1]));
  }

  /** Repaint the window when the screen has moved near its edge (at most once a frame). */
  private followScrolling(): void {
    const view = this.doc.defaultView;
    if (!view || this.onScroll) return;
    let queued = false;
    this.onScroll = () => {
      if (queued) return;
      queued = true;
      view.requestAnimationFrame(() => {
        benchTask();
        queued = false;
        const w = this.window;
        if (!w) return;
        const first = firstOnScreen(this.shown);
        const margin = PAINT_WINDOW / 8;
        if (first >= w[0] + margin && first <= w[1] - margin * 2) return;
        this.paintWindow(nearestWindow(this.shown, first));
      });
    };
    // Capture: scrolling inside a scrollable element moves marks too.
    view.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
  }

  private stopFollowing(): void {
    if (!this.onScroll) return;
    this.doc.defaultView?.removeEventListener('scroll', this.onScroll, { capture: true });
    this.onScroll = undefined;
  }

  flashRange(range: Range): void {
    if (!this.supported) return;
    this.flash = new Highlight(range);
    CSS.highlights.set('inkling-flash', this.flash);
    const mine = this.flash;
    setTimeout(() => {
      if (this.flash === mine) CSS.highlights.delete('inkling-flash');
    }, 1200);
  }

  clear(): void {
    this.stopFollowing();
    this.shown = [];
    this.window = null;
    if (!this.supported) return;
    for (const name of allHighlightNames()) CSS.highlights.delete(name);
    CSS.highlights.delete('inkling-flash');
    if (!this.sheet) return;
    for (const root of this.adopted) {
      try {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.sheet);
      } catch {
        /* ignore */
      }
    }
    this.adopted.clear();
  }
}
