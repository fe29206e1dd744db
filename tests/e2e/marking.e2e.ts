/**
 * Marking pages without disturbing them, end to end in Chromium: split names, shadow roots,
 * frames, single-page apps, editable regions, virtual-DOM pages, strict CSP, live settings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { join } from 'node:path';
import {
  e2ePages,
  launch,
  readMarks,
  serve,
  waitForMarks,
  hoverMark,
  waitForCard,
  type Browser,
  type Served,
} from './harness';

let browser: Browser;
let site: Served;
const reports: string[] = [];

beforeAll(async () => {
  site = await serve([join(e2ePages, 'marking')], (path): Record<string, string> =>
    path.startsWith('/csp')
      ? {
          'content-security-policy':
            "default-src 'none'; style-src 'self'; require-trusted-types-for 'script'; report-uri /csp-report",
        }
      : {},
  );
  site.server.prependListener('request', (req) => {
    if (req.url?.startsWith('/csp-report')) req.on('data', (d) => reports.push(String(d)));
  });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.ctx.newPage();
  await page.goto(site.url(path));
  return page;
}

const texts = async (page: Page | Frame) =>
  (await page.evaluate(() => {
    const out: string[] = [];
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('inkling-') && name !== 'inkling-flash')
        for (const r of h as unknown as Set<Range>) out.push(r.toString().replace(/\s+/g, ' '));
    });
    return out;
  })) as string[];

async function setSettings(patch: Record<string, unknown>): Promise<void> {
  await browser.sw.evaluate(async (p) => {
    const c = (
      globalThis as unknown as {
        chrome: {
          storage: {
            sync: {
              get: (k: string) => Promise<Record<string, unknown>>;
              set: (v: object) => Promise<void>;
            };
          };
        };
      }
    ).chrome;
    const cur = ((await c.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
    await c.storage.sync.set({ settings: { ...cur, ...p } });
  }, patch);
}

describe('marking', () => {
  it('finds names split by inline markup as one mention', async () => {
    const page = await open('split.html');
    await waitForMarks(page, 3);
    const t = await texts(page);
    expect(t).toContain('Song-Chun Zhu');
    expect(t).toContain('Tsinghua University');
    expect(t).toContain('Microsoft Research Asia');
    await page.close();
  });

  it('marks open and declarative shadow roots, nested and late-defined ones, never closed ones', async () => {
    const page = await open('shadow.html');
    await waitForMarks(page, 4);
    await page.waitForFunction(() => {
      let found = false;
      CSS.highlights.forEach((h) => {
        for (const r of h as unknown as Set<Range>)
          if (r.toString() === 'Zhi-Hua Zhou') found = true;
      });
      return found;
    });
    const t = await texts(page);
    expect(t).toEqual(
      expect.arrayContaining([
        'Kai-Fu Lee',
        'Cambricon',
        'Yangqing Jia',
        'John Hopcroft',
        'Zhi-Hua Zhou',
      ]),
    );
    expect(t).not.toContain('Jie Tang');
    // No duplicates after the late element rendered.
    expect(t.filter((x) => x === 'Cambricon')).toHaveLength(1);
    // The card opens for a mark inside a shadow root.
    await hoverMark(page, 'Cambricon');
    await waitForCard(page, 'Cambricon');
    await page.close();
  });

  it('marks same-origin and srcdoc frames, each in its own frame', async () => {
    const page = await open('frames.html');
    await waitForMarks(page, 2);
    const child = page.frames().find((f) => f.url().endsWith('frame-child.html'))!;
    const srcdoc = page.frames().find((f) => f.url() === 'about:srcdoc')!;
    await child.waitForFunction(() => CSS.highlights.size > 0);
    await srcdoc.waitForFunction(() => CSS.highlights.size > 0);
    expect(await texts(child)).toEqual(
      expect.arrayContaining(['Michalis Vazirgiannis', 'École Polytechnique']),
    );
    expect(await texts(srcdoc)).toContain('Nanning Zheng');
    expect(await texts(page)).toEqual(expect.arrayContaining(['Tiejun Huang', 'BAAI']));
    await page.close();
  });

  it('runs only the small frame gate in a frame without words, the page script once words arrive', async () => {
    // Which of Inkling's scripts each frame parsed, from the DevTools protocol (the page's own
    // script cannot see the extension's isolated world), listening from before the page loads.
    const page = await browser.ctx.newPage();
    const cdp = await page.context().newCDPSession(page);
    const frameOfContext = new Map<number, string>();
    const parsed: { frameId: string; url: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) =>
      frameOfContext.set(context.id, (context.auxData as { frameId: string }).frameId),
    );
    cdp.on('Debugger.scriptParsed', ({ url, executionContextId }) => {
      if (url.startsWith('chrome-extension://'))
        parsed.push({ frameId: frameOfContext.get(executionContextId) ?? '?', url });
    });
    await cdp.send('Runtime.enable');
    await cdp.send('Debugger.enable');
    await page.goto(site.url('quiet-frame.html'));
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const idOf = (name: string) =>
      frameTree.childFrames!.find((f) => f.frame.name === name)!.frame.id;
    const scriptsIn = (frameId: string) =>
      parsed.filter((p) => p.frameId === frameId).map((p) => p.url.replace(/^.*\//, ''));
    const frame = (name: string) => page.frames().find((f) => f.name() === name)!;

    // The positive signal first: the frame with words was started and marked.
    await frame('full').waitForFunction(() => CSS.highlights.size > 0);
    expect(await texts(frame('full'))).toEqual(expect.arrayContaining(['Tiejun Huang', 'BAAI']));
    await expect.poll(() => scriptsIn(idOf('full'))).toContain('frame-content.js');
    expect(scriptsIn(idOf('full'))).toContain('frame-gate.js');
    // The quiet frame ran the gate and nothing else; the top frame has the manifest's page script.
    await expect.poll(() => scriptsIn(idOf('quiet'))).toContain('frame-gate.js');
    expect(scriptsIn(idOf('quiet'))).toEqual(['frame-gate.js']);
    expect(scriptsIn(frameTree.frame.id)).toEqual(
      expect.arrayContaining(['content.js', 'frame-gate.js']),
    );
    expect(scriptsIn(frameTree.frame.id)).not.toContain('frame-content.js');

    // Words arrive: the gate asks for the page script, and the frame is marked.
    await frame('quiet').evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later: Kai-Fu Lee of Sinovation Ventures.';
      document.body.append(p);
    });
    await frame('quiet').waitForFunction(() => CSS.highlights.size > 0);
    expect(await texts(frame('quiet'))).toContain('Kai-Fu Lee');
    expect(scriptsIn(idOf('quiet'))).toEqual(['frame-gate.js', 'frame-content.js']);
    await page.close();
  });

  it('follows a single-page app that swaps and appends content', async () => {
    const page = await open('spa.html');
    await waitForMarks(page, 1);
    expect(await texts(page)).toContain('Ling Shao');
    await page.click('#go');
    await page.waitForFunction(() => {
      const t: string[] = [];
      CSS.highlights.forEach((h) => {
        for (const r of h as unknown as Set<Range>) t.push(r.toString());
      });
      return t.includes('Wu Fei') && !t.includes('Ling Shao');
    });
    await page.click('#more');
    await page.waitForFunction(() => {
      let n = 0;
      CSS.highlights.forEach((h) => {
        for (const r of h as unknown as Set<Range>) if (r.toString() === 'John Hopcroft') n++;
      });
      return n === 3;
    });
    const t = await texts(page);
    expect(t.filter((x) => x === 'Shiqiang Yang')).toHaveLength(3);
    await page.close();
  });

  it('leaves editable regions unmarked and byte-identical', async () => {
    const page = await open('editable.html');
    await waitForMarks(page, 1);
    // Settled: a name added outside the editors after the first mark is marked too.
    const addOutside = (name: string) =>
      // A shared Chinese name needs evidence it is our person (the namesake rule): a field word.
      page.evaluate(
        (n) => document.body.insertAdjacentHTML('beforeend', `<p>${n}, AI researcher</p>`),
        name,
      );
    const until = (name: string) =>
      page.waitForFunction((n) => {
        let found = false;
        CSS.highlights.forEach((h) => {
          for (const r of h as unknown as Set<Range>) if (r.toString() === n) found = true;
        });
        return found;
      }, name);
    await addOutside('Jie Tang');
    await until('Jie Tang');
    const t = await texts(page);
    expect(t.sort()).toEqual(['Jie Tang', 'Kai-Fu Lee']);
    const [before, after] = await page.evaluate(() => [
      document.body.dataset.editor,
      document.getElementById('editor')!.innerHTML,
    ]);
    expect(after).toBe(before);
    await page.click('#editor');
    await page.keyboard.type(' Tencent');
    // The typing has been seen once a name added outside after it is marked.
    await addOutside('Yunji Chen');
    await until('Yunji Chen');
    expect((await texts(page)).sort()).toEqual(['Jie Tang', 'Kai-Fu Lee', 'Yunji Chen']);
    await page.close();
  });

  it('works on a page that keeps references to its own text nodes', async () => {
    const page = await open('vdom.html');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await waitForMarks(page, 2);
    expect(await texts(page)).toEqual(['Yunji Chen', 'Cambricon']);
    await page.evaluate(() => (window as unknown as { __tick: () => void }).__tick());
    await page.waitForFunction(() => {
      const t: string[] = [];
      CSS.highlights.forEach((h) => {
        for (const r of h as unknown as Set<Range>) t.push(r.toString());
      });
      return t.includes('Kai-Fu Lee') && t.includes('Sinovation Ventures');
    });
    await page.evaluate(() => (window as unknown as { __tick: () => void }).__tick());
    await page.waitForFunction(() => document.body.dataset.renders === '2');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works under a strict CSP with Trusted Types and causes no CSP report', async () => {
    const page = await open('csp.html');
    await waitForMarks(page, 3);
    await hoverMark(page, 'Song-Chun Zhu');
    await waitForCard(page, 'Song-Chun Zhu');
    // Positive control: a violation of the page's own, made after the card is up, must be
    // reported; once its report has arrived, any report the extension caused before it has
    // had its chance to arrive too. Only the probe's report may be there.
    await page.evaluate(() => {
      new Image().src = '/csp-probe.png';
    });
    const probe = (r: string) => r.includes('csp-probe');
    await expect.poll(() => reports.some(probe), { timeout: 15_000 }).toBe(true);
    expect(reports.filter((r) => !probe(r))).toEqual([]);
    await page.close();
  });

  it('applies settings live: categories, marking style, sites', async () => {
    const page = await open('split.html');
    await waitForMarks(page, 3);
    await setSettings({
      categories: {
        person: false,
        organisation: true,
        place: true,
        programme: true,
        project: true,
        event: true,
      },
    });
    await page.waitForFunction(
      () => !CSS.highlights.has('inkling-person') && CSS.highlights.has('inkling-organisation'),
    );
    // Another look is another highlight name, styled by the rules that come with the content
    // script: the page's own style sheets are never touched (adopting one restyles the page).
    await setSettings({ markStyle: 'background' });
    await page.waitForFunction(
      () =>
        CSS.highlights.has('inkling-organisation-bg') &&
        !CSS.highlights.has('inkling-organisation'),
    );
    const look = await page.evaluate(() => ({
      bg: getComputedStyle(document.body, '::highlight(inkling-organisation-bg)').backgroundColor,
      none: getComputedStyle(document.body, '::highlight(inkling-nothing)').backgroundColor,
      adopted: document.adoptedStyleSheets.length,
    }));
    expect(look.bg).not.toBe(look.none);
    expect(look.adopted).toBe(0);
    await setSettings({ markStyle: 'off' });
    await page.waitForFunction(() => CSS.highlights.size === 0);
    await setSettings({
      markStyle: 'underline',
      categories: {
        person: true,
        organisation: true,
        place: true,
        programme: true,
        project: true,
        event: true,
      },
    });
    await waitForMarks(page, 3);
    await setSettings({ sites: ['127.0.0.1'] });
    await page.waitForFunction(() => CSS.highlights.size === 0);
    await setSettings({ sites: [] });
    await waitForMarks(page, 3);
    expect((await readMarks(page)).length).toBe(3);
    await page.close();
  });

  it('shows marks only while the hold key is down in hold-key mode', async () => {
    const page = await open('split.html');
    await waitForMarks(page, 3);
    await setSettings({ holdKey: 'Shift' });
    await page.waitForFunction(() => CSS.highlights.size === 0);
    await page.keyboard.down('Shift');
    await waitForMarks(page, 3);
    await page.keyboard.up('Shift');
    await page.waitForFunction(() => CSS.highlights.size === 0);
    await setSettings({ holdKey: 'none' });
    await waitForMarks(page, 3);
    await page.close();
  });
});
