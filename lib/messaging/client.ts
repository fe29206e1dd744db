/** Typed senders and a typed dispatcher over browser.runtime / browser.tabs messaging. */
import { browser } from 'wxt/browser';
import type {
  Req,
  Res,
  Result,
  SenderKind,
  Senders,
  TabProtocol,
  WorkerProtocol,
} from './protocol';

function toResult<T>(raw: unknown): Result<T> {
  if (raw && typeof raw === 'object' && 'ok' in raw) return raw as Result<T>;
  return { ok: false, error: 'no answer' };
}

export async function askWorker<K extends keyof WorkerProtocol>(
  type: K,
  payload: Req<WorkerProtocol, K>,
): Promise<Result<Res<WorkerProtocol, K>>> {
  try {
    return toResult(await browser.runtime.sendMessage({ type, payload }));
  } catch (e) {
    return { ok: false, error: String(e) };
  }
}

export async function askTab<K extends keyof TabProtocol>(
  tabId: number,
  type: K,
  payload: Req<TabProtocol, K>,
  frameId?: number,
): Promise<Result<Res<TabProtocol, K>>> {
  try {
    const msg = { type, payload };
    return toResult(
      await (frameId === undefined
        ? browser.tabs.sendMessage(tabId, msg)
        : browser.tabs.sendMessage(tabId, msg, { frameId })),
    );
  } catch (e) {
    return { ok: false, error: String(e) };
  }
}

export type Handlers<P> = {
  [K in keyof P]?: (payload: Req<P, K>, sender: unknown) => Res<P, K> | Promise<Res<P, K>>;
};

/** This extension, as a receiver sees it: its id and the base URL of its own pages. */
export interface Self {
  id: string;
  /** `browser.runtime.getURL('/')`: chrome-extension://ID/ or moz-extension://UUID/. */
  base: string;
}

export const thisExtension = (): Self => ({
  id: browser.runtime.id,
  base: browser.runtime.getURL('/'),
});

/**
 * What kind of context sent a message, from what the browser reports about the sender; null
 * when it is not this extension. A content script's sender has its page's URL; an extension
 * page's, a URL under our own base; the worker's (to a tab) may have none and no tab either.
 */
export function senderKind(sender: unknown, self: Self): SenderKind | null {
  if (!sender || typeof sender !== 'object') return null;
  const s = sender as { id?: unknown; url?: unknown; origin?: unknown; tab?: unknown };
  if (s.id !== self.id) return null;
  if (typeof s.url === 'string' && s.url !== '') {
    const ours =
      s.url.startsWith(self.base) &&
      (typeof s.origin !== 'string' || s.origin === new URL(self.base).origin);
    return ours ? 'extension' : 'content';
  }
  return s.tab ? 'content' : 'extension';
}

/**
 * Dispatches `{ type, payload }` messages to handlers and wraps answers in a Result. Unknown
 * types are left unanswered, so other listeners (or none) may handle them. A message is refused,
 * before its handler runs, unless its sender is this extension and of a kind `senders` allows
 * for that type — the one place where privilege is checked.
 */
export function createDispatcher<P>(handlers: Handlers<P>, senders: Senders<P>, self: Self) {
  return (message: unknown, sender: unknown): Promise<Result<unknown>> | undefined => {
    if (!message || typeof message !== 'object') return undefined;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type))
      return undefined;
    const handler = handlers[type as keyof P] as ((p: unknown, s: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    const kind = senderKind(sender, self);
    const allowed = Object.prototype.hasOwnProperty.call(senders, type)
      ? senders[type as keyof P]
      : [];
    if (!kind || !allowed.includes(kind))
      return Promise.resolve({ ok: false, error: 'not allowed' });
    return (async () => {
      try {
        return { ok: true, value: await handler(payload ?? {}, sender) } as Result<unknown>;
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    })();
  };
}
