import type { DatedScore, Dimension, Interval } from '../types';
import { DIMENSIONS } from '../types';
import { DataValidationError, InvalidOptionError } from '../errors';
import { toIsoDay } from '../series/isoDay';
import { INTERVALS, periodOf } from '../series/Period';
import { EMPTY_MOMENTS, addMoment, removeMoment, type WeightedMoments } from '../series/WeightedMoments';
import { resolveWeights, timelineWeight, type QuoteWeights, type TimelineWeights } from './timelineWeights';
import { timelineRemarkKey } from './timelineRemarkKey';

/** Format tag of a partial timeline file. */
export const TIMELINE_PARTIAL_FORMAT = 'stance-shift/timeline-partial';

/** One de-duplicated statement kept for cross-partition de-duplication and for naming the drivers of a shift. */
export interface TimelineRemark {
  /** {@link timelineRemarkKey}. */
  readonly key: string;
  readonly date: string;
  readonly text: string;
  readonly doc?: string;
  readonly start?: number;
  readonly weight: number;
  /** Score per dimension, null where the statement says nothing on it (label 0). */
  readonly engagement: number | null;
  readonly recognition: number | null;
  readonly threat: number | null;
}

/** One period's sufficient statistics. */
export interface TimelinePartialPeriod {
  readonly period: string;
  readonly start: string;
  readonly end: string;
  /** Distinct statements of the period. */
  readonly n: number;
  /** Weighted moments of the scores of the statements that say something on each dimension. */
  readonly engagement: WeightedMoments;
  readonly recognition: WeightedMoments;
  readonly threat: WeightedMoments;
  /** Statements with text, one per remark, sorted by key. */
  readonly remarks: readonly TimelineRemark[];
}

/**
 * A timeline's sufficient statistics: what `timeline` computes everything from, and what `stance-shift merge`
 * adds up. Two partials of disjoint inputs merge into exactly the partial of the whole input.
 */
export interface TimelinePartial {
  readonly format: typeof TIMELINE_PARTIAL_FORMAT;
  readonly version: 1;
  readonly actor: string;
  readonly target: string;
  readonly interval: Interval;
  /** The quote weights used, or null for a custom weight function (partials with null cannot be checked on merge). */
  readonly weights: QuoteWeights | null;
  /** Non-empty periods, in time order. */
  readonly periods: readonly TimelinePartialPeriod[];
}

/** Options of {@link timelinePartial}. */
export interface TimelinePartialOptions {
  /** Stance holder; statements match it case-insensitively after trimming. */
  readonly actor: string;
  /** Target of the stance; matched like `actor`. */
  readonly target: string;
  /** Calendar bucket. Default `'month'`. */
  readonly interval?: Interval;
  /** Statement weights (see `DEFAULT_QUOTE_WEIGHTS`). */
  readonly weights?: TimelineWeights;
}

/**
 * Which of two copies of one remark is kept: the higher weight, then the smaller doc id, start, scores, text. A total
 * order, so the copy kept never depends on the order the copies arrive in.
 *
 * @example
 * preferRemark(reportedCopy, directCopy) === directCopy; // true (weight 1 beats 0.8)
 */
export function preferRemark(a: TimelineRemark, b: TimelineRemark): TimelineRemark {
  if (a.weight !== b.weight) return a.weight > b.weight ? a : b;
  const da = a.doc ?? '';
  const db = b.doc ?? '';
  if (da !== db) return da < db ? a : b;
  const sa = a.start ?? -1;
  const sb = b.start ?? -1;
  if (sa !== sb) return sa < sb ? a : b;
  for (const d of DIMENSIONS) {
    const x = a[d] ?? -2;
    const y = b[d] ?? -2;
    if (x !== y) return x < y ? a : b;
  }
  if (a.text !== b.text) return a.text < b.text ? a : b;
  return a;
}

function same(a: string | null, b: string): boolean {
  return a !== null && a.trim().toLowerCase() === b;
}

function checkName(name: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidOptionError(name, 'must be a non-empty string');
  return value.trim();
}

/**
 * Checks actor, target and interval, trims the names and defaults the interval to `'month'`.
 *
 * @example
 * checkTimelineOptions({ actor: ' Russia ', target: 'Taliban' }); // { actor: 'Russia', target: 'Taliban', interval: 'month' }
 */
export function checkTimelineOptions(options: TimelinePartialOptions): { actor: string; target: string; interval: Interval } {
  const actor = checkName('actor', options.actor);
  const target = checkName('target', options.target);
  const interval = options.interval ?? 'month';
  if (!INTERVALS.includes(interval)) throw new InvalidOptionError('interval', `expected one of ${INTERVALS.join(', ')}, got ${JSON.stringify(interval)}`);
  return { actor, target, interval };
}

function dimensionValue(s: DatedScore, d: Dimension, index: number): number | null {
  const score = s[d];
  if (score === null || typeof score !== 'object' || typeof score.score !== 'number' || !Number.isFinite(score.score) || score.score < -1 || score.score > 1) {
    throw new DataValidationError('statements', `#${index}`, `${d}.score must be a number in [-1, 1]`);
  }
  if (score.label !== -1 && score.label !== 0 && score.label !== 1) {
    throw new DataValidationError('statements', `#${index}`, `${d}.label must be -1, 0 or 1`);
  }
  return score.label === 0 ? null : score.score;
}

interface MutablePeriod {
  period: string;
  start: string;
  end: string;
  startDay: number;
  n: number;
  moments: Record<Dimension, WeightedMoments>;
  remarks: Map<string, TimelineRemark>;
}

function addValues(p: MutablePeriod, values: Record<Dimension, number | null>, w: number, sign: 1 | -1): void {
  for (const d of DIMENSIONS) {
    const x = values[d];
    if (x === null) continue;
    p.moments[d] = sign === 1 ? addMoment(p.moments[d], x, w) : removeMoment(p.moments[d], x, w);
  }
}

/**
 * The sufficient statistics of one actor-target pair's statements, bucketed by period: the input of `timeline`
 * and the unit `stance-shift merge` adds up. Statements of other pairs are ignored (names match case-insensitively;
 * the partial keeps the data's own spelling, the first in code-point order when it varies); a statement that repeats a
 * remark already seen (same words, same date: {@link timelineRemarkKey}) replaces it only if preferred by
 * {@link preferRemark}, so each remark counts once, with its best-attested copy. A statement counts on a
 * dimension only when its label there is not 0.
 *
 * @throws DataValidationError for a statement with a bad date or score (the CLI reader reports these before).
 * @example
 * const p = timelinePartial(statements, { actor: 'Russia', target: 'Taliban', interval: 'month' });
 * p.periods.map((x) => x.period); // ['2021-08', '2021-10'] (only periods with statements)
 */
export function timelinePartial(statements: readonly DatedScore[], options: TimelinePartialOptions): TimelinePartial {
  const { actor, target, interval } = checkTimelineOptions(options);
  const weights = resolveWeights(options.weights);
  const actorKey = actor.toLowerCase();
  const targetKey = target.toLowerCase();
  const periods = new Map<string, MutablePeriod>();
  let actorName: string | null = null;
  let targetName: string | null = null;
  statements.forEach((s, index) => {
    if (!same(s.actor, actorKey) || !same(s.target, targetKey)) return;
    const a = (s.actor as string).trim();
    const t = (s.target as string).trim();
    if (actorName === null || a < actorName) actorName = a;
    if (targetName === null || t < targetName) targetName = t;
    const day = typeof s.date === 'string' ? toIsoDay(s.date) : null;
    if (day === null) throw new DataValidationError('statements', `#${index}`, `date must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(s.date)}`);
    const values = {
      engagement: dimensionValue(s, 'engagement', index),
      recognition: dimensionValue(s, 'recognition', index),
      threat: dimensionValue(s, 'threat', index),
    };
    const w = timelineWeight(s, weights);
    const bucket = periodOf(day, interval);
    let p = periods.get(bucket.period);
    if (p === undefined) {
      p = {
        period: bucket.period,
        start: bucket.start,
        end: bucket.end,
        startDay: bucket.startDay,
        n: 0,
        moments: { engagement: EMPTY_MOMENTS, recognition: EMPTY_MOMENTS, threat: EMPTY_MOMENTS },
        remarks: new Map(),
      };
      periods.set(bucket.period, p);
    }
    const key = timelineRemarkKey(s);
    if (key === null) {
      p.n += 1;
      addValues(p, values, w, 1);
      return;
    }
    const remark: TimelineRemark = {
      key,
      date: s.date.slice(0, 10),
      text: (s.text as string).trim(),
      ...(s.doc === undefined ? {} : { doc: s.doc }),
      ...(s.start === undefined ? {} : { start: s.start }),
      weight: w,
      ...values,
    };
    const seen = p.remarks.get(key);
    if (seen === undefined) {
      p.n += 1;
      p.remarks.set(key, remark);
      addValues(p, values, w, 1);
    } else if (preferRemark(seen, remark) === remark && seen !== remark) {
      addValues(p, seen, seen.weight, -1);
      addValues(p, values, w, 1);
      p.remarks.set(key, remark);
    }
  });
  return {
    format: TIMELINE_PARTIAL_FORMAT,
    version: 1,
    actor: actorName ?? actor,
    target: targetName ?? target,
    interval,
    weights: typeof weights === 'function' ? null : weights,
    periods: [...periods.values()]
      .sort((a, b) => a.startDay - b.startDay)
      .map((p) => ({
        period: p.period,
        start: p.start,
        end: p.end,
        n: p.n,
        engagement: p.moments.engagement,
        recognition: p.moments.recognition,
        threat: p.moments.threat,
        remarks: [...p.remarks.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
      })),
  };
}
