import type { SeriesAtom } from '../SeriesAtom';
import type { SegmentCost } from './SegmentCost';
import { InvalidOptionError } from '../../errors';

/** Options of {@link normalMeanCost}. */
export interface NormalMeanCostOptions {
  /** Noise standard deviation of an observation of unit weight, > 0 (see `estimateNoiseSd`). */
  readonly sd: number;
}

/**
 * Normal mean-shift cost with known variance, weighted: an observation of weight w has variance sd²/w. The cost of
 * a segment is twice its negative log-likelihood up to a constant, `Σ w (x − x̄_w)² / sd²`, computed in O(1) from
 * prefix sums of the atoms' statistics (so atoms of many observations cost nothing extra).
 *
 * @example
 * const atom = (x: number) => ({ n: 1, w: 1, wx: x, wxx: x * x });
 * const c = normalMeanCost([0, 0, 1, 1].map(atom), { sd: 1 });
 * c.cost(0, 4); // 1 (four points around 0.5)
 * c.cost(0, 2) + c.cost(2, 4); // 0
 */
export function normalMeanCost(atoms: readonly SeriesAtom[], options: NormalMeanCostOptions): SegmentCost {
  const { sd } = options;
  if (!(sd > 0 && Number.isFinite(sd))) throw new InvalidOptionError('sd', `must be a positive number, got ${sd}`);
  const variance = sd * sd;
  const size = atoms.length;
  const w = new Float64Array(size + 1);
  const wx = new Float64Array(size + 1);
  const wxx = new Float64Array(size + 1);
  let observations = 0;
  atoms.forEach((a, i) => {
    w[i + 1] = (w[i] as number) + a.w;
    wx[i + 1] = (wx[i] as number) + a.wx;
    wxx[i + 1] = (wxx[i] as number) + a.wxx;
    observations += a.n;
  });
  return {
    size,
    observations,
    cost(start: number, end: number): number {
      const sw = (w[end] as number) - (w[start] as number);
      if (!(sw > 0)) return 0;
      const swx = (wx[end] as number) - (wx[start] as number);
      const swxx = (wxx[end] as number) - (wxx[start] as number);
      return Math.max(0, swxx - (swx * swx) / sw) / variance;
    },
  };
}
