/**
 * Inkling's page script, wired to the extension: settings, the worker's matcher, the card that
 * loads on first use, the popup's questions. The same start runs in the top frame (the manifest's
 * content script, entrypoints/content.ts) and in a subframe once the frame gate found words there
 * and the worker injected entrypoints/frame-content.ts.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { PageController } from './controller';
import { loadedCardFactory } from '../card/card-api';
import { busyWork } from '../bench/busy-work';
import { askWorker, createDispatcher, thisExtension } from '../messaging/client';
import { loadSettings, watchSettings } from '../settings/settings-storage';
import { dataVersionItem } from '../settings/data-version';
import { addRejection, loadRejections, watchRejections } from '../settings/rejections-store';
import { tabSenders, type TabProtocol } from '../messaging/protocol';
import { ignoreForgedRestarts, wxtRestartEventName } from './forged-restart-guard';

export async function startContent(ctx: ContentScriptContext, entrypoint: string): Promise<void> {
  if (__INKLING_BENCH__) benchStamp('inkling:start', __INKLING_BENCH_BUSY__);
  // A page must not be able to stop Inkling by forging WXT's restart event (see the guard).
  ctx.onInvalidated(
    ignoreForgedRestarts(
      window,
      wxtRestartEventName(browser.runtime.id, entrypoint),
      () => browser.runtime?.id != null,
    ),
  );
  // A subframe gets here only once the frame gate found words in it (entrypoints/frame-gate.ts);
  // the top frame always has work.
  // Matching happens in the worker (page:match): this frame never loads the dictionary.
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
      match: async (blocks) => {
        const r = await askWorker('page:match', { blocks });
        return r.ok ? r.value : null;
      },
      entity: async (id) => {
        const r = await askWorker('entity:get', { id });
        return r.ok ? r.value : null;
      },
      loadCard: async () => {
        if (!loadedCardFactory()) {
          const r = await askWorker('card:load', {});
          if (!r.ok || !r.value) return null;
        }
        return loadedCardFactory() ?? null;
      },
      copy: (text) => navigator.clipboard.writeText(text),
      report: (entities) => {
        if (__INKLING_BENCH__ && entities > 0) benchStamp('inkling:marks', 0);
        // Every frame reports: the worker keeps which frames marked something, for the popup.
        void askWorker('badge:set', { count: entities });
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
    tabSenders,
    thisExtension(),
  );
  // The popup asks each marked frame by its frameId (lib/worker/marked-frames.ts); a message
  // sent to the whole tab (the keyboard command) is answered by the top frame only.
  const frameMessages = new Set(['page:summary', 'page:goto']);
  const onMessage = (message: unknown, sender: unknown) =>
    window === window.top || frameMessages.has((message as { type?: string } | null)?.type ?? '')
      ? dispatch(message, sender)
      : undefined;
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  await page.start();
}

/**
 * Benchmark builds: a trace stamp the benchmark reads (console.timeStamp shows in a DevTools
 * trace, never to the page), and optionally a known busy loop to prove the benchmark sees it.
 */
function benchStamp(label: string, busyIterations: number): void {
  // The result is used (it can never be 0.5), so the bundler cannot drop the work as pure.
  if (busyIterations > 0 && busyWork(busyIterations) === 0.5) console.timeStamp('never');
  console.timeStamp(label);
}
