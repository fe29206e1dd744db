/**
 * Lifecycle faults in Chromium (RELIABILITY.md L1, L2, L7): the service worker stopped while
 * idle, mid-import and mid-setting; the extension reloaded with tabs open; imports kept out of
 * the popup, which the browser may close at any time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import {
  e2ePages,
  hoverMark,
  readMarks,
  serve,
  waitForCard,
  waitForMarks,
  type Browser,
  type Served,
} from './harness';
import { launchDeveloperMode, reliabilityPack, stopServiceWorkers } from './reliability-helpers';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  site = await serve([join(e2ePages, 'hostile')]);
  browser = await launchDeveloperMode();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function extensionPage(path: string): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** Sends a worker message from an extension page, as the options page does. */
function ask(page: Page, type: string, payload: unknown = {}): Promise<unknown> {
  return page.evaluate(
    ([t, p]) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload] as const,
  );
}

async function searchNames(page: Page, query: string): Promise<string[]> {
  const r = (await ask(page, 'search', { query })) as { ok: boolean; value: { name: string }[] };
  return r.ok ? r.value.map((h) => h.name) : [];
}

const hostCount = (page: Page) =>
  page.evaluate(
    () => [...document.documentElement.children].filter((c) => /^X-[A-Z]+$/.test(c.tagName)).length,
  );

describe('lifecycle', () => {
  it('answers cards and search after the worker was stopped while idle (L1)', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(site.url('news.html'));
    await waitForMarks(page, 3);
    const options = await extensionPage('options.html');
    await stopServiceWorkers(browser.ctx, options);
    // Cold start on the first message: the card and search still answer.
    await hoverMark(page, 'Song-Chun Zhu');
    await waitForCard(page, 'Song-Chun Zhu');
    expect(await searchNames(options, 'BAAI')).toContain(
      'Beijing Academy of Artificial Intelligence',
    );
    await options.close();
    await page.close();
  });

  it('keeps an import all-or-nothing when the worker stops in the middle (L1)', async () => {
    const options = await extensionPage('options.html');
    const text = JSON.stringify(reliabilityPack('mid-import'));
    // Start the import and stop the worker without waiting for the answer.
    const pending = ask(options, 'packs:import', { text }).catch((e: unknown) => String(e));
    await stopServiceWorkers(browser.ctx, options);
    await pending;
    const list = (await ask(options, 'packs:list')) as {
      ok: boolean;
      value: { packs: { id: string; entities: number }[]; problems: unknown[] };
    };
    expect(list.ok).toBe(true);
    const installed = list.value.packs.filter((p) => p.id === 'mid-import');
    const found = await searchNames(options, 'Quasar Robotics Lab');
    // Either the whole pack is there and works, or nothing of it is.
    if (installed.length === 1) {
      expect(found).toContain('Quasar Robotics Lab');
      expect(list.value.problems).toEqual([]);
    } else {
      expect(installed).toEqual([]);
      expect(found).not.toContain('Quasar Robotics Lab');
    }
    // And importing again afterwards ends in exactly one installed pack.
    if (installed.length === 0) {
      const r = (await ask(options, 'packs:import', { text })) as { ok: boolean };
      expect(r.ok).toBe(true);
    }
    expect(await searchNames(options, 'Quasar Robotics Lab')).toContain('Quasar Robotics Lab');
    await ask(options, 'packs:remove', { id: 'mid-import' });
    await options.close();
  });

  it('keeps a setting changed just before the worker stops (L1)', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(site.url('news.html'));
    await waitForMarks(page, 3);
    const options = await extensionPage('options.html');
    await options.locator('input[name=markStyle]').nth(1).check();
    await stopServiceWorkers(browser.ctx, options);
    await options.reload();
    await expect.poll(() => options.locator('input[name=markStyle]').nth(1).isChecked()).toBe(true);
    // The open tab applied it and still marks.
    expect((await readMarks(page)).length).toBeGreaterThanOrEqual(3);
    await options.locator('input[name=markStyle]').nth(0).check();
    await options.close();
    await page.close();
  });

  it('offers imports only on the options page, never in the popup (L7)', async () => {
    const popup = await extensionPage('popup.html');
    await popup.waitForSelector('input[type=search]');
    expect(await popup.locator('input[type=file]').count()).toBe(0);
    await popup.close();
    const options = await extensionPage('options.html');
    await options.waitForSelector('input[type=file]', { state: 'attached' });
    expect(await options.locator('input[type=file]').count()).toBeGreaterThanOrEqual(1);
    await options.close();
  });

  it('cleans up the old content script on reload and marks once after it (L2)', async () => {
    const page = await browser.ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message + ' @ ' + (e.stack ?? '').slice(0, 600)));
    page.on(
      'console',
      (m) => m.type() === 'error' && errors.push(m.text() + ' @ ' + JSON.stringify(m.location())),
    );
    await page.goto(site.url('news.html'));
    const before = await waitForMarks(page, 3);
    await hoverMark(page, 'Song-Chun Zhu');
    await waitForCard(page, 'Song-Chun Zhu');
    expect(await hostCount(page)).toBe(1);

    // Reload from an extension page (the worker handle may be stale after the stops above).
    const options = await extensionPage('options.html');
    await options
      .evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { reload: () => void } } }
        ).chrome.runtime.reload(),
      )
      .catch(() => undefined); // the page goes away with the old extension
    // The extension is back once its pages load again.
    await expect
      .poll(
        async () => {
          const p = await browser.ctx.newPage();
          try {
            await p.goto(`chrome-extension://${browser.extensionId}/options.html`);
            return await p.evaluate(() => document.querySelectorAll('input').length > 0);
          } catch {
            return false;
          } finally {
            await p.close();
          }
        },
        { timeout: 15_000 },
      )
      .toBe(true);

    // The old script removes its marks and its card host (the user moves the pointer at most).
    await page.mouse.move(10, 10);
    await page.mouse.move(40, 60);
    await page.waitForFunction(() => CSS.highlights.size === 0);
    expect(await hostCount(page)).toBe(0);

    // A fresh load gets the new script, which marks each mention once.
    await page.reload();
    await waitForMarks(page, before.length);
    // Settled: a name added after the first marks is marked too (the check below leaves it out).
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<p id="sentinel">Megvii</p>'),
    );
    const after = (await waitForMarks(page, before.length + 1)).filter((m) => m.text !== 'Megvii');
    expect(after.map((m) => m.text).sort()).toEqual(before.map((m) => m.text).sort());
    expect(errors).toEqual([]);
    await page.close();
  });
});
