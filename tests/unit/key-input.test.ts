// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { KeyInput } from '../../lib/page/key-input';
import type { HoldKey } from '../../lib/settings/settings';
import { fakeOwner, invalidateAll, settingsWith, trusted } from './page-fakes';

function setup(holdKey: HoldKey = 'Alt', cardOpen = false) {
  const log: string[] = [];
  const hold = {
    held: false,
    setHeld(down: boolean) {
      this.held = down;
      log.push(down ? 'show' : 'hide');
    },
  };
  new KeyInput({
    doc: document,
    owner: fakeOwner().owner,
    settings: () => settingsWith({ holdKey }),
    hold,
    cardOpen: () => cardOpen,
    closeCard: () => void log.push('close'),
  }).listen();
  const key = (type: 'keydown' | 'keyup', k: string) =>
    document.body.dispatchEvent(trusted(new KeyboardEvent(type, { key: k, bubbles: true })));
  return { log, key };
}

afterEach(invalidateAll);

describe('the keyboard', () => {
  it('shows the marks while the hold key is down, once per press', () => {
    const t = setup('Alt');
    t.key('keydown', 'Alt');
    t.key('keydown', 'Alt');
    t.key('keyup', 'Shift');
    expect(t.log).toEqual(['show']);
    t.key('keyup', 'Alt');
    t.key('keyup', 'Alt');
    expect(t.log).toEqual(['show', 'hide']);
  });

  it('hides the marks when the window loses focus with the key down', () => {
    const t = setup('Shift');
    t.key('keydown', 'Shift');
    window.dispatchEvent(new Event('blur'));
    expect(t.log).toEqual(['show', 'hide']);
  });

  it('does nothing with the keys when no hold key is chosen', () => {
    const t = setup('none');
    t.key('keydown', 'Alt');
    t.key('keyup', 'Alt');
    expect(t.log).toEqual([]);
  });

  it('closes an open card with Esc, and only an open one', () => {
    const closed = setup('none', false);
    closed.key('keydown', 'Escape');
    expect(closed.log).toEqual([]);
    const open = setup('none', true);
    open.key('keydown', 'Escape');
    expect(open.log).toEqual(['close']);
  });

  it('ignores key presses the page made up', () => {
    const t = setup('Alt', true);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Alt', bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(t.log).toEqual([]);
  });
});
