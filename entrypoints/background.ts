/**
 * Service worker: owns the dataset and answers the other contexts. Thin by design — each
 * feature's handlers live in lib/ and are merged here.
 */
import { browser } from 'wxt/browser';
import { createDispatcher } from '../lib/messaging/client';
import type { WorkerProtocol } from '../lib/messaging/protocol';
import { coreHandlers } from '../lib/worker/core-handlers';
import { claimsHandlers } from '../lib/claims/worker-handlers';
import { storeHandlers } from '../lib/store/worker-handlers';
import { forgetTab } from '../lib/worker/marked-frames';
import { registerCommands } from '../lib/worker/commands';
import { registerContextMenu } from '../lib/worker/context-menu';

export default defineBackground(() => {
  const dispatch = createDispatcher<WorkerProtocol>(
    { ...coreHandlers, ...claimsHandlers, ...storeHandlers },
    // Only Inkling's own contexts may ask; web pages cannot reach runtime messaging without
    // externally_connectable, and this check refuses anything else.
    (sender) => (sender as { id?: string }).id === browser.runtime.id,
  );
  browser.runtime.onMessage.addListener((message, sender) => dispatch(message, sender));
  // The frames a closed tab marked are forgotten (lib/worker/marked-frames.ts).
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  registerCommands();
  registerContextMenu();
});
