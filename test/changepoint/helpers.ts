import type { SeriesAtom } from '../../src/changepoint/SeriesAtom';

/** One observation of weight 1 as an atom. */
export const atom = (x: number): SeriesAtom => ({ n: 1, w: 1, wx: x, wxx: x * x });

/** Several observations of weight 1 at one time. */
export const atomOf = (xs: readonly number[]): SeriesAtom => ({
  n: xs.length,
  w: xs.length,
  wx: xs.reduce((s, x) => s + x, 0),
  wxx: xs.reduce((s, x) => s + x * x, 0),
});
