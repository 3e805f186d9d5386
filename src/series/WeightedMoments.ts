import { EXACT_ZERO, addExact, exactValue, mergeExact, negateExact, type ExactSum } from './ExactSum';

/**
 * Mergeable sufficient statistics of weighted observations: the count and the exact sums of weights, weighted
 * values, weighted squares and squared weights. Everything the per-period estimate and its interval need, and
 * two partitions of the data merge by adding them, with no loss: see {@link ExactSum}.
 */
export interface WeightedMoments {
  /** Number of observations. */
  readonly n: number;
  /** Sum of weights `Σw`. */
  readonly w: ExactSum;
  /** Sum of weighted values `Σwx`. */
  readonly wx: ExactSum;
  /** Sum of weighted squares `Σwx²`. */
  readonly wxx: ExactSum;
  /** Sum of squared weights `Σw²` (for the effective sample size). */
  readonly ww: ExactSum;
}

/** The statistics of no observation. */
export const EMPTY_MOMENTS: WeightedMoments = { n: 0, w: EXACT_ZERO, wx: EXACT_ZERO, wxx: EXACT_ZERO, ww: EXACT_ZERO };

/**
 * Adds one observation `x` with weight `w`.
 *
 * @example
 * momentValues(addMoment(EMPTY_MOMENTS, 0.5, 2)); // { n: 1, w: 2, wx: 1, wxx: 0.5, ww: 4 }
 */
export function addMoment(m: WeightedMoments, x: number, w: number): WeightedMoments {
  const wx = w * x;
  return { n: m.n + 1, w: addExact(m.w, w), wx: addExact(m.wx, wx), wxx: addExact(m.wxx, wx * x), ww: addExact(m.ww, w * w) };
}

/**
 * Removes one observation previously added with {@link addMoment} (exactly: the result equals never adding it).
 *
 * @example
 * removeMoment(addMoment(EMPTY_MOMENTS, 0.5, 2), 0.5, 2).n; // 0
 */
export function removeMoment(m: WeightedMoments, x: number, w: number): WeightedMoments {
  const wx = w * x;
  return {
    n: m.n - 1,
    w: addExact(m.w, -w),
    wx: addExact(m.wx, -wx),
    wxx: addExact(m.wxx, -(wx * x)),
    ww: addExact(m.ww, -(w * w)),
  };
}

/**
 * Merges the statistics of two disjoint sets of observations.
 *
 * @example
 * mergeMoments(addMoment(EMPTY_MOMENTS, 1, 1), addMoment(EMPTY_MOMENTS, -1, 1)).n; // 2
 */
export function mergeMoments(a: WeightedMoments, b: WeightedMoments): WeightedMoments {
  return { n: a.n + b.n, w: mergeExact(a.w, b.w), wx: mergeExact(a.wx, b.wx), wxx: mergeExact(a.wxx, b.wxx), ww: mergeExact(a.ww, b.ww) };
}

/**
 * Subtracts the statistics of a subset (exactly).
 *
 * @example
 * const a = addMoment(EMPTY_MOMENTS, 1, 1);
 * subtractMoments(a, a).n; // 0
 */
export function subtractMoments(a: WeightedMoments, b: WeightedMoments): WeightedMoments {
  return {
    n: a.n - b.n,
    w: mergeExact(a.w, negateExact(b.w)),
    wx: mergeExact(a.wx, negateExact(b.wx)),
    wxx: mergeExact(a.wxx, negateExact(b.wxx)),
    ww: mergeExact(a.ww, negateExact(b.ww)),
  };
}

/** Plain-number view of {@link WeightedMoments}: each sum correctly rounded. */
export interface MomentValues {
  readonly n: number;
  readonly w: number;
  readonly wx: number;
  readonly wxx: number;
  readonly ww: number;
}

/**
 * The correctly rounded values of the sums.
 *
 * @example
 * momentValues(EMPTY_MOMENTS); // { n: 0, w: 0, wx: 0, wxx: 0, ww: 0 }
 */
export function momentValues(m: WeightedMoments): MomentValues {
  return { n: m.n, w: exactValue(m.w), wx: exactValue(m.wx), wxx: exactValue(m.wxx), ww: exactValue(m.ww) };
}
