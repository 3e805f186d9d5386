import { InvalidOptionError } from '../errors';
import { normalQuantile } from './normalQuantile';
import { DEFAULT_LEVEL, LEVEL_VARIANCE_GRID, SCORE_BOUNDS, SMOOTHER_PRIOR_MEAN, SMOOTHER_PRIOR_VARIANCE } from './seriesConstants';

/** One observation of the smoothed series: a period's mean and its sampling variance, or null for a gap. */
export interface LevelObservation {
  readonly mean: number;
  /** Sampling variance of `mean` (the squared standard error), > 0. */
  readonly variance: number;
}

/** Options of {@link localLevelSmoother}. */
export interface LocalLevelSmootherOptions {
  /**
   * Variance of the level's change from one period to the next. A number, or `'mle'` (default) to pick the value
   * of {@link LEVEL_VARIANCE_GRID} with the largest marginal likelihood.
   */
  readonly levelVariance?: number | 'mle';
  /** Prior mean of the level before the first period. Default 0. */
  readonly priorMean?: number;
  /** Prior variance of the level before the first period. Default 1. */
  readonly priorVariance?: number;
  /** Interval coverage. Default 0.95. */
  readonly level?: number;
  /** Intervals are clipped to these bounds; null for none. Default [-1, 1]. */
  readonly bounds?: readonly [number, number] | null;
}

/** The smoothed level in one period. */
export interface SmoothedLevel {
  readonly mean: number;
  readonly variance: number;
  readonly lo: number;
  readonly hi: number;
}

/** The smoothed series with the level variance it used and the marginal log-likelihood at that value. */
export interface LocalLevelSmoothing {
  /** One entry per input period; all null when no period has an observation. */
  readonly levels: readonly (SmoothedLevel | null)[];
  readonly levelVariance: number;
  readonly logLikelihood: number;
}

interface Filtered {
  readonly predMean: number[];
  readonly predVar: number[];
  readonly filtMean: number[];
  readonly filtVar: number[];
  readonly logLikelihood: number;
}

function filter(obs: readonly (LevelObservation | null)[], q: number, m0: number, p0: number): Filtered {
  const predMean: number[] = [];
  const predVar: number[] = [];
  const filtMean: number[] = [];
  const filtVar: number[] = [];
  let a = m0;
  let p = p0;
  let logLikelihood = 0;
  obs.forEach((o, t) => {
    if (t > 0) p += q;
    predMean.push(a);
    predVar.push(p);
    if (o !== null) {
      const f = p + o.variance;
      const v = o.mean - a;
      const k = p / f;
      a += k * v;
      p *= 1 - k;
      logLikelihood += -0.5 * (Math.log(2 * Math.PI * f) + (v * v) / f);
    }
    filtMean.push(a);
    filtVar.push(p);
  });
  return { predMean, predVar, filtMean, filtVar, logLikelihood };
}

/**
 * Local-level model (random walk plus noise) smoothed with the Kalman filter and the Rauch-Tung-Striebel smoother.
 * Gaps (null) are predicted through, so every period gets a level and a variance, wider in and around gaps. Each
 * observation carries its own sampling variance, so periods with many statements pull harder than thin ones.
 *
 * @example
 * const out = localLevelSmoother([{ mean: 0.5, variance: 0.01 }, null, { mean: 0.5, variance: 0.01 }], { levelVariance: 0.01 });
 * out.levels[1]?.mean; // 0.4975186104218362 (the gap is bridged; the prior at 0 pulls it a hair below 0.5)
 */
export function localLevelSmoother(
  observations: readonly (LevelObservation | null)[],
  options: LocalLevelSmootherOptions = {},
): LocalLevelSmoothing {
  const m0 = options.priorMean ?? SMOOTHER_PRIOR_MEAN;
  const p0 = options.priorVariance ?? SMOOTHER_PRIOR_VARIANCE;
  const level = options.level ?? DEFAULT_LEVEL;
  const bounds = options.bounds === undefined ? SCORE_BOUNDS : options.bounds;
  const setting = options.levelVariance ?? 'mle';
  if (!Number.isFinite(m0)) throw new InvalidOptionError('priorMean', `must be a finite number, got ${m0}`);
  if (!(p0 > 0 && Number.isFinite(p0))) throw new InvalidOptionError('priorVariance', `must be a positive number, got ${p0}`);
  if (!(level > 0 && level < 1)) throw new InvalidOptionError('level', `must be strictly between 0 and 1, got ${level}`);
  if (setting !== 'mle' && !(setting >= 0 && Number.isFinite(setting))) {
    throw new InvalidOptionError('levelVariance', `must be a non-negative number or 'mle', got ${String(setting)}`);
  }
  obs: for (const [i, o] of observations.entries()) {
    if (o === null) continue obs;
    if (!Number.isFinite(o.mean) || !(o.variance > 0 && Number.isFinite(o.variance))) {
      throw new InvalidOptionError('observations', `entry ${i} needs a finite mean and a positive variance`);
    }
  }
  if (!observations.some((o) => o !== null)) {
    return { levels: observations.map(() => null), levelVariance: setting === 'mle' ? 0 : setting, logLikelihood: 0 };
  }
  let q = setting === 'mle' ? (LEVEL_VARIANCE_GRID[0] as number) : setting;
  let best = filter(observations, q, m0, p0);
  if (setting === 'mle') {
    for (const candidate of LEVEL_VARIANCE_GRID.slice(1)) {
      const run = filter(observations, candidate, m0, p0);
      if (run.logLikelihood > best.logLikelihood) {
        best = run;
        q = candidate;
      }
    }
  }
  const n = observations.length;
  const mean = best.filtMean.slice();
  const variance = best.filtVar.slice();
  for (let t = n - 2; t >= 0; t--) {
    const pNext = best.predVar[t + 1] as number;
    const c = pNext > 0 ? (best.filtVar[t] as number) / pNext : 0;
    mean[t] = (best.filtMean[t] as number) + c * ((mean[t + 1] as number) - (best.predMean[t + 1] as number));
    variance[t] = (best.filtVar[t] as number) + c * c * ((variance[t + 1] as number) - pNext);
  }
  const z = normalQuantile(1 - (1 - level) / 2);
  const levels = mean.map((m, t): SmoothedLevel => {
    const v = Math.max(0, variance[t] as number);
    const half = z * Math.sqrt(v);
    const centre = bounds === null ? m : Math.min(bounds[1], Math.max(bounds[0], m));
    const lo = bounds === null ? centre - half : Math.max(bounds[0], centre - half);
    const hi = bounds === null ? centre + half : Math.min(bounds[1], centre + half);
    return { mean: centre, variance: v, lo, hi };
  });
  return { levels, levelVariance: q, logLikelihood: best.logLikelihood };
}
