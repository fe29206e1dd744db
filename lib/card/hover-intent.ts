/**
 * When a card opens and closes. Opens after the pointer dwells on a mark (not while it sweeps
 * past), stays while the pointer travels into the card, closes a grace period after it leaves;
 * a pinned card stays until closed. Pure state with injected timers, so it is unit-tested.
 */
export interface HoverTimers {
  set: (fn: () => void, ms: number) => number;
  clear: (id: number) => void;
}

export interface HoverIntentOptions<T> {
  dwellMs: number;
  graceMs: number;
  open: (target: T) => void;
  close: () => void;
  timers: HoverTimers;
}

export class HoverIntent<T> {
  private pending?: number;
  private closing?: number;
  private candidate?: T;
  current?: T;
  pinned = false;
  private overCard = false;

  constructor(private o: HoverIntentOptions<T>) {}

  /** The dwell time follows the user's hover-delay setting. */
  setDwell(ms: number): void {
    this.o.dwellMs = ms;
  }

  /** The pointer is over a mark (or over nothing, with undefined). */
  pointerOver(target: T | undefined): void {
    if (this.pinned) return;
    if (target !== undefined && target === this.current) {
      this.cancelClose();
      return;
    }
    if (target !== this.candidate) {
      if (this.pending !== undefined) this.o.timers.clear(this.pending);
      this.pending = undefined;
      this.candidate = target;
      if (target !== undefined) {
        this.pending = this.o.timers.set(() => {
          this.pending = undefined;
          this.show(target);
        }, this.o.dwellMs);
      }
    }
    if (target === undefined && this.current !== undefined && !this.overCard) this.scheduleClose();
  }

  cardEnter(): void {
    this.overCard = true;
    this.cancelClose();
  }

  cardLeave(): void {
    this.overCard = false;
    if (!this.pinned) this.scheduleClose();
  }

  /** Open now and keep open (click or key). */
  pin(target: T): void {
    if (this.pending !== undefined) this.o.timers.clear(this.pending);
    this.pending = undefined;
    this.cancelClose();
    this.pinned = true;
    this.show(target);
  }

  dismiss(): void {
    if (this.pending !== undefined) this.o.timers.clear(this.pending);
    this.pending = undefined;
    this.cancelClose();
    this.pinned = false;
    this.candidate = undefined;
    if (this.current !== undefined) {
      this.current = undefined;
      this.o.close();
    }
  }

  private show(target: T): void {
    this.current = target;
    this.o.open(target);
  }

  private scheduleClose(): void {
    if (this.closing !== undefined) return;
    this.closing = this.o.timers.set(() => {
      this.closing = undefined;
      if (this.pinned || this.overCard) return;
      this.candidate = undefined;
      this.current = undefined;
      this.o.close();
    }, this.o.graceMs);
  }

  private cancelClose(): void {
    if (this.closing !== undefined) this.o.timers.clear(this.closing);
    this.closing = undefined;
  }
}
