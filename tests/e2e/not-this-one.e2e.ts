/**
 * "Not this one" in Chromium with the built extension: the card's "Not …" button (reached and
 * pressed with the keyboard) removes the mark and every mark of the same surface for the entity
 * at once; the choice survives a reload; undo on the options page brings the marks back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  e2ePages,
  hoverMark,
  launch,
  readMarks,
  serve,
  waitForCard,
  waitForMarks,
} from './harness';
import type { Browser, Served } from './harness';
import { callOn, cardTree, findAll, hasClass, withCdp } from './card-helpers';
import { openOptions } from './popup-helpers';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  site = await serve([join(e2ePages, 'not-this-one')]);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const texts = async (page: Page) => (await readMarks(page)).map((m) => m.text).sort();

/** Waits until the page's marks are exactly `want` (sorted texts). */
async function marksBecome(page: Page, want: string[], timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    (w) => {
      const got: string[] = [];
      CSS.highlights.forEach((h, name) => {
        if (!name.startsWith('inkling-') || name === 'inkling-flash') return;
        for (const r of h as unknown as Set<Range>) got.push(r.toString());
      });
      return JSON.stringify(got.sort()) === JSON.stringify(w);
    },
    want,
    { timeout },
  );
}

const all = ['Kai-Fu Lee', 'Kai-Fu Lee', 'Sinovation Ventures', 'Tsinghua University'].sort();
const without = ['Sinovation Ventures', 'Tsinghua University'];

describe('"Not this one"', () => {
  it('removes the marks at once, survives a reload, and can be undone', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(site.url('page.html'));
    await waitForMarks(page, 4);
    expect(await texts(page)).toEqual(all);

    await hoverMark(page, 'Kai-Fu Lee');
    await waitForCard(page, 'Not Kai-Fu Lee');
    // Keyboard: the control is a button; focus it and press Enter.
    await withCdp(page, async (cdp) => {
      const button = findAll(await cardTree(cdp), hasClass('not-this'))[0];
      if (!button) throw new Error('no "Not …" button in the card');
      expect(button.nodeName).toBe('BUTTON');
      await callOn(cdp, button, 'function(){ this.focus() }');
    });
    await page.keyboard.press('Enter');
    await marksBecome(page, without);

    await page.reload();
    await waitForMarks(page, 2);
    await marksBecome(page, without);

    const options = await openOptions(browser);
    const undo = options.getByRole('button', { name: /Undo: “Kai-Fu Lee” is not Kai-Fu Lee/ });
    await undo.click();
    await expect.poll(() => undo.count()).toBe(0);
    await options.close();

    // The open page follows the change, and so does a reload.
    await marksBecome(page, all);
    await page.reload();
    await waitForMarks(page, 4);
    expect(await texts(page)).toEqual(all);
    await page.close();
  }, 60_000);
});
