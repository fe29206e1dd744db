/**
 * The options page in Chromium with the built extension: settings saved at once and applied to
 * open pages (categories, sites in both modes, marking style, hold key, hover delay, theme,
 * language), shortcuts, About, and screenshots in English and Chinese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  demoPages,
  launch,
  readMarks,
  serve,
  waitForMarks,
  type Browser,
  type Served,
} from './harness';
import { openOptions, shots } from './popup-helpers';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  site = await serve([demoPages]);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function stored(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(async () => {
    const c = (
      globalThis as unknown as {
        chrome: { storage: { sync: { get: (k: string) => Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    return ((await c.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
  });
}

const markCount = (page: Page) => readMarks(page).then((m) => m.length);

describe('options page', () => {
  it('saves each setting at once, validated, in synced storage', async () => {
    const options = await openOptions(browser);
    await options.getByLabel('Hover delay (ms)').fill('400');
    await options.getByLabel('Hover delay (ms)').blur();
    await options.getByRole('radio', { name: 'Background' }).check();
    await options.getByLabel('Show marks').selectOption('Alt');
    await options.getByLabel('Theme').selectOption('dark');
    await expect
      .poll(() => stored(options))
      .toMatchObject({
        hoverDelayMs: 400,
        markStyle: 'background',
        holdKey: 'Alt',
        theme: 'dark',
      });
    // Out of range: the stored value falls back rather than keeping nonsense.
    await options.getByLabel('Hover delay (ms)').fill('99999');
    await options.getByLabel('Hover delay (ms)').blur();
    await expect.poll(() => stored(options).then((s) => s.hoverDelayMs)).toBe(150);
    await options.reload();
    await options.waitForSelector('main.options');
    expect(await options.getByRole('radio', { name: 'Background' }).isChecked()).toBe(true);
    await options.getByRole('radio', { name: 'Underline' }).check();
    await options.getByLabel('Show marks').selectOption('none');
    await options.getByLabel('Theme').selectOption('auto');
    await expect.poll(() => stored(options)).toMatchObject({ theme: 'auto', holdKey: 'none' });
    await options.close();
  });

  it('loses no change made without waiting: 20 values across 4 settings in one task', async () => {
    const options = await openOptions(browser);
    // Every click and choice in one task: no save has finished and the page has not re-rendered
    // between them, so each change must be applied to the settings as saved, not as shown.
    const burst = (on: boolean) =>
      options.evaluate((on) => {
        const choose = (label: string, values: string[]) => {
          const select = [...document.querySelectorAll('label')]
            .find((l) => l.textContent?.startsWith(label))
            ?.querySelector('select') as HTMLSelectElement;
          for (const v of values) {
            select.value = v;
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }
        };
        const cats = document.querySelectorAll<HTMLInputElement>(
          'section[aria-labelledby="cat-h"] input[type=checkbox]',
        );
        for (const box of cats) if (box.checked !== on) box.click();
        const styles = document.querySelectorAll<HTMLInputElement>('input[name="markStyle"]');
        const order = on ? [3, 2, 1, 0] : [0, 1, 3, 2];
        for (const i of order) styles[i]!.click();
        choose(
          'Theme',
          on
            ? ['dark', 'light', 'dark', 'light', 'auto']
            : ['light', 'dark', 'auto', 'light', 'dark'],
        );
        choose(
          'Show marks',
          on
            ? ['Alt', 'Shift', 'Control', 'Alt', 'none']
            : ['Shift', 'none', 'Alt', 'Control', 'Shift'],
        );
      }, on);
    await burst(false);
    await expect
      .poll(() => stored(options))
      .toMatchObject({
        categories: {
          person: false,
          organisation: false,
          place: false,
          programme: false,
          project: false,
          event: false,
        },
        markStyle: 'first',
        theme: 'dark',
        holdKey: 'Shift',
      });
    await burst(true);
    await expect
      .poll(() => stored(options))
      .toMatchObject({
        categories: {
          person: true,
          organisation: true,
          place: true,
          programme: true,
          project: true,
          event: true,
        },
        markStyle: 'underline',
        theme: 'auto',
        holdKey: 'none',
      });
    await options.close();
  });

  it('turns categories off on open pages', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(site.url('zhu-bigai.html'));
    await waitForMarks(page, 5);
    const options = await openOptions(browser);
    await options.getByRole('checkbox', { name: 'Organisation' }).uncheck();
    await page.waitForFunction(() => {
      const h = CSS.highlights.get('inkling-organisation') as unknown as Set<Range> | undefined;
      return !h || h.size === 0;
    });
    await options.getByRole('checkbox', { name: 'Organisation' }).check();
    await waitForMarks(page, 5);
    await Promise.all([options.close(), page.close()]);
  });

  it('adds and removes sites, in "everywhere except" and "only these" modes', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(site.url('zhu-bigai.html'));
    await waitForMarks(page, 5);
    const options = await openOptions(browser);
    await options.getByLabel('Site to add').fill('not a site!');
    await options.getByRole('button', { name: 'Add' }).click();
    await options.waitForSelector('text=Enter a site name');

    await options.getByLabel('Site to add').fill('http://127.0.0.1:8080/some/page');
    await options.getByRole('button', { name: 'Add' }).click();
    await options.waitForSelector('.site-name:text("127.0.0.1")');
    await expect.poll(() => markCount(page)).toBe(0);

    await options.getByRole('radio', { name: 'Only on these sites' }).check();
    await expect.poll(() => markCount(page)).toBeGreaterThan(4);

    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => markCount(page)).toBe(0);
    await options.getByRole('radio', { name: 'Everywhere except these sites' }).check();
    await expect.poll(() => markCount(page)).toBeGreaterThan(4);
    expect(await stored(options)).toMatchObject({ siteMode: 'except', sites: [] });
    await Promise.all([options.close(), page.close()]);
  });

  it('shows the shortcut, the dataset version, counts and sources', async () => {
    const options = await openOptions(browser);
    await options.waitForSelector('.dataset-version');
    expect(await options.locator('.dataset-version').textContent()).toMatch(/^\d+\.\d+\.\d+\+/);
    expect(await options.locator('.about').textContent()).toMatch(/\d+ entities from \d+ sources/);
    expect(await options.locator('.sources a').count()).toBeGreaterThan(10);
    const links = await options
      .locator('.sources a')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
    for (const [href, rel] of links) {
      expect(href).toMatch(/^https:\/\//);
      expect(rel).toBe('noopener noreferrer');
    }
    // What the browser has assigned (headless Chromium may leave the suggested key unassigned).
    const assigned = await browser.sw.evaluate(async () => {
      const c = (
        globalThis as unknown as {
          chrome: { commands: { getAll: () => Promise<{ name?: string; shortcut?: string }[]> } };
        }
      ).chrome;
      return (await c.commands.getAll()).find((x) => x.name === 'next-mark')?.shortcut ?? '';
    });
    expect(await options.locator('kbd.shortcut').textContent()).toBe(assigned || 'not set');
    expect(await options.getByRole('button', { name: 'Change shortcuts' }).isVisible()).toBe(true);
    await options.setViewportSize({ width: 900, height: 900 });
    await options.screenshot({ path: join(shots, 'options-en.png'), fullPage: true });
    await options.close();
  });

  it('switches the whole interface to Simplified Chinese', async () => {
    const options = await openOptions(browser);
    await options.getByLabel('Language').selectOption('zh');
    await options.waitForSelector('h1:text("Inkling 设置")');
    expect(await options.locator('h2').allTextContents()).toEqual(
      expect.arrayContaining([
        '类别',
        '网站',
        '标记',
        '外观',
        '键盘快捷键',
        '数据包',
        '您的数据',
        '关于',
      ]),
    );
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await options.setViewportSize({ width: 900, height: 900 });
    await options.screenshot({ path: join(shots, 'options-zh.png'), fullPage: true });
    await options.getByLabel('语言').selectOption('en');
    await options.waitForSelector('h1:text("Inkling settings")');
    await options.close();
  });
});
