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
 * // a direct quote (weight 1) at +0.8 and a narrated sentence (weight 0.6) at +0.2 in August 2021
 * const t = timeline(statements, { actor: 'Russia', target: 'Taliban', interval: 'month' });
 * t.points[0]?.engagement.mean; // 0.575 = (1 · 0.8 + 0.6 · 0.2) / 1.6
 * t.shifts[0]?.summary; // "Between 2021-06 and 2021-07 Russia's engagement rose from -0.8 to +0.7: 'Russia will host a Taliban delegation.'"
 */
export function timeline(statements: readonly DatedScore[], options: TimelineOptions): Timeline {
  return timelineFromPartial(timelinePartial(statements, options), options);
}
