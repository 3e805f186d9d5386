import type { Dimension } from '../types';
import { momentValues } from '../series/WeightedMoments';
import type { SeriesAtom } from '../changepoint/SeriesAtom';
import type { TimelinePartialPeriod } from './timelinePartial';

/** A dimension's change-point atoms: one per period with statements on it, with the period's index. */
export interface TimelineAtoms {
  /** Index of each atom's period in the timeline. */
  readonly index: readonly number[];
  readonly atoms: readonly SeriesAtom[];
}

/**
 * The atoms the change-point methods see for one dimension of a timeline: each period with at least one statement
 * on that dimension, carrying its statements' sums (so costs stay statement-level), in period order.
 *
 * @example
 * timelineAtoms([augustPeriod, null, octoberPeriod], 'engagement').index; // [0, 2]
 */
export function timelineAtoms(periods: readonly (TimelinePartialPeriod | null)[], dimension: Dimension): TimelineAtoms {
  const index: number[] = [];
  const atoms: SeriesAtom[] = [];
  periods.forEach((p, i) => {
    if (p === null) return;
    const v = momentValues(p[dimension]);
    if (v.n > 0 && v.w > 0) {
      index.push(i);
      atoms.push({ n: v.n, w: v.w, wx: v.wx, wxx: v.wxx });
    }
  });
  return { index, atoms };
}
