// @vitest-environment happy-dom
/**
 * S4: a page must not be able to switch Inkling off by forging WXT's "a newer content script
 * started" event (tests/e2e/hostile.e2e.ts shows it end to end).
 */
import { describe, expect, it } from 'vitest';
import { ignoreForgedRestarts } from '../../lib/page/forged-restart-guard';

const NAME = 'abcdefghijklmnop:content:wxt:content-script-started';

/** What WXT's ContentScriptContext does: invalidate when the event reaches `document`. */
function wxtLikeContext() {
  const ctx = { invalidated: false };
  const cb = (e: Event) => {
    if (e instanceof CustomEvent && e.detail?.contentScriptName === 'content')
      ctx.invalidated = true;
  };
  document.addEventListener(NAME, cb);
  return { ctx, off: () => document.removeEventListener(NAME, cb) };
}

const forge = () =>
  document.dispatchEvent(
    new CustomEvent(NAME, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
  );

describe('forged restart events', () => {
  it('do not reach the context while the extension is alive', () => {
    const { ctx, off } = wxtLikeContext();
    const stop = ignoreForgedRestarts(window, NAME, () => true);
    forge();
    expect(ctx.invalidated).toBe(false);
    stop();
    off();
  });

  it('pass once the extension context is gone (a real reload), and when the guard is removed', () => {
    let alive = true;
    const a = wxtLikeContext();
    const stop = ignoreForgedRestarts(window, NAME, () => alive);
    alive = false;
    forge();
    expect(a.ctx.invalidated).toBe(true);
    a.off();
    stop();
    const b = wxtLikeContext();
    forge();
    expect(b.ctx.invalidated).toBe(true);
    b.off();
  });

  it('leave other events alone', () => {
    const stop = ignoreForgedRestarts(window, NAME, () => true);
    let heard = 0;
    document.addEventListener('other', () => heard++);
    document.dispatchEvent(new CustomEvent('other'));
    expect(heard).toBe(1);
    stop();
  });
});
