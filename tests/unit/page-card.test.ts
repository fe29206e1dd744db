// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PageCard } from '../../lib/page/page-card';
import type { Mention } from '../../lib/page/page-index';
import type { Settings } from '../../lib/settings/settings';
import { fakeOwner, fakeServices, invalidateAll, mentionIn, settingsWith } from './page-fakes';

function setup(settings: Settings = settingsWith()) {
  document.body.innerHTML =
    '<button id="b">before</button><p>In 2015 Kai-Fu Lee founded something. More text.</p>';
  const mark = mentionIn(document.querySelector('p')!, 'Kai-Fu Lee', 'lee');
  const s = fakeServices();
  const log: string[] = [];
  const hover = {
    current: mark as Mention | undefined,
    pinned: false,
    cardEnter: () => void log.push('enter'),
    cardLeave: () => void log.push('leave'),
    dismiss: () => void log.push('dismiss'),
  };
  const rejectedMarks: [Mention, string][] = [];
  let gone = false;
  const card = new PageCard({
    doc: document,
    owner: fakeOwner().owner,
    services: s.services,
    settings: () => settings,
    hover,
    onPage: () => new Set(['lee', 'baai']),
    reject: (m, name) => void rejectedMarks.push([m, name]),
    gone: () => gone,
  });
  return { card, mark, hover, log, rejectedMarks, leave: () => (gone = true), ...s };
}

afterEach(invalidateAll);

describe('the card in the page', () => {
  it("loads the card's code once, however many ask at the same time", async () => {
    const t = setup();
    expect(t.card.host).toBeUndefined();
    const [a, b] = await Promise.all([t.card.load(), t.card.load()]);
    expect(a).toBe(b);
    await t.card.load();
    expect(t.cardLoads()).toBe(1);
    expect(t.card.host).toBe(t.cards[0]!.slot.host);
  });

  it('tries again later when the code could not be loaded', async () => {
    const t = setup();
    const load = t.services.loadCard;
    t.services.loadCard = async () => null;
    expect(await t.card.load()).toBeNull();
    t.services.loadCard = load;
    expect(await t.card.load()).not.toBeNull();
  });

  it('loads nothing once the page is left', async () => {
    const t = setup();
    t.leave();
    expect(await t.card.load()).toBeNull();
    expect(t.cards).toEqual([]);
  });

  it('shows the entity, the mark and the sentence around it', async () => {
    const t = setup(settingsWith({ theme: 'dark', language: 'zh' }));
    t.hover.pinned = true;
    await t.card.open(t.mark, true);
    const shown = t.cards[0]!.shown;
    expect(shown).toHaveLength(1);
    const p = shown[0]!;
    expect(p.first.entity.id).toBe('lee');
    expect(p).toMatchObject({
      matched: 'Kai-Fu Lee',
      lang: 'zh',
      dark: true,
      focusOnOpen: true,
      pinned: true,
      pageZh: false,
    });
    expect([...p.onPage]).toEqual(['lee', 'baai']);
    expect(p.context!.sentence).toBe('In 2015 Kai-Fu Lee founded something.');
    expect(t.card.isOpen).toBe(true);
    p.onReject!();
    expect(t.rejectedMarks).toHaveLength(1);
    expect(t.rejectedMarks[0]![0]).toBe(t.mark);
    expect(t.rejectedMarks[0]![1]).toBe('lee');
    p.onClose();
    expect(t.log).toEqual(['dismiss']);
  });

  it('tells hover intent when the pointer enters and leaves the card', async () => {
    const t = setup();
    await t.card.open(t.mark, false);
    const host = t.card.host!;
    host.dispatchEvent(new Event('pointerenter'));
    host.dispatchEvent(new Event('pointerleave'));
    expect(t.log).toEqual(['enter', 'leave']);
    expect(t.card.contains(host)).toBe(true);
    expect(t.card.contains(document.body)).toBe(false);
  });

  it('shows nothing when hover intent moved on while the data loaded', async () => {
    const t = setup();
    t.hover.current = undefined;
    await t.card.open(t.mark, false);
    expect(t.cards[0]!.shown).toEqual([]);
  });

  it('shows nothing for an entity the worker does not know', async () => {
    const t = setup();
    t.services.entity = async () => null;
    await t.card.open(t.mark, false);
    expect(t.cards[0]?.shown ?? []).toEqual([]);
  });

  it('gives focus back to where the keyboard command found it', async () => {
    const t = setup();
    const button = document.getElementById('b')!;
    button.focus();
    t.card.rememberFocus();
    await t.card.open(t.mark, true);
    button.blur();
    t.card.close();
    expect(t.card.isOpen).toBe(false);
    expect(document.activeElement).toBe(button);
    // Only once: a later close leaves focus where the reader put it.
    button.blur();
    t.card.close();
    expect(document.activeElement).not.toBe(button);
  });
});
