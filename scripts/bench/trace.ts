/**
 * Reads a Chromium trace (DevTools "Trace Event Format") for bench:page: the main-thread time
 * of the page's renderer, its longest task, and when DOMContentLoaded and Inkling's trace stamps
 * happened. Pure, so the arithmetic has unit tests with traces made by hand.
 */

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration, where the trace records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> } & Record<string, unknown>;
}

export interface TraceSummary {
  /**
   * Sum of top-level task durations on the page's renderer main thread (ms), in thread CPU time
   * (`tdur`): on a shared two-core machine wall time stretches with other processes' load
   * (a 2 ms task can read 25 ms), CPU time does not. Wall time is kept beside it.
   */
  mainThreadMs: number;
  mainThreadWallMs: number;
  /** The longest of those tasks (CPU ms), and the longest that started after DOMContentLoaded. */
  longestTaskMs: number;
  longestAfterDclMs: number;
  /**
   * The longest task that ran Inkling's work (CPU ms): one holding an `inkling:` trace stamp
   * (benchmark builds stamp every task where Inkling's work resumes, lib/bench/bench-task.ts).
   * The page's own long tasks — its first layout of a huge document — are not Inkling's.
   */
  longestOwnTaskMs: number;
  /**
   * CPU time of every task holding an `inkling:` stamp, summed: Inkling's own work including the
   * style and layout it forces, and nothing of the page's tasks. Unlike `scriptMs` it counts the
   * work that resumes in promise callbacks (a scan slice after a yield), which the trace shows
   * under no script URL.
   */
  ownTasksMs: number;
  /** Time of the main frame's DOMContentLoaded, in trace microseconds (NaN if none). */
  dclTs: number;
  /** Trace stamps (console.timeStamp) by label: the first time each was seen, in µs. */
  stamps: Map<string, number>;
  /**
   * CPU time of script from `scriptPrefix` (the extension's own scripts) on the page's main
   * threads: compiling, evaluating and every call into it (outermost events only). A direct
   * measure of Inkling's own work, unlike the with-minus-without difference, which also holds
   * the style, layout and paint its marks cause — and the noise of two page loads.
   */
  scriptMs: number;
  /**
   * When the extension's first script began on the page's main threads (compile or evaluate), in
   * trace microseconds (NaN if none): the moment the browser injected it at `document_idle`,
   * before any of Inkling's own code ran.
   */
  scriptStartTs: number;
}

const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'FunctionCall',
  'v8.evaluateModule',
]);

function scriptUrl(e: TraceEvent): string | undefined {
  const data = e.args?.data as { url?: unknown; fileName?: unknown } | undefined;
  const url = data?.url ?? data?.fileName;
  return typeof url === 'string' ? url : undefined;
}

/** The renderer main threads (pid:tid) of processes that loaded a main frame from `urlPrefix`. */
export function pageThreads(events: TraceEvent[], urlPrefix: string): Set<string> {
  const mains = new Set<string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      mains.add(`${e.pid}:${e.tid}`);
  const pids = new Set<number>();
  const fromUrl = (url: unknown) => typeof url === 'string' && url.startsWith(urlPrefix);
  for (const e of events) {
    const data = e.args?.data as
      | { url?: unknown; processId?: unknown; frames?: { url?: unknown; processId?: unknown }[] }
      | undefined;
    const begin = (e.args as { beginData?: { url?: unknown } } | undefined)?.beginData;
    // The browser process says which renderer committed a frame; the renderer names the URL
    // it parses and loads.
    if (typeof data?.processId === 'number' && fromUrl(data.url)) pids.add(data.processId);
    for (const f of data?.frames ?? [])
      if (typeof f.processId === 'number' && fromUrl(f.url)) pids.add(f.processId);
    if (fromUrl(data?.url) || fromUrl(begin?.url)) pids.add(e.pid);
  }
  return new Set([...mains].filter((k) => pids.has(Number(k.split(':')[0]))));
}

export function summarizeTrace(
  events: TraceEvent[],
  urlPrefix: string,
  scriptPrefix = 'chrome-extension://',
): TraceSummary {
  const threads = pageThreads(events, urlPrefix);
  const on = (e: TraceEvent) => threads.has(`${e.pid}:${e.tid}`);
  let dclTs = NaN;
  const stamps = new Map<string, number>();
  /** Every `inkling:` stamp's time, per thread. */
  const own = new Map<string, number[]>();
  for (const e of events) {
    if (!on(e)) continue;
    if (e.name === 'MarkDOMContent') {
      const main = (e.args?.data as { isMainFrame?: boolean } | undefined)?.isMainFrame;
      if (main !== false && !(dclTs <= e.ts)) dclTs = e.ts;
    }
    if (e.name === 'TimeStamp') {
      const label = (e.args?.data as { message?: unknown } | undefined)?.message;
      if (typeof label === 'string' && !stamps.has(label)) stamps.set(label, e.ts);
      if (typeof label === 'string' && label.startsWith('inkling:')) {
        const k = `${e.pid}:${e.tid}`;
        own.set(k, [...(own.get(k) ?? []), e.ts]);
      }
    }
  }
  // Top-level tasks: RunTask (ThreadControllerImpl::RunTask in older builds) complete events.
  // Nested tasks (a task inside a task) are not counted twice: only outermost ones are summed.
  const tasks = events
    .filter(
      (e) =>
        on(e) &&
        e.ph === 'X' &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
    )
    .sort((a, b) => a.ts - b.ts);
  let mainThreadUs = 0;
  let wallUs = 0;
  let longest = 0;
  let longestAfter = 0;
  let longestOwn = 0;
  let ownUs = 0;
  let end = -Infinity;
  for (const t of tasks) {
    const wall = t.dur ?? 0;
    const dur = t.tdur ?? wall;
    if (t.ts < end) continue;
    end = t.ts + wall;
    wallUs += wall;
    mainThreadUs += dur;
    longest = Math.max(longest, dur);
    if (t.ts >= dclTs) longestAfter = Math.max(longestAfter, dur);
    const mine = own.get(`${t.pid}:${t.tid}`);
    if (mine?.some((ts) => ts >= t.ts && ts <= t.ts + wall)) {
      longestOwn = Math.max(longestOwn, dur);
      ownUs += dur;
    }
  }
  let scriptUs = 0;
  let scriptStartTs = NaN;
  const scriptEnd = new Map<string, number>();
  for (const e of events
    .filter((x) => on(x) && x.ph === 'X' && SCRIPT_EVENTS.has(x.name))
    .sort((a, b) => a.ts - b.ts)) {
    if (!scriptUrl(e)?.startsWith(scriptPrefix)) continue;
    if (!(scriptStartTs <= e.ts)) scriptStartTs = e.ts;
    const thread = `${e.pid}:${e.tid}`;
    if (e.ts < (scriptEnd.get(thread) ?? -Infinity)) continue;
    scriptEnd.set(thread, e.ts + (e.dur ?? 0));
    scriptUs += e.tdur ?? e.dur ?? 0;
  }
  return {
    scriptMs: scriptUs / 1000,
    scriptStartTs,
    mainThreadMs: mainThreadUs / 1000,
    mainThreadWallMs: wallUs / 1000,
    longestTaskMs: longest / 1000,
    longestAfterDclMs: longestAfter / 1000,
    longestOwnTaskMs: longestOwn / 1000,
    ownTasksMs: ownUs / 1000,
    dclTs,
    stamps,
  };
}
