// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PageReader } from '../../lib/page/page-reader';
import type { Block } from '../../lib/page/scan';
import { fakeOwner, invalidateAll } from './page-fakes';

/** A marking that records the texts of the blocks it was given, and when they were current. */
function fakeMarking() {
  const marked: { texts: string[]; current: () => boolean }[] = [];
  let looks = 0;
  return {
    marked,
    looks: () => looks,
    marking: {
      mark: async (blocks: readonly Block[], current: () => boolean) =>
        void marked.push({ texts: blocks.map((b) => b.text), current }),
      chooseLook: () => void looks++,
    },
  };
}

function setup(html: string) {
  document.body.innerHTML = html;
  const o = fakeOwner();
  const m = fakeMarking();
  const roots: ShadowRoot[] = [];
  let gone = false;
  let readsDone = 0;
  const reader = new PageReader({
    doc: document,
    owner: o.owner,
    marking: m.marking,
    excluded: (el) => el.localName === 'inkling-card',
    onShadowRoot: (r) => void roots.push(r),
    gone: () => gone,
    onReadDone: () => void readsDone++,
  });
  return { reader, o, ...m, roots, readsDone: () => readsDone, leave: () => (gone = true) };
}

afterEach(() => {
  vi.restoreAllMocks();
  invalidateAll();
});

describe('reading the page', () => {
  it("reads every block but Inkling's own, marks them, and says when it is done", async () => {
    const t = setup('<p>Kai-Fu Lee</p><inkling-card><p>BAAI</p></inkling-card><p>BAAI</p>');
    await t.reader.readAll();
    expect(t.looks()).toBe(1);
    expect(t.marked.at(-1)!.texts).toEqual(['Kai-Fu Lee', 'BAAI']);
    expect(t.marked.at(-1)!.current()).toBe(true);
    expect(t.readsDone()).toBe(1);
    expect(t.reader.reading).toBe(false);
  });

  it('reports the open shadow roots it reads', async () => {
    const t = setup('<div id="host"></div>');
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>Kai-Fu Lee</p>';
    await t.reader.readAll();
    expect(t.roots).toContain(root);
    expect(t.marked.at(-1)!.texts).toEqual(['Kai-Fu Lee']);
  });

  it('makes marks of a cancelled read stale, and does not apply changes after it', async () => {
    const t = setup('<p>Kai-Fu Lee</p>');
    const read = t.reader.readAll();
    t.reader.cancel();
    await read;
    expect(t.marked.every((m) => !m.current())).toBe(true);
    expect(t.readsDone()).toBe(0);
  });

  it('makes marks stale once the page is left', async () => {
    const t = setup('<p>Kai-Fu Lee</p>');
    await t.reader.readAll();
    t.leave();
    expect(t.marked.at(-1)!.current()).toBe(false);
  });

  it('re-reads only what a batch of changes touched', async () => {
    const t = setup('<p id="a">Kai-Fu Lee</p><p id="b">BAAI</p>');
    expect(t.reader.update([])).toBe(false);
    await t.reader.readAll();
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((r) => changes.push(...r));
    observer.observe(document.body, { childList: true, characterData: true, subtree: true });
    document.getElementById('b')!.firstChild!.nodeValue = 'BAAI and Zhipu';
    await Promise.resolve();
    observer.disconnect();
    expect(t.reader.update(changes)).toBe(true);
    expect(t.marked.at(-1)!.texts).toEqual(['Kai-Fu Lee', 'BAAI and Zhipu']);
  });

  it('reads a custom element again once it is defined, backing off, for a while only', async () => {
    const t = setup('<p>Intro</p><x-late></x-late>');
    const late = document.querySelector('x-late')!;
    let defined = false;
    // happy-dom does not track :defined; the browser does.
    const matches = Element.prototype.matches;
    vi.spyOn(Element.prototype, 'matches').mockImplementation(function (this: Element, s: string) {
      return s === ':defined' ? this === late && defined : matches.call(this, s);
    });
    const select = document.querySelectorAll.bind(document);
    vi.spyOn(document, 'querySelectorAll').mockImplementation((s: string) =>
      s === ':not(:defined)' ? ([late] as unknown as NodeListOf<Element>) : select(s),
    );
    await t.reader.readAll();
    expect(t.marked.at(-1)!.texts).toEqual(['Intro']);
    // Checked at 0, 250, 500, 1000, 2000, 4000 and 8000 ms, then given up on.
    t.o.advance(250);
    expect(t.o.pending()).toBe(1);
    t.o.advance(500 + 1000 + 2000 + 4000 + 8000);
    expect(t.o.pending()).toBe(0);

    const u = setup('<p>Intro</p>');
    document.body.appendChild(late);
    await u.reader.readAll();
    late.attachShadow({ mode: 'open' }).innerHTML = '<p>BAAI</p>';
    defined = true;
    u.o.advance(0);
    await Promise.resolve();
    // (Order across a shadow boundary is the browser's to decide.)
    expect([...u.marked.at(-1)!.texts].sort()).toEqual(['BAAI', 'Intro']);
    expect(u.o.pending()).toBe(0);
  });
});
