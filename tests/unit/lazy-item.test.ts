/**
 * Storage items are defined on first use: a WXT item reads storage as soon as it is defined, so
 * items defined at module scope cost every frame a storage round trip at load (lazy-item.ts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.resetModules();
});

function spyOnReads() {
  const local = vi.spyOn(fakeBrowser.storage.local, 'get');
  const sync = vi.spyOn(fakeBrowser.storage.sync, 'get');
  return () => local.mock.calls.length + sync.mock.calls.length;
}

describe('storage items the content script imports', () => {
  it('read nothing when their modules load', async () => {
    const reads = spyOnReads();
    await import('../../lib/settings/settings-storage');
    await import('../../lib/settings/rejections-store');
    await import('../../lib/settings/data-version');
    await new Promise((r) => setTimeout(r, 0));
    expect(reads()).toBe(0);
  });

  it('read and write as before once used', async () => {
    const reads = spyOnReads();
    const { loadRejections, addRejection } = await import('../../lib/settings/rejections-store');
    const { dataVersionItem } = await import('../../lib/settings/data-version');
    const r = { site: 'example.com', entity: 'baai', text: 'BAAI', name: 'BAAI', at: 1 };
    await addRejection(r);
    expect(await loadRejections()).toEqual([r]);
    expect(reads()).toBeGreaterThan(0);
    const seen: number[] = [];
    const off = dataVersionItem.watch((v) => seen.push(v));
    await dataVersionItem.setValue(3);
    await vi.waitFor(() => expect(seen).toEqual([3]));
    expect(await dataVersionItem.getValue()).toBe(3);
    off();
  });
});
