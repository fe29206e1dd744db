// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MarkCursor } from '../../lib/page/mark-cursor';
import { PageIndex } from '../../lib/page/page-index';
import { mentionIn } from './page-fakes';

function page() {
  document.body.innerHTML = '<p id="a">BAAI and Kai-Fu Lee</p><p id="b">BAAI again</p>';
  const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
  const index = new PageIndex();
  // Given out of document order: the cursor walks the page's order.
  const marks = [
    mentionIn(b, 'BAAI', 'baai', 'organisation'),
    mentionIn(a, 'Kai-Fu Lee', 'lee'),
    mentionIn(a, 'BAAI', 'baai', 'organisation'),
  ];
  index.set(marks);
  const flashed: Range[] = [];
  const scrolled: Element[] = [];
  vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (
    this: HTMLElement,
  ) {
    scrolled.push(this);
  });
  const cursor = new MarkCursor(index, (r) => flashed.push(r));
  return { cursor, marks, flashed, scrolled, a, b };
}

afterEach(() => vi.restoreAllMocks());

describe('the mark cursor', () => {
  it('walks every mark in document order and wraps around, revealing each', () => {
    const { cursor, marks, flashed, scrolled, a, b } = page();
    const seen = [cursor.next(), cursor.next(), cursor.next(), cursor.next()];
    expect(seen).toEqual([marks[2], marks[1], marks[0], marks[2]]);
    expect(flashed).toEqual(seen.map((m) => m!.range));
    expect(scrolled).toEqual([a, a, b, a]);
  });

  it("walks one entity's mentions on its own position", () => {
    const { cursor, marks } = page();
    expect(cursor.nextOf('baai')).toBe(marks[2]);
    expect(cursor.nextOf('lee')).toBe(marks[1]);
    expect(cursor.nextOf('baai')).toBe(marks[0]);
    expect(cursor.nextOf('baai')).toBe(marks[2]);
    expect(cursor.next()).toBe(marks[2]);
  });

  it('finds nothing on an unmarked page or for an entity not on it', () => {
    const { cursor, flashed } = page();
    expect(cursor.nextOf('nobody')).toBeUndefined();
    const empty = new MarkCursor(new PageIndex(), () => undefined);
    expect(empty.next()).toBeUndefined();
    expect(flashed).toEqual([]);
  });
});
