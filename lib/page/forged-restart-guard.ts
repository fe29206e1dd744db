/**
 * WXT stops an old content script when a newer one starts in the same document: the new one
 * dispatches a DOM event named `<extension id>:content:wxt:content-script-started` on
 * `document`, and the old one invalidates itself when it hears it. A page can dispatch that
 * event too — the id is public for store extensions, and WXT even posts the name to the page
 * with window.postMessage — and so switch Inkling off on that page.
 *
 * While this extension context is alive, no newer copy of it can exist, so such events are
 * stopped in the capture phase on `window`, before they reach WXT's listener on `document`.
 * After a real reload the old context is no longer alive and the events pass, as WXT intends.
 */
/** The event's name, as WXT 0.21 builds it (getUniqueEventName; the class keeps it private). */
export function wxtRestartEventName(extensionId: string, entrypoint = 'content'): string {
  return `${extensionId}:${entrypoint}:wxt:content-script-started`;
}

export function ignoreForgedRestarts(
  win: Window,
  eventName: string,
  alive: () => boolean,
): () => void {
  const stop = (e: Event) => {
    if (alive()) e.stopImmediatePropagation();
  };
  win.addEventListener(eventName, stop, true);
  return () => win.removeEventListener(eventName, stop, true);
}
