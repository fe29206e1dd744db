/**
 * L2 at unit level: when the extension is reloaded or disabled, the old content script's
 * clean-up (WXT ctx.onInvalidated) stops its storage watchers. The browser then throws
 * "Extension context invalidated." from every extension API, and that must not surface as an
 * uncaught error on the page (seen in tests/e2e/lifecycle.e2e.ts before the fix).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchSettings } from '../../lib/settings/settings-storage';
import { dataVersionItem } from '../../lib/settings/data-version';

const gone = () => {
  throw new Error('Extension context invalidated.');
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('watchers after the extension context is gone', () => {
  it('stop quietly', () => {
    const offSettings = watchSettings(() => {});
    const offData = dataVersionItem.watch(() => {});
    vi.spyOn(fakeBrowser.storage.sync.onChanged, 'removeListener').mockImplementation(gone);
    vi.spyOn(fakeBrowser.storage.local.onChanged, 'removeListener').mockImplementation(gone);
    expect(() => offSettings()).not.toThrow();
    expect(() => offData()).not.toThrow();
  });

  it('still stop, and still report other failures, while the context is alive', async () => {
    const seen: number[] = [];
    const off = dataVersionItem.watch((v) => seen.push(v));
    await dataVersionItem.setValue(1);
    off();
    await dataVersionItem.setValue(2);
    expect(seen).toEqual([1]);
    const off2 = dataVersionItem.watch(() => {});
    vi.spyOn(fakeBrowser.storage.local.onChanged, 'removeListener').mockImplementation(() => {
      throw new Error('something else');
    });
    expect(() => off2()).toThrow('something else');
  });
});
