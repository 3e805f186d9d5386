import type { DatedScore, Timeline } from '../types';
import { timelinePartial, type TimelinePartialOptions } from './timelinePartial';
import { timelineFromPartial, type TimelineFromPartialOptions } from './timelineFromPartial';

/** Options of {@link timeline}. */
export interface TimelineOptions extends TimelinePartialOptions, TimelineFromPartialOptions {}

/**
 * One actor's stance toward one target over time: every period (empty ones explicit, with null means), each
 * dimension's weighted mean with its interval, the period's phase, a smoothed series that bridges gaps, change
 * points by PELT and BOCPD on every dimension, and the shifts explained by their statements.
 *
 * Statements are weighted by how they quote (`DEFAULT_QUOTE_WEIGHTS`), a remark repeated on the same date counts
 * once (`timelineRemarkKey`), and only statements with a non-zero label count on a dimension. See docs/time.md.
 *
 * @example
 * const t = timeline(statements, { actor: 'Russia', target: 'Taliban', interval: 'month' });
 * t.points[0]; // { period: '2021-08', start: '2021-08-01', end: '2021-08-31', n: 4, engagement: { mean: 0.55, lo: 0.1, hi: 1, n: 3, weight: 2.6 }, ... }
 * t.shifts[0]?.summary; // "Between 2021-09 and 2021-10 Russia's engagement rose from -0.8 to +0.7: '...'"
 */
export function timeline(statements: readonly DatedScore[], options: TimelineOptions): Timeline {
  return timelineFromPartial(timelinePartial(statements, options), options);
}
