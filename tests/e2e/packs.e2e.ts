/**
 * Data packs end to end in Chromium: import from the options page (a file picker), marked on a
 * page and searchable like bundled data, errors with their paths and nothing written, disable,
 * enable, export, remove, a backup of everything and its restore, and packs surviving a stopped
 * service worker (IndexedDB).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, readMarks, serve, waitForMarks, type Browser, type Served } from './harness';
import { openOptions, openPopup, searchFirst, shots } from './popup-helpers';
import { validPack } from '../unit/packs-fixture';

let browser: Browser;
let site: Served;
const dir = mkdtempSync(join(tmpdir(), 'inkling-packs-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  const bytes =
    typeof content === 'string' || content instanceof Buffer ? content : JSON.stringify(content);
  writeFileSync(path, bytes);
  return path;
};

beforeAll(async () => {
  writeFileSync(
    join(dir, 'quasar.html'),
    `<!doctype html><meta charset="utf-8"><title>Quasar</title><body>
     <p>The Quasar Robotics Lab (类星机器人实验室) signed an agreement with BAAI this spring.</p>
     <p>Researchers at QRL presented two papers.</p></body>`,
  );
  site = await serve([dir]);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const packMarks = async (page: Page) =>
  (await readMarks(page)).filter((m) => /Quasar|类星|QRL/.test(m.text)).map((m) => m.text);

async function importFile(options: Page, path: string): Promise<void> {
  await options.locator('section.packs input[type=file]').setInputFiles(path);
}

describe('data packs', () => {
  it('imports a pack whose entities are then marked, carded and searchable', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(site.url('quasar.html'));
    await waitForMarks(page, 1); // BAAI, from the bundled data
    expect(await packMarks(page)).toEqual([]);

    const options = await openOptions(browser);
    await importFile(options, file('pack.json', validPack()));
    await options.waitForSelector('.packs .status');
    expect(await options.locator('.pack').textContent()).toMatch(/Test pack.*1\.0\.0.*1 entities/);
    await expect
      .poll(() => packMarks(page))
      .toEqual(expect.arrayContaining(['Quasar Robotics Lab', '类星机器人实验室', 'QRL']));

    const popup = await openPopup(browser);
    expect(await searchFirst(popup, 'quasar robotics', 'Quasar Robotics Lab')).toContain('Quasar');
    await popup.locator('.result-btn').first().click();
    await popup.waitForSelector('.card-popup');
    expect(await popup.locator('.card-popup').textContent()).toContain('Fact 1 about the lab.');
    await popup.close();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.locator('section.packs').screenshot({ path: join(shots, 'options-packs.png') });
    await Promise.all([options.close(), page.close()]);
  });

  it('reports every error with its path and writes nothing', async () => {
    const options = await openOptions(browser);
    const bad = validPack('broken-pack');
    (bad.sources[0] as { url: string }).url = 'http://insecure.example';
    await importFile(options, file('bad.json', bad));
    await options.waitForSelector('.import-errors');
    expect(await options.locator('.import-errors li').allTextContents()).toContain(
      'sources[0].url: must be https',
    );
    await importFile(options, file('no-meta.json', { entities: [], surprise: 1 }));
    await options.waitForSelector('.import-errors li:has-text("licence: is required")');
    expect(await options.locator('.import-errors li').allTextContents()).toContain(
      'surprise: unknown field',
    );
    await importFile(options, file('truncated.json', '{"id": "x", "entities": ['));
    await options.waitForSelector('.import-errors li:has-text("not valid JSON")');
    await importFile(options, file('binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0])));
    await options.waitForSelector('.import-errors li:has-text("not UTF-8")');
    await options.locator('.import-errors').screenshot({ path: join(shots, 'options-errors.png') });
    expect(await options.locator('.pack').count()).toBe(1);
    await options.close();
  });

  it('disables, enables and exports a pack', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(site.url('quasar.html'));
    await expect.poll(() => packMarks(page)).toContain('Quasar Robotics Lab');
    const options = await openOptions(browser);
    const on = options.getByRole('checkbox', { name: 'On: Test pack' });
    // A controlled box: it shows the stored state once the worker has answered.
    await on.click();
    await expect.poll(() => on.isChecked()).toBe(false);
    await expect.poll(() => packMarks(page)).toEqual([]);
    await on.click();
    await expect.poll(() => on.isChecked()).toBe(true);
    await expect.poll(() => packMarks(page)).toContain('Quasar Robotics Lab');

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('test-pack.inkling-pack.json');
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as unknown;
    expect(exported).toEqual({ ...validPack(), confusables: [] });
    await Promise.all([options.close(), page.close()]);
  });

  it('keeps packs when the service worker is stopped', async () => {
    const marker = () =>
      browser.ctx
        .serviceWorkers()
        .at(-1)!
        .evaluate(() => (globalThis as { __e2eMarker?: number }).__e2eMarker ?? 0)
        .catch(() => -1);
    await browser.ctx
      .serviceWorkers()
      .at(-1)!
      .evaluate(() => void ((globalThis as { __e2eMarker?: number }).__e2eMarker = 1));
    const options = await openOptions(browser);
    const cdp = await browser.ctx.newCDPSession(options);
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const worker = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.includes(browser.extensionId),
    );
    expect(worker).toBeDefined();
    await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
    await cdp.detach();
    const popup = await openPopup(browser);
    expect(await searchFirst(popup, 'QRL', 'Quasar Robotics Lab')).toContain('Quasar');
    // A fresh worker answered: the marker set in the old one is gone.
    await expect.poll(marker).toBe(0);
    await Promise.all([options.close(), popup.close()]);
  });

  it('exports everything as one file, and restores it after the pack was removed', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(site.url('quasar.html'));
    await expect.poll(() => packMarks(page)).toContain('Quasar Robotics Lab');
    const options = await openOptions(browser);
    await options.getByLabel('Hover delay (ms)').fill('600');
    await options.getByLabel('Hover delay (ms)').blur();
    await options.waitForFunction(
      () => (document.querySelector('input[type=number]') as HTMLInputElement).value === '600',
    );
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings and packs' }).click(),
    ]);
    const backup = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(backup)).toMatchObject({
      format: 'inkling-backup',
      settings: { hoverDelayMs: 600 },
      packs: [{ enabled: true, pack: { id: 'test-pack' } }],
    });

    options.once('dialog', (d) => void d.accept());
    await options.getByRole('button', { name: 'Remove' }).last().click();
    await options.waitForSelector('text=No packs installed.');
    await expect.poll(() => packMarks(page)).toEqual([]);
    await options.getByLabel('Hover delay (ms)').fill('150');
    await options.getByLabel('Hover delay (ms)').blur();

    await options
      .locator('section.backup input[type=file]')
      .setInputFiles(file('backup.json', backup));
    await options.waitForSelector('.backup .status');
    expect(await options.locator('.backup .status').textContent()).toMatch(/1 packs added/);
    await options.waitForSelector('.pack');
    await options.waitForFunction(
      () => (document.querySelector('input[type=number]') as HTMLInputElement).value === '600',
    );
    await expect.poll(() => packMarks(page)).toContain('Quasar Robotics Lab');
    await Promise.all([options.close(), page.close()]);
  });
});
