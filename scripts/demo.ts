/**
 * `npm run demo`: build Inkling, serve the bundled demo pages, open Chromium with the extension.
 * With a display: a normal window to try it by hand. Without one (CI=true or no DISPLAY): headless,
 * hovers a few marks, writes screenshots to demo-output/ and prints what it found.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  tabIdOf,
  launch,
  serve,
  waitForMarks,
  hoverMark,
  waitForCard,
  readMarks,
  demoPages,
  root,
  chromiumPath,
} from '../tests/e2e/harness';

const headless = process.env.CI === 'true' || !process.env.DISPLAY;
chromiumPath(); // fail early, with the install hint, when Chromium is missing

console.log('demo: building the extension…');
execSync('npm run build:chrome', { cwd: root, stdio: 'inherit' });

const site = await serve([demoPages]);
const out = join(root, 'demo-output');
mkdirSync(out, { recursive: true });

if (!headless) {
  const b = await launch({ headless: false });
  const page = await b.ctx.newPage();
  await page.goto(site.url('index.html'));
  console.log(`demo: Chromium is open on ${site.url('index.html')} — close the window to stop.`);
  await new Promise<void>((r) => b.ctx.on('close', () => r()));
  await site.close();
  process.exit(0);
}

const b = await launch();
const pages: { file: string; hover: string[] }[] = [
  { file: 'zhu-bigai.html', hover: ['Song-Chun Zhu', 'BAAI'] },
  { file: 'baai-zh.html', hover: ['智源'] },
  { file: 'talent-flows.html', hover: ['John Hopcroft'] },
];

for (const { file, hover } of pages) {
  const page = await b.ctx.newPage();
  await page.goto(site.url(file));
  await waitForMarks(page, 3).catch(() => undefined);
  const marks = await readMarks(page);
  const name = file.replace('.html', '');
  await page.screenshot({ path: join(out, `${name}-marks.png`) });
  const byCat = new Map<string, Set<string>>();
  for (const m of marks)
    byCat.set(m.category, (byCat.get(m.category) ?? new Set()).add(m.text.replace(/\s+/g, ' ')));
  console.log(`\n${file}: ${marks.length} marks`);
  for (const [cat, texts] of byCat) console.log(`  ${cat}: ${[...texts].join(', ')}`);
  for (const [i, text] of hover.entries()) {
    try {
      await hoverMark(page, text);
      const card = await waitForCard(page, 'Inkling');
      await page.waitForTimeout(150);
      await page.screenshot({ path: join(out, `${name}-card-${i + 1}.png`) });
      console.log(`  card for "${text}": ${card.slice(0, 160)}…`);
      await page.mouse.move(5, 5);
      await page.waitForTimeout(400);
    } catch (e) {
      console.log(`  card for "${text}": not shown (${(e as Error).message.slice(0, 120)})`);
    }
  }
  const tab = await tabIdOf(b, page).catch(() => undefined);
  if (tab !== undefined) {
    const popup = await b.ctx.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tab}`);
    await popup.waitForSelector('.page-list, .muted', { timeout: 5000 }).catch(() => undefined);
    await popup.waitForTimeout(200);
    await popup.screenshot({ path: join(out, `${name}-popup.png`) });
    await popup.close();
  }
  await page.close();
}

console.log(`\ndemo: screenshots in ${out}`);
await b.close();
await site.close();
