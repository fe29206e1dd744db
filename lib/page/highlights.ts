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

/** The look of a mark: the settings' style (underline or background) on a light or dark page. */
export interface MarkLook {
  background: boolean;
  dark: boolean;
}

/**
 * A highlight's name: the category, then the look — one of the rules in highlights.css. Names
 * carry no entity id.
 */
export const highlightName = (c: Category, look: MarkLook = { background: false, dark: false }) =>
  `inkling-${c}${look.background ? '-bg' : ''}${look.dark ? '-dark' : ''}`;

const LOOKS: MarkLook[] = [false, true].flatMap((background) =>
  [false, true].map((dark) => ({ background, dark })),
);

/** Every highlight name Inkling may set (to clear the ones a new look no longer uses). */
export const allHighlightNames = (): string[] =>
  Categories.flatMap((c) => LOOKS.map((l) => highlightName(c, l)));

export class Highlighter {
  private sheet?: CSSStyleSheet;
  private adopted = new Set<ShadowRoot>();
  private flash?: Highlight;
  private look: MarkLook = { background: false, dark: false };

  constructor(private doc: Document) {}

  get supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS;
  }

  /** Choose the look; takes effect at the next render. No style sheet changes. */
  setStyle(style: MarkStyle, dark: boolean): void {
    this.look = { background: style === 'background', dark };
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

  render(mentions: Mention[], style: MarkStyle): void {
    if (!this.supported) return;
    const byCat = new Map<Category, Range[]>();
    const seen = new Set<string>();
    for (const m of mentions) {
      if (style === 'off') break;
      if (style === 'first') {
        if (seen.has(m.entityId)) continue;
        seen.add(m.entityId);
      }
      const list = byCat.get(m.category);
      if (list) list.push(m.range);
      else byCat.set(m.category, [m.range]);
    }
    const keep = new Set<string>();
    for (const c of Categories) {
      const ranges = byCat.get(c);
      if (!ranges?.length) continue;
      const name = highlightName(c, this.look);
      CSS.highlights.set(name, new Highlight(...ranges));
      keep.add(name);
    }
    for (const name of allHighlightNames()) if (!keep.has(name)) CSS.highlights.delete(name);
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
