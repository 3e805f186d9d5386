import type { ChangePoint, Dimension, Estimate, SmoothedPoint, Timeline, TimelinePoint } from '../types';
import { DIMENSIONS } from '../types';
import { InsufficientDataError, InvalidOptionError } from '../errors';
import { EMPTY_MOMENTS } from '../series/WeightedMoments';
import { checkEstimateOptions, weightedEstimate, type WeightedEstimate, type WeightedEstimateOptions } from '../series/weightedEstimate';
import { localLevelSmoother, type LocalLevelSmootherOptions } from '../series/localLevelSmoother';
import { checkChangePointOptions, detectChangePoints, type ChangePointMethod, type DetectChangePointsOptions } from '../changepoint/detectChangePoints';
import type { TimelinePartial } from './timelinePartial';
import { timelineGrid, type TimelineGridOptions } from './timelineGrid';
import { timelineAtoms } from './timelineAtoms';
import { phaseOf } from '../scoring/phaseOf';
import { shifts, type ShiftsOptions } from './shifts';

/** Options of {@link timelineFromPartial} (and of `timeline`, which adds the statement options). */
export interface TimelineFromPartialOptions extends WeightedEstimateOptions, TimelineGridOptions {
  /** Change-point methods to run, in order; the first one's change points are explained as shifts. Default both, PELT first. */
  readonly methods?: readonly ChangePointMethod[];
  /** Options for the change-point search (penalty, minSize, BOCPD settings); `method` is set per run. */
  readonly changePoints?: Omit<DetectChangePointsOptions, 'method'>;
  /** Level variance of the smoother (a number or `'mle'`, the default). */
  readonly levelVariance?: LocalLevelSmootherOptions['levelVariance'];
  /** Options of the shift explanations (drivers). */
  readonly shifts?: Omit<ShiftsOptions, 'method'>;
}

function plain(e: WeightedEstimate): Estimate {
  return { mean: e.mean, lo: e.lo, hi: e.hi, n: e.n, weight: e.weight };
}

/**
 * Builds the full timeline from sufficient statistics: every period from the first to the last (empty ones with
 * null estimates), the smoothed series, the change points of each method on each dimension, and the shifts.
 * `timeline(statements, options)` is `timelineFromPartial(timelinePartial(statements, options), options)`, and
 * merged partials give the same result as one run.
 *
 * A dimension with too few observed periods for a method (see `detectChangePoints`) simply has no change points.
 *
 * @example
 * timelineFromPartial(timelineMergePartials([a, b])).points.length; // every month from the first to the last
 */
export function timelineFromPartial(partial: TimelinePartial, options: TimelineFromPartialOptions = {}): Timeline {
  const estimateOptions = checkEstimateOptions(options);
  const methods = options.methods ?? ['pelt', 'bocpd'];
  for (const m of methods) {
    if (m !== 'pelt' && m !== 'bocpd') throw new InvalidOptionError('methods', `expected 'pelt' and/or 'bocpd', got ${JSON.stringify(m)}`);
    checkChangePointOptions({ ...options.changePoints, method: m });
  }
  // Checked even when the smoother has nothing to smooth.
  localLevelSmoother([], { levelVariance: options.levelVariance ?? 'mle', level: estimateOptions.level });
  const { interval } = partial;
  const { range, periods } = timelineGrid(partial, options);
  if (range.length === 0) {
    const none = shifts({ actor: partial.actor, points: [], periods: [], changePoints: [] }, { ...options.shifts, method: methods[0] ?? 'pelt' });
    return { actor: partial.actor, target: partial.target, interval, points: [], smoothed: [], changePoints: [], shifts: none };
  }
  const estimates = periods.map((p) =>
    Object.fromEntries(DIMENSIONS.map((d) => [d, weightedEstimate(p === null ? EMPTY_MOMENTS : p[d], estimateOptions)])) as Record<
      Dimension,
      WeightedEstimate
    >,
  );
  const points: TimelinePoint[] = range.map((r, i) => {
    const e = estimates[i] as Record<Dimension, WeightedEstimate>;
    return {
      period: r.period,
      start: r.start,
      end: r.end,
      n: periods[i]?.n ?? 0,
      engagement: plain(e.engagement),
      recognition: plain(e.recognition),
      threat: plain(e.threat),
      phase: phaseOf(e.engagement.mean, e.recognition.mean),
    };
  });
  const smoothedByDim = Object.fromEntries(
    DIMENSIONS.map((d) => [
      d,
      localLevelSmoother(
        estimates.map((e) => (e[d].mean === null || e[d].se === null ? null : { mean: e[d].mean, variance: Math.max(e[d].se * e[d].se, 1e-12) })),
        { levelVariance: options.levelVariance ?? 'mle', level: estimateOptions.level, bounds: estimateOptions.bounds },
      ).levels,
    ]),
  ) as Record<Dimension, ReturnType<typeof localLevelSmoother>['levels']>;
  const smoothed: SmoothedPoint[] = points.map((p, i) => {
    const est = (d: Dimension): Estimate => {
      const s = smoothedByDim[d][i];
      return s === null || s === undefined
        ? { mean: null, lo: null, hi: null, n: p[d].n, weight: p[d].weight }
        : { mean: s.mean, lo: s.lo, hi: s.hi, n: p[d].n, weight: p[d].weight };
    };
    const engagement = est('engagement');
    const recognition = est('recognition');
    return { period: p.period, start: p.start, end: p.end, engagement, recognition, threat: est('threat'), phase: phaseOf(engagement.mean, recognition.mean) };
  });
  const changePoints: ChangePoint[] = [];
  for (const method of methods) {
    for (const d of DIMENSIONS) {
      const { index: times, atoms } = timelineAtoms(periods, d);
      let found;
      try {
        found = detectChangePoints(atoms, { ...options.changePoints, method });
      } catch (error) {
        if (error instanceof InsufficientDataError) continue;
        throw error;
      }
      for (const c of found.changes) {
        const index = times[c.index] as number;
        const before = points[times[c.index - 1] as number] as TimelinePoint;
        const after = points[index] as TimelinePoint;
        changePoints.push({ dimension: d, method, date: after.start, dateRange: { start: before.start, end: after.end }, index, confidence: c.confidence });
      }
    }
  }
  const explained = methods[0] === undefined ? [] : shifts({ actor: partial.actor, points, periods, changePoints }, { ...options.shifts, method: methods[0] });
  return { actor: partial.actor, target: partial.target, interval, points, smoothed, changePoints, shifts: explained };
}
