import { InvalidOptionError } from '../errors';
import { toIsoDay } from '../series/isoDay';
import type { Period } from '../series/Period';
import { periodRange } from '../series/periodRange';
import type { TimelinePartial, TimelinePartialPeriod } from './timelinePartial';

/** Options of {@link timelineGrid}. */
export interface TimelineGridOptions {
  /** First day to cover (ISO date). Default: the first period with data. */
  readonly from?: string;
  /** Last day to cover (ISO date). Default: the last period with data. */
  readonly to?: string;
}

/** Every period of a timeline with its statistics (null when empty). */
export interface TimelineGrid {
  readonly range: readonly Period[];
  readonly periods: readonly (TimelinePartialPeriod | null)[];
}

function dayOption(name: string, value: string | undefined): number | null {
  if (value === undefined) return null;
  const day = typeof value === 'string' ? toIsoDay(value) : null;
  if (day === null) throw new InvalidOptionError(name, `must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(value)}`);
  return day;
}

/**
 * The periods a timeline shows: every one from the first to the last period with data (or `from`..`to`), none
 * skipped, each paired with its statistics or null. Empty when there is nothing to show.
 *
 * @example
 * timelineGrid(partial).range.map((p) => p.period); // ['2021-08', '2021-09', '2021-10'] for data in August and October
 */
export function timelineGrid(partial: TimelinePartial, options: TimelineGridOptions = {}): TimelineGrid {
  const fromDay = dayOption('from', options.from);
  const toDay = dayOption('to', options.to);
  if (fromDay !== null && toDay !== null && toDay < fromDay) throw new InvalidOptionError('to', `must not be before from (${options.from})`);
  const first = partial.periods[0];
  const last = partial.periods[partial.periods.length - 1];
  const startDay = fromDay ?? (first === undefined ? null : toIsoDay(first.start));
  const endDay = toDay ?? (last === undefined ? null : toIsoDay(last.end));
  if (startDay === null || endDay === null || endDay < startDay) return { range: [], periods: [] };
  const range = periodRange(startDay, endDay, partial.interval);
  const byLabel = new Map(partial.periods.map((p) => [p.period, p]));
  return { range, periods: range.map((r) => byLabel.get(r.period) ?? null) };
}
