/**
 * Which frames of a tab have marked something, so the popup can ask each of them for its
 * summary (browser.tabs.sendMessage with a frameId) without the webNavigation permission.
 * Every frame's content script reports its count (`badge:set`); the worker keeps one
 * session-storage key per tab and frame (one key each, so frames reporting at once never
 * overwrite each other), which survives the service worker sleeping and is gone with the browser.
 */
import { browser } from 'wxt/browser';

const PREFIX = 'frames:';
const key = (tabId: number, frameId: number) => `${PREFIX}${tabId}:${frameId}`;

type Area = {
  get: (k?: null) => Promise<Record<string, unknown>>;
  set: (v: object) => Promise<void>;
  remove: (k: string | string[]) => Promise<void>;
};

function area(): Area | undefined {
  return (browser.storage as unknown as { session?: Area }).session;
}

export async function recordFrame(tabId: number, frameId: number, count: number): Promise<void> {
  const s = area();
  if (!s) return;
  if (count > 0) await s.set({ [key(tabId, frameId)]: count });
  else await s.remove(key(tabId, frameId));
}

/** The frames of a tab that reported marks; the top frame (0) always, first. */
export async function markedFrames(tabId: number): Promise<number[]> {
  const all = (await area()?.get(null)) ?? {};
  const prefix = `${PREFIX}${tabId}:`;
  const ids = Object.keys(all)
    .filter((k) => k.startsWith(prefix))
    .map((k) => Number(k.slice(prefix.length)))
    .filter((n) => Number.isInteger(n) && n > 0);
  return [0, ...new Set(ids)].slice(0, 50);
}

export async function forgetTab(tabId: number): Promise<void> {
  const s = area();
  if (!s) return;
  const prefix = `${PREFIX}${tabId}:`;
  const keys = Object.keys(await s.get(null)).filter((k) => k.startsWith(prefix));
  if (keys.length) await s.remove(keys);
}
