import type { ChangePoint, Shift, ShiftDriver, TimelinePoint } from '../types';
import { InvalidOptionError } from '../errors';
import { EMPTY_MOMENTS, mergeMoments, momentValues } from '../series/WeightedMoments';
import type { TimelinePartialPeriod } from './timelinePartial';

/** Most drivers listed per shift. */
export const MAX_DRIVERS = 3;

/** Drivers are looked for in this many observed periods from the change on. */
export const DRIVER_WINDOW = 2;

/** Longest quotation in a summary sentence, in characters. */
export const SUMMARY_QUOTE_LENGTH = 90;

/** What {@link shifts} explains: a timeline's points, the statistics behind them, and its change points. */
export interface ShiftsInput {
  readonly actor: string;
  readonly points: readonly TimelinePoint[];
  /** The partial period of each point (null for an empty period), aligned with `points`. */
  readonly periods: readonly (TimelinePartialPeriod | null)[];
  readonly changePoints: readonly ChangePoint[];
}

/** Options of {@link shifts}. */
export interface ShiftsOptions {
  /** Explain the change points of this method only. Default `'pelt'`. */
  readonly method?: 'pelt' | 'bocpd';
  /** Most drivers per shift, ≥ 0. Default {@link MAX_DRIVERS}. */
  readonly maxDrivers?: number;
  /** Observed periods from the change on searched for drivers, ≥ 1. Default {@link DRIVER_WINDOW}. */
  readonly driverWindow?: number;
}

function level(periods: readonly (TimelinePartialPeriod | null)[], dimension: ChangePoint['dimension'], from: number, to: number): number | null {
  let m = EMPTY_MOMENTS;
  for (let i = from; i < to; i++) {
    const p = periods[i];
    if (p !== null && p !== undefined) m = mergeMoments(m, p[dimension]);
  }
  const v = momentValues(m);
  return v.n > 0 && v.w > 0 ? v.wx / v.w : null;
}

function signed(x: number): string {
  const r = Math.round(x * 10) / 10;
  const text = Math.abs(r).toFixed(1);
  return r > 0 ? `+${text}` : r < 0 ? `-${text}` : text;
}

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SUMMARY_QUOTE_LENGTH ? flat : `${flat.slice(0, SUMMARY_QUOTE_LENGTH - 3).trimEnd()}...`;
}

/**
 * Explains each change point of one method: the levels before and after (weighted means of the whole segments
 * between neighbouring changes), the size, the confidence of the change point, and the statements that drive it.
 *
 * A driver is a statement of the first `driverWindow` observed periods after the change. Its contribution is its
 * share of the shift: the after-segment level is `before + Σ wᵢ(xᵢ − before) / W`, so statement i accounts for
 * `wᵢ(xᵢ − before) / (W · size)` of it (the shares of all after-segment statements sum to 1). Drivers are the
 * statements with the largest shares, ties broken by date then text.
 *
 * @example
 * shifts(input)[0]?.summary;
 * // "Between 2021-09 and 2021-10 Russia's engagement rose from -0.8 to +0.7: 'Russia takes U-turn, set to host Taliban'"
 */
export function shifts(input: ShiftsInput, options: ShiftsOptions = {}): Shift[] {
  const method = options.method ?? 'pelt';
  const maxDrivers = options.maxDrivers ?? MAX_DRIVERS;
  const window = options.driverWindow ?? DRIVER_WINDOW;
  if (method !== 'pelt' && method !== 'bocpd') throw new InvalidOptionError('method', `expected 'pelt' or 'bocpd', got ${JSON.stringify(method)}`);
  if (!(Number.isInteger(maxDrivers) && maxDrivers >= 0)) throw new InvalidOptionError('maxDrivers', `must be a whole number >= 0, got ${maxDrivers}`);
  if (!(Number.isInteger(window) && window >= 1)) throw new InvalidOptionError('driverWindow', `must be a whole number >= 1, got ${window}`);
  if (input.periods.length !== input.points.length) throw new InvalidOptionError('periods', 'must be aligned with points');
  const out: Shift[] = [];
  const chosen = input.changePoints.filter((c) => c.method === method && c.index !== undefined);
  for (const cp of chosen) {
    const index = cp.index as number;
    const siblings = chosen.filter((c) => c.dimension === cp.dimension).map((c) => c.index as number);
    const previous = Math.max(0, ...siblings.filter((i) => i < index));
    const next = Math.min(input.points.length, ...siblings.filter((i) => i > index));
    const before = level(input.periods, cp.dimension, previous, index);
    const after = level(input.periods, cp.dimension, index, next);
    if (before === null || after === null) continue;
    const size = after - before;
    let totalWeight = 0;
    for (let i = index; i < next; i++) totalWeight += input.points[i]?.[cp.dimension].weight ?? 0;
    const candidates: ShiftDriver[] = [];
    let seen = 0;
    for (let i = index; i < next && seen < window; i++) {
      const period = input.periods[i];
      if (period === null || period === undefined || period[cp.dimension].n === 0) continue;
      seen += 1;
      for (const r of period.remarks) {
        const x = r[cp.dimension];
        if (x === null) continue;
        const contribution = size === 0 || totalWeight === 0 ? 0 : (r.weight * (x - before)) / (totalWeight * size);
        candidates.push({ text: r.text, date: r.date, ...(r.doc === undefined ? {} : { doc: r.doc }), score: x, contribution });
      }
    }
    candidates.sort((a, b) => b.contribution - a.contribution || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
    const drivers = candidates.filter((d) => d.contribution > 0).slice(0, maxDrivers);
    const lastBefore = input.points[lastObserved(input.periods, cp.dimension, previous, index)];
    const from = lastBefore?.period ?? input.points[index - 1]?.period ?? '';
    const to = input.points[index]?.period ?? '';
    const verb = size > 0 ? 'rose' : size < 0 ? 'fell' : 'stayed';
    const lead = drivers[0];
    const summary =
      `Between ${from} and ${to} ${input.actor}'s ${cp.dimension} ${verb} from ${signed(before)} to ${signed(after)}` +
      (lead === undefined ? '.' : `: '${quote(lead.text)}'`);
    out.push({
      dimension: cp.dimension,
      date: cp.date,
      dateRange: cp.dateRange,
      before,
      after,
      size,
      confidence: cp.confidence,
      method,
      drivers,
      summary,
    });
  }
  return out;
}

function lastObserved(periods: readonly (TimelinePartialPeriod | null)[], dimension: ChangePoint['dimension'], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    const p = periods[i];
    if (p !== null && p !== undefined && p[dimension].n > 0) return i;
  }
  return to - 1;
}
