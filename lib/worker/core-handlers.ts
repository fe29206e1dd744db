/** The worker's core answers: dataset for tabs, cards, search, about. */
import { browser } from 'wxt/browser';
import type { Handlers } from '../messaging/client';
import type { CoreProtocol } from '../messaging/protocol';
import { getRuntime } from './runtime-holder';
import { makeCardData } from '../card/card-data';
import { search } from '../search/search-index';
import { createPageMatcher, parseBlocks } from './page-match';
import { markedFrames, recordFrame } from './marked-frames';

const pageMatcher = createPageMatcher();

export const coreHandlers: Handlers<CoreProtocol> = {
  'page:match': async ({ blocks }) => pageMatcher.match(await getRuntime(), parseBlocks(blocks)),
  'card:load': async (_payload, sender) => {
    const { tab, frameId } = sender as { tab?: { id?: number }; frameId?: number };
    if (tab?.id === undefined) return false;
    await browser.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [frameId ?? 0] },
      files: ['/card.js'],
    });
    return true;
  },
  'frame:start': async (_payload, sender) => {
    const { tab, frameId } = sender as { tab?: { id?: number }; frameId?: number };
    // Only a subframe asks; the top frame (0) has the page script from the manifest.
    if (tab?.id === undefined || !frameId) return false;
    await browser.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [frameId] },
      files: ['/frame-content.js'],
    });
    return true;
  },
  'entity:get': async ({ id }) => makeCardData(await getRuntime(), String(id)),
  about: async () => {
    const r = await getRuntime();
    const sources = [...r.sources.values()].map((s) => ({
      id: s.id,
      title: s.title,
      publisher: s.publisher,
      url: s.url,
    }));
    return { version: r.version, entities: r.entities.size, sources };
  },
  'badge:set': async ({ count }, sender) => {
    const { tab, frameId = 0 } = sender as { tab?: { id?: number }; frameId?: number };
    const tabId = tab?.id;
    if (tabId === undefined) return false;
    const n = Math.max(0, Math.floor(Number(count) || 0));
    await recordFrame(tabId, frameId, n);
    // The badge counts the top frame's entities; frames are listed in the popup.
    if (frameId !== 0) return true;
    await browser.action.setBadgeText({ tabId, text: n > 0 ? String(Math.min(n, 999)) : '' });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1d5fbf' });
    return true;
  },
  'page:frames': async ({ tabId }) => markedFrames(Math.floor(Number(tabId))),
  search: async ({ query, limit }) =>
    search(
      (await getRuntime()).search,
      String(query).slice(0, 200),
      Math.min(50, Number(limit) || 20),
    ),
};
