import { InvalidOptionError } from '../errors';
import { groupAtoms } from './groupAtoms';
import { detectChangePoints, type ChangePointMethod, type DetectChangePointsOptions } from './detectChangePoints';
import { syntheticSeries, type SyntheticSeriesOptions } from './syntheticSeries';
import { changePointMetrics, changePointScores, type ChangePointScores } from './changePointMetrics';

/** Options of {@link measureDetection}. */
export interface MeasureDetectionOptions extends Omit<SyntheticSeriesOptions, 'seed'> {
  readonly method: ChangePointMethod;
  /** Seeds of the series to pool, e.g. 1..50. */
  readonly seeds: readonly number[];
  /** Matching margin in periods. Default 1. */
  readonly margin?: number;
  /** Passed to {@link detectChangePoints}. */
  readonly detect?: Omit<DetectChangePointsOptions, 'method'>;
}

/**
 * Precision and recall of one method on seeded synthetic series, pooled over seeds (counts added, then scored).
 * Each series is bucketed by period, empty periods left out; a change found between two observed periods a < b
 * says the new level begins in a + 1 .. b, and it matches a true change within the margin of that range.
 *
 * @example
 * measureDetection({ method: 'pelt', seeds: [1, 2, 3], snr: 4 }).recall; // 0.9166666666666666 (11 of 12 true changes)
 */
export function measureDetection(options: MeasureDetectionOptions): ChangePointScores {
  if (options.seeds.length === 0) throw new InvalidOptionError('seeds', 'give at least one seed');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const seed of options.seeds) {
    const series = syntheticSeries({ ...options, seed });
    const { times, atoms } = groupAtoms(series.observations, { time: (o) => o.period, value: (o) => o.value });
    const found = detectChangePoints(atoms, { ...options.detect, method: options.method }).changes.map(
      (c): [number, number] => [(times[c.index - 1] as number) + 1, times[c.index] as number],
    );
    const s = changePointMetrics(series.changePoints, found, { margin: options.margin ?? 1 });
    tp += s.truePositives;
    fp += s.falsePositives;
    fn += s.falseNegatives;
  }
  return changePointScores(tp, fp, fn);
}
