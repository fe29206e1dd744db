/**
 * The one message protocol between Inkling's contexts. Every message is a `{ type, payload }`
 * object; every answer is a Result, so no context has to catch another's exceptions.
 *
 *   content script ──page:init / entity:get / match:judge──▶ service worker
 *   popup / options ──search / entity:get / packs:* ──▶ service worker
 *   popup ──page:summary / page:goto──▶ content script of each marked frame (tabs.sendMessage, frameId)
 */
import type { PackedDictionary } from '../match/dictionary';
import type { Category } from '../dataset/schema';
import type { ContextCase } from '../match/context-judge';
import type { CardData } from '../card/card-data';
import type { SearchHit } from '../search/search-index';
import type { ClaimsProtocol } from '../claims/protocol';
import type { StoreProtocol } from '../store/protocol';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The core messages the service worker answers. */
export interface CoreProtocol {
  /** A tab starts: the dictionary to match with and each entity's category (for highlight styles). */
  'page:init': {
    req: Record<string, never>;
    res: {
      dictionary: PackedDictionary;
      categories: Record<string, Category>;
      names: Record<string, string>;
      /** Chinese names by id (simplified), where an entity has one. */
      natives: Record<string, string>;
      version: string;
    };
  };
  /** Is each context-dependent candidate used as our entity's name? (compromise runs here.) */
  'match:judge': { req: { cases: ContextCase[] }; res: boolean[] };
  /**
   * A frame needs its first card: inject the card's script (entrypoints/card.ts) into the
   * sender's frame. True once it has run there.
   */
  'card:load': { req: Record<string, never>; res: boolean };
  /** Everything a card shows for one entity. */
  'entity:get': { req: { id: string }; res: CardData | null };
  /** Dataset version and counts, for the options page's About section. */
  about: {
    req: Record<string, never>;
    res: {
      version: string;
      entities: number;
      sources: { id: string; title: string; publisher: string; url: string }[];
    };
  };
  /**
   * A frame reports how many entities it marked. The worker remembers which frames of a tab
   * marked something (for `page:frames`); the toolbar badge shows the top frame's count.
   */
  'badge:set': { req: { count: number }; res: boolean };
  /** The frames of a tab that marked something (0, the top frame, always first): the popup asks each for `page:summary`. */
  'page:frames': { req: { tabId: number }; res: number[] };
  /** Popup search, ranked. */
  search: { req: { query: string; limit?: number }; res: SearchHit[] };
}

/** Every message the service worker answers: the core, claims and the store. */
export type WorkerProtocol = CoreProtocol & ClaimsProtocol & StoreProtocol;

/** One entity marked in a frame: its names (English, and Chinese where it has one) and count. */
export interface PageEntity {
  id: string;
  name: string;
  native?: string;
  category: Category;
  count: number;
}

/** Messages a tab's content script answers (sent by the popup with tabs.sendMessage). */
export interface TabProtocol {
  /** The entities marked on this page, with counts. */
  'page:summary': {
    req: Record<string, never>;
    res: {
      url: string;
      enabled: boolean;
      entities: PageEntity[];
    };
  };
  /** Scroll to the next mention of an entity and flash it. */
  'page:goto': { req: { id: string }; res: boolean };
  /** Keyboard command: move to the next mark and open its card. */
  'page:next': { req: Record<string, never>; res: boolean };
}

export type Message<P, K extends keyof P> = {
  type: K;
  payload: P[K] extends { req: infer R } ? R : never;
};
export type Req<P, K extends keyof P> = P[K] extends { req: infer R } ? R : never;
export type Res<P, K extends keyof P> = P[K] extends { res: infer R } ? R : never;
