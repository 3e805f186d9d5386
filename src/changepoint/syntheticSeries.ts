import { InvalidOptionError } from '../errors';
import { normalDraw, seededRandom } from './seededRandom';

/** Options of {@link syntheticSeries}. */
export interface SyntheticSeriesOptions {
  /** Seed of the generator (whole number). */
  readonly seed: number;
  /** Number of periods. Default 60. */
  readonly periods?: number;
  /** Number of true change points. Default 4. */
  readonly changes?: number;
  /** Fewest periods between two changes and between a change and either end. Default 8. */
  readonly minGap?: number;
  /** Size of every level shift (its sign is random). Default 0.5. */
  readonly shift?: number;
  /** Signal-to-noise ratio: shift / noise standard deviation of one statement. Default 2. */
  readonly snr?: number;
  /** Share of periods left empty, in [0, 1). Default 0.2. */
  readonly emptyShare?: number;
  /** A non-empty period holds 1 to this many statements (uniform). Default 5. */
  readonly maxPerPeriod?: number;
}

/** One synthetic statement: its period index and score. */
export interface SyntheticObservation {
  readonly period: number;
  readonly value: number;
}

/** A synthetic series and the truth behind it. */
export interface SyntheticSeries {
  readonly options: Required<SyntheticSeriesOptions>;
  /** True level in each period. */
  readonly levels: readonly number[];
  /** Index of the first period of each new level, ascending. */
  readonly changePoints: readonly number[];
  /** Whether each period has no statement. */
  readonly empty: readonly boolean[];
  /** The statements, in period order. Scores are clipped to [-1, 1] like real ones. */
  readonly observations: readonly SyntheticObservation[];
}

/** Levels stay within this band so that clipping to [-1, 1] stays rare. */
const LEVEL_BAND = 0.6;

/**
 * A seeded piecewise-constant series with known change points, statement-level normal noise, empty periods and
 * an uneven number of statements per period: the test bed of the change-point methods. Same seed, same series.
 *
 * @example
 * const s = syntheticSeries({ seed: 7 });
 * s.changePoints.length; // 4
 * s.empty.filter(Boolean).length; // 12 (20% of 60)
 */
export function syntheticSeries(options: SyntheticSeriesOptions): SyntheticSeries {
  const o: Required<SyntheticSeriesOptions> = {
    seed: options.seed,
    periods: options.periods ?? 60,
    changes: options.changes ?? 4,
    minGap: options.minGap ?? 8,
    shift: options.shift ?? 0.5,
    snr: options.snr ?? 2,
    emptyShare: options.emptyShare ?? 0.2,
    maxPerPeriod: options.maxPerPeriod ?? 5,
  };
  const whole = (name: string, v: number, min: number): void => {
    if (!(Number.isInteger(v) && v >= min)) throw new InvalidOptionError(name, `must be a whole number >= ${min}, got ${v}`);
  };
  whole('periods', o.periods, 2);
  whole('changes', o.changes, 0);
  whole('minGap', o.minGap, 1);
  whole('maxPerPeriod', o.maxPerPeriod, 1);
  if (!(o.shift > 0 && o.shift <= LEVEL_BAND)) throw new InvalidOptionError('shift', `must be in (0, ${LEVEL_BAND}], got ${o.shift}`);
  if (!(o.snr > 0 && Number.isFinite(o.snr))) throw new InvalidOptionError('snr', `must be a positive number, got ${o.snr}`);
  if (!(o.emptyShare >= 0 && o.emptyShare < 1)) throw new InvalidOptionError('emptyShare', `must be in [0, 1), got ${o.emptyShare}`);
  const free = o.periods - 2 * o.minGap - (o.changes - 1) * o.minGap;
  if (o.changes > 0 && free < 0) {
    throw new InvalidOptionError('changes', `${o.changes} changes at least ${o.minGap} periods apart do not fit in ${o.periods} periods`);
  }
  const random = seededRandom(o.seed);
  // Change points: minGap + sorted uniform offsets spread over the free room, each followed by minGap.
  const offsets = Array.from({ length: o.changes }, () => Math.floor(random() * (free + 1))).sort((a, b) => a - b);
  const changePoints = offsets.map((offset, i) => o.minGap + offset + i * o.minGap);
  const levels: number[] = [];
  let level = (random() * 2 - 1) * (LEVEL_BAND - o.shift / 2);
  let next = 0;
  for (let p = 0; p < o.periods; p++) {
    if (next < changePoints.length && changePoints[next] === p) {
      const up = random() < 0.5;
      const sign = level + o.shift > LEVEL_BAND ? -1 : level - o.shift < -LEVEL_BAND ? 1 : up ? 1 : -1;
      level += sign * o.shift;
      next += 1;
    }
    levels.push(level);
  }
  const emptyCount = Math.round(o.emptyShare * o.periods);
  const order = Array.from({ length: o.periods }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const emptySet = new Set(order.slice(0, emptyCount));
  const empty = levels.map((_, p) => emptySet.has(p));
  const sd = o.shift / o.snr;
  const observations: SyntheticObservation[] = [];
  levels.forEach((lvl, period) => {
    if (empty[period]) return;
    const count = 1 + Math.floor(random() * o.maxPerPeriod);
    for (let k = 0; k < count; k++) {
      observations.push({ period, value: Math.max(-1, Math.min(1, lvl + sd * normalDraw(random))) });
    }
  });
  return { options: o, levels, changePoints, empty, observations };
}
