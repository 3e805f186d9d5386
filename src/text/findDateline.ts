import type { Chrono } from 'chrono-node';
import type { Span } from '../types';
import { isIsoDate, isoDate } from '../time/calendar';
import { chronoReference } from '../time/chronoReference';
import { isRelativeResult } from '../time/isRelativeResult';
import { createDateParser } from '../time/createDateParser';
import { DATELINE_SEARCH_LINES } from './constants';

/** A wire-service dateline at the start of a paragraph: `MOSCOW, August 15. /TASS/.`, `KABUL, Aug 18 (Reuters) -`. */
export interface Dateline {
  /** The whole dateline, place to agency mark. */
  readonly span: Span;
  readonly text: string;
  /** The place as written; empty for a dateline without one ("July 4 (Reuters) -"). */
  readonly place: string;
  /** Month and day as written. */
  readonly month: number;
  readonly day: number;
  /** The year, when the dateline writes one. */
  readonly year: number | null;
}

/**
 * A place in capitals, optionally with its country: `MOSCOW`, `NEW DELHI`, `GAZA CITY, Gaza`; several places of a
 * joint story are joined by slashes: `DUBLIN/OSLO/MADRID`, `DUSHANBE / ASHGABAT`.
 */
const CAPS_PLACE = String.raw`[A-Z][A-Z.'’\- ]{1,40}(?:\/ ?[A-Z][A-Z.'’\- ]{1,40}){0,4}(?:,\s*[A-Z][A-Za-z.'’\- ]{1,30})?`;
/** A place in title case: `Kabul`, `New Delhi`, with its country in brackets as ANI writes it: `New Delhi [India]`. */
const TITLE_PLACE = String.raw`\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]+){0,2}(?:\s*\[\p{Lu}[\p{L} ]{1,30}\])?`;
/** A comma and the date as written (up to 30 characters, captured), with its closing punctuation. */
const DATE_PART = String.raw`,\s+([A-Za-z0-9 ,.]{3,30}?)\s*[.,]?\s*`;
/** An agency in brackets: `(Reuters)`, `(AP)`. */
const AGENCY_IN_BRACKETS = String.raw`\(\s*[A-Za-z][A-Za-z\-/ ]{0,20}\s*\)\s*`;
/** A dash, or two hyphens for one in plain text. */
const DASH = '(?:--?|[–—])';
/** The agency mark after a dateline: `/TASS/.`, `(Reuters) -` or `(ANI):`, the dash or colon optional. */
const AGENCY_MARK = String.raw`\/\s*[A-Za-z][A-Za-z\- ]{0,20}\s*\/\s*\.?|${AGENCY_IN_BRACKETS}(?:${DASH}|:)?`;

/** The end of a date written as a day and a full stop, then the lead's first word: "ASTANA, December 29. Kazakhstan". */
const DAY_STOP = String.raw`(?<=\d\.\s{1,3})(?=\p{Lu}\p{Ll})`;
/**
 * Place in capitals (optionally ", Country"), a comma, the date (up to 30 characters), then an agency mark:
 * `/TASS/.`, `(Reuters) -`, `(RFE/RL) --`, `(AP) —`, a dash (`--` for one in plain text), or nothing after a day's
 * full stop (`ASTANA, Kazakhstan, December 29. Kazakhstan has ...`).
 */
const DATELINE = new RegExp(`^(${CAPS_PLACE})${DATE_PART}(${AGENCY_MARK}|${DASH}|${DAY_STOP})`, 'u');
/**
 * A place written in title case ("Kabul, March 4 (AFP) -") counts only with an agency mark after the date, or with a
 * dash after a date that writes its year ("Kazan, 29 September 2023 — ").
 */
const DATELINE_TITLE_CASE = new RegExp(`^(${TITLE_PLACE})${DATE_PART}(${AGENCY_MARK}|${DASH}(?=\\s))`, 'u');
/**
 * A dateline with no place, as wires print factboxes and some stories: "July 4 (Reuters) -". Only with a month's name,
 * a day, an agency's name in brackets (capitalised words) and a dash or a colon.
 */
const DATELINE_NO_PLACE = new RegExp(String.raw`^()((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:,\s+\d{4})?)\s*(\(\s*[A-Z][A-Za-z\-]{1,15}(?:\s[A-Z][A-Za-z\-]{1,15})?\s*\)\s*(?:${DASH}|:))`, 'u');
/**
 * The agency before the date, as AP prints it: "KABUL, Afghanistan (AP) — Jan. 21, 2025 — ". Only with a dash on both
 * sides of the date.
 */
const DATELINE_AGENCY_FIRST = new RegExp(String.raw`^(${CAPS_PLACE})\s*(?=\()${AGENCY_IN_BRACKETS}${DASH}\s*([A-Za-z0-9 ,.]{3,30}?)\s*(${DASH})`, 'u');
/** A year in a date as written. */
const YEAR = /\b\d{4}\b/u;
/** Labels of page furniture in capitals before a colon ("ALSO READ: ...", "WATCH: ..."): no place. */
const FURNITURE_LABEL = String.raw`(?:ALSO\s+READ|READ\s+(?:MORE|ALSO)|RELATED|SEE\s+ALSO|WATCH|LISTEN|VIDEO|(?:FILE\s+)?(?:PHOTOS?|PICTURES?|IMAGES?)|UPDATE|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|EDITOR'?S\s+NOTE|NOTE|SOURCE|FILE)\s*:`;
/**
 * A dateline with no date: `KABUL (Reuters) -`, `Kabul (AFP) -`, `ISLAMABAD:` (a place in capitals and a colon).
 */
const PLACELINE = new RegExp(
  String.raw`^(?:${CAPS_PLACE}|${TITLE_PLACE})\s*${AGENCY_IN_BRACKETS}${DASH}|^(?!${FURNITURE_LABEL})[A-Z][A-Z.'’\-]{2,}(?:\s+[A-Z][A-Z.'’\-]+){0,2}\s*:(?=\s+\p{Lu})`,
  'u',
);

/**
 * Where a dateline may start: right after the positions in `after`, and at the start of each of the first
 * {@link DATELINE_SEARCH_LINES} non-empty lines, past their leading blanks.
 */
function datelineStarts(text: string, after: readonly number[]): number[] {
  const starts: number[] = [...after];
  let pos = 0;
  let seen = 0;
  while (pos < text.length && seen < DATELINE_SEARCH_LINES) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (text.slice(pos, end).trim().length > 0) {
      starts.push(pos);
      seen += 1;
    }
    pos = end + 1;
  }
  return starts.map((s) => s + (/^[ \t\u00a0]*/u.exec(text.slice(s, s + 64))?.[0].length ?? 0));
}

/**
 * Finds a dateline with no date (`KABUL (Reuters) -`, `Kabul (AFP) -`, `ISLAMABAD:`) where {@link findDateline}
 * looks, so that it is not read as part of the first statement (nor its place as an actor).
 *
 * @example
 * findPlaceline('KABUL (Reuters) - Officials met.'); // { start: 0, end: 17 }
 */
export function findPlaceline(text: string, after: readonly number[] = []): Span | null {
  for (const at of datelineStarts(text, after)) {
    const m = PLACELINE.exec(text.slice(at, at + 120));
    if (m === null) continue;
    // "SERGEY LAVROV: We are not in a rush.": a speaker's label, not a place, when the words after it are a speaker's
    // or other lines open with such labels (a transcript).
    if (m[0].trimEnd().endsWith(':') && (SPEAKER_OPENING.test(text.slice(at + m[0].length, at + m[0].length + 12)) || [...text.matchAll(CAPITAL_LABEL_LINE)].length > 1)) return null;
    return { start: at, end: at + m[0].trimEnd().length };
  }
  return null;
}

/** Words that open a speaker's turn, not a news report: "We", "I", "Thank you". */
const SPEAKER_OPENING = /^\s*(?:We|I|Our|My|Thank|Thanks|Yes|No|Well|Good)(?![\p{L}])/u;
/** A line that opens with a label in capitals and a colon ("MARIA ZAKHAROVA:", "QUESTION:"). */
const CAPITAL_LABEL_LINE = /^[ \t]*[A-Z][A-Z.'’\-]{1,}(?:[ \t]+[A-Z][A-Z.'’\-]+){0,3}[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*:/gmu;

/** The dateline at the start of `head`, with its length, or null. */
function readDateline(head: string, parser: Chrono): (Omit<Dateline, 'span'> & { length: number }) | null {
  const caps = DATELINE.exec(head);
  const title = caps === null;
  // "KABUL, Afghanistan (AP) — Jan. 21, 2025 —" also reads as a place in capitals with "Afghanistan" for its date.
  const tries = title ? [DATELINE_TITLE_CASE, DATELINE_NO_PLACE, DATELINE_AGENCY_FIRST] : [DATELINE, DATELINE_AGENCY_FIRST];
  for (const pattern of tries) {
    const m = pattern === DATELINE ? caps : pattern.exec(head);
    if (m === null || m[1] === undefined || m[2] === undefined) continue;
    if (title && !(m[3] ?? '').includes('(') && !(m[3] ?? '').includes('/') && !m[0].includes('(') && !YEAR.test(m[2])) continue;
    const r = parser.parse(m[2], chronoReference('2000-01-01'))[0];
    if (r === undefined || isRelativeResult(r) || !r.start.isCertain('month') || !r.start.isCertain('day')) continue;
    const month = r.start.get('month') ?? 0;
    const day = r.start.get('day') ?? 0;
    const year = r.start.isCertain('year') ? r.start.get('year') : null;
    if (!isIsoDate(isoDate(year ?? 2000, month, day))) continue;
    const full = m[0].trimEnd();
    return { text: full, place: m[1].trim(), month, day, year, length: full.length };
  }
  return null;
}

/**
 * Finds a dateline at the start of one of the first {@link DATELINE_SEARCH_LINES} non-empty lines, or right after
 * a position given in `after` (the end of a `date ...` header sharing the line). The place is in capitals, or in
 * title case when an agency mark follows the date ("Kabul, March 4 (AFP) -"). The date part is read by
 * chrono-node and must give a month and a day.
 *
 * @example
 * findDateline('MOSCOW, August 15. /TASS/. Russia will keep its embassy open.');
 * // { span: { start: 0, end: 26 }, text: 'MOSCOW, August 15. /TASS/.', place: 'MOSCOW', month: 8, day: 15, year: null }
 */
export function findDateline(text: string, after: readonly number[] = [], parser: Chrono = createDateParser()): Dateline | null {
  for (const at of datelineStarts(text, after)) {
    const head = text.slice(at, at + 200);
    const found = readDateline(head, parser);
    if (found !== null) {
      const { length, ...dateline } = found;
      return { ...dateline, span: { start: at, end: at + length } };
    }
  }
  return null;
}
