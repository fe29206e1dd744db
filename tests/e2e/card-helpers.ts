/**
 * Reading and operating Inkling's card, which lives in a closed shadow root that page scripts
 * (and Playwright locators) cannot enter: the DevTools protocol can.
 */
import type { CDPSession, Page } from 'playwright-core';

export interface CardNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CardNode[];
  shadowRoots?: CardNode[];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function withCdp<T>(page: Page, fn: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await fn(cdp);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The card host (a random x-… element on <html>) with its closed shadow tree, or null. */
export async function cardTree(cdp: CDPSession): Promise<CardNode | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: CardNode;
  };
  const html = root.children?.find((c) => c.nodeName === 'HTML');
  return (
    html?.children?.find((c) => /^X-[A-Z]+$/.test(c.nodeName) && c.shadowRoots?.length) ?? null
  );
}

export function attr(n: CardNode, name: string): string | undefined {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return undefined;
}

export function textOf(n: CardNode): string {
  let out = '';
  const walk = (x: CardNode) => {
    if (x.nodeType === 3) out += x.nodeValue ?? '';
    x.children?.forEach(walk);
    x.shadowRoots?.forEach(walk);
  };
  walk(n);
  return out.replace(/\s+/g, ' ').trim();
}

export function findAll(n: CardNode | null, pred: (x: CardNode) => boolean): CardNode[] {
  const out: CardNode[] = [];
  const walk = (x: CardNode) => {
    if (pred(x)) out.push(x);
    x.children?.forEach(walk);
    x.shadowRoots?.forEach(walk);
  };
  if (n) walk(n);
  return out;
}

export const hasClass = (c: string) => (x: CardNode) =>
  (attr(x, 'class') ?? '').split(/\s+/).includes(c);

export async function boxOf(cdp: CDPSession, n: CardNode): Promise<Box> {
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: n.backendNodeId })) as {
    model: { border: number[] };
  };
  const q = model.border;
  const xs = [q[0]!, q[2]!, q[4]!, q[6]!];
  const ys = [q[1]!, q[3]!, q[5]!, q[7]!];
  return {
    x: Math.min(...xs),
    y: Math.min(...ys),
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
  };
}

/** The card panel (role=dialog) node, or null when no card is open. */
export async function cardPanel(cdp: CDPSession): Promise<CardNode | null> {
  return findAll(await cardTree(cdp), (x) => attr(x, 'role') === 'dialog')[0] ?? null;
}

/**
 * Clicks the centre of the first card element matching `pred` (inside the first element matching
 * `within`, when given), scrolled into view first. The
 * card fills in asynchronously (the claim check arrives after the facts), so the element's box
 * is read until it holds still before clicking.
 */
export async function clickIn(
  page: Page,
  pred: (x: CardNode) => boolean,
  within?: (x: CardNode) => boolean,
): Promise<void> {
  const read = () =>
    withCdp(page, async (cdp) => {
      const tree = await cardTree(cdp);
      const scope = within ? (findAll(tree, within)[0] ?? null) : tree;
      const n = findAll(scope, pred)[0];
      if (!n) throw new Error('no such element in the card');
      await callOn(cdp, n, "function(){ this.scrollIntoView({ block: 'center' }) }");
      return boxOf(cdp, n);
    });
  const box = await untilStill(page, read);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

const sameBox = (a: Box, b: Box) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/**
 * Reads a box until two reads a frame or more apart agree, and returns it; throws when it never
 * holds still (a card that keeps moving is a failure, not something to click anyway).
 */
export async function untilStill(
  page: Page,
  read: () => Promise<Box>,
  timeout = 10_000,
): Promise<Box> {
  const end = Date.now() + timeout;
  let box = await read();
  for (;;) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
    const next = await read();
    if (sameBox(box, next)) return next;
    box = next;
    if (Date.now() > end) throw new Error(`box never held still; last ${JSON.stringify(box)}`);
  }
}

/** The open card's panel box once the card has been placed and holds still. */
export async function settledPanelBox(page: Page, timeout = 10_000): Promise<Box> {
  return untilStill(
    page,
    () =>
      withCdp(page, async (cdp) => {
        const panel = await cardPanel(cdp);
        if (!panel) throw new Error('no card open');
        return boxOf(cdp, panel);
      }),
    timeout,
  );
}

/** The open card's aria-label, or null when no card is open. */
export const cardLabel = (page: Page): Promise<string | null> =>
  withCdp(page, async (cdp) => {
    const panel = await cardPanel(cdp);
    return panel ? (attr(panel, 'aria-label') ?? '') : null;
  });

/**
 * Polls the card's label until it is `want`, recording every label seen on the way (so a card
 * that opened for something else first is noticed). Throws after `timeout`.
 */
export async function waitForLabel(page: Page, want: string, timeout = 10_000): Promise<string[]> {
  const end = Date.now() + timeout;
  const seen: string[] = [];
  for (;;) {
    const label = await cardLabel(page);
    if (label !== null && seen.at(-1) !== label) seen.push(label);
    if (label === want) return seen;
    if (Date.now() > end)
      throw new Error(`card label never became "${want}"; saw ${JSON.stringify(seen)}`);
  }
}

/** Runs `fn` (a function source taking the element as `this`) on a card node in the page. */
export async function callOn<T>(cdp: CDPSession, n: CardNode, fn: string): Promise<T> {
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: n.backendNodeId })) as {
    object: { objectId: string };
  };
  const r = (await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value: T }; exceptionDetails?: unknown };
  if (r.exceptionDetails)
    throw new Error(`callOn failed: ${JSON.stringify(r.exceptionDetails).slice(0, 300)}`);
  return r.result.value;
}
