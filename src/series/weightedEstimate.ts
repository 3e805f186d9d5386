import type { Estimate } from '../types';
import { InvalidOptionError } from '../errors';
import { momentValues, type WeightedMoments } from './WeightedMoments';
import { studentTQuantile } from './studentTQuantile';
import { DEFAULT_LEVEL, PRIOR_DF, PRIOR_SD, SCORE_BOUNDS } from './seriesConstants';

/** Options of {@link weightedEstimate}. */
export interface WeightedEstimateOptions {
  /** Interval coverage, in (0, 1). Default {@link DEFAULT_LEVEL} (0.95). */
  readonly level?: number;
  /** Prior standard deviation of one observation. Default {@link PRIOR_SD} (0.5). */
  readonly priorSd?: number;
  /** Degrees of freedom of the prior standard deviation, > 0. Default {@link PRIOR_DF} (1). */
  readonly priorDf?: number;
  /** The interval is clipped to these bounds; null for none. Default {@link SCORE_BOUNDS} ([-1, 1]). */
  readonly bounds?: readonly [number, number] | null;
}

/** An {@link Estimate} with the numbers behind its interval. */
export interface WeightedEstimate extends Estimate {
  /** Kish effective sample size `(Σw)² / Σw²`; 0 when empty. */
  readonly effectiveN: number;
  /** Standard error of the mean; null when empty. */
  readonly se: number | null;
  /** Degrees of freedom of the t quantile; null when empty. */
  readonly df: number | null;
}

/**
 * Validates the interval options and fills in the defaults; throws {@link InvalidOptionError} naming the bad one.
 *
 * @example
 * checkEstimateOptions({}); // { level: 0.95, priorSd: 0.5, priorDf: 1, bounds: [-1, 1] }
 * checkEstimateOptions({ level: 2 }); // throws: Invalid option "level": must be strictly between 0 and 1, got 2
 */
export function checkEstimateOptions(options: WeightedEstimateOptions): Required<WeightedEstimateOptions> {
  const level = options.level ?? DEFAULT_LEVEL;
  const priorSd = options.priorSd ?? PRIOR_SD;
  const priorDf = options.priorDf ?? PRIOR_DF;
  const bounds = options.bounds === undefined ? SCORE_BOUNDS : options.bounds;
  if (!(level > 0 && level < 1)) throw new InvalidOptionError('level', `must be strictly between 0 and 1, got ${level}`);
  if (!(priorSd > 0 && Number.isFinite(priorSd))) throw new InvalidOptionError('priorSd', `must be a positive number, got ${priorSd}`);
  if (!(priorDf > 0 && Number.isFinite(priorDf))) throw new InvalidOptionError('priorDf', `must be a positive number, got ${priorDf}`);
  if (bounds !== null && !(bounds[0] < bounds[1])) throw new InvalidOptionError('bounds', `must be [low, high] with low < high`);
  return { level, priorSd, priorDf, bounds };
}

/**
 * The weighted mean of a period with an analytic interval, from its sufficient statistics alone.
 *
 * mean = Σwx / Σw. The spread is the reliability-weighted sample variance
 * s² = (Σwx² − (Σwx)²/Σw) / (Σw − Σw²/Σw), pooled with a prior (`priorSd` with `priorDf` degrees of freedom):
 * s²* = (priorDf·priorSd² + (n_eff − 1)·s²) / (priorDf + n_eff − 1), where n_eff = (Σw)²/Σw² is Kish's effective
 * sample size. The interval is mean ± t(df)·s* / √n_eff with df = priorDf + n_eff − 1, clipped to `bounds`.
 * The t quantile (not the normal one) because periods often hold two or three statements.
 *
 * @example
 * // two statements, 0.5 and 1, weight 1 each
 * const m = addMoment(addMoment(EMPTY_MOMENTS, 0.5, 1), 1, 1);
 * weightedEstimate(m).mean; // 0.75
 * weightedEstimate(m).df; // 2
 * weightedEstimate(EMPTY_MOMENTS).mean; // null
 */
export function weightedEstimate(moments: WeightedMoments, options: WeightedEstimateOptions = {}): WeightedEstimate {
  const { level, priorSd, priorDf, bounds } = checkEstimateOptions(options);
  const v = momentValues(moments);
  if (v.n <= 0 || !(v.w > 0)) {
    return { mean: null, lo: null, hi: null, n: Math.max(0, v.n), weight: Math.max(0, v.w), effectiveN: 0, se: null, df: null };
  }
  const rawMean = v.wx / v.w;
  const effectiveN = v.ww > 0 ? (v.w * v.w) / v.ww : 1;
  const dataDf = Math.max(0, effectiveN - 1);
  const denominator = v.w - v.ww / v.w;
  const rss = Math.max(0, v.wxx - (v.wx * v.wx) / v.w);
  const sampleVariance = denominator > 0 ? rss / denominator : 0;
  const df = priorDf + dataDf;
  const pooled = (priorDf * priorSd * priorSd + dataDf * sampleVariance) / df;
  const se = Math.sqrt(pooled / effectiveN);
  const half = studentTQuantile(1 - (1 - level) / 2, df) * se;
  const mean = bounds === null ? rawMean : Math.min(bounds[1], Math.max(bounds[0], rawMean));
  let lo = mean - half;
  let hi = mean + half;
  if (bounds !== null) {
    lo = Math.max(bounds[0], lo);
    hi = Math.min(bounds[1], hi);
  }
  return { mean, lo, hi, n: v.n, weight: v.w, effectiveN, se, df };
}
