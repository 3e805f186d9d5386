import type { ChangePoint, Dimension } from '../types';
import { InvalidOptionError } from '../errors';
import { fromIsoDay, toIsoDay } from '../series/isoDay';
import { groupAtoms } from './groupAtoms';
import { detectChangePoints, type DetectChangePointsOptions } from './detectChangePoints';

/** Options of {@link changePointsByDate}. */
export interface ChangePointsByDateOptions<T> extends DetectChangePointsOptions {
  /** The dimension the values are on (recorded in each change point). */
  readonly dimension: Dimension;
  /** An item's ISO date. */
  readonly date: (item: T) => string;
  /** An item's value, or null to leave it out. */
  readonly value: (item: T) => number | null;
  /** An item's weight, > 0. Default 1. */
  readonly weight?: (item: T) => number;
}

/**
 * Change points of irregular, statement-level data, without bucketing: every distinct date is one atom, and a
 * change falls between two dates that have data. Each change point's `date` is the first date after the change and
 * its `dateRange` runs from the last date before it to that date; `index` is not set (there is no period grid).
 *
 * @throws InvalidOptionError for an item with a bad date; InsufficientDataError with too few distinct dates.
 * @example
 * changePointsByDate(statements, {
 *   method: 'pelt', dimension: 'engagement',
 *   date: (s) => s.date, value: (s) => (s.engagement.label === 0 ? null : s.engagement.score),
 * }); // [{ dimension: 'engagement', method: 'pelt', date: '2021-10-04', dateRange: { start: '2021-09-28', end: '2021-10-04' }, confidence: 0.9 }]
 */
export function changePointsByDate<T>(items: readonly T[], options: ChangePointsByDateOptions<T>): ChangePoint[] {
  const { times, atoms } = groupAtoms(items, {
    time: (item) => {
      const day = toIsoDay(options.date(item));
      if (day === null) throw new InvalidOptionError('date', `an item has a date that is not ISO (YYYY-MM-DD): ${JSON.stringify(options.date(item))}`);
      return day;
    },
    value: options.value,
    ...(options.weight === undefined ? {} : { weight: options.weight }),
  });
  const { dimension, date: _date, value: _value, weight: _weight, ...detect } = options;
  return detectChangePoints(atoms, detect).changes.map((c) => {
    const after = fromIsoDay(times[c.index] as number);
    const before = fromIsoDay(times[c.index - 1] as number);
    return { dimension, method: options.method, date: after, dateRange: { start: before, end: after }, confidence: c.confidence };
  });
}
