/** Keyboard commands: "next-mark" asks the active tab's content script to move to the next mark. */
import { browser } from 'wxt/browser';

export function registerCommands(): void {
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'next-mark') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined)
      await browser.tabs
        .sendMessage(tab.id, { type: 'page:next', payload: {} })
        .catch(() => undefined);
  });
}
