import type { Interval } from '../types';
import { fromIsoDay } from './isoDay';

/** One calendar bucket of a timeline: its label and inclusive first and last days. */
export interface Period {
  /** `2021-09-25` (day), `2021-W38` (ISO week), `2021-09` (month), `2021-Q3` (quarter), `2021` (year). */
  readonly period: string;
  /** First day, ISO date. */
  readonly start: string;
  /** Last day (inclusive), ISO date. */
  readonly end: string;
  /** First day as a day number (days since 1970-01-01). */
  readonly startDay: number;
  /** Last day as a day number. */
  readonly endDay: number;
}

/** The intervals a timeline can be bucketed by. */
export const INTERVALS: readonly Interval[] = ['day', 'week', 'month', 'quarter', 'year'];

const MS_PER_DAY = 86_400_000;

function utcDay(year: number, monthIndex: number, day: number): number {
  return Math.round(Date.UTC(year, monthIndex, day) / MS_PER_DAY);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The period (calendar bucket) that contains a day. Weeks are ISO weeks (Monday to Sunday, numbered in the
 * ISO week-based year, so 2021-01-03 is in `2020-W53`).
 *
 * @example
 * periodOf(18_857, 'month'); // { period: '2021-08', start: '2021-08-01', end: '2021-08-31', startDay: 18_840, endDay: 18_870 }
 * periodOf(18_631, 'week').period; // '2021-W01' (2021-01-04 is a Monday)
 */
export function periodOf(day: number, interval: Interval): Period {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (interval) {
    case 'day': {
      const iso = fromIsoDay(day);
      return { period: iso, start: iso, end: iso, startDay: day, endDay: day };
    }
    case 'week': {
      // 1970-01-01 was a Thursday; (day + 3) mod 7 is 0 on Mondays.
      const offset = (((day + 3) % 7) + 7) % 7;
      const monday = day - offset;
      const thursday = monday + 3;
      const weekYear = new Date(thursday * MS_PER_DAY).getUTCFullYear();
      const week = Math.floor((thursday - utcDay(weekYear, 0, 1)) / 7) + 1;
      return make(`${pad(weekYear, 4)}-W${pad(week, 2)}`, monday, monday + 6);
    }
    case 'month':
      return make(`${pad(year, 4)}-${pad(month + 1, 2)}`, utcDay(year, month, 1), utcDay(year, month + 1, 1) - 1);
    case 'quarter': {
      const q = Math.floor(month / 3);
      return make(`${pad(year, 4)}-Q${q + 1}`, utcDay(year, q * 3, 1), utcDay(year, q * 3 + 3, 1) - 1);
    }
    case 'year':
      return make(pad(year, 4), utcDay(year, 0, 1), utcDay(year + 1, 0, 1) - 1);
  }
}

function make(period: string, startDay: number, endDay: number): Period {
  return { period, start: fromIsoDay(startDay), end: fromIsoDay(endDay), startDay, endDay };
}
