/**
 * Stopping a storage watcher after the extension was reloaded or disabled: the old content
 * script's clean-up runs in a context whose extension APIs all throw "Extension context
 * invalidated.", and the listener is gone with the context anyway — so that one error is
 * swallowed (it would otherwise be an uncaught error on the page, once per watcher). Any other
 * failure still surfaces.
 */
export function quietUnwatch(off: () => void): () => void {
  return () => {
    try {
      off();
    } catch (e) {
      if (!/context invalidated/i.test(e instanceof Error ? e.message : String(e))) throw e;
    }
  };
}
