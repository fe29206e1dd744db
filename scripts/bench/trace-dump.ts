import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { chromiumPath, serve } from '../../tests/e2e/harness';
const site = await serve(['bench-output/pages']);
const b = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
const ctx = await b.newContext();
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
const events: unknown[] = [];
cdp.on('Tracing.dataCollected', (e) => {
  events.push(...(e.value as unknown[]));
});
const complete = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', {
  transferMode: 'ReportEvents',
  traceConfig: {
    includedCategories: [
      'toplevel',
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'loading',
      'blink.user_timing',
    ],
    recordMode: 'recordAsMuchAsPossible',
  },
});
await page.goto(site.url('article-30kb.html'), { waitUntil: 'load' });
await page.waitForTimeout(1500);
await cdp.send('Tracing.end');
await complete;
writeFileSync('/tmp/trace.json', JSON.stringify(events));
await b.close();
await site.close();
