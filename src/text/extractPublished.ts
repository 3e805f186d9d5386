import type { Chrono } from 'chrono-node';
import { InvalidOptionError } from '../errors';
import type { PublishedSource, Span } from '../types';
import { addDays, isoDate, normalizeIsoDate, weekdayOf } from '../time/calendar';
import { createDateParser } from '../time/createDateParser';
import { inEventAside, inFutureClause } from '../time/findDateAnchor';
import { findDateMentions, type DateMention } from '../time/findDateMentions';
import { INFER_MAX_YEARS_AHEAD, INFER_SCAN_CHARS, NEWS_YEARS } from './constants';
import { findDateHeaders, type DateHeader } from './findDateHeaders';
import { findDateline, findPlaceline } from './findDateline';

/** Options of {@link extractPublished}. */
export interface ExtractPublishedOptions {
  /** Publication date from metadata (`YYYY-MM-DD` or an ISO date-time); it wins over anything in the text. */
  readonly published?: string | null;
  /** A chrono-node instance from `createDateParser()`, to reuse across documents. */
  readonly parser?: Chrono;
}

/** A document's publication date and where it came from. */
export interface PublishedDate {
  /** ISO day, or null when the document is undatable (never today's date). */
  readonly date: string | null;
  readonly source: PublishedSource | null;
  /** The words the date was read from, or null for metadata and undatable documents. */
  readonly evidence: { readonly text: string; readonly span: Span } | null;
  /** Header lines and datelines found in the text: they are not statements, whichever gave the date. */
  readonly spans: readonly Span[];
}

/** "since" just before a date mention: a lower bound, not an event. */
const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/iu;

/** Characters either side of a date mention read to tell whether it is about another time: an aside or a clause. */
const OTHER_TIME_WINDOW = 300;

/**
 * Whether a date mention tells of another event's time or of the future (see {@link inEventAside},
 * {@link inFutureClause}), read within {@link OTHER_TIME_WINDOW} characters of it.
 */
function aboutOtherTime(text: string, span: Span): boolean {
  const { near, local } = around(text, span);
  return inEventAside(near, local) || inFutureClause(near, local);
}

/** The text around a mention, and the mention's span in it. */
function around(text: string, span: Span): { near: string; local: Span } {
  const start = Math.max(0, span.start - OTHER_TIME_WINDOW);
  return { near: text.slice(start, Math.min(text.length, span.end + OTHER_TIME_WINDOW)), local: { start: span.start - start, end: span.end - start } };
}

/** A date in an aside about another event (", who seized power in August 2021,"). */
function inPastAside(text: string, span: Span): boolean {
  const { near, local } = around(text, span);
  return inEventAside(near, local) && !inFutureClause(near, local);
}

/** The latest date the text states, as far as it states it (relative mentions excluded, as above). */
function latestKnown(mentions: readonly DateMention[]): { year: number; month: number; day: number } | null {
  let best: { year: number; month: number; day: number } | null = null;
  for (const m of mentions) {
    if (m.kind === 'relative' || m.known.year === undefined) continue;
    const d = { year: m.known.year, month: m.known.month ?? 0, day: m.known.day ?? 0 };
    if (best === null || d.year * 10000 + d.month * 100 + d.day > best.year * 10000 + best.month * 100 + best.day) best = d;
  }
  return best;
}

/** A weekday alone ("on Wednesday"), without "last", "next" or a date beside it. */
const BARE_WEEKDAY = /^(?:on\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?$/iu;

/**
 * The weekday the lead names on its own, right after a dateline without a year: "TASHKENT, July 17 (Reuters) -
 * Uzbekistan on Wednesday signed ...". A wire story's lead tells the dateline's day by its weekday. The lead ends at
 * its first full stop or line break.
 */
function leadWeekday(text: string, after: number, mentions: readonly DateMention[]): number | null {
  const rest = text.slice(after);
  const end = after + (/[.!?](?=\s)|\n/u.exec(rest)?.index ?? rest.length);
  const bare = mentions.find((m) => m.span.start >= after && m.span.end <= end && m.known.weekday !== undefined && BARE_WEEKDAY.test(m.text.trim()));
  return bare?.known.weekday ?? null;
}

/**
 * The first year from `from` on (within `years`, by default {@link INFER_MAX_YEARS_AHEAD}) in which the month and
 * day fall on `weekday`, or up to `daysBefore` days after it (a lead's "on Friday" in Saturday's story).
 */
function yearOnWeekday(from: number, month: number, day: number, weekday: number, daysBefore = 0, years = INFER_MAX_YEARS_AHEAD): number | null {
  for (let y = from; y <= from + years; y += 1) {
    const date = isoDate(y, month, day);
    if (month === 2 && day === 29 && date.slice(5) !== '02-29') continue;
    for (let back = 0; back <= daysBefore; back += 1) if (weekdayOf(addDays(date, -back)) === weekday) return y;
  }
  return null;
}

/**
 * How many days before the dateline's day the lead's weekday may fall: wires date a story the day it is filed and
 * tell of the day before by its weekday ("MOSCOW, October 4 ... said on Friday" in Saturday's story).
 */
const LEAD_DAYS_BEFORE = 1;
/**
 * How many years past the latest the text states the lead's weekday may move the dateline's year: a story tells of
 * its own recent past by its day ("lifted on July 3, 2025") (the weekday repeats every few years, so a longer search
 * finds some year whatever the truth).
 */
const LEAD_WEEKDAY_YEARS = 3;
/**
 * ... and when the latest date the text states has no day: a month and year, or a year alone, is how a story recalls
 * a turning point some years back ("since the group seized power in August 2021" in a story of 2025).
 */
const LEAD_WEEKDAY_YEARS_NO_DAY = 5;

/**
 * The first year, from the latest one the text states, in which a month and day without a year is not before the
 * latest date the text states: an article dated "March 3" that tells of "August 2021" was written in 2022.
 */
function yearNotBefore(month: number, day: number, latest: { year: number; month: number; day: number }): number {
  return month * 100 + day < latest.month * 100 + latest.day ? latest.year + 1 : latest.year;
}

/** A weekday said to be another day than the story's: "last Wednesday", "next Friday". */
const NOT_TODAY = /\b(?:last|previous|next|past|coming)\b/iu;
const NOT_TODAY_BEFORE = /\b(?:last|previous|next|past|coming|this\s+past)\s+$/iu;

/**
 * A weekday together with a month and day but no year: "On Saturday, May 18" (one chrono-node result) or
 * "On Saturday (May 18)" (a weekday result followed by a month-day result in brackets or after a comma).
 */
function weekdayDates(text: string, mentions: readonly DateMention[]): { weekday: number; month: number; day: number; year?: number; span: Span }[] {
  const out: { weekday: number; month: number; day: number; year?: number; span: Span }[] = [];
  for (let i = 0; i < mentions.length; i += 1) {
    const m = mentions[i]!;
    const k = m.known;
    // "last Wednesday, October 15" is a day before the story's, not its own.
    if (NOT_TODAY.test(m.text) || NOT_TODAY_BEFORE.test(text.slice(Math.max(0, m.span.start - 12), m.span.start))) continue;
    if (k.weekday !== undefined && k.month !== undefined && k.day !== undefined) {
      out.push({ weekday: k.weekday, month: k.month, day: k.day, ...(k.year !== undefined ? { year: k.year } : {}), span: m.span });
      continue;
    }
    const next = mentions[i + 1];
    if (k.weekday === undefined || k.month !== undefined || next === undefined) continue;
    const nk = next.known;
    const between = text.slice(m.span.end, next.span.start);
    if (nk.month !== undefined && nk.day !== undefined && /^\s*[(,]?\s*$/.test(between)) {
      const close = text.slice(next.span.end, next.span.end + 1) === ')' ? 1 : 0;
      out.push({ weekday: k.weekday, month: nk.month, day: nk.day, ...(nk.year !== undefined ? { year: nk.year } : {}), span: { start: m.span.start, end: next.span.end + close } });
    }
  }
  return out;
}

/**
 * The header that dates the document: the first that is not an update, else the first update. A date in figures that
 * reads both ways ("First published on: 05-10-2024") takes the reading another header confirms ("Published On 5 Oct
 * 2024"), and yields to a header that reads one way only.
 */
function primaryHeader(headers: readonly DateHeader[]): DateHeader | undefined {
  const certain = headers.filter((h) => h.otherReading === undefined);
  const resolved = headers.map((h) =>
    h.otherReading !== undefined && certain.some((c) => c.date === h.otherReading) ? { ...h, date: h.otherReading } : h,
  );
  const clear = (h: DateHeader): boolean => h.otherReading === undefined || certain.some((c) => c.date === h.date || c.date === h.otherReading);
  return (
    resolved.find((h) => h.kind !== 'updated' && clear(h)) ??
    resolved.find((h) => h.kind !== 'updated') ??
    resolved.find((h) => h.kind === 'updated')
  );
}

/**
 * Finds a document's publication date.
 *
 * In order: metadata (`options.published`); a header line (`date 2021-08-18` at the start, or a
 * `Published ...` line anywhere, first one wins; an `Updated ...` line only when there is no other header);
 * a dateline (`MOSCOW, August 15. /TASS/.`; when it has no year, the first from the latest year the text mentions
 * in which the date is not before the latest date the text states, or the first from that year, or from a "since"
 * date, in which the date falls on the weekday the lead names alone: `July 17 (Reuters) - Uzbekistan on Wednesday
 * signed`); else inferred from a weekday given with its date (`On Saturday (May 18)`): the first year, from the
 * latest year the text mentions on, in which that day falls on that weekday (with `since ... 2021` in the text, May
 * 18 is a Saturday first in 2024); else a full date in the first line, the title ("Regular Press Conference on
 * September 13, 2023"), or a full date that opens one of the first three lines when the text states none later
 * ("On 14 November 2023, the Minister received ..."). Datelines and inference read the first {@link INFER_SCAN_CHARS}
 * characters. A document with none of these is undatable: `date` is null.
 * `spans` lists every header line and dateline found, so that segmentation does not take them for statements.
 *
 * @throws {InvalidOptionError} when `published` is given but is not an ISO date or date-time.
 * @example
 * extractPublished('Updated September 10th, 2021 at 13:24 IST\n\nRussia says ...\n\nPublished September 10th, 2021 at 13:24 IST');
 * // { date: '2021-09-10', source: 'header', evidence: { text: 'Published September 10th, 2021 at 13:24 IST', ... }, spans: [two spans] }
 * extractPublished('Talks are planned.').date; // null
 */
export function extractPublished(text: string, options: ExtractPublishedOptions = {}): PublishedDate {
  const parser = options.parser ?? createDateParser();
  const headers = findDateHeaders(text, parser);
  const leadEnds = headers.filter((h) => h.kind === 'date').map((h) => h.span.end);
  const afterHeaders = leadEnds.map((e) => e + (/^[ \t\u00a0]*/u.exec(text.slice(e))?.[0].length ?? 0));
  const dateline = findDateline(text, afterHeaders, parser);
  const spans: Span[] = headers.map((h) => h.span);
  if (dateline !== null) {
    // A dateline alone on its line is also a header line ("New York, Feb. 3, 2023 (AP)"): one span.
    if (!spans.some((s) => s.start < dateline.span.end && dateline.span.start < s.end)) spans.push(dateline.span);
  } else {
    const placeline = findPlaceline(text, afterHeaders);
    if (placeline !== null) spans.push(placeline);
  }
  spans.sort((a, b) => a.start - b.start);

  if (options.published !== undefined && options.published !== null) {
    const day = typeof options.published === 'string' ? normalizeIsoDate(options.published) : null;
    if (day === null) {
      throw new InvalidOptionError('published', `expected an ISO date such as 2021-08-18, got ${JSON.stringify(options.published)}`);
    }
    return { date: day, source: 'metadata', evidence: null, spans };
  }

  const primary = primaryHeader(headers);
  if (primary !== undefined) {
    return { date: primary.date, source: 'header', evidence: { text: primary.text, span: primary.span }, spans };
  }

  let mentions: DateMention[] | undefined;
  const head = text.slice(0, INFER_SCAN_CHARS);
  // A year past 2099 is a number, not a date of news ("2131-20-10-2021", a press release's number).
  const allMentions = (): DateMention[] => (mentions ??= findDateMentions(head, '2000-01-01', { parser }).filter((m) => (m.known.year ?? 0) <= NEWS_YEARS.last));

  if (dateline !== null) {
    // "since 2003" only bounds the article's year from below: it cannot give a dateline its year, but no year the
    // dateline is given may come before it ("accepts its passports since 2018" beside "declared independence in 2008").
    // A date in an aside about another event (", which declared independence in 1991,") or in a clause about the
    // future ("would take over the chairmanship in 2026") says little of the story's own time: it does not give the
    // dateline's year, and only a past aside bounds it from below.
    const beside = allMentions().filter((m) => m.span.start >= dateline.span.end || m.span.end <= dateline.span.start);
    const outside = beside.filter((m) => !aboutOtherTime(head, m.span));
    const isSince = (m: DateMention): boolean => /^since\b/iu.test(m.text) || SINCE_BEFORE.test(head.slice(Math.max(0, m.span.start - 12), m.span.start));
    // A year alone ("Sweden recognised Palestine in 2014") is how a story recalls its background: it bounds the year
    // from below but neither gives it nor starts the search for the lead's weekday, which would find the first fitting
    // year after the background event, years off. A "since" date alone gives no year either, but it starts that
    // search, as for "On Saturday (May 18)".
    const yearAlone = (m: DateMention): boolean => m.known.month === undefined && !isSince(m);
    const latest = latestKnown(outside.filter((m) => !isSince(m) && !yearAlone(m)));
    const since = latestKnown(outside.filter(isSince));
    const background = latestKnown(outside.filter(yearAlone));
    // An aside tells of an event before the story, all the same: "who seized power in August 2021" bounds its year.
    const recalled = latestKnown(beside.filter((m) => inPastAside(head, m.span) && !isSince(m)));
    const notBefore = (d: { year: number; month: number; day: number } | null): number | null => (d === null ? null : yearNotBefore(dateline.month, dateline.day, d));
    // "since 2019" alone tells of years gone by: the story is of a later year ("the first later year", codebook).
    const afterSince = (d: { year: number; month: number; day: number } | null): number | null => (d === null ? null : d.month === 0 ? d.year + 1 : notBefore(d));
    const inferred = notBefore(latest);
    const bound = Math.max(afterSince(since) ?? -Infinity, notBefore(background) ?? -Infinity, notBefore(recalled) ?? -Infinity);
    const earliest = inferred === null ? null : Math.max(inferred, bound);
    // The earliest year the text allows, or the first from it in which the dateline's day is the lead's weekday.
    const sinceYear = afterSince(since);
    const from = earliest ?? (sinceYear === null ? null : Math.max(sinceYear, bound));
    const weekday = dateline.year === null && from !== null ? leadWeekday(head, dateline.span.end, outside) : null;
    // Years the text states bound the search closely; a "since" year alone only from below.
    const onWeekday =
      weekday === null || from === null
        ? null
        : yearOnWeekday(from, dateline.month, dateline.day, weekday, LEAD_DAYS_BEFORE, latest === null ? INFER_MAX_YEARS_AHEAD : latest.day > 0 ? LEAD_WEEKDAY_YEARS : LEAD_WEEKDAY_YEARS_NO_DAY);
    const year = dateline.year ?? onWeekday ?? earliest;
    if (year !== null) {
      return { date: isoDate(year, dateline.month, dateline.day), source: 'dateline', evidence: { text: dateline.text, span: dateline.span }, spans };
    }
  }

  const found = allMentions();
  const latestDate = latestKnown(found);
  for (const c of weekdayDates(head, found)) {
    const evidence = { text: head.slice(c.span.start, c.span.end), span: c.span };
    if (c.year !== undefined) {
      const day = isoDate(c.year, c.month, c.day);
      if (weekdayOf(day) === c.weekday) return { date: day, source: 'inferred', evidence, spans };
      continue;
    }
    if (latestDate === null) continue;
    const year = yearOnWeekday(yearNotBefore(c.month, c.day, latestDate), c.month, c.day, c.weekday);
    if (year !== null) return { date: isoDate(year, c.month, c.day), source: 'inferred', evidence, spans };
  }
  const titled = titleDate(head, found) ?? leadDate(head, found);
  if (titled !== null) return { date: isoDate(titled.known.year!, titled.known.month!, titled.known.day!), source: 'inferred', evidence: { text: titled.text, span: titled.span }, spans };
  return { date: null, source: null, evidence: null, spans };
}

/** Lines from the top (not counting blank ones) in which a lead opening with its date dates the text. */
const LEAD_DATE_LINES = 3;
/** "On 14 November 2023, ..." or "14 November 2023 - ...": a paragraph that opens with a full date. */
const OPENING_DATE = /^[ \t\u00a0]*(?:On[ \t]+)?$/u;

/**
 * A full date that opens one of the first lines, as a press release's lead does: "On 14 November 2023, the Minister
 * received ...". The last resort before calling a document undatable: a release tells its own day first. Not when
 * the text states a later date: a story may open on a day in the past.
 */
function leadDate(head: string, mentions: readonly DateMention[]): DateMention | null {
  let lineStart = 0;
  for (let lines = 0; lines < LEAD_DATE_LINES && lineStart < head.length; ) {
    let lineEnd = head.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = head.length;
    if (head.slice(lineStart, lineEnd).trim() !== '') {
      lines += 1;
      const opening = mentions.find(
        (m) =>
          m.span.start >= lineStart &&
          m.span.end <= lineEnd &&
          OPENING_DATE.test(head.slice(lineStart, m.span.start)) &&
          /^\s*[,–—-]/u.test(head.slice(m.span.end, lineEnd)),
      );
      if (opening !== undefined && opening.known.year !== undefined && opening.known.month !== undefined && opening.known.day !== undefined) {
        // A story that opens on a past day ("On August 15, 2021, the Taliban entered Kabul") tells of later ones.
        const latest = latestKnown(mentions);
        const key = (d: { year: number; month: number; day: number }): number => d.year * 10000 + d.month * 100 + d.day;
        return latest !== null && key(latest) > key({ year: opening.known.year, month: opening.known.month, day: opening.known.day }) ? null : opening;
      }
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

/** Most characters of a title line. */
const TITLE_MAX_CHARS = 200;

/**
 * A full date (day, month and year, all written) in the document's first line, its title: "Foreign Ministry
 * Spokesperson's Regular Press Conference on September 13, 2023". The last resort before calling a document undatable.
 */
function titleDate(head: string, mentions: readonly DateMention[]): DateMention | null {
  // A title is a first line of its own, short and without a full stop at its end (a sentence's date is its event's).
  const titleEnd = head.search(/\r?\n/u);
  if (titleEnd < 0 || titleEnd > TITLE_MAX_CHARS || /[.!?]["'\u201d\u2019]?\s*$/u.test(head.slice(0, titleEnd))) return null;
  return mentions.find((m) => m.span.end <= titleEnd && m.known.year !== undefined && m.known.month !== undefined && m.known.day !== undefined) ?? null;
}
