import { InvalidOptionError } from '../errors';

/** Options of {@link changePointMetrics}. */
export interface ChangePointMetricsOptions {
  /** A found change within this many positions of a true one matches it. Default 1. */
  readonly margin?: number;
}

/**
 * A found change: a position, or an inclusive range `[from, to]` of positions where the new level may begin (a
 * change found across a gap of empty periods can begin in any of them).
 */
export type FoundChange = number | readonly [number, number];

/** Precision and recall of found change points against the truth. */
export interface ChangePointScores {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** TP / found; 1 when nothing was found (no false alarm). */
  readonly precision: number;
  /** TP / true; 1 when there is no true change. */
  readonly recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  readonly f1: number;
}

/**
 * Scores found change points against true ones within a margin, matching one to one (each true change at most
 * once, closest pairs first, earlier on ties), as ruptures' precision/recall does. The distance from a true change
 * to a found range is 0 inside it, else to its nearer end.
 *
 * @example
 * changePointMetrics([10, 30], [11, 20, 30]); // { truePositives: 2, falsePositives: 1, falseNegatives: 0, precision: 0.667, recall: 1, ... }
 * changePointMetrics([10], [[12, 14]]).recall; // 1 (within one of the range's start)
 */
export function changePointMetrics(
  truth: readonly number[],
  found: readonly FoundChange[],
  options: ChangePointMetricsOptions = {},
): ChangePointScores {
  const margin = options.margin ?? 1;
  if (!(margin >= 0 && Number.isFinite(margin))) throw new InvalidOptionError('margin', `must be a finite number >= 0, got ${margin}`);
  const pairs: [number, number, number][] = [];
  truth.forEach((t, i) => {
    found.forEach((f, j) => {
      const [from, to] = typeof f === 'number' ? [f, f] : f;
      const d = t < from ? from - t : t > to ? t - to : 0;
      if (d <= margin) pairs.push([d, i, j]);
    });
  });
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const usedTruth = new Set<number>();
  const usedFound = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedTruth.has(i) || usedFound.has(j)) continue;
    usedTruth.add(i);
    usedFound.add(j);
  }
  const truePositives = usedTruth.size;
  return changePointScores(truePositives, found.length - truePositives, truth.length - truePositives);
}

/**
 * Precision, recall and F1 from counts (for pooling several series: add their counts, then score).
 *
 * @example
 * changePointScores(9, 1, 0).precision; // 0.9
 */
export function changePointScores(truePositives: number, falsePositives: number, falseNegatives: number): ChangePointScores {
  const found = truePositives + falsePositives;
  const real = truePositives + falseNegatives;
  const precision = found === 0 ? 1 : truePositives / found;
  const recall = real === 0 ? 1 : truePositives / real;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}
