/**
 * bench:page reads its figures from a trace: these traces, made by hand, show that it counts
 * the page's main thread only, each task once, in CPU time, and finds DCL and Inkling's stamps.
 */
import { describe, expect, it } from 'vitest';
import { summarizeTrace, type TraceEvent } from '../../scripts/bench/trace';

const PAGE = 10;
const OTHER = 20;
const meta = (pid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid,
  tid: pid,
  args: { name },
});
const task = (pid: number, ts: number, dur: number, tdur = dur): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  ts,
  dur,
  tdur,
  pid,
  tid: pid,
});

function trace(extra: TraceEvent[] = []): TraceEvent[] {
  return [
    meta(PAGE, 'CrRendererMain'),
    meta(OTHER, 'CrRendererMain'),
    // The browser says which renderer committed the page.
    {
      name: 'FrameCommittedInBrowser',
      ph: 'I',
      ts: 1,
      pid: 1,
      tid: 1,
      args: { data: { url: 'http://127.0.0.1:5000/a.html', processId: PAGE } },
    },
    {
      name: 'MarkDOMContent',
      ph: 'I',
      ts: 5_000,
      pid: PAGE,
      tid: PAGE,
      args: { data: { isMainFrame: true } },
    },
    task(PAGE, 1_000, 3_000),
    task(PAGE, 6_000, 10_000, 4_000),
    // A nested task inside the one above is not counted again.
    task(PAGE, 7_000, 2_000),
    // Another renderer (an extension's, a new-tab page) is not the page.
    task(OTHER, 1_000, 50_000),
    ...extra,
  ];
}

describe('bench:page trace summary', () => {
  it("sums the page renderer's top-level tasks in CPU time, each once", () => {
    const s = summarizeTrace(trace(), 'http://127.0.0.1:5000');
    expect(s.mainThreadMs).toBe(7);
    expect(s.mainThreadWallMs).toBe(13);
    expect(s.longestTaskMs).toBe(4);
    expect(s.longestAfterDclMs).toBe(4);
    expect(s.dclTs).toBe(5_000);
  });

  it('sees a known cost: a 100 ms task adds 100 ms and becomes the longest', () => {
    const base = summarizeTrace(trace(), 'http://127.0.0.1:5000');
    const busy = summarizeTrace(trace([task(PAGE, 20_000, 100_000)]), 'http://127.0.0.1:5000');
    expect(busy.mainThreadMs - base.mainThreadMs).toBe(100);
    expect(busy.longestAfterDclMs).toBe(100);
  });

  it("finds Inkling's trace stamps on the page's thread, first time each", () => {
    const stamp = (ts: number, message: string): TraceEvent => ({
      name: 'TimeStamp',
      ph: 'I',
      ts,
      pid: PAGE,
      tid: PAGE,
      args: { data: { message } },
    });
    const s = summarizeTrace(
      trace([
        stamp(8_000, 'inkling:start'),
        stamp(9_000, 'inkling:marks'),
        stamp(12_000, 'inkling:marks'),
      ]),
      'http://127.0.0.1:5000',
    );
    expect(s.stamps.get('inkling:start')).toBe(8_000);
    expect(s.stamps.get('inkling:marks')).toBe(9_000);
  });

  it("tells Inkling's longest task from the page's: the one holding an inkling: stamp", () => {
    const stamp = (ts: number): TraceEvent => ({
      name: 'TimeStamp',
      ph: 'I',
      ts,
      pid: PAGE,
      tid: PAGE,
      args: { data: { message: 'inkling:task' } },
    });
    // The page's own 100 ms layout, and a 30 ms task of Inkling's (its stamp inside it).
    const s = summarizeTrace(
      trace([task(PAGE, 20_000, 100_000), task(PAGE, 200_000, 30_000), stamp(210_000)]),
      'http://127.0.0.1:5000',
    );
    expect(s.longestAfterDclMs).toBe(100);
    expect(s.longestOwnTaskMs).toBe(30);
    expect(s.ownTasksMs).toBe(30);
    // Every task holding a stamp is summed once, however many stamps it holds.
    const two = summarizeTrace(
      trace([
        task(PAGE, 20_000, 100_000),
        task(PAGE, 200_000, 30_000),
        stamp(210_000),
        stamp(220_000),
        task(PAGE, 300_000, 12_000),
        stamp(305_000),
      ]),
      'http://127.0.0.1:5000',
    );
    expect(two.ownTasksMs).toBe(42);
    // A stamp on another renderer's thread, or between tasks, makes no task Inkling's.
    const none = summarizeTrace(trace([stamp(150_000)]), 'http://127.0.0.1:5000');
    expect(none.longestOwnTaskMs).toBe(0);
  });

  it("finds when the extension's script was injected and sums its script time, not the page's", () => {
    const script = (
      name: string,
      ts: number,
      dur: number,
      url: string,
      pid = PAGE,
    ): TraceEvent => ({
      name,
      ph: 'X',
      ts,
      dur,
      tdur: dur,
      pid,
      tid: pid,
      args: { data: { url } },
    });
    const s = summarizeTrace(
      trace([
        script('EvaluateScript', 4_000, 3_000, 'http://127.0.0.1:5000/page.js'),
        script('v8.compile', 9_000, 2_000, 'chrome-extension://abc/content-scripts/content.js'),
        script(
          'EvaluateScript',
          11_000,
          5_000,
          'chrome-extension://abc/content-scripts/content.js',
        ),
        // A call nested in the evaluation is not counted twice.
        script('FunctionCall', 12_000, 1_000, 'chrome-extension://abc/content-scripts/content.js'),
        // Another renderer's extension script is not this page's.
        script('EvaluateScript', 1_000, 9_000, 'chrome-extension://abc/x.js', OTHER),
      ]),
      'http://127.0.0.1:5000',
    );
    expect(s.scriptStartTs).toBe(9_000);
    expect(s.scriptMs).toBe(7);
    expect(Number.isNaN(summarizeTrace(trace(), 'http://127.0.0.1:5000').scriptStartTs)).toBe(true);
  });

  it('counts nothing when the page never loaded in the trace', () => {
    const s = summarizeTrace(trace(), 'http://example.invalid');
    expect(s.mainThreadMs).toBe(0);
    expect(Number.isNaN(s.dclTs)).toBe(true);
  });
});
