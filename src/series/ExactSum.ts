/**
 * An exact floating-point sum: a list of non-overlapping partials whose exact (infinite precision) total is the
 * sum of everything added (Shewchuk 1997, "Adaptive precision floating-point arithmetic"; the algorithm of
 * Python's `math.fsum`). Its value is the correctly rounded total, so it does not depend on the order in which
 * terms were added or on how the terms were split into partial sums and merged: this is what makes timeline
 * partitions merge to exactly the single-run result.
 */
export type ExactSum = readonly number[];

/** The sum of nothing. */
export const EXACT_ZERO: ExactSum = [];

/**
 * Adds one finite term, returning a new sum.
 *
 * @example
 * exactValue(addExact(addExact(addExact(EXACT_ZERO, 1e16), 1), -1e16)); // 1 (plain addition gives 0)
 */
export function addExact(sum: ExactSum, term: number): ExactSum {
  const out: number[] = [];
  let x = term;
  for (const partial of sum) {
    let y = partial;
    if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
    const hi = x + y;
    const lo = y - (hi - x);
    if (lo !== 0) out.push(lo);
    x = hi;
  }
  if (x !== 0 || out.length === 0) out.push(x);
  return out;
}

/**
 * Adds two exact sums.
 *
 * @example
 * exactValue(mergeExact([0.1], [0.2])); // 0.30000000000000004 (the correctly rounded 0.1 + 0.2)
 */
export function mergeExact(a: ExactSum, b: ExactSum): ExactSum {
  let out = a;
  for (const term of b) out = addExact(out, term);
  return out;
}

/**
 * The exact sum negated (for removing a term or a partition exactly).
 *
 * @example
 * exactValue(negateExact([2.5])); // -2.5
 */
export function negateExact(sum: ExactSum): ExactSum {
  return sum.map((x) => -x);
}

/**
 * The correctly rounded value of the sum; a zero total is always +0, never -0.
 *
 * @example
 * exactValue([0.5, 1e20]); // 1e20
 */
export function exactValue(sum: ExactSum): number {
  let n = sum.length;
  if (n === 0) return 0;
  n -= 1;
  let hi = sum[n] as number;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    n -= 1;
    const y = sum[n] as number;
    hi = x + y;
    const yr = hi - x;
    lo = y - yr;
    if (lo !== 0) break;
  }
  // Round half to even across the remaining partials (as CPython's fsum does).
  if (n > 0) {
    const next = sum[n - 1] as number;
    if ((lo < 0 && next < 0) || (lo > 0 && next > 0)) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  // One zero: a sum whose terms cancel, or of negative zeros, is 0, whatever partition it came from (-0 + 0 is 0).
  return hi + 0;
}
