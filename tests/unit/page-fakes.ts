/**
 * Small fakes of what a page's units are given (lib/page/): an owner with a manual clock and
 * manual animation frames, the extension's services with a tiny name matcher, a card slot, and
 * trusted events (happy-dom's events are never trusted, and Inkling ignores untrusted ones).
 */
import type { CardFactory, CardProps, CardSlot } from '../../lib/card/card-api';
import type { CardData } from '../../lib/card/card-data';
import type { Category } from '../../lib/dataset/categories';
import type { EntityRecord } from '../../lib/dataset/compile';
import type { Owner } from '../../lib/page/owner';
import type { Mention } from '../../lib/page/page-index';
import type { PageServices } from '../../lib/page/page-services';
import type { PackedBlocks } from '../../lib/page/text-blocks';
import { defaultSettings, type Settings } from '../../lib/settings/settings';
import type { Rejection } from '../../lib/settings/rejections';
import type { PageMark, PageMatchReply } from '../../lib/worker/page-match';

/** Every fake owner made, so a test file can end them all (see invalidateAll). */
const owners: { invalidate: () => void }[] = [];

/**
 * An owner whose timers run only when the test advances time, and frames when it says so.
 * Invalidating it removes its listeners, as WXT's context does.
 */
export function fakeOwner() {
  let now = 0;
  let id = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let frames: (() => void)[] = [];
  const invalidated: (() => void)[] = [];
  const listeners = new AbortController();
  const owner: Owner = {
    addEventListener: (target, type, fn, opts) =>
      target.addEventListener(type, fn, { ...opts, signal: listeners.signal }),
    setTimeout: (fn, ms) => (timers.set(++id, { at: now + ms, fn }), id),
    clearTimeout: (i) => void timers.delete(i),
    requestAnimationFrame: (fn) => (frames.push(fn), ++id),
    onInvalidated: (fn) => void invalidated.push(fn),
  };
  const invalidate = () => {
    listeners.abort();
    invalidated.splice(0).forEach((fn) => fn());
  };
  owners.push({ invalidate });
  return {
    owner,
    /** Timers waiting. */
    pending: () => timers.size,
    /** Run the timers due within `ms`, in time order. */
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const next = [...timers.entries()]
          .filter(([, t]) => t.at <= end)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!next) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].fn();
      }
      now = end;
    },
    /** Run the animation frame callbacks asked for so far; returns how many ran. */
    frame(): number {
      const run = frames;
      frames = [];
      run.forEach((fn) => fn());
      return run.length;
    },
    /** The extension went away (reload, disable). */
    invalidate,
  };
}

/** End every fake owner made so far: no listener of one test hears the next test's events. */
export function invalidateAll(): void {
  owners.splice(0).forEach((o) => o.invalidate());
}

/** Entities the fake matcher knows: the text it finds → the entity. */
export type FakeNames = Record<string, { id: string; category: Category; name?: string }>;

/** The worker's answer for packed blocks: every occurrence of every known text, per block. */
export function fakeMatch(names: FakeNames, packed: PackedBlocks): PageMatchReply {
  const marks: PageMark[] = [];
  const entities: PageMatchReply['entities'] = {};
  let offset = 0;
  packed.lengths.forEach((len, b) => {
    const text = packed.text.slice(offset, offset + len);
    offset += len;
    for (const [surface, e] of Object.entries(names)) {
      for (let s = text.indexOf(surface); s >= 0; s = text.indexOf(surface, s + 1)) {
        marks.push({ b, s, e: s + surface.length, id: e.id, alias: surface });
        entities[e.id] = { name: e.name ?? surface, category: e.category };
      }
    }
  });
  marks.sort((x, y) => x.b - y.b || x.s - y.s);
  return { marks, entities };
}

/** Card data with just what the page's units read (the entity's id and name). */
export function fakeCardData(id: string, name = id): CardData {
  return {
    entity: { id, name } as unknown as EntityRecord,
    sources: {},
    related: {},
    version: 'test',
  };
}

/** A card slot that records what it was asked to show. */
export function fakeCardSlot(doc: Document) {
  const host = doc.createElement('inkling-card-test');
  doc.documentElement.appendChild(host);
  const shown: CardProps[] = [];
  let open = false;
  const slot: CardSlot = {
    host,
    get isOpen() {
      return open;
    },
    contains: (node) => !!node && host.contains(node),
    show: (props) => {
      open = true;
      shown.push(props);
    },
    hide: () => {
      open = false;
    },
  };
  return { slot, shown };
}

/** The services, with a fake matcher over `names`, recording what the page sent and reported. */
export function fakeServices(names: FakeNames = {}) {
  const sent: string[][] = [];
  const reports: number[] = [];
  const rejected: Rejection[] = [];
  const cards: ReturnType<typeof fakeCardSlot>[] = [];
  let cardLoads = 0;
  const services: PageServices = {
    match: async (packed) => {
      let offset = 0;
      sent.push(packed.lengths.map((l) => packed.text.slice(offset, (offset += l))));
      return fakeMatch(names, packed);
    },
    entity: async (id) => fakeCardData(id),
    loadCard: async () => {
      cardLoads++;
      const factory: CardFactory = (doc) => {
        const card = fakeCardSlot(doc);
        cards.push(card);
        return card.slot;
      };
      return factory;
    },
    copy: async () => undefined,
    report: (n) => void reports.push(n),
    reject: async (r) => void rejected.push(r),
  };
  return { services, sent, reports, rejected, cards, cardLoads: () => cardLoads };
}

export function settingsWith(change: Partial<Settings> = {}): Settings {
  return { ...structuredClone(defaultSettings), ...change };
}

/** A mention of `text` in the first text node under `el` that holds it. */
export function mentionIn(
  el: Element,
  text: string,
  entityId: string,
  category: Category = 'person',
): Mention {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n.nodeValue ?? '').indexOf(text);
    if (at < 0) continue;
    const range = doc.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + text.length);
    const blockText = n.nodeValue ?? '';
    return {
      entityId,
      category,
      alias: text,
      text,
      range,
      blockText,
      start: at,
      end: at + text.length,
    };
  }
  throw new Error(`no "${text}" in the element`);
}

/** The event, marked as the reader's own (as the browser marks real input). */
export function trusted<E extends Event>(e: E, extra: Record<string, unknown> = {}): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  for (const [k, v] of Object.entries(extra)) Object.defineProperty(e, k, { value: v });
  return e;
}

/** Let pending promise callbacks run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}
