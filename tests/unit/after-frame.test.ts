import { describe, expect, it } from 'vitest';
import { afterFirstFrame, FRAME_WAIT_MS } from '../../lib/page/after-frame';
import { fakeOwner } from './page-fakes';

const flushed = async () => {
  for (let i = 0; i < 3; i++) await Promise.resolve();
};

describe('waiting for the first frame', () => {
  it('waits for the frame, then for the task after it', async () => {
    const o = fakeOwner();
    let done = false;
    void afterFirstFrame(o.owner).then(() => (done = true));
    await flushed();
    expect(done).toBe(false);
    expect(o.frame()).toBe(1);
    await flushed();
    expect(done).toBe(false);
    o.advance(0);
    await flushed();
    expect(done).toBe(true);
  });

  it('stops waiting in a hidden tab, which never paints', async () => {
    const o = fakeOwner();
    let done = false;
    void afterFirstFrame(o.owner).then(() => (done = true));
    o.advance(FRAME_WAIT_MS - 1);
    await flushed();
    expect(done).toBe(false);
    o.advance(1);
    await flushed();
    expect(done).toBe(true);
  });
});
