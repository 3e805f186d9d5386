import type { SegmentCost } from '../costs/SegmentCost';
import { InsufficientDataError, InvalidOptionError } from '../../errors';
import { MIN_SEGMENT_ATOMS } from '../changepointConstants';

/** Options of {@link pelt}. */
export interface PeltOptions {
  /** Cost added per change point, ≥ 0 (see `changePenalty`). */
  readonly penalty: number;
  /** Smallest segment, in atoms, ≥ 1. Default {@link MIN_SEGMENT_ATOMS} (2). */
  readonly minSize?: number;
}

/** An optimal segmentation. */
export interface PeltResult {
  /** Index of the first atom of each new segment, ascending (never 0). */
  readonly changePoints: readonly number[];
  /** Sum of segment costs, without penalties. */
  readonly cost: number;
  /** Penalised cost: `cost + penalty · changePoints.length`. */
  readonly penalised: number;
}

/**
 * Pruned Exact Linear Time search (Killick, Fearnhead and Eckley 2012): the segmentation minimising the sum of
 * segment costs plus `penalty` per change, exactly, with candidates pruned when they can no longer be optimal.
 * Ties go to the earliest change.
 *
 * @throws InsufficientDataError when there are fewer than `2 · minSize` atoms (no change could fit).
 * @example
 * const atom = (x: number) => ({ n: 1, w: 1, wx: x, wxx: x * x });
 * pelt(normalMeanCost([0, 0, 0, 1, 1, 1].map(atom), { sd: 0.1 }), { penalty: 5 }).changePoints; // [3]
 */
export function pelt(cost: SegmentCost, options: PeltOptions): PeltResult {
  const { penalty } = options;
  const minSize = options.minSize ?? MIN_SEGMENT_ATOMS;
  if (!(penalty >= 0 && Number.isFinite(penalty))) throw new InvalidOptionError('penalty', `must be finite and >= 0, got ${penalty}`);
  if (!(Number.isInteger(minSize) && minSize >= 1)) throw new InvalidOptionError('minSize', `must be a whole number >= 1, got ${minSize}`);
  const n = cost.size;
  if (n < 2 * minSize) {
    throw new InsufficientDataError(2 * minSize, n, `change-point search needs at least ${2 * minSize} time points (2 × minSize ${minSize}); got ${n}`);
  }
  const best = new Float64Array(n + 1).fill(Infinity);
  const last = new Int32Array(n + 1).fill(-1);
  best[0] = -penalty;
  let candidates: number[] = [0];
  // A candidate that fails the pruning test at t may still end the last segment before t + minSize (a change at t
  // is not yet allowed there), so its removal waits until then.
  const pending = new Map<number, number[]>();
  for (let t = minSize; t <= n; t++) {
    const due = pending.get(t);
    if (due !== undefined) {
      const drop = new Set(due);
      candidates = candidates.filter((s) => !drop.has(s));
      pending.delete(t);
    }
    let value = Infinity;
    let arg = -1;
    const fits: [number, number][] = [];
    for (const s of candidates) {
      if (t - s < minSize) continue;
      const c = (best[s] as number) + cost.cost(s, t);
      fits.push([s, c]);
      if (c + penalty < value) {
        value = c + penalty;
        arg = s;
      }
    }
    best[t] = value;
    last[t] = arg;
    const prune = fits.filter(([, c]) => c > value).map(([s]) => s);
    if (prune.length > 0) {
      const at = t + minSize;
      pending.set(at, [...(pending.get(at) ?? []), ...prune]);
    }
    if (Number.isFinite(value) && t <= n - minSize) candidates.push(t);
  }
  const changePoints: number[] = [];
  for (let t = last[n] as number; t > 0; t = last[t] as number) changePoints.push(t);
  changePoints.reverse();
  let total = 0;
  let start = 0;
  for (const cp of [...changePoints, n]) {
    total += cost.cost(start, cp);
    start = cp;
  }
  return { changePoints, cost: total, penalised: best[n] as number };
}
