import type { DatedScore, Dimension, Interval } from '../types';
import { InvalidOptionError } from '../errors';
import { toIsoDay, fromIsoDay } from '../series/isoDay';
import { periodOf } from '../series/Period';
import type { SyntheticSeries } from './syntheticSeries';

/** Options of {@link syntheticStatements}. */
export interface SyntheticStatementsOptions {
  /** ISO date in the first period. Default `'2021-01-01'`. */
  readonly start?: string;
  /** Period length. Default `'month'`. */
  readonly interval?: Interval;
  /** Default `'Actor'`. */
  readonly actor?: string;
  /** Default `'Target'`. */
  readonly target?: string;
  /** The dimension the series is put on; the others get label 0. Default `'engagement'`. */
  readonly dimension?: Dimension;
}

/**
 * Turns a synthetic series into scored statements (one per observation, dated on the first day of its period,
 * quote kind `direct`, text naming the period and position), so the whole timeline can be tested on known truth.
 *
 * @example
 * syntheticStatements(syntheticSeries({ seed: 1 }))[0]?.date; // '2021-01-01'
 */
export function syntheticStatements(series: SyntheticSeries, options: SyntheticStatementsOptions = {}): DatedScore[] {
  const interval = options.interval ?? 'month';
  const startDay = toIsoDay(options.start ?? '2021-01-01');
  if (startDay === null) throw new InvalidOptionError('start', `must be an ISO date, got ${JSON.stringify(options.start)}`);
  const dimension = options.dimension ?? 'engagement';
  const starts: number[] = [];
  let p = periodOf(startDay, interval);
  for (let i = 0; i < series.levels.length; i++) {
    starts.push(p.startDay);
    p = periodOf(p.endDay + 1, interval);
  }
  const zero = { score: 0, label: 0 as const };
  return series.observations.map((o, i) => {
    const value = { score: o.value, label: (o.value < 0 ? -1 : 1) as -1 | 1 };
    return {
      date: fromIsoDay(starts[o.period] as number),
      actor: options.actor ?? 'Actor',
      target: options.target ?? 'Target',
      engagement: dimension === 'engagement' ? value : zero,
      recognition: dimension === 'recognition' ? value : zero,
      threat: dimension === 'threat' ? value : zero,
      text: `Synthetic statement ${i} of period ${o.period}.`,
      doc: `synthetic-${series.options.seed}`,
      quote: 'direct' as const,
      start: i,
    };
  });
}
