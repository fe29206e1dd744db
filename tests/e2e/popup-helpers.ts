/** Helpers for the popup, options and pack end-to-end tests. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { root, type Browser } from './harness';

export const shots = join(root, 'test-output');
mkdirSync(shots, { recursive: true });

/** Opens the popup as a tab, describing tab `tabId`, with extra query parameters. */
export async function openPopup(
  b: Browser,
  params: Record<string, string | number> = {},
): Promise<Page> {
  const page = await b.ctx.newPage();
  await page.setViewportSize({ width: 400, height: 640 });
  const q = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  await page.goto(`chrome-extension://${b.extensionId}/popup.html?${q}`);
  return page;
}

export async function openOptions(b: Browser): Promise<Page> {
  const page = await b.ctx.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.waitForSelector('main.options');
  return page;
}

/** Writes settings the way the extension does (sync), from an extension page. */
export async function setSettings(page: Page, patch: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (p) => {
    const c = (globalThis as unknown as { chrome: ChromeStorage }).chrome;
    const cur = ((await c.storage.sync.get('settings')) as { settings?: object }).settings ?? {};
    await c.storage.sync.set({ settings: { ...cur, ...p } });
  }, patch);
}

/** The text of the first search result once the popup shows results for `query`. */
export async function searchFirst(page: Page, query: string, expected: string): Promise<string> {
  await page.locator('input[type=search]').fill(query);
  // Waits for the result itself, not for a time: the first search builds the worker's index,
  // which takes seconds on a busy machine.
  await page.waitForFunction(
    (t) => document.querySelector('.result')?.textContent?.includes(t),
    expected,
  );
  return (await page.locator('.result').first().textContent()) ?? '';
}

interface ChromeStorage {
  storage: { sync: { get: (k: string) => Promise<object>; set: (v: object) => Promise<void> } };
}
