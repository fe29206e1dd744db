/**
 * Marks with the CSS Custom Highlight API: one named highlight per category, styled with
 * ::highlight() in constructed style sheets adopted by the document and by each open shadow
 * root (document styles do not reach into shadow trees). No element, attribute or text of the
 * page changes. Highlight names carry only the category — never an entity id.
 */
import { Categories, type Category } from '../dataset/categories';
import type { MarkStyle } from '../settings/settings';
import type { Mention } from './page-index';

export const highlightName = (c: Category) => `inkling-${c}`;

const LIGHT: Record<Category, string> = {
  person: '#b4237a',
  organisation: '#1d5fbf',
  place: '#1f7a3a',
  programme: '#a15c00',
  project: '#6b3fb5',
  event: '#00727a',
};
const DARK: Record<Category, string> = {
  person: '#ff8cc6',
  organisation: '#8ab8ff',
  place: '#7fdc98',
  programme: '#ffc266',
  project: '#c7a6ff',
  event: '#6fe3ea',
};

export function highlightCss(style: MarkStyle, dark: boolean): string {
  if (style === 'off') return '';
  const palette = dark ? DARK : LIGHT;
  return Categories.map((c) => {
    const color = palette[c];
    const rule =
      style === 'background'
        ? `background-color: ${color}33;`
        : `text-decoration: underline 2px ${color}; text-decoration-skip-ink: none; text-underline-offset: 3px;`;
    return `::highlight(${highlightName(c)}) { ${rule} }`;
  }).join('\n');
}

export class Highlighter {
  private sheet: CSSStyleSheet;
  private adopted = new Set<Document | ShadowRoot>();
  private flash?: Highlight;

  constructor(private doc: Document) {
    this.sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
  }

  get supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS;
  }

  setStyle(style: MarkStyle, dark: boolean): void {
    this.sheet.replaceSync(
      highlightCss(style, dark) +
        `\n::highlight(inkling-flash) { background-color: ${dark ? '#ffe06680' : '#ffd40080'}; }`,
    );
    this.adopt(this.doc);
  }

  /** Attach the style sheet to a document or shadow root (once). */
  adopt(root: Document | ShadowRoot): void {
    if (this.adopted.has(root)) return;
    this.adopted.add(root);
    try {
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
    for (const c of Categories) {
      const ranges = byCat.get(c);
      if (ranges?.length) CSS.highlights.set(highlightName(c), new Highlight(...ranges));
      else CSS.highlights.delete(highlightName(c));
    }
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
    for (const c of Categories) CSS.highlights.delete(highlightName(c));
    CSS.highlights.delete('inkling-flash');
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
