import type { DatedScore, Timeline } from '../types';
import { InvalidOptionError } from '../errors';
import { timelinePartial, type TimelinePartial, type TimelinePartialOptions } from './timelinePartial';
import { timelineFromPartial, type TimelineFromPartialOptions } from './timelineFromPartial';

/** An actor-target pair to compare. */
export interface TimelinePair {
  readonly actor: string;
  readonly target: string;
}

/** Options of {@link compareTimelines}. */
export interface CompareTimelinesOptions extends Omit<TimelinePartialOptions, 'actor' | 'target'>, TimelineFromPartialOptions {
  /** The pairs, at least one; each gets its own timeline, in this order. */
  readonly pairs: readonly TimelinePair[];
}

/** The dates covering all the partials' periods, or null when all are empty. */
function coveringRange(partials: readonly TimelinePartial[]): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  for (const p of partials) {
    const a = p.periods[0];
    const b = p.periods[p.periods.length - 1];
    if (a !== undefined && (from === null || a.start < from)) from = a.start;
    if (b !== undefined && (to === null || b.end > to)) to = b.end;
  }
  return from === null || to === null ? null : { from, to };
}

/**
 * Timelines of several actor-target pairs aligned on the same periods: all cover the union of their date ranges
 * (or `from`..`to`), so `points[i]` is the same period in every timeline.
 *
 * @example
 * const [russia, china] = compareTimelines(statements, { pairs: [{ actor: 'Russia', target: 'Taliban' }, { actor: 'China', target: 'Taliban' }] });
 * russia.points.length === china.points.length; // true
 */
export function compareTimelines(statements: readonly DatedScore[], options: CompareTimelinesOptions): Timeline[] {
  if (!Array.isArray(options.pairs) || options.pairs.length === 0) throw new InvalidOptionError('pairs', 'give at least one { actor, target } pair');
  const partials = options.pairs.map((pair) => timelinePartial(statements, { ...options, actor: pair.actor, target: pair.target }));
  const range = coveringRange(partials);
  const from = options.from ?? range?.from;
  const to = options.to ?? range?.to;
  return partials.map((p) => timelineFromPartial(p, { ...options, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) }));
}
