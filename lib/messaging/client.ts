/** Typed senders and a typed dispatcher over browser.runtime / browser.tabs messaging. */
import { browser } from 'wxt/browser';
import type { Req, Res, Result, TabProtocol, WorkerProtocol } from './protocol';

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

/**
 * Dispatches `{ type, payload }` messages to handlers and wraps answers in a Result. Unknown
 * types are left unanswered, so other listeners (or none) may handle them.
 */
export function createDispatcher<P>(
  handlers: Handlers<P>,
  allow: (sender: unknown) => boolean = () => true,
) {
  return (message: unknown, sender: unknown): Promise<Result<unknown>> | undefined => {
    if (!message || typeof message !== 'object') return undefined;
    const { type, payload } = message as { type?: unknown; payload?: unknown };
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, type))
      return undefined;
    if (!allow(sender)) return Promise.resolve({ ok: false, error: 'not allowed' });
    const handler = handlers[type as keyof P] as ((p: unknown, s: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    return (async () => {
      try {
        return { ok: true, value: await handler(payload ?? {}, sender) } as Result<unknown>;
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
      }
    })();
  };
}
