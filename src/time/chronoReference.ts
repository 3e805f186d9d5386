import type { ParsingReference } from 'chrono-node';

/**
 * The reference chrono-node needs for a reference day: noon UTC of that day, in UTC, so that no result depends on
 * the machine's time zone.
 *
 * @example
 * chronoReference('2021-10-25'); // { instant: new Date('2021-10-25T12:00:00Z'), timezone: 0 }
 */
export function chronoReference(day: string): ParsingReference {
  return {
    instant: new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12)),
    timezone: 0,
  };
}
