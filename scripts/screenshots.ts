/**
 * `npm run screenshots`: regenerates docs/screenshots/ — the card, the popup and the options page,
 * each in light and dark and in English and Chinese — from the demo pages, headless. Builds the
 * extension first (SKIP_BUILD=1 to use the current build). Look at every image after a change.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  chromiumPath,
  demoPages,
  hoverMark,
  launch,
  markCenter,
  root,
  serve,
  tabIdOf,
  waitForCard,
  waitForMarks,
  type Browser,
} from '../tests/e2e/harness';
import { attr, boxOf, cardPanel, cardTree, findAll, withCdp } from '../tests/e2e/card-helpers';

chromiumPath();
if (process.env.SKIP_BUILD !== '1')
  execSync('npm run build:chrome', { cwd: root, stdio: 'inherit' });

const out = join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
// The demo pages, and the claim-check test page for a card whose sentence differs from the sources.
const site = await serve([demoPages, join(root, 'tests/e2e/pages/claims')]);

type Lang = 'en' | 'zh';
type Theme = 'light' | 'dark';
/** The card to show per interface language: a mark on a demo page, and text it must show. */
const cards: Record<Lang, { file: string; mark: string; shows: string }> = {
  en: { file: 'zhu-bigai.html', mark: 'Song-Chun Zhu', shows: 'Key facts' },
  zh: { file: 'baai-zh.html', mark: '智源', shows: '要点' },
};

async function settings(b: Browser, patch: Record<string, unknown>): Promise<void> {
  const p = await b.ctx.newPage();
  await p.goto(`chrome-extension://${b.extensionId}/popup.html`);
  await p.evaluate(async (v) => {
    const c = (globalThis as unknown as { chrome: { storage: { sync: Store } } }).chrome;
    const cur = ((await c.storage.sync.get('settings')) as { settings?: object }).settings ?? {};
    await c.storage.sync.set({ settings: { ...cur, ...v } });
  }, patch);
  await p.close();
}
interface Store {
  get: (k: string) => Promise<object>;
  set: (v: object) => Promise<void>;
}

async function shootCard(
  b: Browser,
  lang: Lang,
  theme: Theme,
  card = cards[lang],
  name = `card${lang === 'zh' ? '-zh' : ''}${theme === 'dark' ? '-dark' : ''}.png`,
): Promise<Page> {
  const { file, mark, shows } = card;
  const page = await b.ctx.newPage();
  await page.setViewportSize({ width: 900, height: 700 });
  await page.goto(site.url(file));
  await waitForMarks(page, file === 'differs-meta.html' ? 1 : 3);
  await hoverMark(page, mark);
  await waitForCard(page, shows, 10_000);
  // The claim check answers after the facts: wait for its line or its "checked" marker.
  for (let i = 0; i < 100; i++) {
    const checked = await withCdp(page, async (cdp) => {
      const tree = await cardTree(cdp);
      return findAll(tree, (n) => /\bclaims(-checked)?\b/.test(attr(n, 'class') ?? '')).length > 0;
    });
    if (checked) break;
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
  }
  const at = await markCenter(page, mark);
  // The card fills in (the claim check answers after the facts): wait until it holds still.
  let box = await withCdp(page, async (cdp) => boxOf(cdp, (await cardPanel(cdp))!));
  for (let i = 0; i < 20; i++) {
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
    const next = await withCdp(page, async (cdp) => boxOf(cdp, (await cardPanel(cdp))!));
    const still = next.height === box.height && next.y === box.y;
    box = next;
    if (still && i > 2) break;
  }
  const x = Math.max(0, Math.min(at.x - 60, box.x) - 24);
  const y = Math.max(0, Math.min(at.y - 40, box.y) - 24);
  const clip = {
    x,
    y,
    width: Math.min(900 - x, Math.max(box.x + box.width, at.x + 60) - x + 24),
    height: Math.min(700 - y, box.y + box.height - y + 24),
  };
  await page.screenshot({ path: join(out, name), clip });
  console.log(`docs/screenshots/${name}`);
  return page;
}

async function shootPopup(b: Browser, page: Page, lang: Lang, theme: Theme): Promise<void> {
  const tab = await tabIdOf(b, page);
  const popup = await b.ctx.newPage();
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tab}`);
  await popup.waitForSelector('.page-entity');
  await popup.waitForFunction(
    (want) => document.documentElement.classList.contains('dark') === want,
    theme === 'dark',
  );
  await popup.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang);
  const name = `popup${lang === 'zh' ? '-zh' : ''}${theme === 'dark' ? '-dark' : ''}.png`;
  await popup.screenshot({ path: join(out, name) });
  console.log(`docs/screenshots/${name}`);
  await popup.close();
}

async function shootOptions(b: Browser, lang: Lang, theme: Theme): Promise<void> {
  const page = await b.ctx.newPage();
  await page.setViewportSize({ width: 820, height: 900 });
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.waitForSelector('main.options');
  await page.waitForFunction(
    (want) => document.documentElement.classList.contains('dark') === want,
    theme === 'dark',
  );
  await page.waitForFunction((l) => document.documentElement.lang.startsWith(l), lang);
  const name = `options${lang === 'zh' ? '-zh' : ''}${theme === 'dark' ? '-dark' : ''}.png`;
  await page.screenshot({ path: join(out, name) });
  console.log(`docs/screenshots/${name}`);
  await page.close();
}

const b = await launch();
try {
  for (const lang of ['en', 'zh'] as const)
    for (const theme of ['light', 'dark'] as const) {
      await settings(b, { language: lang, theme });
      const page = await shootCard(b, lang, theme);
      await shootPopup(b, page, lang, theme);
      await page.close();
      await shootOptions(b, lang, theme);
    }
  // A sentence the sources contradict: the claim line leads the card.
  await settings(b, { language: 'en', theme: 'light' });
  const differs = { file: 'differs-meta.html', mark: 'Song-Chun Zhu', shows: 'Differs' };
  await (await shootCard(b, 'en', 'light', differs, 'card-differs.png')).close();
  await settings(b, { language: 'auto', theme: 'auto' });
} finally {
  await b.close();
  await site.close();
}
