// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PageWatcher, UPDATE_DELAY_MS, type PageChanges } from '../../lib/page/page-watcher';
import { MAX_RECORDS } from '../../lib/page/limits';
import { fakeOwner, invalidateAll, settle } from './page-fakes';

function setup() {
  document.body.innerHTML = '<p id="a">Kai-Fu Lee</p><inkling-card><p>card</p></inkling-card>';
  const o = fakeOwner();
  const applied: PageChanges[] = [];
  let canApply = true;
  const watcher = new PageWatcher({
    doc: document,
    owner: o.owner,
    isOwn: (n) => !!document.querySelector('inkling-card')?.contains(n),
    canApply: () => canApply,
    apply: (c) => void applied.push(c),
  });
  return { watcher, o, applied, block: (b: boolean) => (canApply = !b) };
}

const count = (c: PageChanges | undefined) => (c === 'everything' ? c : c?.length);

afterEach(invalidateAll);

describe('watching the page', () => {
  it('batches changes and applies them after a quiet pause', async () => {
    const t = setup();
    t.watcher.start();
    document.getElementById('a')!.append(' and BAAI');
    await settle();
    document.body.append('more');
    await settle();
    t.o.advance(UPDATE_DELAY_MS - 1);
    expect(t.applied).toEqual([]);
    t.o.advance(1);
    expect(t.applied.map(count)).toEqual([2]);
  });

  it("ignores changes inside Inkling's card", async () => {
    const t = setup();
    t.watcher.start();
    document.querySelector('inkling-card p')!.append('!');
    await settle();
    t.o.advance(UPDATE_DELAY_MS);
    expect(t.applied).toEqual([]);
    expect(t.o.pending()).toBe(0);
  });

  it('asks for a full read when the batch grows too big', async () => {
    const t = setup();
    t.watcher.start();
    const p = document.getElementById('a')!;
    for (let i = 0; i <= MAX_RECORDS; i++) p.append('x');
    await settle();
    t.o.advance(UPDATE_DELAY_MS);
    expect(t.applied).toEqual(['everything']);
  });

  it('asks for a full read after a history move or a back/forward restore', () => {
    const t = setup();
    t.watcher.start();
    window.dispatchEvent(new Event('popstate'));
    window.dispatchEvent(new Event('pageshow'));
    t.o.advance(UPDATE_DELAY_MS);
    expect(t.applied).toEqual(['everything']);
  });

  it('keeps a batch while a full read runs, and hands it over when asked', async () => {
    const t = setup();
    t.watcher.start();
    t.block(true);
    document.body.append('late');
    await settle();
    t.o.advance(UPDATE_DELAY_MS);
    expect(t.applied).toEqual([]);
    t.block(false);
    t.watcher.flush();
    expect(t.applied.map(count)).toEqual([1]);
    t.watcher.flush();
    expect(t.applied).toHaveLength(1);
  });

  it('forgets a batch a full read already covers', async () => {
    const t = setup();
    t.watcher.start();
    t.block(true);
    document.body.append('late');
    await settle();
    t.watcher.discardPending();
    t.block(false);
    t.o.advance(UPDATE_DELAY_MS);
    t.watcher.flush();
    expect(t.applied).toEqual([]);
  });

  it('watches inside the shadow roots it is given, found before or after it starts', async () => {
    const t = setup();
    const early = document.body
      .appendChild(document.createElement('div'))
      .attachShadow({ mode: 'open' });
    const late = document.body
      .appendChild(document.createElement('div'))
      .attachShadow({ mode: 'open' });
    t.watcher.addShadowRoot(early);
    t.watcher.start();
    t.watcher.addShadowRoot(late);
    t.watcher.addShadowRoot(late);
    expect([...t.watcher.shadowRoots]).toEqual([early, late]);
    await settle();
    t.o.advance(UPDATE_DELAY_MS);
    t.applied.length = 0;
    early.append('one');
    late.append('two');
    await settle();
    t.o.advance(UPDATE_DELAY_MS);
    expect(t.applied.map(count)).toEqual([2]);
  });

  it('stops watching when stopped', async () => {
    const t = setup();
    t.watcher.start();
    t.watcher.stop();
    document.body.append('after');
    await settle();
    t.o.advance(UPDATE_DELAY_MS);
    expect(t.applied).toEqual([]);
  });
});
