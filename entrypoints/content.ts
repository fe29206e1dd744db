/**
 * Content script: wires the page controller to the extension. Runs in every frame; all the
 * work is in lib/page/.
 */
import { browser } from 'wxt/browser';
import { PageController } from '../lib/page/controller';
import { askWorker, createDispatcher } from '../lib/messaging/client';
import { loadSettings, watchSettings } from '../lib/settings/store';
import { dataVersionItem } from '../lib/settings/data-version';
import { addRejection, loadRejections, watchRejections } from '../lib/settings/rejections-store';
import type { TabProtocol } from '../lib/messaging/protocol';
import { ignoreForgedRestarts, wxtRestartEventName } from '../lib/page/forged-restart-guard';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  async main(ctx) {
    // A page must not be able to stop Inkling by forging WXT's restart event (see the guard).
    ctx.onInvalidated(
      ignoreForgedRestarts(
        window,
        wxtRestartEventName(browser.runtime.id),
        () => browser.runtime?.id != null,
      ),
    );
    const settings = await loadSettings();
    const page = new PageController(
      document,
      {
        addEventListener: (t, type, fn, opts) =>
          ctx.addEventListener(t as Window, type as 'click', fn, opts),
        setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
        clearTimeout: (id) => clearTimeout(id),
        requestAnimationFrame: (fn) => ctx.requestAnimationFrame(fn),
        onInvalidated: (fn) => ctx.onInvalidated(fn),
      },
      {
        init: async () => {
          const r = await askWorker('page:init', {});
          return r.ok ? r.value : null;
        },
        judge: async (cases) => {
          const r = await askWorker('match:judge', { cases });
          return r.ok ? r.value : cases.map(() => false);
        },
        entity: async (id) => {
          const r = await askWorker('entity:get', { id });
          return r.ok ? r.value : null;
        },
        copy: (text) => navigator.clipboard.writeText(text),
        report: (entities) => {
          if (window === window.top) void askWorker('badge:set', { count: entities });
        },
        reject: addRejection,
      },
      settings,
    );
    page.setRejections(await loadRejections());
    ctx.onInvalidated(watchRejections((list) => page.setRejections(list)));
    ctx.onInvalidated(watchSettings((s) => void page.applySettings(s)));
    ctx.onInvalidated(dataVersionItem.watch(() => void page.reload()));

    const dispatch = createDispatcher<TabProtocol>(
      {
        'page:summary': () => ({
          url: location.href,
          enabled: page.enabled,
          entities: page.summary(),
        }),
        'page:goto': ({ id }) => page.goto(String(id)),
        'page:next': () => page.nextMark(),
      },
      (sender) => (sender as { id?: string }).id === browser.runtime.id,
    );
    const onMessage = (message: unknown, sender: unknown) =>
      window === window.top ? dispatch(message, sender) : undefined;
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    await page.start();
  },
});
