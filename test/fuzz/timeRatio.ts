/**
 * Timed repetitions per input after one warm-up; the fastest counts, which filters out pauses caused by other
 * processes on a shared machine.
 */
export const TIME_RATIO_REPEATS = 5;

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/**
 * How many times longer `fn` takes on `pathological` than on `normal` (inputs of the same size). A ratio, not an
 * absolute time, so it holds on slow and fast machines: linear code gives a small constant, a backtracking regular
 * expression or a quadratic loop gives a ratio that grows with the size. The two inputs are timed in turn, so that
 * a busy spell of the machine slows both rather than one.
 *
 * @example
 * timeRatio((t) => t.split(' '), 'a '.repeat(5000), 'ab'.repeat(5000)); // about 1
 */
export function timeRatio(fn: (input: string) => unknown, pathological: string, normal: string, repeats = TIME_RATIO_REPEATS): number {
  // Warm-up: JIT, lazy model loading, caches.
  fn(pathological);
  fn(normal);
  let slow = Number.POSITIVE_INFINITY;
  let fast = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i += 1) {
    slow = Math.min(slow, timed(() => fn(pathological)));
    fast = Math.min(fast, timed(() => fn(normal)));
  }
  return slow / Math.max(fast, 0.05);
}

/**
 * Repeats `unit` until the text is exactly `length` UTF-16 code units long (cutting the last copy, and dropping a lone
 * high surrogate the cut could leave).
 *
 * @example
 * sized('ab ', 7); // 'ab ab a'
 */
export function sized(unit: string, length: number): string {
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return /[\uD800-\uDBFF]$/.test(text) ? `${text.slice(0, -1)} ` : text;
}
