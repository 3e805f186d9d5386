import type { SeriesAtom } from './SeriesAtom';
import { InvalidOptionError } from '../errors';
import { normalMeanCost } from './costs/normalMeanCost';
import { changePenalty, type PenaltyRule } from './changePenalty';
import { estimateNoiseSd } from './estimateNoiseSd';
import { pelt } from './methods/pelt';
import { penaltyPath } from './methods/penaltyPath';
import { bocpd } from './methods/bocpd';
import {
  BOCPD_EXPECTED_RUN,
  BOCPD_LAG,
  BOCPD_PRIOR_SD,
  BOCPD_THRESHOLD,
  DEFAULT_PENALTY_RULE,
  MIN_SEGMENT_ATOMS,
  STABILITY_SPAN,
  STABILITY_TOLERANCE,
} from './changepointConstants';

/** The two search methods. */
export type ChangePointMethod = 'pelt' | 'bocpd';

/** Options of {@link detectChangePoints}. */
export interface DetectChangePointsOptions {
  readonly method: ChangePointMethod;
  /** Noise standard deviation of a unit-weight observation. Default: {@link estimateNoiseSd} of the atoms. */
  readonly sd?: number;
  /** Smallest segment in atoms. Default {@link MIN_SEGMENT_ATOMS} (2). */
  readonly minSize?: number;
  /** PELT: penalty rule or value. Default `'mbic'`. */
  readonly penalty?: PenaltyRule;
  /** BOCPD: expected segment length in atoms. Default {@link BOCPD_EXPECTED_RUN}. */
  readonly expectedRun?: number;
  /** BOCPD: prior standard deviation of a segment level. Default {@link BOCPD_PRIOR_SD}. */
  readonly priorSd?: number;
  /** BOCPD: detection delay in atoms. Default {@link BOCPD_LAG}. */
  readonly lag?: number;
  /** BOCPD: window mass needed to report a change, in (0, 1]. Default {@link BOCPD_THRESHOLD}. */
  readonly threshold?: number;
}

/** A change found between atom `index − 1` and atom `index`. */
export interface DetectedChange {
  /** Index of the first atom after the change (≥ 1). */
  readonly index: number;
  /**
   * In [0, 1]. PELT: the share of the penalty range [β/4, 4β] (log scale) over which the optimal segmentation has
   * a change within one atom of this one. BOCPD: posterior probability of a change within one atom of it.
   */
  readonly confidence: number;
}

/** The changes and what was used to find them. */
export interface ChangePointDetection {
  readonly changes: readonly DetectedChange[];
  /** Noise standard deviation used. */
  readonly sd: number;
  /** PELT: the penalty used; BOCPD: null. */
  readonly penalty: number | null;
  /** BOCPD: per-atom probability that a new segment starts there; PELT: null. */
  readonly probability: readonly number[] | null;
}

/**
 * Validates the options of {@link detectChangePoints} without running it (so a bad option is reported even when
 * the data turn out too short to search); throws {@link InvalidOptionError} naming the first bad one.
 *
 * @example
 * checkChangePointOptions({ method: 'pelt', penalty: 'aic' }); // throws: Invalid option "penalty": ...
 */
export function checkChangePointOptions(options: DetectChangePointsOptions): void {
  const { method, sd, minSize, penalty, expectedRun, priorSd, lag, threshold } = options;
  if (method !== 'pelt' && method !== 'bocpd') throw new InvalidOptionError('method', `expected 'pelt' or 'bocpd', got ${JSON.stringify(method)}`);
  if (sd !== undefined && !(sd > 0 && Number.isFinite(sd))) throw new InvalidOptionError('sd', `must be a positive number, got ${sd}`);
  if (minSize !== undefined && !(Number.isInteger(minSize) && minSize >= 1)) throw new InvalidOptionError('minSize', `must be a whole number >= 1, got ${minSize}`);
  if (penalty !== undefined) changePenalty(penalty, 2);
  if (expectedRun !== undefined && !(expectedRun > 1 && Number.isFinite(expectedRun))) throw new InvalidOptionError('expectedRun', `must be a number > 1, got ${expectedRun}`);
  if (priorSd !== undefined && !(priorSd > 0 && Number.isFinite(priorSd))) throw new InvalidOptionError('priorSd', `must be a positive number, got ${priorSd}`);
  if (lag !== undefined && !(Number.isInteger(lag) && lag >= 0)) throw new InvalidOptionError('lag', `must be a whole number >= 0, got ${lag}`);
  if (threshold !== undefined && !(threshold > 0 && threshold <= 1)) throw new InvalidOptionError('threshold', `must be in (0, 1], got ${threshold}`);
}

/**
 * Finds level shifts in a series of {@link SeriesAtom}s (bucketed periods or irregular dates) with the normal
 * mean-shift cost and either PELT (exact optimum under a penalty) or BOCPD (posterior probability of change).
 *
 * @throws InsufficientDataError when there are too few atoms (PELT: 2 × minSize and at least 3 to estimate the noise).
 * @example
 * const atom = (x: number) => ({ n: 1, w: 1, wx: x, wxx: x * x });
 * const series = [0, 0.1, -0.1, 0, 0.05, 1, 0.9, 1.1, 1, 0.95].map(atom);
 * detectChangePoints(series, { method: 'pelt' }).changes.map((c) => c.index); // [5]
 */
export function detectChangePoints(atoms: readonly SeriesAtom[], options: DetectChangePointsOptions): ChangePointDetection {
  checkChangePointOptions(options);
  const minSize = options.minSize ?? MIN_SEGMENT_ATOMS;
  const sd = options.sd ?? estimateNoiseSd(atoms);
  if (!(sd > 0 && Number.isFinite(sd))) throw new InvalidOptionError('sd', `must be a positive number, got ${sd}`);
  if (options.method === 'pelt') {
    const cost = normalMeanCost(atoms, { sd });
    const penalty = changePenalty(options.penalty ?? DEFAULT_PENALTY_RULE, cost.observations);
    const result = pelt(cost, { penalty, minSize });
    const path =
      penalty > 0 && result.changePoints.length > 0
        ? penaltyPath(cost, { min: penalty / STABILITY_SPAN, max: penalty * STABILITY_SPAN, minSize })
        : [];
    const span = Math.log(STABILITY_SPAN * STABILITY_SPAN);
    const changes = result.changePoints.map((index): DetectedChange => {
      let persists = 0;
      for (const entry of path) {
        if (entry.changePoints.some((c) => Math.abs(c - index) <= STABILITY_TOLERANCE) && entry.penaltyTo > entry.penaltyFrom) {
          persists += Math.log(entry.penaltyTo / entry.penaltyFrom);
        }
      }
      return { index, confidence: path.length === 0 ? 1 : Math.min(1, Math.max(0, persists / span)) };
    });
    return { changes, sd, penalty, probability: null };
  }
  const threshold = options.threshold ?? BOCPD_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) throw new InvalidOptionError('threshold', `must be in (0, 1], got ${threshold}`);
  if (!(Number.isInteger(minSize) && minSize >= 1)) throw new InvalidOptionError('minSize', `must be a whole number >= 1, got ${minSize}`);
  const result = bocpd(atoms, {
    sd,
    expectedRun: options.expectedRun ?? BOCPD_EXPECTED_RUN,
    priorSd: options.priorSd ?? BOCPD_PRIOR_SD,
    lag: options.lag ?? BOCPD_LAG,
  });
  const p = result.probability;
  const candidates: DetectedChange[] = [];
  for (let t = 1; t < atoms.length; t++) {
    const here = p[t] as number;
    const isPeak = here > (p[t - 1] ?? 0) && here >= (p[t + 1] ?? 0);
    const mass = result.windowMass[t] as number;
    if (isPeak && mass >= threshold) candidates.push({ index: t, confidence: mass });
  }
  // Changes closer than minSize atoms: keep the more probable (the earlier on ties).
  const ranked = [...candidates].sort((a, b) => b.confidence - a.confidence || a.index - b.index);
  const chosen: DetectedChange[] = [];
  for (const c of ranked) {
    if (c.index < minSize || atoms.length - c.index < minSize) continue;
    if (chosen.every((k) => Math.abs(k.index - c.index) >= minSize)) chosen.push(c);
  }
  chosen.sort((a, b) => a.index - b.index);
  return { changes: chosen, sd, penalty: null, probability: p };
}
