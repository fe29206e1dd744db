// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PointerInput, SETTLE_MS } from '../../lib/page/pointer-input';
import type { Mention } from '../../lib/page/page-index';
import { fakeOwner, invalidateAll, mentionIn, trusted } from './page-fakes';

function setup() {
  document.body.innerHTML = '<p>Kai-Fu Lee</p><inkling-card><p>card</p></inkling-card>';
  const mark = mentionIn(document.querySelector('p')!, 'Kai-Fu Lee', 'lee');
  const o = fakeOwner();
  const log: string[] = [];
  const lookups: [number, number][] = [];
  let prepared = 0;
  const hover = {
    current: undefined as Mention | undefined,
    pinned: false,
    pointerOver: (m: Mention | undefined) => void log.push(`over ${m?.text ?? '-'}`),
    pin: (m: Mention) => void log.push(`pin ${m.text}`),
    dismiss: () => void log.push('dismiss'),
  };
  const card = document.querySelector('inkling-card')!;
  new PointerInput({
    doc: document,
    owner: o.owner,
    // The mark covers x 10..100.
    markAt: (x, y) => (lookups.push([x, y]), x >= 10 && x <= 100 ? mark : undefined),
    inCard: (n) => card.contains(n),
    prepareCard: () => void prepared++,
    hover,
  }).listen();
  const move = (x: number, t: number, target: Element = document.querySelector('p')!) =>
    target.dispatchEvent(
      trusted(new PointerEvent('pointermove', { clientX: x, clientY: 5, bubbles: true }), {
        timeStamp: t,
      }),
    );
  const click = (x: number, target: Element = document.body) =>
    target.dispatchEvent(
      trusted(new MouseEvent('click', { clientX: x, clientY: 5, bubbles: true })),
    );
  return { o, log, lookups, hover, move, click, card, prepared: () => prepared };
}

afterEach(invalidateAll);

describe('the pointer', () => {
  it('looks up the mark under a slow pointer once per frame, and readies the card', () => {
    const t = setup();
    t.move(20, 100);
    t.move(21, 110);
    t.move(22, 120);
    expect(t.lookups).toEqual([]);
    expect(t.o.frame()).toBe(1);
    expect(t.lookups).toEqual([[22, 5]]);
    expect(t.log).toEqual(['over Kai-Fu Lee']);
    expect(t.prepared()).toBe(1);
    t.move(300, 1000);
    t.o.frame();
    expect(t.log).toEqual(['over Kai-Fu Lee', 'over -']);
    expect(t.prepared()).toBe(1);
  });

  it('does not look up a sweep, only where the pointer comes to rest', () => {
    const t = setup();
    t.move(0, 100);
    t.o.frame();
    t.move(50, 110);
    t.move(90, 120);
    expect(t.o.frame()).toBe(0);
    t.o.advance(SETTLE_MS - 1);
    expect(t.lookups).toEqual([[0, 5]]);
    t.o.advance(1);
    expect(t.lookups).toEqual([
      [0, 5],
      [90, 5],
    ]);
  });

  it('follows a fast pointer while a card is open (the pointer travels to the card)', () => {
    const t = setup();
    t.hover.current = {} as Mention;
    t.move(0, 100);
    t.move(90, 110);
    expect(t.o.frame()).toBe(1);
    expect(t.lookups).toEqual([[90, 5]]);
  });

  it('leaves the pointer over the card alone', () => {
    const t = setup();
    t.move(0, 100, t.card.querySelector('p')!);
    t.move(50, 110, t.card.querySelector('p')!);
    expect(t.o.frame()).toBe(0);
    t.o.advance(SETTLE_MS);
    expect(t.lookups).toEqual([]);
  });

  it('ignores events the page made up', () => {
    const t = setup();
    document.body.dispatchEvent(new PointerEvent('pointermove', { clientX: 20, bubbles: true }));
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 20, bubbles: true }));
    t.o.frame();
    t.o.advance(SETTLE_MS);
    expect(t.lookups).toEqual([]);
    expect(t.log).toEqual([]);
  });

  it('pins the card of a clicked mark; a click elsewhere closes an open card', () => {
    const t = setup();
    t.click(50);
    expect(t.log).toEqual(['pin Kai-Fu Lee']);
    t.click(500);
    expect(t.log).toEqual(['pin Kai-Fu Lee']);
    t.hover.pinned = true;
    t.click(500);
    expect(t.log).toEqual(['pin Kai-Fu Lee', 'dismiss']);
  });

  it('leaves clicks inside the card to the card', () => {
    const t = setup();
    t.hover.pinned = true;
    t.click(50, t.card.querySelector('p')!);
    expect(t.log).toEqual([]);
  });
});
