import type { Interval } from '../types';
import { InvalidOptionError } from '../errors';
import { periodOf, type Period } from './Period';

/**
 * Every period from the one containing `firstDay` to the one containing `lastDay`, in order, none skipped.
 *
 * @example
 * periodRange(18_840, 18_901, 'month').map((p) => p.period); // ['2021-08', '2021-09', '2021-10']
 */
export function periodRange(firstDay: number, lastDay: number, interval: Interval): Period[] {
  if (!Number.isInteger(firstDay) || !Number.isInteger(lastDay) || lastDay < firstDay) {
    throw new InvalidOptionError('range', `expected whole day numbers with first <= last, got ${firstDay}..${lastDay}`);
  }
  const out: Period[] = [];
  let period = periodOf(firstDay, interval);
  for (;;) {
    out.push(period);
    if (period.endDay >= lastDay) return out;
    period = periodOf(period.endDay + 1, interval);
  }
}
