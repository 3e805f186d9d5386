/**
 * Calendar dates as whole day numbers (days since 1970-01-01, UTC), the time base of the series layer.
 * Pure: no clock, no time zone; the proleptic Gregorian calendar.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;
const MS_PER_DAY = 86_400_000;

/**
 * Parses an ISO date (`YYYY-MM-DD`, optionally followed by `T` and a time, which is ignored) into a day number.
 * Returns null for anything else, including impossible dates such as `2021-02-30`.
 *
 * @example
 * toIsoDay('1970-01-02'); // 1
 * toIsoDay('2021-02-30'); // null
 */
export function toIsoDay(date: string): number | null {
  const match = ISO_DATE.exec(date);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return Math.round(ms / MS_PER_DAY);
}

/**
 * Formats a day number as an ISO date `YYYY-MM-DD`.
 *
 * @example
 * fromIsoDay(18_857); // '2021-08-18'
 */
export function fromIsoDay(day: number): string {
  const d = new Date(day * MS_PER_DAY);
  const year = String(d.getUTCFullYear()).padStart(4, '0');
  const month = String(d.getUTCMonth() + 1).padStart(2, '0');
  const date = String(d.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${date}`;
}
