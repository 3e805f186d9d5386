import type { SegmentCost } from '../costs/SegmentCost';
import { InvalidOptionError } from '../../errors';
import { MAX_PATH_RUNS, MIN_SEGMENT_ATOMS } from '../changepointConstants';
import { pelt, type PeltResult } from './pelt';

/** Options of {@link penaltyPath}. */
export interface PenaltyPathOptions {
  /** Smallest penalty of the range, ≥ 0. */
  readonly min: number;
  /** Largest penalty of the range, > min. */
  readonly max: number;
  /** Smallest segment, in atoms. Default {@link MIN_SEGMENT_ATOMS}. */
  readonly minSize?: number;
}

/** One segmentation of the path and the penalties for which it is optimal. */
export interface PenaltyPathEntry {
  readonly changePoints: readonly number[];
  /** Unpenalised cost. */
  readonly cost: number;
  /** It is optimal for penalties in `[penaltyFrom, penaltyTo]`. */
  readonly penaltyFrom: number;
  readonly penaltyTo: number;
}

/**
 * Every optimal segmentation for penalties in `[min, max]`, with the penalty range of each: CROPS (Haynes,
 * Eckley and Fearnhead 2017), which needs only a few PELT runs because the optimal cost is piecewise linear and
 * concave in the penalty. Entries are ordered by penalty (most changes first). Lets a user see how the answer
 * depends on the penalty instead of trusting one rule.
 *
 * @example
 * const atom = (x: number) => ({ n: 1, w: 1, wx: x, wxx: x * x });
 * const cost = normalMeanCost([0, 0, 0, 1, 1, 1, 3, 3, 3].map(atom), { sd: 0.1 });
 * penaltyPath(cost, { min: 1, max: 10_000 }).map((e) => e.changePoints); // [[3, 6], [6], []]
 */
export function penaltyPath(cost: SegmentCost, options: PenaltyPathOptions): PenaltyPathEntry[] {
  const { min, max } = options;
  const minSize = options.minSize ?? MIN_SEGMENT_ATOMS;
  if (!(min >= 0 && Number.isFinite(min))) throw new InvalidOptionError('min', `must be finite and >= 0, got ${min}`);
  if (!(max > min && Number.isFinite(max))) throw new InvalidOptionError('max', `must be finite and > min (${min}), got ${max}`);
  const found = new Map<number, PeltResult>();
  let runs = 0;
  const run = (penalty: number): PeltResult => {
    runs += 1;
    const r = pelt(cost, { penalty, minSize });
    const count = r.changePoints.length;
    const seen = found.get(count);
    if (seen === undefined || r.cost < seen.cost) found.set(count, r);
    return r;
  };
  const low = run(min);
  const high = run(max);
  const stack: [PeltResult, PeltResult][] = [[low, high]];
  while (stack.length > 0 && runs < MAX_PATH_RUNS) {
    const [a, b] = stack.pop() as [PeltResult, PeltResult];
    const ma = a.changePoints.length;
    const mb = b.changePoints.length;
    if (ma <= mb + 1) continue;
    const between = (b.cost - a.cost) / (ma - mb);
    const mid = run(between);
    const mm = mid.changePoints.length;
    if (mm < ma && mm > mb) {
      stack.push([a, mid], [mid, b]);
    }
  }
  // Keep the lower envelope of the lines cost + count · penalty over [min, max].
  const lines = [...found.entries()].sort((x, y) => y[0] - x[0]).map(([count, r]) => ({ count, r }));
  const out: PenaltyPathEntry[] = [];
  let from = min;
  let i = 0;
  while (i < lines.length) {
    const current = lines[i] as { count: number; r: PeltResult };
    // The next line to take over is the one reached at the smallest penalty above `from`.
    let next = -1;
    let at = max;
    for (let j = i + 1; j < lines.length; j++) {
      const other = lines[j] as { count: number; r: PeltResult };
      const cross = (other.r.cost - current.r.cost) / (current.count - other.count);
      if (cross < at || (cross === at && next !== -1)) {
        at = cross;
        next = j;
      }
    }
    if (at > from || out.length === 0) {
      out.push({ changePoints: current.r.changePoints, cost: current.r.cost, penaltyFrom: from, penaltyTo: Math.max(from, at) });
      from = Math.max(from, at);
    }
    if (next === -1) break;
    i = next;
  }
  return out;
}
