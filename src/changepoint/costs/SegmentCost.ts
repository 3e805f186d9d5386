/**
 * What a change is: the cost of fitting one segment of atoms `[start, end)` with a single set of parameters.
 * Search methods (PELT, penalty paths) only see this interface, so costs and methods combine freely.
 * A cost must be additive-friendly: `cost(a, b) + cost(b, c) <= cost(a, c)` (true of every likelihood cost).
 */
export interface SegmentCost {
  /** Number of atoms. */
  readonly size: number;
  /** Number of observations behind them (for penalties that grow with the data). */
  readonly observations: number;
  /** Cost of atoms `[start, end)`, `0 <= start < end <= size`. */
  cost(start: number, end: number): number;
}
