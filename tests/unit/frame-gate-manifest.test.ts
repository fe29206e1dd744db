/**
 * Issue 15: only the frame gate runs in every frame; the page script is the top frame's, and
 * the marks' stylesheet is declared once. check-bundles applies the same check to real builds.
 */
import { describe, expect, it } from 'vitest';
import {
  addFrameGate,
  contentScriptProblems,
  FRAME_GATE_FILE,
  type ContentScriptEntry,
} from '../../scripts/lib/frame-gate-manifest';
import { claimFrameStart } from '../../lib/page/frame-start';

const generated = (): { content_scripts: ContentScriptEntry[] } => ({
  content_scripts: [
    {
      matches: ['https://*/*'],
      all_frames: false,
      run_at: 'document_idle',
      css: ['content-scripts/content.css'],
      js: ['content-scripts/content.js'],
    },
  ],
});
const small = () => 1800;

describe('the content scripts in the manifest', () => {
  it('declare the gate for every frame with the styles, the page script for the top frame', () => {
    const m = generated();
    addFrameGate(m);
    const [top, gate] = m.content_scripts;
    expect(top).toEqual({
      matches: ['https://*/*'],
      all_frames: false,
      run_at: 'document_idle',
      js: ['content-scripts/content.js'],
    });
    expect(gate).toMatchObject({
      matches: ['https://*/*'],
      js: [FRAME_GATE_FILE],
      css: ['content-scripts/content.css'],
      all_frames: true,
      match_about_blank: true,
      match_origin_as_fallback: true,
    });
    expect(contentScriptProblems(m.content_scripts, small)).toEqual([]);
  });

  it('fail the check when the page script runs in every frame again', () => {
    const m = generated();
    m.content_scripts[0]!.all_frames = true;
    addFrameGate(m);
    expect(contentScriptProblems(m.content_scripts, small)).toEqual([
      'runs in every frame: content-scripts/content.js (only the gate may)',
      'the page script is not declared for the top frame',
    ]);
  });

  it('fail the check without the gate, with a big gate, or with the styles twice', () => {
    expect(contentScriptProblems(generated().content_scripts, small)).toContain(
      'the frame gate is not declared once for every frame',
    );
    const m = generated();
    addFrameGate(m);
    expect(contentScriptProblems(m.content_scripts, () => 60_000)).toEqual([
      'the frame gate is 60000 bytes (> 4096)',
    ]);
    m.content_scripts[0]!.css = ['content-scripts/content.css'];
    expect(contentScriptProblems(m.content_scripts, small)).toEqual([
      'a stylesheet is declared twice',
    ]);
  });

  it('refuse a manifest without the page script', () => {
    expect(() => addFrameGate({ content_scripts: [] })).toThrow(/content\.js/);
  });
});

describe('a subframe start', () => {
  it('happens once per step in a world', () => {
    const world = {};
    expect(claimFrameStart(world, 'asked')).toBe(true);
    expect(claimFrameStart(world, 'asked')).toBe(false);
    expect(claimFrameStart(world, 'content')).toBe(true);
    expect(claimFrameStart(world, 'content')).toBe(false);
    expect(claimFrameStart({}, 'content')).toBe(true);
  });
});
