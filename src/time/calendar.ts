/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so that no result depends on the machine's time zone.
 * Internal to the time and text layers: validation and arithmetic only, no parsing of natural-language dates
 * (chrono-node does that).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MS = 86_400_000;

/** Formats a calendar day as `YYYY-MM-DD`. `month` is 1-based. */
export function isoDate(year: number, month: number, day: number): string {
  const y = String(year).padStart(4, '0');
  const m = String(month).padStart(2, '0');
  const d = String(day).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** `true` when `value` is a real calendar day written `YYYY-MM-DD` (rejects `2021-02-30`). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/**
 * Normalises an ISO date or date-time (`2021-08-18`, `2021-08-18T10:00:00Z`) to its calendar day, or returns null.
 * The day written in the string is kept: `2021-08-18T23:30:00-05:00` is 2021-08-18, as the publisher dated it.
 */
export function normalizeIsoDate(value: string): string | null {
  const m = ISO_DATE_TIME.exec(value.trim());
  if (m === null) return null;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  return isIsoDate(day) ? day : null;
}

/** Number of days in a month (1-based), leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function fromMs(ms: number): string {
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Adds (or with a negative `days`, subtracts) whole days. */
export function addDays(iso: string, days: number): string {
  return fromMs(toMs(iso) + days * DAY_MS);
}

/** Day of the week, 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(toMs(iso)).getUTCDay();
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toMs(b) - toMs(a)) / DAY_MS);
}

/** The middle day of an inclusive range (the earlier of the two middle days when the length is even). */
export function midpoint(start: string, end: string): string {
  return addDays(start, Math.floor(daysBetween(start, end) / 2));
}

/** Monday of the ISO week that contains `iso`. */
export function weekStart(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

/** The year of an ISO date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}
