import type { Interval } from '../types';
import { DataValidationError } from '../errors';
import { INTERVALS } from '../series/Period';
import type { WeightedMoments } from '../series/WeightedMoments';
import { TIMELINE_PARTIAL_FORMAT, type TimelinePartial, type TimelinePartialPeriod, type TimelineRemark } from './timelinePartial';

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Validates a parsed partial timeline file (the JSON written by `stance-shift timeline --partial`) and returns it
 * typed. Every number must be finite; sums are arrays of numbers (exact partial sums).
 *
 * @throws DataValidationError naming the file, the entry and the problem.
 * @example
 * timelineParsePartial(JSON.parse(text), '2021.json').periods.length; // 12
 */
export function timelineParsePartial(value: unknown, file: string): TimelinePartial {
  const fail = (entry: string, problem: string): never => {
    throw new DataValidationError(file, entry, problem);
  };
  if (!isObject(value)) return fail('(root)', 'expected a JSON object');
  if (value.format !== TIMELINE_PARTIAL_FORMAT) fail('format', `expected "${TIMELINE_PARTIAL_FORMAT}"; write partial files with "stance-shift timeline --partial"`);
  if (value.version !== 1) fail('version', `unsupported version ${JSON.stringify(value.version)}; this reader knows version 1`);
  for (const k of ['actor', 'target'] as const) if (typeof value[k] !== 'string' || value[k] === '') fail(k, 'expected a non-empty string');
  if (!INTERVALS.includes(value.interval as Interval)) fail('interval', `expected one of ${INTERVALS.join(', ')}`);
  const w = value.weights;
  if (w !== null) {
    if (!isObject(w)) return fail('weights', 'expected an object or null');
    for (const k of ['direct', 'reported', 'none', 'unknown']) if (!(typeof w[k] === 'number' && (w[k] as number) > 0)) fail(`weights.${k}`, 'expected a positive number');
  }
  if (!Array.isArray(value.periods)) return fail('periods', 'expected an array');
  const sum = (entry: string, v: unknown): readonly number[] => {
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'number' && Number.isFinite(x))) return fail(entry, 'expected an array of finite numbers');
    return v as number[];
  };
  const periods = value.periods.map((p: unknown, i: number): TimelinePartialPeriod => {
    const at = `periods[${i}]`;
    if (!isObject(p)) return fail(at, 'expected an object');
    for (const k of ['period', 'start', 'end']) if (typeof p[k] !== 'string') fail(`${at}.${k}`, 'expected a string');
    if (!(Number.isInteger(p.n) && (p.n as number) >= 0)) fail(`${at}.n`, 'expected a whole number');
    const moments = (d: string): WeightedMoments => {
      const m = p[d];
      if (!isObject(m)) return fail(`${at}.${d}`, 'expected an object');
      if (!(Number.isInteger(m.n) && (m.n as number) >= 0)) fail(`${at}.${d}.n`, 'expected a whole number');
      return { n: m.n as number, w: sum(`${at}.${d}.w`, m.w), wx: sum(`${at}.${d}.wx`, m.wx), wxx: sum(`${at}.${d}.wxx`, m.wxx), ww: sum(`${at}.${d}.ww`, m.ww) };
    };
    if (!Array.isArray(p.remarks)) return fail(`${at}.remarks`, 'expected an array');
    const remarks = p.remarks.map((r: unknown, j: number): TimelineRemark => {
      const rat = `${at}.remarks[${j}]`;
      if (!isObject(r)) return fail(rat, 'expected an object');
      for (const k of ['key', 'date', 'text']) if (typeof r[k] !== 'string') fail(`${rat}.${k}`, 'expected a string');
      if (!(typeof r.weight === 'number' && r.weight > 0)) fail(`${rat}.weight`, 'expected a positive number');
      const score = (k: string): number | null => {
        const v = r[k];
        if (v === null) return null;
        if (typeof v !== 'number' || !(v >= -1 && v <= 1)) return fail(`${rat}.${k}`, 'expected a number in [-1, 1] or null');
        return v;
      };
      if (r.doc !== undefined && typeof r.doc !== 'string') fail(`${rat}.doc`, 'expected a string');
      if (r.start !== undefined && typeof r.start !== 'number') fail(`${rat}.start`, 'expected a number');
      return {
        key: r.key as string,
        date: r.date as string,
        text: r.text as string,
        ...(r.doc === undefined ? {} : { doc: r.doc as string }),
        ...(r.start === undefined ? {} : { start: r.start as number }),
        weight: r.weight as number,
        engagement: score('engagement'),
        recognition: score('recognition'),
        threat: score('threat'),
      };
    });
    return {
      period: p.period as string,
      start: p.start as string,
      end: p.end as string,
      n: p.n as number,
      engagement: moments('engagement'),
      recognition: moments('recognition'),
      threat: moments('threat'),
      remarks,
    };
  });
  return {
    format: TIMELINE_PARTIAL_FORMAT,
    version: 1,
    actor: value.actor as string,
    target: value.target as string,
    interval: value.interval as Interval,
    weights: w === null ? null : (w as unknown as TimelinePartial['weights']),
    periods,
  };
}
