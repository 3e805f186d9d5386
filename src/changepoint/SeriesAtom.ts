/**
 * The unit the change-point methods work on: the statistics of the observations that share one time (a date for
 * statement-level data, a period for a bucketed timeline). A change can fall between atoms, never inside one.
 * Atoms are in time order; gaps in time need no atom (an empty period is simply absent).
 */
export interface SeriesAtom {
  /** Number of observations. */
  readonly n: number;
  /** Sum of their weights, > 0. */
  readonly w: number;
  /** Weighted sum of values `Σwx`. */
  readonly wx: number;
  /** Weighted sum of squares `Σwx²`. */
  readonly wxx: number;
}
