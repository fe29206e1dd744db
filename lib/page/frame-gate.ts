/**
 * Frames that have nothing to say do nothing. Most subframes are ads, trackers and widgets with
 * no prose: the frame gate (entrypoints/frame-gate.ts) checks a subframe cheaply, and one with no
 * words (or too small to read) waits — for text to arrive or the frame to grow — before the page
 * script is injected, settings are read or any text is sent.
 */

/** Smaller than this (CSS px) cannot show a readable name. */
const MIN_WIDTH = 40;
const MIN_HEIGHT = 16;
/** A name needs at least this many non-space characters of text in the frame. */
const MIN_TEXT = 2;

export function frameHasWork(win: Window, doc: Document): boolean {
  if (win === win.top) return true;
  if (win.innerWidth < MIN_WIDTH || win.innerHeight < MIN_HEIGHT) return false;
  return hasText(doc);
}

/** Some letters (not only white space) anywhere in the body. Stops at the first few found. */
function hasText(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript') continue;
    seen += (n.nodeValue ?? '').replace(/\s+/g, '').length;
    if (seen >= MIN_TEXT) return true;
  }
  return false;
}

export interface GateOwner {
  addEventListener: (target: EventTarget, type: string, fn: () => void) => void;
  setTimeout: (fn: () => void, ms: number) => number;
  onInvalidated: (fn: () => void) => void;
}

/**
 * Resolves once the frame has work: at once when it has, else when text arrives or the frame
 * is resized to a readable size (checked at most every 500 ms while the page changes).
 */
export function whenFrameHasWork(win: Window, doc: Document, owner: GateOwner): Promise<void> {
  if (frameHasWork(win, doc)) return Promise.resolve();
  return new Promise((resolve) => {
    let scheduled = false;
    let done = false;
    const check = () => {
      scheduled = false;
      if (done || !frameHasWork(win, doc)) return;
      done = true;
      observer.disconnect();
      resolve();
    };
    const later = () => {
      if (scheduled || done) return;
      scheduled = true;
      owner.setTimeout(check, 500);
    };
    const observer = new MutationObserver(later);
    observer.observe(doc.documentElement, { childList: true, characterData: true, subtree: true });
    owner.addEventListener(win, 'resize', later);
    owner.onInvalidated(() => {
      done = true;
      observer.disconnect();
    });
  });
}
