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
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> } & Record<string, unknown>;
}

export interface TraceSummary {
  /** Sum of top-level task durations on the page's renderer main thread (ms). */
  mainThreadMs: number;
  /** The longest of those tasks (ms), and the longest that started after DOMContentLoaded. */
  longestTaskMs: number;
  longestAfterDclMs: number;
  /** Time of the main frame's DOMContentLoaded, in trace microseconds (NaN if none). */
  dclTs: number;
  /** Trace stamps (console.timeStamp) by label: the first time each was seen, in µs. */
  stamps: Map<string, number>;
}

/** The renderer main threads (pid:tid) of processes that loaded a main frame from `urlPrefix`. */
function pageThreads(events: TraceEvent[], urlPrefix: string): Set<string> {
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

export function summarizeTrace(events: TraceEvent[], urlPrefix: string): TraceSummary {
  const threads = pageThreads(events, urlPrefix);
  const on = (e: TraceEvent) => threads.has(`${e.pid}:${e.tid}`);
  let dclTs = NaN;
  const stamps = new Map<string, number>();
  for (const e of events) {
    if (!on(e)) continue;
    if (e.name === 'MarkDOMContent') {
      const main = (e.args?.data as { isMainFrame?: boolean } | undefined)?.isMainFrame;
      if (main !== false && !(dclTs <= e.ts)) dclTs = e.ts;
    }
    if (e.name === 'TimeStamp') {
      const label = (e.args?.data as { message?: unknown } | undefined)?.message;
      if (typeof label === 'string' && !stamps.has(label)) stamps.set(label, e.ts);
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
  let longest = 0;
  let longestAfter = 0;
  let end = -Infinity;
  for (const t of tasks) {
    const dur = t.dur ?? 0;
    if (t.ts < end) continue;
    end = t.ts + dur;
    mainThreadUs += dur;
    longest = Math.max(longest, dur);
    if (t.ts >= dclTs) longestAfter = Math.max(longestAfter, dur);
  }
  return {
    mainThreadMs: mainThreadUs / 1000,
    longestTaskMs: longest / 1000,
    longestAfterDclMs: longestAfter / 1000,
    dclTs,
    stamps,
  };
}
