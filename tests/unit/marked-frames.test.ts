/** The frames of a tab that marked something, remembered for the popup's "on this page". */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTab, markedFrames, recordFrame } from '../../lib/worker/marked-frames';

beforeEach(() => fakeBrowser.reset());

describe('marked frames', () => {
  it('lists the top frame first, then every frame that reported marks, per tab', async () => {
    expect(await markedFrames(5)).toEqual([0]);
    await Promise.all([recordFrame(5, 0, 3), recordFrame(5, 12, 2), recordFrame(5, 30, 1)]);
    await recordFrame(6, 44, 1);
    expect((await markedFrames(5)).sort((a, b) => a - b)).toEqual([0, 12, 30]);
    expect(await markedFrames(6)).toEqual([0, 44]);
  });

  it('forgets a frame that no longer marks anything, and a closed tab', async () => {
    await recordFrame(5, 12, 2);
    await recordFrame(5, 12, 0);
    expect(await markedFrames(5)).toEqual([0]);
    await recordFrame(5, 30, 1);
    await forgetTab(5);
    expect(await markedFrames(5)).toEqual([0]);
  });
});
