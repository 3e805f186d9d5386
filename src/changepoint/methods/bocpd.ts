import type { SeriesAtom } from '../SeriesAtom';
import { InsufficientDataError, InvalidOptionError } from '../../errors';
import { BOCPD_EXPECTED_RUN, BOCPD_LAG, BOCPD_PRIOR_SD, BOCPD_PRUNE_LOG } from '../changepointConstants';

/** Options of {@link bocpd}. */
export interface BocpdOptions {
  /** Noise standard deviation of an observation of unit weight, > 0 (an atom's mean has variance sd²/W). */
  readonly sd: number;
  /** Expected segment length in atoms, > 1; the constant hazard is its inverse. Default {@link BOCPD_EXPECTED_RUN}. */
  readonly expectedRun?: number;
  /** Prior mean of a segment's level. Default: the weighted mean of all the data. */
  readonly priorMean?: number;
  /** Prior standard deviation of a segment's level, > 0. Default {@link BOCPD_PRIOR_SD}. */
  readonly priorSd?: number;
  /** Atoms seen after an atom before its change probability is read, ≥ 0. Default {@link BOCPD_LAG}. */
  readonly lag?: number;
}

/** Per-atom results of {@link bocpd}. */
export interface BocpdResult {
  /**
   * Probability that a new segment starts at each atom (0 for the first), read `lag` atoms later (or at the end of
   * the data): P(the run containing atom min(t + lag, last) started at atom t).
   */
  readonly probability: readonly number[];
  /** The same posterior's mass on a start at t − 1, t or t + 1 (a change located to within one atom). */
  readonly windowMass: readonly number[];
  /** Most probable length (in atoms) of the run containing each atom, given the data up to it. */
  readonly runLength: readonly number[];
}

interface Run {
  readonly start: number;
  readonly logp: number;
  /** Posterior precision of the level. */
  readonly precision: number;
  /** Posterior precision times posterior mean. */
  readonly shift: number;
}

function logSumExp(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  if (max === -Infinity) return -Infinity;
  let s = 0;
  for (const v of values) s += Math.exp(v - max);
  return max + Math.log(s);
}

/**
 * Bayesian online change-point detection (Adams and MacKay 2007) for a normal mean with known noise: a posterior
 * over the current run length, updated atom by atom, with a constant hazard and a normal prior on each segment's
 * level (conjugate, so each run keeps two numbers). Atoms of several observations enter as their weighted mean
 * with variance sd²/W. Run lengths with negligible posterior mass are pruned, so the cost stays near linear.
 *
 * @throws InsufficientDataError with fewer than 2 atoms.
 * @example
 * const atom = (x: number) => ({ n: 1, w: 1, wx: x, wxx: x * x });
 * const r = bocpd([0, 0, 0, 0, 1, 1, 1, 1].map(atom), { sd: 0.1, lag: 2 });
 * r.probability[4] > 0.99; // true
 */
export function bocpd(atoms: readonly SeriesAtom[], options: BocpdOptions): BocpdResult {
  const { sd } = options;
  const expectedRun = options.expectedRun ?? BOCPD_EXPECTED_RUN;
  const priorSd = options.priorSd ?? BOCPD_PRIOR_SD;
  const lag = options.lag ?? BOCPD_LAG;
  if (!(sd > 0 && Number.isFinite(sd))) throw new InvalidOptionError('sd', `must be a positive number, got ${sd}`);
  if (!(expectedRun > 1 && Number.isFinite(expectedRun))) throw new InvalidOptionError('expectedRun', `must be a number > 1, got ${expectedRun}`);
  if (!(priorSd > 0 && Number.isFinite(priorSd))) throw new InvalidOptionError('priorSd', `must be a positive number, got ${priorSd}`);
  if (!(Number.isInteger(lag) && lag >= 0)) throw new InvalidOptionError('lag', `must be a whole number >= 0, got ${lag}`);
  const n = atoms.length;
  if (n < 2) throw new InsufficientDataError(2, n, `online change-point detection needs at least 2 time points; got ${n}`);
  let totalW = 0;
  let totalWx = 0;
  for (const a of atoms) {
    totalW += a.w;
    totalWx += a.wx;
  }
  const priorMean = options.priorMean ?? totalWx / totalW;
  if (!Number.isFinite(priorMean)) throw new InvalidOptionError('priorMean', `must be a finite number, got ${priorMean}`);
  const variance = sd * sd;
  const logHazard = Math.log(1 / expectedRun);
  const logSurvive = Math.log(1 - 1 / expectedRun);
  const priorPrecision = 1 / (priorSd * priorSd);
  const fresh = (start: number, logp: number): Run => ({ start, logp, precision: priorPrecision, shift: priorMean * priorPrecision });

  const probability = new Array<number>(n).fill(0);
  const windowMass = new Array<number>(n).fill(0);
  const runLength = new Array<number>(n).fill(0);
  const read = (runs: readonly Run[], target: number): void => {
    if (target < 1) return;
    let exact = 0;
    let near = 0;
    let total = 0;
    for (const r of runs) {
      const p = Math.exp(r.logp);
      total += p;
      if (r.start === target) exact += p;
      if (r.start >= 1 && Math.abs(r.start - target) <= 1) near += p;
    }
    probability[target] = total > 0 ? exact / total : 0;
    windowMass[target] = total > 0 ? Math.min(1, near / total) : 0;
  };

  let runs: Run[] = [fresh(0, 0)];
  atoms.forEach((atom, t) => {
    const x = atom.wx / atom.w;
    const obsVar = variance / atom.w;
    const joint = runs.map((r) => {
      const mean = r.shift / r.precision;
      const predVar = 1 / r.precision + obsVar;
      const d = x - mean;
      return r.logp - 0.5 * (Math.log(2 * Math.PI * predVar) + (d * d) / predVar);
    });
    const evidence = logSumExp(joint);
    const grown: Run[] = runs.map((r, i) => ({
      start: r.start,
      logp: (joint[i] as number) + logSurvive - evidence,
      precision: r.precision + atom.w / variance,
      shift: r.shift + atom.wx / variance,
    }));
    // Runs that contain atom t (the fresh run starting at t + 1 is kept apart for reading).
    const best = grown.reduce((m, r) => Math.max(m, r.logp), -Infinity);
    const kept = grown.filter((r) => r.logp >= best - BOCPD_PRUNE_LOG);
    const mode = kept.reduce((m, r) => (r.logp > m.logp ? r : m));
    runLength[t] = t - mode.start + 1;
    read(kept, t - lag);
    if (t === n - 1) for (let s = Math.max(1, n - lag); s < n; s++) read(kept, s);
    runs = [...kept, fresh(t + 1, logHazard)];
  });
  return { probability, windowMass, runLength };
}
