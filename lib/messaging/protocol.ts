/**
 * The one message protocol between Inkling's contexts. Every message is a `{ type, payload }`
 * object; every answer is a Result, so no context has to catch another's exceptions.
 *
 *   content script ──page:match / entity:get / card:load──▶ service worker
 *   frame gate ──frame:start──▶ service worker (injects the page script into that subframe)
 *   popup / options ──search / entity:get / packs:* ──▶ service worker
 *   popup ──page:summary / page:goto──▶ content script (tabs.sendMessage)
 *
 * Direction and allowed senders are declared once, here (`workerSenders`, `tabSenders`), and
 * enforced by the dispatcher (lib/messaging/client.ts), as Dark Reader's and uBlock Origin's
 * messengers do.
 *   popup ──page:summary / page:goto──▶ content script of each marked frame (tabs.sendMessage, frameId)
 */
import type { PackedBlocks } from '../page/text-blocks';
import type { PageMatchReply } from '../worker/page-match';
import type { Category } from '../dataset/schema';
import type { CardData } from '../card/card-data';
import type { SearchHit } from '../search/search-index';
import type { ClaimsProtocol } from '../claims/protocol';
import type { StoreProtocol } from '../user-data/protocol';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** The core messages the service worker answers. */
export interface CoreProtocol {
  /**
   * A frame's text, block by block: the marks the worker finds and decides in it (the
   * dictionary and the matcher stay in the worker; lib/worker/page-match.ts).
   */
  'page:match': { req: { blocks: PackedBlocks }; res: PageMatchReply };
  /**
   * A frame needs its first card: inject the card's script (entrypoints/card.ts) into the
   * sender's frame. True once it has run there.
   */
  'card:load': { req: Record<string, never>; res: boolean };
  /**
   * A subframe's gate found words there: inject the page script (entrypoints/frame-content.ts)
   * into the sender's frame. Never for the top frame, which has it from the manifest.
   */
  'frame:start': { req: Record<string, never>; res: boolean };
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

/**
 * Where a message comes from, as the browser reports it (`sender`), never as the message says:
 * - `content`: a content script (or the card it injects) in a web page's frame. The page may be
 *   hostile, so it never gets the user's own data (research log, packs, backups).
 * - `extension`: one of Inkling's own pages (popup, options) or its service worker.
 */
export type SenderKind = 'content' | 'extension';

/** Who may send each message of protocol `P`: every message declared, checked by the dispatcher. */
export type Senders<P> = { readonly [K in keyof P]-?: readonly SenderKind[] };

const content = ['content'] as const;
const extension = ['extension'] as const;

/**
 * Who may send each worker message. Privileged messages (the research log's list, delete and
 * clear; packs; backups) come only from extension pages. The dispatcher refuses the rest before
 * any handler runs, so no handler checks its sender.
 */
export const workerSenders: Senders<WorkerProtocol> = {
  'page:match': content,
  'card:load': content,
  'frame:start': content,
  'entity:get': ['content', 'extension'],
  about: extension,
  'badge:set': content,
  'page:frames': extension,
  search: extension,
  'claims:check': content,
  'claims:log-add': content,
  'claims:log-list': extension,
  'claims:log-delete': extension,
  'claims:log-clear': extension,
  'packs:list': extension,
  'packs:import': extension,
  'packs:enable': extension,
  'packs:remove': extension,
  'packs:export': extension,
  'backup:export': extension,
  'backup:import': extension,
};
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

/** Who may send each tab message: the popup and the worker, never another page's script. */
export const tabSenders: Senders<TabProtocol> = {
  'page:summary': extension,
  'page:goto': extension,
  'page:next': extension,
};

export type Req<P, K extends keyof P> = P[K] extends { req: infer R } ? R : never;
export type Res<P, K extends keyof P> = P[K] extends { res: infer R } ? R : never;
