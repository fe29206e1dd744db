/**
 * A fixed amount of CPU work, for benchmark builds only: the content script does it at start in
 * the calibration build, and bench:page times the same function alone in a plain page. The
 * benchmark must then see the difference between the builds as that cost — in CPU time, so it
 * does not depend on how busy the machine is.
 */
export function busyWork(iterations: number): number {
  let x = 2463534242;
  for (let i = 0; i < iterations; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
  }
  return x;
}
