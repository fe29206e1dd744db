/**
 * Hostile and odd pages in Chromium (RELIABILITY.md H1, H2, H5, H7, H9, S1, S3, S4, S5). The
 * cases marking.e2e.ts and card.e2e.ts already show (split names, shadow DOM, same-origin and
 * srcdoc frames, SPA, editors, strict CSP, hostile CSS) are not repeated here; see
 * docs/RELIABILITY.md for the map.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { join } from 'node:path';
import {
  cardText,
  e2ePages,
  hoverMark,
  launch,
  root,
  serve,
  waitForCard,
  waitForMarks,
  type Browser,
  type Served,
} from './harness';
import { reliabilityPack } from './reliability-helpers';
import { waitForLabel } from './card-helpers';

let browser: Browser;
let site: Served;
const MARK_CAP = 5000;
/** Marks painted at a time on a page with more (lib/page/highlights.ts). */
const PAINT_WINDOW = 1000;

beforeAll(async () => {
  site = await serve([
    join(e2ePages, 'hostile'),
    join(root, 'node_modules/preact/dist'),
    join(root, 'node_modules/preact/hooks/dist'),
  ]);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Opened {
  page: Page;
  errors: string[];
}

async function open(path: string): Promise<Opened> {
  const page = await browser.ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(site.url(path));
  return { page, errors };
}

/** Mark texts, read without any built-in the hostile page may have replaced. */
const markTexts = (where: Page | Frame): Promise<string[]> =>
  where
    .evaluate(() => {
      let out = '';
      CSS.highlights.forEach((h, name) => {
        if (name === 'inkling-flash') return;
        for (const r of h as unknown as Set<Range>) out += `${r.toString()}\u0001`;
      });
      return out;
    })
    .then((s) => (s ? s.slice(0, -1).split('\u0001') : []));

/** Polls from Node (the page's own timers may be broken) until `ok` holds. */
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  let v = await read();
  while (!ok(v)) {
    if (Date.now() > end) throw new Error(`condition not met; last value: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

/** The first and last paragraph (index among the page's <p>) holding a painted mark. */
const paintedParagraphs = (page: Page): Promise<[number, number]> =>
  page.evaluate(() => {
    const ps = [...document.querySelectorAll('p')];
    const at = new Map(ps.map((p, i) => [p as Node, i]));
    let lo = Infinity;
    let hi = -1;
    CSS.highlights.forEach((h, name) => {
      if (!name.startsWith('inkling-') || name === 'inkling-flash') return;
      for (const r of h as unknown as Set<Range>) {
        const i = at.get(r.startContainer.parentElement!.closest('p')!) ?? -1;
        lo = Math.min(lo, i);
        hi = Math.max(hi, i);
      }
    });
    return [lo, hi] as [number, number];
  });

const hostTags = (where: Page | Frame) =>
  where.evaluate(() =>
    [...document.documentElement.children]
      .filter((c) => /^X-[A-Z]+$/.test(c.tagName))
      .map((c) => c.tagName),
  );

/** Longest main-thread task (ms) seen since the page loaded, for the figures in the report. */
const longestTask = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let max = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) max = Math.max(max, e.duration);
        }).observe({ type: 'longtask', buffered: true });
        setTimeout(() => resolve(Math.round(max)), 200);
      }),
  );

describe('huge pages and mutation storms (H1)', () => {
  it('marks a 200,000-text-node page up to the cap, visible part first, painting near the reader', async () => {
    const { page, errors } = await open('huge.html');
    await page.waitForFunction(() => document.body.dataset.ready === '1');
    const first = await waitForMarks(page, 2, 30_000);
    expect(first.some((m) => m.text === 'Kai-Fu Lee')).toBe(true);
    // 20,000 mentions on the page: 5,000 are found (the cap), and the 1,000 nearest the screen
    // are painted (painting all of them was one ~70 ms pre-paint task).
    const all = await until(
      () => markTexts(page),
      (t) => t.length >= PAINT_WINDOW,
      60_000,
    );
    expect(all.length).toBe(PAINT_WINDOW);
    expect(new Set(all)).toEqual(new Set(['Kai-Fu Lee', 'Jie Tang']));
    expect(await paintedParagraphs(page)).toEqual([0, expect.any(Number)]);
    // The painted window follows the reader down the page…
    await page.evaluate(() => document.querySelectorAll('p')[3000]!.scrollIntoView());
    const [lo, hi] = await until(
      () => paintedParagraphs(page),
      ([a, b]) => a <= 3000 && b >= 3000,
      30_000,
    );
    expect(hi - lo).toBeLessThan(1100);
    // …and past the cap it stays on the last marks found: mention 5,000 is in paragraph ~5,000.
    await page.evaluate(() => document.querySelectorAll('p')[15000]!.scrollIntoView());
    const [, last] = await until(
      () => paintedParagraphs(page),
      ([, b]) => b >= 4990,
      30_000,
    );
    expect(last).toBeLessThan(5010);
    expect((await markTexts(page)).length).toBe(PAINT_WINDOW);
    console.log(`H1 huge page: longest task ${await longestTask(page)} ms`);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('leaves one 5 MB text node unmarked (it would freeze painting) and marks the rest', async () => {
    const { page, errors } = await open('bigtext.html');
    const length = Number(await page.evaluate(() => document.body.dataset.ready));
    expect(length).toBeGreaterThan(5_000_000);
    await waitForMarks(page, 1, 30_000);
    await page.waitForTimeout(500);
    // One highlight in a node this long costs Chromium ~0.9 s per frame (see lib/page/scan.ts).
    expect(await markTexts(page)).toEqual(['Kai-Fu Lee']);
    expect(
      await page.evaluate(() => document.getElementById('big')!.firstChild!.nodeValue!.length),
    ).toBe(length);
    console.log(`H1 5 MB text node: longest task ${await longestTask(page)} ms`);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('keeps up with 1,000 new nodes every 100 ms and catches up once it ends', async () => {
    const { page, errors } = await open('storm.html');
    await page.waitForFunction(() => document.getElementById('last') !== null, null, {
      timeout: 30_000,
    });
    // Every mention added during the storm is marked once the page is quiet.
    const all = await until(
      () => markTexts(page),
      (t) => t.includes('Zhi-Hua Zhou') && t.filter((x) => x === 'Jie Tang').length === 300,
      30_000,
    );
    expect(all.filter((x) => x === 'Zhi-Hua Zhou')).toHaveLength(1);
    expect(all.filter((x) => x === 'Tiejun Huang')).toHaveLength(1);
    expect(all.length).toBeLessThanOrEqual(MARK_CAP);
    console.log(`H1 mutation storm: longest task ${await longestTask(page)} ms`);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});

describe('framework-managed DOM (H2)', () => {
  it('lets a virtual-DOM app re-render 20 times with zero page errors, marks following', async () => {
    const { page, errors } = await open('framework.html');
    await page.waitForFunction(() => document.body.dataset.done === '1', null, { timeout: 20_000 });
    // Round 20 (even): the "odd" branch is gone, its mark with it.
    const t = await until(
      () => markTexts(page),
      (x) => x.includes('Cambricon') && !x.includes('BAAI'),
    );
    expect(t).toEqual(
      expect.arrayContaining(['Kai-Fu Lee', 'Jie Tang', 'Yunji Chen', 'Song-Chun Zhu']),
    );
    // The app's DOM is what it rendered: nothing added, nothing moved.
    const dom = await page.evaluate(() => ({
      h1: document.querySelector('h1')!.textContent,
      items: [...document.querySelectorAll('li')].map((li) => li.textContent),
      main: document.getElementById('app')!.children.length,
    }));
    expect(dom).toEqual({
      h1: 'AI talks, round 20',
      items: ['Kai-Fu Lee (20)', 'Jie Tang (20)', 'Yunji Chen (20)', 'Song-Chun Zhu (20)'],
      main: 1,
    });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('frames (H5)', () => {
  const frameBy = (page: Page, test: (u: string) => boolean) =>
    until(
      async () => page.frames().find((f) => test(f.url())),
      (f) => f !== undefined,
    ) as Promise<Frame>;

  it('marks cross-origin, sandboxed and late frames once each, and shows the card in the frame', async () => {
    const port = new URL(site.url('/')).port;
    const cross = `http://localhost:${port}/frame-child.html`;
    const { page, errors } = await open(`frames.html?cross=${encodeURIComponent(cross)}`);
    await waitForMarks(page, 2);
    const crossFrame = await frameBy(page, (u) => u === cross);
    const sandboxed = await frameBy(
      page,
      (u) => u.endsWith('/frame-child.html') && !u.includes('localhost'),
    );
    const each = ['Kai-Fu Lee', 'Jie Tang'];
    expect(
      await until(
        () => markTexts(crossFrame),
        (t) => t.length >= 2,
      ),
    ).toEqual(each);
    expect(
      await until(
        () => markTexts(sandboxed),
        (t) => t.length >= 2,
      ),
    ).toEqual(each);
    expect(await markTexts(page)).toEqual(expect.arrayContaining(['Tiejun Huang', 'BAAI']));

    // Added at run time: marked once; removed: nothing breaks.
    await page.evaluate(() => (window as unknown as { addFrame: () => void }).addFrame());
    const late = await frameBy(page, (u) => u.endsWith('?late'));
    expect(
      await until(
        () => markTexts(late),
        (t) => t.length >= 2,
      ),
    ).toEqual(each);
    // Marked once, not twice: a name added to the late frame afterwards is marked (the frame's
    // script has done its work since), and the first two are still there once each.
    await late.evaluate(() =>
      document.body.insertAdjacentHTML(
        'beforeend',
        '<p id="later">Tiejun Huang, AI researcher</p>',
      ),
    );
    expect(
      (
        await until(
          () => markTexts(late),
          (t) => t.includes('Tiejun Huang'),
        )
      ).sort(),
    ).toEqual([...each, 'Tiejun Huang'].sort());

    // The card opens in the cross-origin frame that owns the mark, not in the top page.
    const box = (await (await crossFrame.frameElement()).boundingBox())!;
    const p = await crossFrame.evaluate(() => {
      let out = { x: 0, y: 0 };
      CSS.highlights.forEach((h) => {
        for (const r of h as unknown as Set<Range>)
          if (r.toString() === 'Kai-Fu Lee') {
            const b = r.getClientRects()[0]!;
            out = { x: b.left + b.width / 2, y: b.top + b.height / 2 };
          }
      });
      return out;
    });
    await page.mouse.move(box.x + p.x - 20, box.y + p.y + 30);
    await page.mouse.move(box.x + p.x, box.y + p.y, { steps: 4 });
    await until(
      () => hostTags(crossFrame),
      (t) => t.length === 1,
    );
    expect(await hostTags(page)).toEqual([]);

    await page.evaluate(() => (window as unknown as { removeFrame: () => void }).removeFrame());
    // The top page's script keeps working after the frame is gone: a name added now is marked.
    await page.evaluate(() =>
      document.body.insertAdjacentHTML(
        'beforeend',
        '<p>Yunji Chen, AI chip designer, after removal</p>',
      ),
    );
    await until(
      () => markTexts(page),
      (t) => t.includes('Yunji Chen'),
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('built-ins overridden by the page (H7)', () => {
  it('marks exactly what it marks on the same page with intact built-ins', async () => {
    // Each page's scan is known to have settled once a name added after the first marks is
    // marked too (insertAdjacentHTML: the hostile page replaced appendChild).
    const settled = async (page: Page, min: number) => {
      await until(
        () => markTexts(page),
        (t) => t.length >= min,
      );
      await page.evaluate(() =>
        document.body.insertAdjacentHTML(
          'beforeend',
          '<p id="sentinel">Jie Tang, AI researcher</p>',
        ),
      );
      return until(
        () => markTexts(page),
        (t) => t.includes('Jie Tang'),
      );
    };
    const plain = await open('plain.html');
    const want = (await settled(plain.page, 5)).sort();
    expect(want.length).toBeGreaterThanOrEqual(6);
    await plain.page.close();

    const { page } = await open('overrides.html');
    const got = await settled(page, 1);
    expect([...got].sort()).toEqual(want);
    // And the card still opens (the centre is read as a string: the page broke Object.keys,
    // which Playwright's own result serialisation uses).
    const [x, y] = (
      await page.evaluate(() => {
        let out = '';
        CSS.highlights.forEach((h) => {
          for (const r of h as unknown as Set<Range>)
            if (!out && r.toString() === 'Song-Chun Zhu') {
              const b = r.getClientRects()[0]!;
              out = `${b.left + b.width / 2},${b.top + b.height / 2}`;
            }
        });
        return out;
      })
    )
      .split(',')
      .map(Number) as [number, number];
    await page.mouse.move(x - 30, y + 40);
    await page.mouse.move(x, y, { steps: 4 });
    await waitForCard(page, 'Song-Chun Zhu');
    await page.close();
  });
});

describe('text edge cases (H9)', () => {
  it('finds names through markup, invisible characters, RTL, CJK and emoji, and nowhere it must not', async () => {
    const { page, errors } = await open('text-edges.html');
    const t = await until(
      () => markTexts(page),
      (x) => x.length >= 10,
    );
    // Settled: a name added after the first marks is marked too; the checks below leave it out.
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<p id="sentinel">Wu Fei, AI professor</p>'),
    );
    const marks = (
      await until(
        () => markTexts(page),
        (x) => x.includes('Wu Fei'),
      )
    ).filter((x) => x !== 'Wu Fei');
    await page.evaluate(() => document.getElementById('sentinel')!.remove());
    expect(marks).toEqual(
      expect.arrayContaining([
        'Song-Chun Zhu',
        'Tsinghua University',
        'Kai\u00adFu Lee',
        'Ti\u00adejun Huang',
        'Jie\u00a0Tang',
        'Zhi-Hu\u200ba Zhou',
        'Kai-F\u200du Lee',
        'Michalis Vazirgianni\u0308s',
        'E\u0301cole Polytechnique',
        '清华大学',
        '朱松纯',
      ]),
    );
    // RTL paragraph and emoji neighbours.
    const byId = async (id: string) =>
      page.evaluate((i) => {
        const p = document.getElementById(i)!;
        let out = '';
        CSS.highlights.forEach((h) => {
          for (const r of h as unknown as Set<Range>)
            if (p.contains(r.startContainer)) out += `${r.toString()}|`;
        });
        return out.split('|').filter(Boolean);
      }, id);
    expect(await byId('rtl')).toEqual(['Kai-Fu Lee']);
    expect(await byId('emoji')).toEqual(['Jie Tang', 'Tiejun Huang']);
    // Never inside title, style, script, noscript, template, form fields, SVG text or editors.
    expect(t.concat(marks).some((x) => x.includes('Yunji'))).toBe(false);
    // The page's text and markup are exactly what they were.
    const same = await page.evaluate(() => {
      const w = window as unknown as { __textBefore: string; __htmlBefore: string };
      return [
        document.body.textContent === w.__textBefore,
        document.body.innerHTML === w.__htmlBefore,
      ];
    });
    expect(same).toEqual([true, true]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('security on the page (S1, S3, S4, S5)', () => {
  const payload = (where: string) =>
    `<img src=x onerror="globalThis.__pwned='${where}'"><script>globalThis.__pwned='${where}'</script>`;

  it('renders HTML and script payloads from an imported pack as text everywhere (S1)', async () => {
    const pack = reliabilityPack('payload-pack');
    pack.name = `Payload ${payload('options')}`;
    pack.sources[0]!.title = `Title ${payload('source-title')}`;
    pack.sources[0]!.publisher = `Publisher ${payload('publisher')}`;
    const entity = pack.entities[0]!;
    entity.summary = `Summary ${payload('summary')}`;
    entity.facts[0]!.text = `Fact ${payload('fact')}`;
    entity.facts[0]!.citations[0]!.quote = `Quote ${payload('quote')}`;

    const options = await browser.ctx.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const r = (await options.evaluate(
      (text) =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } };
          }
        ).chrome.runtime.sendMessage({ type: 'packs:import', payload: { text } }),
      JSON.stringify(pack),
    )) as { ok: boolean; value?: { ok: boolean; errors?: string[] } };
    expect(r.ok && r.value?.ok).toBe(true);
    await options.reload();
    await options.waitForFunction(() => document.body.textContent?.includes('Payload <img'));

    const { page, errors } = await open('security.html');
    await until(
      () => markTexts(page),
      (t) => t.includes('Quasar Robotics Lab'),
    );
    await hoverMark(page, 'Quasar Robotics Lab');
    const card = await waitForCard(page, 'Summary <img src=x onerror=');
    expect(card).toContain('Fact <img src=x');
    await page.waitForTimeout(300);

    const popup = await browser.ctx.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('input[type=search]').fill('Quasar');
    await popup.waitForFunction(() => document.querySelector('.result') !== null);

    const pwned = async (p: Page) =>
      p.evaluate(() => (globalThis as { __pwned?: string }).__pwned ?? null);
    expect(await pwned(page)).toBeNull();
    expect(await pwned(popup)).toBeNull();
    expect(await pwned(options)).toBeNull();
    const sw = browser.ctx.serviceWorkers().at(-1)!;
    expect(
      await sw.evaluate(() => (globalThis as { __pwned?: string }).__pwned ?? null),
    ).toBeNull();
    expect(errors).toEqual([]);
    await options.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage({ type: 'packs:remove', payload: { id: 'payload-pack' } }),
    );
    await Promise.all([page.close(), popup.close(), options.close()]);
  });

  it('never parses page text as HTML, in marks or in the card (S3)', async () => {
    const { page } = await open('security.html');
    await waitForMarks(page, 3);
    await hoverMark(page, 'Song-Chun Zhu');
    await waitForCard(page, 'Song-Chun Zhu');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned ?? null)).toBeNull();
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    await page.close();
  });

  it('ignores synthetic pointer events, clicks and posted messages (S4)', async () => {
    const { page } = await open('security.html');
    await waitForMarks(page, 3);
    // Everything the forged events could cause is recorded from now on, not sampled once.
    await page.evaluate(() => {
      const w = window as unknown as {
        __seen: { flash: boolean; hosts: number; scrolled: number };
      };
      w.__seen = { flash: false, hosts: 0, scrolled: 0 };
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes)
            if (n instanceof Element && /^X-[A-Z]+$/.test(n.tagName)) w.__seen.hosts++;
      }).observe(document.documentElement, { childList: true, subtree: true });
      addEventListener('scroll', () => (w.__seen.scrolled = Math.max(w.__seen.scrolled, scrollY)));
      const poll = () => {
        if (CSS.highlights.has('inkling-flash')) w.__seen.flash = true;
        requestAnimationFrame(poll);
      };
      poll();
    });
    const flashOrCard = () =>
      page.evaluate(() => ({
        flash: CSS.highlights.has('inkling-flash'),
        hosts: [...document.documentElement.children].filter((c) => /^X-[A-Z]+$/.test(c.tagName))
          .length,
        y: scrollY,
      }));
    await page.evaluate(() => {
      let rect: DOMRect | undefined;
      CSS.highlights.forEach((h) => {
        for (const r of h as unknown as Set<Range>)
          if (r.toString() === 'Song-Chun Zhu') rect = r.getClientRects()[0];
      });
      const x = rect!.left + rect!.width / 2;
      const y = rect!.top + rect!.height / 2;
      const target = document.elementFromPoint(x, y)!;
      for (let i = 0; i < 5; i++)
        target.dispatchEvent(
          new PointerEvent('pointermove', {
            clientX: x,
            clientY: y,
            bubbles: true,
            composed: true,
          }),
        );
      target.dispatchEvent(new MouseEvent('click', { clientX: x, clientY: y, bubbles: true }));
      document.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'N', altKey: true, shiftKey: true }),
      );
      for (const type of ['page:goto', 'page:next', 'page:summary', 'entity:get'])
        window.postMessage({ type, payload: { id: 'song-chun-zhu' } }, '*');
    });
    // Positive control: a trusted hover on another mark, after the forged events, goes through
    // the same hover intent and card loading. Once its card is up, the forged ones have had
    // their turn: they must have left no flash, no scroll, no card of their own (a pinned
    // forged card would also keep this one from opening).
    await hoverMark(page, 'Kai-Fu Lee');
    expect(await waitForLabel(page, 'Inkling: Kai-Fu Lee')).toEqual(['Inkling: Kai-Fu Lee']);
    expect(await page.evaluate(() => (window as unknown as { __seen: object }).__seen)).toEqual({
      flash: false,
      hosts: 1,
      scrolled: 0,
    });
    await page.keyboard.press('Escape');
    await until(flashOrCard, (s) => s.hosts === 0);
    expect(await flashOrCard()).toEqual({ flash: false, hosts: 0, y: 0 });
    // A trusted hover still works afterwards.
    await hoverMark(page, 'Song-Chun Zhu');
    await waitForCard(page, 'Song-Chun Zhu');
    await page.close();
  });

  it('keeps working when the page forges a "newer content script started" event (S4)', async () => {
    const { page } = await open('security.html');
    const before = await waitForMarks(page, 3);
    // The page learns the event name from WXT's own start-up message (a known leak, see
    // docs/SECURITY.md), then forges the event.
    const name = await page.evaluate(() =>
      (window as unknown as { forgeRestart: () => string }).forgeRestart(),
    );
    expect(name).toBe(`${browser.extensionId}:content:wxt:content-script-started`);
    // Still on: a name added after the forged event is marked, and nothing else changed.
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<p id="after">Jie Tang, AI researcher</p>'),
    );
    const after = await until(
      () => markTexts(page),
      (t) => t.includes('Jie Tang'),
    );
    expect(after.length).toBe(before.length + 1);
    await hoverMark(page, 'Song-Chun Zhu');
    await waitForCard(page, 'Song-Chun Zhu');
    await page.close();
  });

  it('keeps the card in a closed shadow root under a new random name each time (S5)', async () => {
    const names: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { page } = await open('security.html');
      await waitForMarks(page, 3);
      await hoverMark(page, 'Kai-Fu Lee');
      await waitForCard(page, 'Kai-Fu Lee');
      const seen = await page.evaluate(() => {
        const host = [...document.documentElement.children].find((c) =>
          /^X-[A-Z]+$/.test(c.tagName),
        )!;
        return {
          tag: host.tagName,
          shadow: host.shadowRoot === null,
          text: host.textContent,
          attrs: host.getAttributeNames(),
        };
      });
      expect(seen.shadow).toBe(true);
      expect(seen.text).toBe('');
      expect(seen.attrs).toEqual([]);
      names.push(seen.tag);
      expect(await cardText(page)).toContain('Kai-Fu Lee');
      await page.close();
    }
    expect(names[0]).not.toBe(names[1]);
  });
});
