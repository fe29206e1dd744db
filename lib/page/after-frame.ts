/**
 * Waits for the page's first frame. The scan reads styles (skipped elements) and positions
 * (visible blocks first), and reading them before the page's first frame forces its whole
 * layout inside Inkling's task — on a 1 MB page a half-second task of the page's own work.
 * Hidden tabs get no frames, hence the timeout.
 */
import type { Owner } from './owner';

/** Longest wait for a frame (a hidden tab never paints). */
export const FRAME_WAIT_MS = 100;

export function afterFirstFrame(owner: Owner): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      resolve();
    };
    // The timeout after the frame lets the page finish that frame's work first.
    owner.requestAnimationFrame(() => owner.setTimeout(go, 0));
    owner.setTimeout(go, FRAME_WAIT_MS);
  });
}
