import { fromIsoDay, toIsoDay } from '../../src/series/isoDay';
import { periodOf } from '../../src/series/Period';
import { periodRange } from '../../src/series/periodRange';
import { InvalidOptionError } from '../../src/errors';
import type { Interval } from '../../src/types';

describe('toIsoDay / fromIsoDay', () => {
  it.each([
    ['1970-01-01', 0, 'the epoch is day 0'],
    ['1970-01-02', 1, 'one day later'],
    ['1969-12-31', -1, 'dates before the epoch are negative'],
    ['2021-08-18', 18_857, '51 years and 13 leap days after the epoch, plus 229 days'],
    ['2024-02-29', 19_782, 'a leap day exists in 2024'],
    ['2021-08-18T13:24:00Z', 18_857, 'a time part is ignored'],
  ])('%s is day %d (%s)', (date, day) => {
    expect(toIsoDay(date)).toBe(day);
    expect(fromIsoDay(day)).toBe(date.slice(0, 10));
  });

  it.each([
    ['2021-02-29', 'no leap day in 2021'],
    ['2021-13-01', 'month 13'],
    ['2021-00-10', 'month 0'],
    ['2021-04-31', 'April has 30 days'],
    ['21-08-18', 'two-digit year'],
    ['2021/08/18', 'slashes'],
    ['', 'empty'],
    ['August 18, 2021', 'prose'],
  ])('rejects %j (%s)', (date) => {
    expect(toIsoDay(date)).toBeNull();
  });
});

describe('periodOf', () => {
  const cases: [string, Interval, string, string, string, string][] = [
    ['2021-08-18', 'day', '2021-08-18', '2021-08-18', '2021-08-18', 'a day is its own period'],
    ['2021-08-18', 'week', '2021-W33', '2021-08-16', '2021-08-22', 'ISO weeks run Monday to Sunday'],
    ['2021-01-03', 'week', '2020-W53', '2020-12-28', '2021-01-03', 'early January can belong to the previous ISO year'],
    ['2021-01-04', 'week', '2021-W01', '2021-01-04', '2021-01-10', 'the week with the first Thursday is week 1'],
    ['2024-12-30', 'week', '2025-W01', '2024-12-30', '2025-01-05', 'late December can belong to the next ISO year'],
    ['2021-08-18', 'month', '2021-08', '2021-08-01', '2021-08-31', 'calendar month'],
    ['2024-02-10', 'month', '2024-02', '2024-02-01', '2024-02-29', 'February of a leap year'],
    ['2021-08-18', 'quarter', '2021-Q3', '2021-07-01', '2021-09-30', 'July to September'],
    ['2021-12-31', 'quarter', '2021-Q4', '2021-10-01', '2021-12-31', 'last day of the year'],
    ['2021-08-18', 'year', '2021', '2021-01-01', '2021-12-31', 'calendar year'],
  ];
  it.each(cases)('%s by %s is %s (%s to %s): %s', (date, interval, label, start, end) => {
    const p = periodOf(toIsoDay(date) as number, interval);
    expect([p.period, p.start, p.end]).toEqual([label, start, end]);
    expect(p.startDay).toBe(toIsoDay(start));
    expect(p.endDay).toBe(toIsoDay(end));
  });
});

describe('periodRange', () => {
  it('lists every month, none skipped, across a year boundary', () => {
    const labels = periodRange(toIsoDay('2021-11-15') as number, toIsoDay('2022-02-01') as number, 'month').map((p) => p.period);
    expect(labels).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
  });

  it('gives one period when both days share it', () => {
    expect(periodRange(toIsoDay('2021-08-01') as number, toIsoDay('2021-08-31') as number, 'month')).toHaveLength(1);
  });

  it('tiles the days without gaps or overlaps (weeks)', () => {
    const ps = periodRange(toIsoDay('2020-12-01') as number, toIsoDay('2021-03-01') as number, 'week');
    ps.slice(1).forEach((p, i) => expect(p.startDay).toBe((ps[i] as { endDay: number }).endDay + 1));
  });

  it('rejects a reversed range', () => {
    expect(() => periodRange(10, 5, 'day')).toThrow(InvalidOptionError);
  });
});
