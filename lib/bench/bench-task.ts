/**
 * Benchmark builds only: marks the task this runs in as Inkling's, so that bench:page can tell
 * Inkling's own longest task from the page's (console.timeStamp shows in a DevTools trace, never
 * to the page). Call it where Inkling's work resumes in a new task: a scan slice after a yield,
 * the reply from the worker, a repaint on scroll. `__INKLING_BENCH__` is false in every other
 * build, and the call folds away; it is not defined at all under unit tests.
 */
export function benchTask(): void {
  if (typeof __INKLING_BENCH__ !== 'undefined' && __INKLING_BENCH__)
    console.timeStamp('inkling:task');
}
