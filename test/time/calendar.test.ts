import fc from 'fast-check';
import { addDays, daysBetween, isIsoDate, midpoint, normalizeIsoDate, weekdayOf, weekStart } from '../../src/time/calendar';
import { createDateParser } from '../../src/time/createDateParser';
import { findDateMentions } from '../../src/time/findDateMentions';

const day = fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2060, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('calendar', () => {
  test.each([
    ['2021-02-29', false, 'not a leap year'],
    ['2024-02-29', true, 'leap year'],
    ['2021-13-01', false, 'no month 13'],
    ['2021-1-01', false, 'month needs two digits'],
    ['2021-10-25', true, 'ordinary day'],
  ])('isIsoDate(%s) is %s (%s)', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });
  test.each<[string, string | null, string]>([
    ['2021-08-18T23:30:00-05:00', '2021-08-18', 'the day as the publisher wrote it'],
    ['2021-08-18 10:00', '2021-08-18', 'space-separated time'],
    [' 2021-08-18 ', '2021-08-18', 'surrounding spaces'],
    ['18 August 2021', null, 'not ISO'],
    ['2021-02-30T00:00:00Z', null, 'impossible day'],
  ])('normalizeIsoDate(%s) is %s (%s)', (value, out) => {
    expect(normalizeIsoDate(value)).toBe(out);
  });
  test('addDays and daysBetween are inverse; weekStart is a Monday no later than the day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
        const w = weekStart(d);
        expect(weekdayOf(w)).toBe(1);
        expect(daysBetween(w, d)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(w, d)).toBeLessThan(7);
      }),
    );
  });
  test('midpoint lies inside its range', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), (d, n) => {
        const m = midpoint(d, addDays(d, n));
        expect(m >= d && m <= addDays(d, n)).toBe(true);
      }),
    );
  });
});

describe('stance-shift refiners over chrono-node (properties)', () => {
  const parser = createDateParser();
  test('a bare weekday is that weekday, on or before the reference day and less than a week before', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 6 }), (ref, w) => {
        const [m] = findDateMentions(`They met on ${WEEKDAYS[w]}.`, ref, { parser });
        expect(weekdayOf(m!.date)).toBe(w);
        expect(daysBetween(m!.date, ref)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(m!.date, ref)).toBeLessThan(7);
      }),
      { numRuns: 60 },
    );
  });
  test('a bare month is the latest such month not after the reference day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 11 }), (ref, mo) => {
        const [m] = findDateMentions(`It happened in ${MONTHS[mo]}.`, ref, { parser });
        expect(Number(m!.date.slice(5, 7))).toBe(mo + 1);
        expect(m!.date <= ref).toBe(true);
        expect(daysBetween(m!.date, ref)).toBeLessThan(366);
      }),
      { numRuns: 60 },
    );
  });
});
