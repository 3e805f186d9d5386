import type { Span } from '../types';
import { isIsoDate, isoDate } from '../time/calendar';
import { chronoReference } from '../time/chronoReference';
import { isRelativeResult } from '../time/isRelativeResult';
import { createDateParser } from '../time/createDateParser';
import type { Chrono } from 'chrono-node';
import { HEADER_MAX_CHARS, NEWS_YEARS } from './constants';

/** Which header line gave a date: `date 2021-08-18`, `Published ...` (or a line near the top with a date alone) or `Updated ...`. */
export type DateHeaderKind = 'date' | 'published' | 'updated';

/** A header line that states the document's date. */
export interface DateHeader {
  readonly kind: DateHeaderKind;
  /** The calendar day the line states (as written, not converted between time zones). */
  readonly date: string;
  /** The whole header (for `date YYYY-MM-DD`, only those words: a headline may follow on the same line). */
  readonly span: Span;
  readonly text: string;
  /**
   * For a date written in figures that reads both ways ("05-10-2024": May 10 or 5 October), the other reading; chrono
   * gives `date` month first.
   */
  readonly otherReading?: string;
}

/** A date in figures, day and month in either order, anywhere in a text: "05-10-2024", "5/10/24", "12:47 CET, 02/10/2025". */
const NUMERIC_DATE_IN = /(?<![\p{N}])\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?![\p{N}])/u;

/** `date 2021-08-18` at the very start of the text, as the seed corpus writes it. */
const DATE_HEADER = /^\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})(?![\p{N}])/iu;

/**
 * A line that starts with a publication label; the rest must be a date (and time, zone, separators). A newspaper's
 * footer names the paper between them: "Published in Dawn, November 10th, 2023", or before them: "Le Monde in English,
 * published September 24, 2025". A newsletter dates its issue by its week: "Week of December 2, 2024".
 */
const LABELLED_LINE =
  /^[ \t\u00a0]*((?:\p{Lu}[\p{L}.'’ ]{1,40},[ \t]*)?(?:first\s+)?published(?:\s+time|\s+on|\s+in\s+(?:the\s+)?\p{Lu}[^,\n]{0,60}?\s*,|\s+by\s+\p{Lu}[^,\n]{0,60}?\s+on)?|posted(?:\s+on)?|issued(?:\s+on)?|released(?:\s+on)?|(?:last\s+)?updated?(?:\s+time|\s+on)?|edited\s+time|(?:this\s+page\s+was\s+)?last\s+(?:edited|modified)(?:\s+on)?|(?:(?:for\s+)?the\s+)?week\s+(?:of|beginning|starting)|(?:issue|edition)\s+of|date(?:line)?)\s*:?[ \t\u00a0]*(.*?)[ \t\u00a0]*$/iu;

/**
 * What may remain of a header line once chrono-node took the date out: time-zone words, separators, "at", a time
 * chrono-node left ("17.25 Uhr", "kl. 14:02"), a news agency or a city's time in brackets ("(Paris)", "(Kabul time)") or
 * not ("Kabul time", "local time").
 */
const HEADER_REST = /^[\s,|:;.\-–—]*(?:(?:at|on|IST|GMT|UTC|BST|EST|EDT|PST|PDT|CET|CEST|MSK|AM|PM|hrs?|Uhr|BJT|CST|JST|KST|HKT|SGT|PKT|AFT|IRST|TRT|EET|EEST|WET|WEST|GST|AST|EAT|WAT|CAT|SAST|AEST|AEDT|NZST|NZDT|ICT|WIB|MYT|PHT|kl|klo|local[ \t]time|\p{Lu}\p{Ll}+[ \t]time|[+-]\d{1,2}(?::?\d{2})?|\d{1,2}[.:h]\d{2}|\((?:AP|AFP|Reuters|Xinhua|TASS|RIA Novosti|Interfax|IANS|PTI|ANI|APP|dpa|UPI|Anadolu|Sputnik|IRNA|Kyodo|Yonhap|Bernama|WAM|SPA|QNA|\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?(?:[ \t]time)?)\))(?![\p{L}])[\s,|:;.\-–—]*)*$/iu;

/**
 * A place before a bare date, as a dateline gives it: "Brussels, 24 February 2025", "KABUL, Afghanistan - March 3,
 * 2024", or places of several reporters between slashes: "Madrid / Mexico City - SEP 13, 2024".
 */
const PLACE_BEFORE =
  /^[ \t\u00a0]*\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}(?:[ \t]*\/[ \t]*\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}){0,3}(?:,[ \t]*\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,2})?[ \t]*[,:–—-][ \t]*/u;

/**
 * Lines from the top (not counting blank ones) in which a line with a date alone is a header (below a headline, a
 * standfirst, bylines and places).
 */
const BARE_DATE_LINES = 8;
/** ... and lines from the bottom: some pages print the date under the article ("July 7, 2025" as its last line). */
const BARE_DATE_LINES_AT_END = 2;

/**
 * An update notice after the date on a date line: "July 3, 2025 7:42 PM GMT+3 Updated 2 hours ago", "Issued on:
 * 22/09/2025 - 22:41 Modified: 23/09/2025 - 08:15".
 */
const UPDATED_AFTER = /[ \t\u00a0]+(?:[-–—|·][ \t\u00a0]*)?(?:last[ \t]+)?(?:updated?|modified|edited)\b.*$/iu;

/** Where the last `count` lines that are not blank start, read back from the end of the text. */
function bottomLinesStart(text: string, count: number): number {
  let found = 0;
  let end = text.length;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (text.slice(start, end).trim() !== '') found += 1;
    if (found === count || start === 0) return start;
    end = start - 1;
  }
  return 0;
}

/** A cheap test before chrono-node: a bare date line has a year (1800-2099) and does not end a sentence with a full stop. */
function mayBeBareDate(raw: string): boolean {
  return /(?<![\p{N}])(?:1[89]|20)\d{2}(?![\p{N}])/u.test(raw) && !/\p{Ll}\.\s*$/u.test(raw);
}

function labelKind(label: string): DateHeaderKind {
  const l = label.toLowerCase();
  if (/update|edited|modified/u.test(l)) return 'updated';
  if (l.startsWith('date')) return 'date';
  return 'published';
}

/**
 * Finds the header lines of a text that state its date: a leading `date YYYY-MM-DD`, and lines such as
 * `Published 18:46 IST, October 7th 2021` or `Updated September 10th, 2021 at 13:24 IST` anywhere in the text
 * (sites print them above or below the article). A labelled line counts only when chrono-node reads a full
 * date (day, month and year) from it and nothing but time words remain. The day is the one written in the line,
 * in the publisher's time zone.
 *
 * @example
 * findDateHeaders('Published 18:46 IST, October 7th 2021\nRussia hosts talks.');
 * // [{ kind: 'published', date: '2021-10-07', span: { start: 0, end: 37 }, text: 'Published 18:46 IST, October 7th 2021' }]
 */
export function findDateHeaders(text: string, parser: Chrono = createDateParser()): DateHeader[] {
  const headers: DateHeader[] = [];
  const lead = DATE_HEADER.exec(text);
  if (lead !== null && lead[1] !== undefined && isIsoDate(lead[1])) {
    const start = lead[0].length - lead[0].trimStart().length;
    headers.push({ kind: 'date', date: lead[1], span: { start, end: lead[0].length }, text: lead[0].trim() });
  }
  let lineStart = 0;
  let lines = 0;
  const bottom = bottomLinesStart(text, BARE_DATE_LINES_AT_END);
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (raw.trim() !== '') lines += 1;
    // A long title line near the top may still end on its place and date in brackets.
    const long =
      raw.length > HEADER_MAX_CHARS && !(raw.length <= 2 * HEADER_MAX_CHARS && lines <= BARE_DATE_LINES && (PLACE_DATE_IN_BRACKETS.test(raw) || DATE_PLACE_AT_END.test(raw)));
    if (!long && !(lead !== null && lineStart === 0)) {
      // Near the top, a line that is nothing but a date ("March 3, 2024", "Sunday 3 March 2024 10:05 GMT"), or a
      // place and a date, is the date the page prints under its headline or byline.
      const header =
        readLabelledLine(raw, lineStart, parser) ?? readLabelledPart(raw, lineStart, parser) ?? ((lines <= BARE_DATE_LINES || lineStart >= bottom) && mayBeBareDate(raw) ? readBareDate(raw, lineStart, parser) : null);
      if (header !== null) headers.push(header);
    }
    lineStart = lineEnd + 1;
  }
  return headers;
}

/**
 * A labelled date between bars or middle dots, beside a byline or a section: "By Bangkok Bureau | Published Oct 9,
 * 2024, 05:00 PM", "Transcript · Released February 23, 2024 · 38 min". The header is the whole line.
 */
function readLabelledPart(raw: string, offset: number, parser: Chrono): DateHeader | null {
  if (!raw.includes('|') && !raw.includes('·')) return null;
  let at = 0;
  for (const part of raw.split(/[|·]/u)) {
    const found = readLabelledLine(part, offset + at, parser);
    if (found !== null) {
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      return { ...found, span: { start: offset + lead, end: offset + lead + trimmed.length }, text: trimmed };
    }
    at += part.length + 1;
  }
  return null;
}

const DATE_PARTS = ['year', 'month', 'day', 'weekday'] as const;

/**
 * A line near the top or at the very bottom with a date alone (an update notice after it aside), or after a place ("Brussels, 24 February 2025"), or a date alone after the
 * last bar of a line ("Taliban envoy visits Moscow | Oct. 10, 2025"): then only that part is the header, and the
 * headline before it stays a statement.
 */
function readBareDate(raw: string, offset: number, parser: Chrono): DateHeader | null {
  // A line whose date is one part of it, found by a pattern: a newspaper's issue ('Newspaper "Kommersant" No. 181 of
  // 30.09.2023, p. 5'), a title that ends on its place and date in brackets ("Briefing by the Spokesperson (Athens, 13
  // October 2021)"), a date in another calendar with the Gregorian one in brackets ("Kabul, 12 Saratan 1404 (3 July
  // 2025)"), a title that ends on its date and place after commas ("Joint Press Conference of ..., 15 January 2025,
  // Ankara (Unofficial Translation)").
  for (const pattern of DATE_IN_LINE) {
    const part = pattern.exec(raw);
    const found = part === null ? null : readDateLine(raw, part[1]!, 'published', offset, parser);
    if (found !== null) return found;
  }
  // A release's number before its place and date: "No PR-212/2025-ISPR    Rawalpindi - October 12, 2025".
  const numbered = RELEASE_NUMBER.exec(raw);
  const body = numbered === null ? raw : raw.slice(numbered[0].length);
  const place = PLACE_BEFORE.exec(body);
  const dated = body.replace(UPDATED_AFTER, '');
  const whole =
    readDateLine(raw, dated, 'published', offset, parser) ??
    (place !== null ? readDateLine(raw, dated.slice(place[0].length), 'published', offset, parser) : null) ??
    readBylineDate(raw, dated, offset, parser);
  if (whole !== null) return whole;
  // "8 January 2025 | Peace and Security": a date before the first bar, a section after it; "News item | 26-09-2024 |
  // 14:30": a date between bars.
  const parts = raw.split('|');
  for (const part of parts.slice(0, -1)) {
    if (part.trim() === '') continue;
    const between = readDateLine(raw, part, 'published', offset, parser);
    if (between !== null) return between;
  }
  const bar = raw.lastIndexOf('|');
  if (bar < 0 || raw.slice(0, bar).trim() === '') return null;
  return readDateLine(raw.slice(bar), raw.slice(bar + 1).replace(UPDATED_AFTER, ''), 'published', offset + bar, parser);
}

/** A date in brackets that ends a header line after a date in another calendar: "12 Saratan 1404 (3 July 2025)". */
const GREGORIAN_IN_BRACKETS = /\d[ \t]*\(\s*([^()\n]{4,30}?(?:19|20)\d{2})\s*\)\s*$/u;

/** A date and a place after commas at the end of a title line, maybe with a note in brackets: ", 15 January 2025, Ankara". */
const DATE_PLACE_AT_END = /,[ \t]*([^,()]{6,30}?),[ \t]*\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}[ \t]*(?:\([^()\n]{1,40}\))?[ \t]*$/u;

/** A press release's number at the start of its header line, set apart by a wide space: "No PR-212/2025-ISPR   ". */
const RELEASE_NUMBER = /^\s*(?:No\.?|PR\s*No\.?|Ref\.?|Reference)\s*[\p{L}\p{N}/.-]*\p{N}[\p{L}\p{N}/.-]*(?:[ \t]{2,}|\t)/u;

/** A place and a date in brackets at the end of a line: "(Athens, 13 October 2021)", "(New York, March 3, 2024)". */
const PLACE_DATE_IN_BRACKETS = /\(\s*\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’-]*){0,2},[ \t]*([^()]{6,40}?)\s*\)\s*$/u;

/** A newspaper's issue number and date, and maybe a page: "No. 181 of 30.09.2023, p. 5". */
const ISSUE_LINE = /(?:^|\s)No\.?\s*\d{1,5}\s+(?:of|from|dated)\s+(.{6,40}?)(?:,?\s+p(?:age|\.)\s*\d{1,3})?\s*$/u;

/** A title that ends on "of" its date, maybe with a note in brackets: "Regular Government Press Conference of 23 July 2025 (excerpt)". */
const TITLE_OF_DATE = /\s(?:of|dated)\s+([^()\n]{6,30}?(?:19|20)\d{2})\s*(?:\([^()\n]{1,40}\))?\s*$/u;

/** Patterns whose first group is the date part of a header line, tried in order (see {@link readBareDate}). */
const DATE_IN_LINE: readonly RegExp[] = [ISSUE_LINE, PLACE_DATE_IN_BRACKETS, GREGORIAN_IN_BRACKETS, DATE_PLACE_AT_END, TITLE_OF_DATE];

/**
 * A byline before a date on one line: "By The Irrawaddy 26 October 2024", "By Jane Doe, March 3, 2024", or a name
 * alone set apart from the date by a wide space ("Jane Doe   Sep 20, 2024").
 */
const BYLINE_START = /^[ \t\u00a0]*(?:By[ \t]+\p{Lu}|\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}.'’-]*){1,3}(?:[ \t]{2,}|\t))/u;
const BYLINE_WORDS = /^[ \t\u00a0]*By(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|of|the|de|al|el|bin),?){1,8}[ \t]*[-–—·:]?[ \t]*$/u;
/** A name of two to four words alone, then two spaces or a tab. */
const SET_APART_NAME = /^[ \t\u00a0]*\p{Lu}[\p{L}\p{M}.'’-]*(?:[ \t]\p{Lu}[\p{L}\p{M}.'’-]*){1,3}(?:[ \t]{2,}|\t)[ \t]*$/u;

/** The date after a byline: the line is cut after each word of names, and the rest must be a full date alone. */
function readBylineDate(raw: string, dated: string, offset: number, parser: Chrono): DateHeader | null {
  if (!BYLINE_START.test(raw)) return null;
  for (const cut of dated.matchAll(/[ \t]+(?=\S)/gu)) {
    const at = (cut.index ?? 0) + cut[0].length;
    const byline = dated.slice(0, at);
    if (!BYLINE_WORDS.test(byline) && !SET_APART_NAME.test(byline)) continue;
    const found = readDateLine(raw, dated.slice(at), 'published', offset, parser);
    if (found !== null) return found;
  }
  return null;
}

function readLabelledLine(raw: string, offset: number, parser: Chrono): DateHeader | null {
  const m = LABELLED_LINE.exec(raw);
  if (m === null || m[1] === undefined || m[2] === undefined || m[2].length === 0) return null;
  const kind = labelKind(m[1]);
  // The publication date, with the time of a later change after it on the same line.
  return readDateLine(raw, kind === 'updated' ? m[2] : m[2].replace(UPDATED_AFTER, ''), kind, offset, parser);
}

/** Time zones east of Greenwich, whose pages write a date in figures day first. */
const DAY_FIRST_ZONE = /(?:GMT|UTC)\s*\+\s*\d|\b(?:CET|CEST|EET|EEST|MSK|IST|BST|WAT|EAT|PKT|AFT)\b/u;

/** A day and a short month with full stops, as Balkan and Central European pages print them: "12. mar. 2025.". */
const DOTTED_WORDS = /(?<![\p{L}\p{N}])(\d{1,2})\.\s?(\p{L}{3,9})\.?\s(\d{4})\.?(?!\p{N})/gu;
/** A document's reference number of four or more groups of figures after a dash: " - 1817-04-10-2024". */
const REFERENCE_NUMBER = /\s[-–—]\s*\d{1,5}(?:-\d{1,5}){3,}\s*$/u;
/** A space, then a comma right before a year: "01 April ,2022" (same length once read as ", "). */
const STRAY_COMMA = / ,(?=\d{4}\b)/gu;

/** The header a line makes when `rest` (the line, or what follows its label) is one full date and time words. */
function readDateLine(raw: string, rest: string, kind: DateHeaderKind, offset: number, parser: Chrono): DateHeader | null {
  // A comma set before the year instead of after the day ("01 April ,2022"), and the full stops of a day and a short
  // month ("12. mar. 2025."), are read as spaces, in place; a document's reference number after a dash is set aside
  // ("4 October 2024 - 1817-04-10-2024").
  const read = rest.replace(STRAY_COMMA, ', ').replace(DOTTED_WORDS, (m: string, day: string, month: string, year: string) => `${day} ${month} ${year}`.padEnd(m.length)).replace(REFERENCE_NUMBER, (m) => ' '.repeat(m.length));
  const results = parser.parse(read, chronoReference('2000-01-01'));
  // One date; a time of day apart from it ("10.10.2025 | 14:32") is one of the time words.
  const dates = results.filter((x) => DATE_PARTS.some((part) => x.start.isCertain(part)));
  const r = dates[0];
  if (r === undefined || dates.length > 1 || isRelativeResult(r)) return null;
  const s = r.start;
  if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) return null;
  let leftover = read;
  for (const x of [...results].sort((a, b) => b.index - a.index)) leftover = `${leftover.slice(0, x.index)} ${leftover.slice(x.index + x.text.length)}`;
  if (!HEADER_REST.test(leftover)) return null;
  const [year, month, day] = [s.get('year') ?? 0, s.get('month') ?? 0, s.get('day') ?? 0];
  // "2131-20-10-2021", a press release's number, is no date of news.
  if (year < NEWS_YEARS.first || year > NEWS_YEARS.last) return null;
  const date = isoDate(year, month, day);
  if (!isIsoDate(date)) return null;
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  // The date in figures may follow a time in chrono-node's text: "12:47 CET, 02/10/2025".
  const figures = NUMERIC_DATE_IN.exec(r.text)?.[0] ?? '';
  const other = figures !== '' && day <= 12 && day !== month ? isoDate(year, day, month) : null;
  // "03/07/2025 - 14:12 GMT+2": a time zone east of Greenwich writes the day first, as Europe and Asia do.
  const [first, second] = other !== null && DAY_FIRST_ZONE.test(rest) && figures.includes('/') ? [other, date] : [date, other];
  return { kind, date: first, span: { start: offset + lead, end: offset + lead + trimmed.length }, text: trimmed, ...(second !== null ? { otherReading: second } : {}) };
}
