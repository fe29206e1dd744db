/**
 * The pointer over the page: which mark it rests on (hit-tested at most once per animation
 * frame, and not while it sweeps past), told to hover intent; a click on a mark pins its card,
 * a click elsewhere closes it. Only the reader's own (trusted) events count.
 */
import type { HoverIntent } from '../card/hover-intent';
import type { Mention } from './page-index';
import type { Owner } from './owner';

/** Faster than this (px per ms) the pointer sweeps: no lookup until it rests. */
export const SWEEP_SPEED = 1.5;
/** How long the pointer must rest after a sweep before the place is looked up. */
export const SETTLE_MS = 60;

export interface PointerInputDeps {
  doc: Document;
  owner: Owner;
  /** The mark at a point in the viewport, if any (lib/page/hit-test.ts). */
  markAt: (x: number, y: number) => Mention | undefined;
  /** Is this node inside Inkling's card? */
  inCard: (node: Node) => boolean;
  /** A mark is under the pointer: fetch the card's code while hover intent waits its dwell. */
  prepareCard: () => void;
  hover: Pick<HoverIntent<Mention>, 'pointerOver' | 'pin' | 'dismiss' | 'current' | 'pinned'>;
}

export class PointerInput {
  private last = { x: 0, y: 0, t: 0 };
  private frameAsked = false;
  private settle?: number;

  constructor(private d: PointerInputDeps) {}

  listen(): void {
    const { doc, owner } = this.d;
    owner.addEventListener(doc, 'pointermove', (e: PointerEvent) => this.onMove(e), {
      passive: true,
      capture: true,
    });
    owner.addEventListener(doc, 'click', (e: MouseEvent) => this.onClick(e), { capture: true });
  }

  private onMove(e: PointerEvent): void {
    if (!e.isTrusted) return;
    const now = e.timeStamp;
    const dx = e.clientX - this.last.x;
    const dy = e.clientY - this.last.y;
    const dt = Math.max(1, now - this.last.t);
    // A sweep, not a read. Sweeps are not looked up (each lookup costs ~0.6 ms), but when the
    // pointer comes to rest after one, the place it rests on is.
    const fast = Math.hypot(dx, dy) / dt > SWEEP_SPEED;
    // The event path is only available while the event is dispatched.
    const overCard = this.d.inCard(e.composedPath()[0] as Node);
    this.last = { x: e.clientX, y: e.clientY, t: now };
    if (this.settle !== undefined) this.d.owner.clearTimeout(this.settle);
    this.settle = undefined;
    if (overCard) return;
    if (fast && !this.d.hover.current) {
      this.settle = this.d.owner.setTimeout(() => {
        this.settle = undefined;
        this.lookUp();
      }, SETTLE_MS);
      return;
    }
    if (this.frameAsked) return;
    this.frameAsked = true;
    this.d.owner.requestAnimationFrame(() => {
      this.frameAsked = false;
      this.lookUp();
    });
  }

  /** Hit-test the last pointer position and tell hover intent what is there. */
  private lookUp(): void {
    const hit = this.d.markAt(this.last.x, this.last.y);
    if (hit) this.d.prepareCard();
    this.d.hover.pointerOver(hit);
  }

  private onClick(e: MouseEvent): void {
    if (!e.isTrusted) return;
    if (this.d.inCard(e.composedPath()[0] as Node)) return;
    const hit = this.d.markAt(e.clientX, e.clientY);
    if (hit) this.d.hover.pin(hit);
    else if (this.d.hover.pinned || this.d.hover.current) this.d.hover.dismiss();
  }
}
