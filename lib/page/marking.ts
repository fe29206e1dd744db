/**
 * What is marked on the page: the blocks read so far go to the worker (page:match), its answer
 * becomes DOM ranges (resolve-marks.ts) less the site's "Not this one" choices, the page index
 * holds them and the highlighter paints them — in the chosen style, or not at all in hold-key
 * mode while the key is up. Also keeps the marked entities' names, for the popup.
 */
import { benchTask } from '../bench/bench-task';
import { resolveMarks } from './resolve-marks';
import type { Block } from './scan';
import type { Mention, PageIndex } from './page-index';
import type { Highlighter } from './highlights';
import { packBlocks, textBlocks } from './text-blocks';
import type { SiteRejections } from './site-rejections';
import type { PageServices } from './page-services';
import type { Settings } from '../settings/settings';
import type { PageEntity } from '../messaging/protocol';

export interface MarkingDeps {
  doc: Document;
  index: PageIndex;
  highlighter: Pick<Highlighter, 'render' | 'setStyle'>;
  services: Pick<PageServices, 'match' | 'report'>;
  rejections: Pick<SiteRejections, 'keep'>;
  settings: () => Settings;
}

export class Marking {
  /** Canonical and native names of every entity the worker has marked here. */
  private names: Record<string, string> = {};
  private natives: Record<string, string> = {};
  /** In hold-key mode: is the key down? */
  private keyHeld = false;

  constructor(private d: MarkingDeps) {}

  /** Take the look for this read (style setting, dark page); painted from the next render. */
  chooseLook(): void {
    this.d.highlighter.setStyle(this.d.settings().markStyle);
  }

  /**
   * Ask the worker for the marks in `blocks` and paint them, unless the read they come from was
   * superseded meanwhile (`current` is false by then).
   */
  async mark(blocks: readonly Block[], current: () => boolean): Promise<void> {
    const reply = await this.d.services.match(packBlocks(textBlocks(blocks)));
    benchTask();
    if (!reply || !current()) return;
    for (const [id, e] of Object.entries(reply.entities)) {
      this.names[id] = e.name;
      if (e.native) this.natives[id] = e.native;
    }
    const mentions = resolveMarks(this.d.doc, blocks, reply, {
      enabled: (c) => this.d.settings().categories[c],
    });
    this.show(this.d.rejections.keep(mentions));
  }

  /** Drop newly rejected marks and repaint, without reading the page again. */
  dropRejected(): void {
    this.show(this.d.rejections.keep(this.d.index.mentions));
  }

  /** Nothing marked (Inkling is off for this site). */
  clear(): void {
    this.d.index.set([]);
    this.d.highlighter.render([], 'off');
    this.d.services.report(0);
  }

  get held(): boolean {
    return this.keyHeld;
  }

  /** The hold key went down or up: show or hide the marks. */
  setHeld(down: boolean): void {
    this.keyHeld = down;
    this.paint();
  }

  /** The entities marked on this page, with their canonical names and counts. */
  summary(): PageEntity[] {
    return [...this.d.index.counts().entries()].map(([id, c]) => ({
      id,
      category: c.category,
      count: c.count,
      name: this.names[id] ?? id,
      native: this.natives[id],
    }));
  }

  private show(mentions: Mention[]): void {
    this.d.index.set(mentions);
    this.paint();
    this.d.services.report(this.d.index.counts().size);
  }

  /** Paint the marks in the chosen style — or none, in hold-key mode while the key is up. */
  private paint(): void {
    const s = this.d.settings();
    const hidden = s.holdKey !== 'none' && !this.keyHeld;
    this.d.highlighter.render(this.d.index.mentions, hidden ? 'off' : s.markStyle);
  }
}
