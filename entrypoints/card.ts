/**
 * The card, loaded on first use: the service worker injects this script into a frame when its
 * content script first needs a card (lib/card/card-api.ts). It only leaves a factory behind.
 */
import { CardHost } from '../components/card/card-host';
import { CARD_MODULE_KEY, type CardFactory } from '../lib/card/card-api';

export default defineUnlistedScript(() => {
  const factory: CardFactory = (doc) => new CardHost(doc);
  (globalThis as Record<string, unknown>)[CARD_MODULE_KEY] = factory;
});
