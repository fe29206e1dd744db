// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { frameHasWork, whenFrameHasWork } from '../../lib/page/frame-gate';

/** A window as a subframe sees it: another top, and its own size. */
function subframe(width: number, height: number): Window {
  return Object.assign(new EventTarget(), {
    top: {} as Window,
    innerWidth: width,
    innerHeight: height,
  }) as unknown as Window;
}

const owner = () => {
  const timers: (() => void)[] = [];
  return {
    timers,
    addEventListener: (t: EventTarget, type: string, fn: () => void) =>
      t.addEventListener(type, fn),
    setTimeout: (fn: () => void) => timers.push(fn),
    onInvalidated: () => {},
  };
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the frame gate', () => {
  it('lets the top frame start whatever it holds', () => {
    expect(frameHasWork(window, document)).toBe(true);
  });

  it('stops a subframe with no words, or only scripts and white space', () => {
    document.body.innerHTML = '<div> \n </div><script>var a = "text"</script><img alt="">';
    expect(frameHasWork(subframe(300, 250), document)).toBe(false);
  });

  it('stops a tiny subframe even with text, and starts a readable one with text', () => {
    document.body.textContent = 'Tiejun Huang';
    expect(frameHasWork(subframe(1, 1), document)).toBe(false);
    expect(frameHasWork(subframe(300, 250), document)).toBe(true);
  });

  it('starts a waiting frame when text arrives, not before', async () => {
    const o = owner();
    let started = false;
    void whenFrameHasWork(subframe(300, 250), document, o).then(() => (started = true));
    document.body.appendChild(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 0));
    o.timers.splice(0).forEach((fn) => fn());
    await Promise.resolve();
    expect(started).toBe(false);
    document.body.appendChild(document.createTextNode('Kai-Fu Lee'));
    await new Promise((r) => setTimeout(r, 0));
    expect(o.timers.length).toBe(1);
    o.timers.splice(0).forEach((fn) => fn());
    await Promise.resolve();
    expect(started).toBe(true);
  });

  it('starts a frame that grows to a readable size', async () => {
    document.body.textContent = 'Kai-Fu Lee';
    const win = subframe(1, 1);
    const o = owner();
    let started = false;
    void whenFrameHasWork(win, document, o).then(() => (started = true));
    Object.assign(win, { innerWidth: 400, innerHeight: 300 });
    win.dispatchEvent(new Event('resize'));
    o.timers.splice(0).forEach((fn) => fn());
    await Promise.resolve();
    expect(started).toBe(true);
  });
});
