import type { Dimension } from '../types';
import { DIMENSIONS } from '../types';
import { InsufficientDataError } from '../errors';
import { detectChangePoints, type DetectChangePointsOptions } from '../changepoint/detectChangePoints';
import type { TimelinePartial } from './timelinePartial';
import { timelineGrid, type TimelineGridOptions } from './timelineGrid';
import { timelineAtoms } from './timelineAtoms';

/** Options of {@link timelineChangeProbability}. */
export interface TimelineChangeProbabilityOptions extends TimelineGridOptions {
  /** BOCPD settings (`sd`, `expectedRun`, `priorSd`, `lag`). */
  readonly changePoints?: Omit<DetectChangePointsOptions, 'method'>;
}

/**
 * BOCPD's per-period probability of a change, aligned with the timeline's points: for each dimension, the
 * probability that a new level begins in that period (`null` for a period without statements on the dimension,
 * where the change, if any, is credited to the next observed period; all null when the dimension has too few
 * observed periods). Use it to plot change probability under the series.
 *
 * @example
 * timelineChangeProbability(partial).engagement; // [null, 0.01, 0.02, null, 0.93, 0.03, ...]
 */
export function timelineChangeProbability(
  partial: TimelinePartial,
  options: TimelineChangeProbabilityOptions = {},
): Record<Dimension, (number | null)[]> {
  const { periods } = timelineGrid(partial, options);
  const out = {} as Record<Dimension, (number | null)[]>;
  for (const d of DIMENSIONS) {
    const row: (number | null)[] = periods.map(() => null);
    const { index, atoms } = timelineAtoms(periods, d);
    try {
      const probability = detectChangePoints(atoms, { ...options.changePoints, method: 'bocpd' }).probability ?? [];
      probability.forEach((p, i) => {
        row[index[i] as number] = p;
      });
    } catch (error) {
      if (!(error instanceof InsufficientDataError)) throw error;
    }
    out[d] = row;
  }
  return out;
}
