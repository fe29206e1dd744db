/**
 * What the content script's every listener, observer and timer is registered with: WXT's
 * content script context, so an extension reload or disable removes them all at once.
 */
export interface Owner {
  addEventListener: (
    target: EventTarget,
    type: string,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each listener knows its event type
    fn: (e: any) => void,
    opts?: AddEventListenerOptions,
  ) => void;
  setTimeout: (fn: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
  requestAnimationFrame: (fn: () => void) => number;
  onInvalidated: (fn: () => void) => void;
}
