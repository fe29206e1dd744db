// @vitest-environment happy-dom
/** The page's units wired together (lib/page/controller.ts), on a small page with fakes. */
import { afterEach, describe, expect, it } from 'vitest';
import { PageController } from '../../lib/page/controller';
import { UPDATE_DELAY_MS } from '../../lib/page/page-watcher';
import type { Settings } from '../../lib/settings/settings';
import { fakeOwner, fakeServices, invalidateAll, settingsWith, settle } from './page-fakes';

const names = {
  'Kai-Fu Lee': { id: 'lee', category: 'person' as const },
  BAAI: { id: 'baai', category: 'organisation' as const },
};

async function started(settings: Settings = settingsWith()) {
  document.body.innerHTML = '<p>Kai-Fu Lee visited BAAI.</p><p>BAAI again.</p>';
  const o = fakeOwner();
  const s = fakeServices(names);
  const page = new PageController(document, o.owner, s.services, settings);
  const start = page.start();
  o.frame();
  o.advance(0);
  await start;
  await settle();
  return { page, o, ...s };
}

const counts = (page: PageController) =>
  Object.fromEntries(page.summary().map((e) => [e.id, e.count]));

afterEach(invalidateAll);

describe('the page controller', () => {
  it('marks the page after its first frame and reports the count', async () => {
    const t = await started();
    expect(counts(t.page)).toEqual({ lee: 1, baai: 2 });
    expect(t.reports.at(-1)).toBe(2);
    expect(t.page.enabled).toBe(true);
  });

  it('marks nothing on a site switched off, and marks again when switched on', async () => {
    const t = await started(settingsWith({ sites: ['localhost'] }));
    expect(t.page.enabled).toBe(false);
    expect(t.sent).toEqual([]);
    expect(t.reports).toEqual([0]);
    await t.page.applySettings(settingsWith());
    await settle();
    expect(counts(t.page)).toEqual({ lee: 1, baai: 2 });
  });

  it('follows changes to the page', async () => {
    const t = await started();
    document.body.insertAdjacentHTML('beforeend', '<p>Kai-Fu Lee once more.</p>');
    await settle();
    t.o.advance(UPDATE_DELAY_MS);
    await settle();
    expect(counts(t.page)).toEqual({ lee: 2, baai: 2 });
  });

  it('drops a rejected mark at once, stores it, and brings it back when undone', async () => {
    const t = await started();
    const sends = t.sent.length;
    t.page.setRejections([
      { site: 'localhost', entity: 'baai', text: 'BAAI', name: 'BAAI', at: 0 },
    ]);
    expect(counts(t.page)).toEqual({ lee: 1 });
    expect(t.sent).toHaveLength(sends);
    t.page.setRejections([]);
    await settle();
    expect(counts(t.page)).toEqual({ lee: 1, baai: 2 });
    expect(t.sent.length).toBeGreaterThan(sends);
  });

  it("opens the next mark's card from the keyboard, focused, and finds mentions for the popup", async () => {
    const t = await started();
    expect(t.page.nextMark()).toBe(true);
    await settle();
    const shown = t.cards[0]!.shown;
    // Shown once, focused: the pin and the command do not each open it.
    expect(shown).toHaveLength(1);
    expect(shown.at(-1)).toMatchObject({ matched: 'Kai-Fu Lee', focusOnOpen: true, pinned: true });
    // "Not this one" from the card: its mark goes, and the choice is stored for the site.
    shown.at(-1)!.onReject!();
    expect(counts(t.page)).toEqual({ baai: 2 });
    await settle();
    expect(t.rejected).toMatchObject([{ site: 'localhost', entity: 'lee', text: 'Kai-Fu Lee' }]);
    expect(t.page.goto('baai')).toBe(true);
    expect(t.page.goto('lee')).toBe(false);
  });

  it('stops and clears everything when the extension goes away', async () => {
    const t = await started();
    t.o.invalidate();
    expect(t.page.summary()).toEqual([]);
    const sends = t.sent.length;
    document.body.insertAdjacentHTML('beforeend', '<p>BAAI</p>');
    await settle();
    t.o.advance(UPDATE_DELAY_MS);
    await t.page.rescan();
    expect(t.sent).toHaveLength(sends);
    expect(t.page.nextMark()).toBe(false);
  });
});
