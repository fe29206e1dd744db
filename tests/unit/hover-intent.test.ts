import { describe, expect, it } from 'vitest';
import { HoverIntent } from '../../lib/card/hover-intent';

/** Manual clock: timers run only when the test advances time. */
function clock() {
  let now = 0;
  let id = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    timers: {
      set: (fn: () => void, ms: number) => (timers.set(++id, { at: now + ms, fn }), id),
      clear: (i: number) => void timers.delete(i),
    },
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const next = [...timers.entries()]
          .filter(([, t]) => t.at <= end)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!next) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].fn();
      }
      now = end;
    },
  };
}

function setup() {
  const c = clock();
  const log: string[] = [];
  const h = new HoverIntent<string>({
    dwellMs: 150,
    graceMs: 300,
    open: (t) => log.push(`open ${t}`),
    close: () => log.push('close'),
    timers: c.timers,
  });
  return { c, log, h };
}

describe('hover intent', () => {
  it('opens only after the pointer dwells', () => {
    const { c, log, h } = setup();
    h.pointerOver('a');
    c.advance(100);
    expect(log).toEqual([]);
    c.advance(60);
    expect(log).toEqual(['open a']);
  });

  it('does not open for a mark the pointer sweeps past', () => {
    const { c, log, h } = setup();
    h.pointerOver('a');
    c.advance(80);
    h.pointerOver(undefined);
    c.advance(500);
    expect(log).toEqual([]);
  });

  it('stays open while the pointer travels into the card, closes after the grace period', () => {
    const { c, log, h } = setup();
    h.pointerOver('a');
    c.advance(200);
    h.pointerOver(undefined);
    c.advance(200);
    h.cardEnter();
    c.advance(1000);
    expect(log).toEqual(['open a']);
    h.cardLeave();
    c.advance(299);
    expect(log).toEqual(['open a']);
    c.advance(2);
    expect(log).toEqual(['open a', 'close']);
  });

  it('keeps a pinned card until dismissed', () => {
    const { c, log, h } = setup();
    h.pin('a');
    h.pointerOver(undefined);
    h.cardLeave();
    c.advance(5000);
    expect(log).toEqual(['open a']);
    h.dismiss();
    expect(log).toEqual(['open a', 'close']);
  });

  it('follows the hover delay setting', () => {
    const { c, log, h } = setup();
    h.setDwell(600);
    h.pointerOver('a');
    c.advance(500);
    expect(log).toEqual([]);
    c.advance(100);
    expect(log).toEqual(['open a']);
  });
});
