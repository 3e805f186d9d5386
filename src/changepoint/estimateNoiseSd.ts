import type { SeriesAtom } from './SeriesAtom';
import { InsufficientDataError } from '../errors';
import { MAD_SCALE, MIN_WITHIN_DF, NOISE_SD_FLOOR } from './changepointConstants';

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * Noise standard deviation of one observation of unit weight, robust to the level shifts being looked for.
 *
 * When atoms hold several observations (at least {@link MIN_WITHIN_DF} degrees of freedom in all), the pooled
 * weighted variance within atoms, which level shifts between atoms cannot inflate. Otherwise the scaled median
 * absolute deviation of the standardised differences of consecutive atom means,
 * `(m[i+1] − m[i]) / √(1/W[i] + 1/W[i+1])`, which a few shifts barely move. Floored at {@link NOISE_SD_FLOOR}.
 *
 * @throws InsufficientDataError with fewer than 3 atoms.
 * @example
 * const atom = (x: number) => ({ n: 1, w: 1, wx: x, wxx: x * x });
 * estimateNoiseSd([0, 0.1, 0.3, 0.2, 0.5].map(atom)); // 0.10483580825075305 (1.4826 · 0.1 / √2)
 */
export function estimateNoiseSd(atoms: readonly SeriesAtom[]): number {
  if (atoms.length < 3) {
    throw new InsufficientDataError(3, atoms.length, `estimating the noise needs at least 3 time points; got ${atoms.length}`);
  }
  const diffs: number[] = [];
  for (let i = 1; i < atoms.length; i++) {
    const a = atoms[i - 1] as SeriesAtom;
    const b = atoms[i] as SeriesAtom;
    diffs.push((b.wx / b.w - a.wx / a.w) / Math.sqrt(1 / a.w + 1 / b.w));
  }
  const centre = median(diffs);
  const fromDiffs = MAD_SCALE * median(diffs.map((d) => Math.abs(d - centre)));
  let rss = 0;
  let df = 0;
  for (const a of atoms) {
    if (a.n > 1) {
      rss += Math.max(0, a.wxx - (a.wx * a.wx) / a.w);
      df += a.n - 1;
    }
  }
  const estimate = df >= MIN_WITHIN_DF ? Math.sqrt(rss / df) : fromDiffs;
  return Math.max(NOISE_SD_FLOOR, estimate);
}
