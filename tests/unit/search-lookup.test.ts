import { describe, expect, it, vi } from 'vitest';
import { lookUp, lookupPageUrl, type LookupDeps } from '../../lib/worker/context-menu';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pendingLookupItem, takePendingLookup } from '../../lib/settings/pending-lookup';

function deps(openPopup?: () => Promise<void>) {
  const d = {
    setPending: vi.fn(async () => undefined),
    openPopup,
    openTab: vi.fn(async () => undefined),
    pageUrl: (p: string) => `chrome-extension://id${p}`,
    now: () => 1000,
  } satisfies LookupDeps;
  return d;
}

describe('"Look up … in Inkling"', () => {
  it('opens the popup with the selection waiting for it', async () => {
    const d = deps(async () => undefined);
    await lookUp('  Song-Chun\n Zhu ', 7, d);
    expect(d.setPending).toHaveBeenCalledWith({ query: 'Song-Chun Zhu', tabId: 7, at: 1000 });
    expect(d.openTab).not.toHaveBeenCalled();
  });

  it('opens the popup page in a tab where the browser refuses to open the popup', async () => {
    const d = deps(() => Promise.reject(new Error('not allowed')));
    await lookUp('智源', 7, d);
    expect(d.openTab).toHaveBeenCalledWith(
      `chrome-extension://id/popup.html?lookup=${encodeURIComponent('智源')}&tab=7`,
    );
  });

  it('opens a tab where there is no popup API, and ignores empty selections', async () => {
    const d = deps();
    await lookUp('   ', 7, d);
    expect(d.setPending).not.toHaveBeenCalled();
    await lookUp('BAAI', undefined, d);
    expect(d.openTab).toHaveBeenCalledWith('chrome-extension://id/popup.html?lookup=BAAI');
  });

  it('leaves out a tab the browser marks as none (-1), and caps long selections', async () => {
    expect(lookupPageUrl('BAAI', -1)).toBe('/popup.html?lookup=BAAI');
    const d = deps(async () => undefined);
    await lookUp('x'.repeat(500), 1, d);
    expect(d.setPending).toHaveBeenCalledWith({ query: 'x'.repeat(200), tabId: 1, at: 1000 });
  });

  it('hands the lookup to the popup once, and not when stale', async () => {
    fakeBrowser.reset();
    await pendingLookupItem.setValue({ query: 'BAAI', at: 1000 });
    expect(await takePendingLookup(2000)).toEqual({ query: 'BAAI', at: 1000 });
    expect(await takePendingLookup(2000)).toBeNull();
    await pendingLookupItem.setValue({ query: 'BAAI', at: 1000 });
    expect(await takePendingLookup(1000 + 60_000)).toBeNull();
  });
});
