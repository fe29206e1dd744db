/**
 * The frame gate: the only script of Inkling's that runs in every subframe at load. Most frames
 * are ads, trackers and widgets with no prose; this script is a few hundred bytes (no polyfill,
 * no WXT context, no dictionary), waits until its frame has words and a readable size
 * (lib/page/frame-gate.ts), and only then asks the worker to inject the page script
 * (entrypoints/frame-content.ts) into this frame. Declared in the manifest by wxt.config.ts,
 * with the marks' styles.
 */
import { whenFrameHasWork } from '../lib/page/frame-gate';
import { claimFrameStart } from '../lib/page/frame-start';

interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}

export default defineUnlistedScript(async () => {
  // The top frame has the whole page script from the manifest.
  if (window === window.top) return;
  if (!claimFrameStart(globalThis, 'asked')) return;
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const runtime = g.browser?.runtime ?? g.chrome?.runtime;
  if (!runtime) return;
  await whenFrameHasWork(window, document, {
    addEventListener: (target, type, fn) => target.addEventListener(type, fn, { passive: true }),
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    // No extension context here to be invalidated: an orphaned gate's message just fails.
    onInvalidated: () => undefined,
  });
  if (runtime.id == null) return;
  await runtime.sendMessage({ type: 'frame:start', payload: {} }).catch(() => undefined);
});
