/**
 * Service worker: owns the dataset and answers the other contexts. Thin by design — each
 * feature's handlers live in lib/ and are merged here.
 */
import { browser } from 'wxt/browser';
import { createWorkerDispatcher } from '../lib/worker/dispatch';
import { forgetTab } from '../lib/worker/marked-frames';
import { registerCommands } from '../lib/worker/commands';
import { registerContextMenu } from '../lib/worker/context-menu';

export default defineBackground(() => {
  // Web pages cannot reach runtime messaging (no externally_connectable); the dispatcher refuses
  // other extensions, and content scripts wherever a message is for extension pages only.
  const dispatch = createWorkerDispatcher();
  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender));
  // The frames a closed tab marked are forgotten (lib/worker/marked-frames.ts).
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  registerCommands();
  registerContextMenu();
});
