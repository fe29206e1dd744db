import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { storeHandlers } from '../../lib/user-data/worker-handlers';
import { getRuntime } from '../../lib/worker/runtime-holder';
import { search } from '../../lib/search/search-index';
import { dataVersionItem } from '../../lib/settings/data-version';
import { packText, validPack } from './packs-fixture';

const page = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/options.html') });

beforeEach(() => fakeBrowser.reset());

describe('store messages in the worker', () => {
  it('imports from an extension page, bumps the data version and rebuilds the runtime', async () => {
    const before = (await dataVersionItem.getValue()) ?? 0;
    const r = await storeHandlers['packs:import']!({ text: packText(validPack()) }, page());
    expect(r).toMatchObject({ ok: true });
    expect(await dataVersionItem.getValue()).toBe(before + 1);
    expect(search((await getRuntime()).search, 'QRL')[0]?.id).toBe('test-pack-quasar-lab');
    await storeHandlers['packs:enable']!({ id: 'test-pack', enabled: false }, page());
    expect(search((await getRuntime()).search, 'QRL')[0]?.id).not.toBe('test-pack-quasar-lab');
    await storeHandlers['packs:remove']!({ id: 'test-pack' }, page());
    const list = await storeHandlers['packs:list']!({}, page());
    expect(list.packs).toEqual([]);
  });
});
