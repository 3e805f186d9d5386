import type { Chrono, ParsedResult } from 'chrono-node';
import type { DateRange, Span } from '../types';
import { addDays, daysInMonth, isoDate, midpoint, weekStart } from './calendar';
import { chronoReference } from './chronoReference';
import { isRelativeResult } from './isRelativeResult';
import { DECADE_TAG, EARLIER_THIS_TAG, YEAR_TAG, createDateParser, decadeYears } from './createDateParser';

/** How precisely a mention names its time. */
export type DateGranularity = 'day' | 'week' | 'month' | 'year' | 'span';

/**
 * How the text gives a date: `calendar` names it ("on September 25", "in March"), `relative` counts from the
 * reference day ("on Wednesday", "last week", "earlier this year"), `year` is a bare year ("in 2003").
 */
export type DateMentionKind = 'calendar' | 'relative' | 'year';

/** A date the text mentions, resolved against a reference day. */
export interface DateMention {
  /** The words, as they are in the text (without trailing punctuation). */
  readonly text: string;
  /** Where they are, relative to the string that was searched. */
  readonly span: Span;
  /** The day meant; for a period, the day that stands for it (see {@link findDateMentions}). */
  readonly date: string;
  /** The period meant, when the mention names more than one day. */
  readonly range?: DateRange;
  readonly granularity: DateGranularity;
  readonly kind: DateMentionKind;
  /** The values the text states itself (chrono-node's known values), apart from those implied by the reference. */
  readonly known: { readonly year?: number; readonly month?: number; readonly day?: number; readonly weekday?: number };
}

/** Options of {@link findDateMentions}. */
export interface FindDateMentionsOptions {
  /** A chrono-node instance from {@link createDateParser}; one is created per call when omitted. */
  readonly parser?: Chrono;
}

const TRAILING = /[\s,.;:)]+$/u;

/**
 * Month and weekday names (not inside a word, as chrono-node reads them: "Mon", "Sept", "Thursday", "March1", never
 * "money" or "market"), relative words and units of the calendar: one half of {@link mayMentionDate}. A unit is left
 * out where it cannot be part of a mention: "this week", "this month" and "this year" are none (see `THIS_PERIOD`),
 * nor is a plural after a preposition or article ("for months", "after years of talks", "in the coming weeks"). News
 * is full of both. A quantity before a plural ("in several months", "in a few weeks") still counts.
 */
const DATE_WORD =
  /(?<![a-z])(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?)(?![a-z])|yesterday|today|tonight|tomorrow|ago|last|earlier|later|past|previous)|weekend|(?<!(?<![a-z])this\s+)(?:week|month|year)(?!s)|(?<!(?<![a-z])(?:of|for|after|over|in|within|recent|coming|the)\s+)(?:week|month|year)s/i;
/**
 * Numbers that can be (part of) a date: four digits (a year, an ISO date), digits around a separator ("8/10",
 * "10.08", "10:30"), an ordinal ("5th"), or a number before a unit of time or of the clock ("3 days", "48h", "5 pm",
 * chrono-node's unit words and abbreviations). The other half of {@link mayMentionDate}: a number before anything
 * else ("99 percent", "5 people", "$2 billion") is no date, and news is full of them.
 */
const DATE_NUMBER =
  /\d{4}|\d\s*[-/.:]\s*\d|\d(?:st|nd|rd|th)|\d\s*-?\s*(?:[smhdwy]|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|wks?|weeks?|mos?|months?|qtrs?|quarters?|yrs?|years?|decades?|[ap]\.?m\.?|o'clock|o\u2019clock)(?![\p{L}\p{N}])/iu;

/**
 * A cheap test before chrono-node runs: every date this module resolves contains a month or weekday name, a relative
 * word ({@link DATE_WORD}) or a number that can be a date ({@link DATE_NUMBER}). Text without any of them has no
 * mention (property-tested against chrono-node itself), and most sentences are skipped this way. Numbers spelt out
 * ("in two days") are not read as dates.
 */
export function mayMentionDate(text: string): boolean {
  return DATE_WORD.test(text) || DATE_NUMBER.test(text);
}

const LAST_WEEK = /\b(?:last|previous|past)\s+week\b/i;
const LAST_MONTH = /\b(?:last|previous|past)\s+month\b/i;
const LAST_YEAR = /\b(?:last|previous|past)\s+year\b/i;
const THIS_PERIOD = /^(?:this|the)\s+(?:week|month|year)$/i;
/**
 * A stretch of time counted back from now ("the last 14 years", "over the past two years", "six years of ..."): how
 * long something has lasted, not when it happened. ("Three years ago" is a point in time and stays.)
 */
const DURATION =
  /^[\s\-–—]*(?:(?:(?:the|over|in|for|during|within)\s+)*(?:last|past|previous|first)\s+|(?:the\s+)?)(?:\d+|a\s+few|few|several|many|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty)\s+(?:years|months|weeks|days|decades)$/iu;

function known(r: ParsedResult): DateMention['known'] {
  const out: { year?: number; month?: number; day?: number; weekday?: number } = {};
  for (const c of ['year', 'month', 'day', 'weekday'] as const) {
    if (r.start.isCertain(c)) {
      const v = r.start.get(c);
      if (v !== null) out[c] = v;
    }
  }
  return out;
}

function startDay(r: ParsedResult): string | null {
  const y = r.start.get('year');
  const m = r.start.get('month');
  const d = r.start.get('day');
  if (y === null || m === null || d === null) return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return isoDate(y, m, d);
}

function monthRange(year: number, month: number): DateRange {
  return { start: isoDate(year, month, 1), end: isoDate(year, month, daysInMonth(year, month)) };
}

function classify(r: ParsedResult, reference: string): Omit<DateMention, 'text' | 'span' | 'known'> | null {
  const tags = r.tags();
  const text = r.text;
  const k = known(r);
  const day = startDay(r);
  if (day === null) return null;
  const refYear = Number(reference.slice(0, 4));
  const refMonth = Number(reference.slice(5, 7));

  const decade = tags.has(DECADE_TAG) ? decadeYears(text) : null;
  if (decade !== null) {
    return { date: isoDate(decade.first, 1, 1), range: { start: isoDate(decade.first, 1, 1), end: isoDate(decade.last, 12, 31) }, granularity: 'year', kind: 'year' };
  }
  if (tags.has(YEAR_TAG)) {
    const year = k.year ?? refYear;
    return { date: isoDate(year, 1, 1), range: { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) }, granularity: 'year', kind: 'year' };
  }
  if (tags.has(EARLIER_THIS_TAG)) {
    const unit = /week/i.test(text) ? 'week' : /month/i.test(text) ? 'month' : 'year';
    const start = unit === 'week' ? weekStart(reference) : unit === 'month' ? isoDate(refYear, refMonth, 1) : isoDate(refYear, 1, 1);
    const later = /^later/i.test(text);
    const end = later ? reference : start === reference ? reference : addDays(reference, -1);
    const range = later ? { start: reference, end: reference } : { start, end };
    return { date: midpoint(range.start, range.end), range, granularity: unit === 'week' ? 'week' : 'span', kind: 'relative' };
  }
  if (LAST_WEEK.test(text)) {
    const start = addDays(weekStart(reference), -7);
    const range = { start, end: addDays(start, 6) };
    return { date: midpoint(range.start, range.end), range, granularity: 'week', kind: 'relative' };
  }
  if (LAST_MONTH.test(text)) {
    const y = refMonth === 1 ? refYear - 1 : refYear;
    const m = refMonth === 1 ? 12 : refMonth - 1;
    const range = monthRange(y, m);
    return { date: range.start, range, granularity: 'month', kind: 'relative' };
  }
  if (LAST_YEAR.test(text)) {
    const range = { start: isoDate(refYear - 1, 1, 1), end: isoDate(refYear - 1, 12, 31) };
    return { date: range.start, range, granularity: 'year', kind: 'relative' };
  }
  if (THIS_PERIOD.test(text.trim())) return null;
  const relative = isRelativeResult(r) || COUNTED_BACK.test(text);
  if (k.day !== undefined && k.month !== undefined) return { date: day, granularity: 'day', kind: relative ? 'relative' : 'calendar' };
  if (k.month !== undefined) {
    const y = r.start.get('year') ?? refYear;
    const range = monthRange(y, k.month);
    return { date: range.start, range, granularity: 'month', kind: relative ? 'relative' : 'calendar' };
  }
  if (k.weekday !== undefined || k.day !== undefined) return { date: day, granularity: 'day', kind: 'relative' };
  if (k.year !== undefined) {
    const range = { start: isoDate(k.year, 1, 1), end: isoDate(k.year, 12, 31) };
    return { date: range.start, range, granularity: 'year', kind: 'relative' };
  }
  return null;
}

/** Words that count a date back from the reference ("a month ago", "last night"): relative, whatever chrono-node knows. */
const COUNTED_BACK = /\bago\b|\blast\s+night\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b/iu;

/** The word "may" alone, in lower case: the modal verb, not the month. */
const MODAL_MAY = /^(?:in\s+|on\s+|by\s+)?may$/u;
/** A short name of a weekday or month in lower case alone is a word of its own: "sat down", "the sun", "wed". */
const LOWER_SHORT_NAME = /^(?:(?:on|by|last|next|this)\s+)?(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/u;
/** Two numbers with a slash and no year name no day of their own: "9/11" is the attacks, "24/7" a phrase. */
const SLASHED_NO_YEAR = /^(?:on\s+)?\d{1,2}\/\d{1,2}$/u;
/** A weekday's short name alone, capitalised: "Sun", "Wed". */
const SHORT_WEEKDAY = /^(?:Sun|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)$/u;
/** A month's name alone, capitalised: "March", "June". */
const BARE_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;
/** Words of time that a capitalised word before a date may be (then it is no name): "In March", "Last Sun". */
const NO_TIME_WORD_BEFORE = String.raw`(?<!\b(?:In|On|By|Since|Until|Till|From|Early|Late|Mid|Last|Next|This|Each|Every|Of|And|Or|To)\s)`;
/** A capitalised word and the space after it, at the end of the text before a date's words. */
const CAPITALISED_WORD_BEFORE = String.raw`\p{Lu}[\p{Ll}\p{M}'’-]+\s$`;
/**
 * A surname before it, as a transcript labels its speakers ("Ricardo Menéndez March:", "Ann June said"): a capitalised
 * word that is no word of time and does not open the sentence, right before the month, and no day or year after it.
 */
const NAME_BEFORE = new RegExp(String.raw`(?<![.!?:;"“(]\s*|^\s*)${NO_TIME_WORD_BEFORE}${CAPITALISED_WORD_BEFORE}`, 'u');
const NO_DAY_AFTER = /^(?!\s*\d)/u;
/** A capitalised word that is no word of time right before a weekday's short name, even opening the sentence: "Yun Sun". */
const NAME_BEFORE_SHORT = new RegExp(String.raw`${NO_TIME_WORD_BEFORE}\b${CAPITALISED_WORD_BEFORE}`, 'u');

/**
 * Finds the dates a text mentions, resolved against `reference` (an ISO day, usually the publication date),
 * with chrono-node and the stance-shift parsers and refiners ({@link createDateParser}).
 *
 * Resolution rules: a weekday is the one on or before the reference day; a month without a year is the latest
 * one not after the reference month; a month and day without a year is the one nearest the reference day
 * (chrono-node's rule: within about six months either way). Periods carry a `range`: a named month or year
 * stands for its first day; "last week" (the previous Monday-to-Sunday week) and "earlier this week / month /
 * year" (from the period's start to the day before the reference) stand for their middle day. Times of day
 * alone ("18:46") and "this week" are not mentions.
 *
 * @example
 * findDateMentions('Talks were held last week.', '2021-10-25')[0];
 * // { text: 'last week', span: { start: 16, end: 25 }, date: '2021-10-21',
 * //   range: { start: '2021-10-18', end: '2021-10-24' }, granularity: 'week', kind: 'relative', known: { ... } }
 */
export function findDateMentions(text: string, reference: string, options: FindDateMentionsOptions = {}): DateMention[] {
  if (!mayMentionDate(text)) return [];
  return readDateMentions(text, reference, options.parser ?? createDateParser());
}

/**
 * {@link findDateMentions} without the cheap test first: what chrono-node and the stance-shift parsers find in any
 * text. For tests of {@link mayMentionDate}.
 */
export function readDateMentions(text: string, reference: string, parser: Chrono): DateMention[] {
  const results = parser.parse(text, chronoReference(reference));
  const mentions: DateMention[] = [];
  for (const r of results) {
    const c = classify(r, reference);
    if (c === null) continue;
    const words = r.text.replace(TRAILING, '');
    if (DURATION.test(words)) continue;
    // A mention's own words must name a date the way mayMentionDate looks for one: then the cheap test never changes
    // what is found, and words chrono-node reads as dates that news uses otherwise are left out: "now" (a change
    // of state: "Russia is now ready"), "the next day" (after the narrated event, not the reference day).
    // (Read with a character of context either side, as the test reads them within the whole text.)
    if (words.length === 0 || !mayMentionDate(text.slice(Math.max(0, r.index - 1), r.index + words.length + 1))) continue;
    // "a regime that may, in a year or two, be gone": "may" in lower case is the verb, never the month.
    if (MODAL_MAY.test(words)) continue;
    if (LOWER_SHORT_NAME.test(words) || SLASHED_NO_YEAR.test(words)) continue;
    // "Ricardo Menéndez March: Point of order": a month's name after a name is a surname.
    // ... and so is a weekday's short name after a name, even one that opens the sentence: "Yun Sun said".
    if (SHORT_WEEKDAY.test(words) && NAME_BEFORE_SHORT.test(text.slice(Math.max(0, r.index - 40), r.index))) continue;
    if (BARE_MONTH.test(words) && NAME_BEFORE.test(text.slice(Math.max(0, r.index - 40), r.index)) && NO_DAY_AFTER.test(text.slice(r.index + words.length))) continue;
    // Values chrono-node computed from the reference ("yesterday") are not stated by the text.
    const stated = isRelativeResult(r) ? {} : known(r);
    mentions.push({ text: words, span: { start: r.index, end: r.index + words.length }, known: stated, ...c });
  }
  return mentions.map((m, i) => inThatYear(text, mentions, i));
}

/** "of that year", "that same year" after a month or a day. */
const THAT_YEAR_AFTER = /^\s*(?:of\s+)?(?:that|the\s+same|that\s+same)\s+year(?![\p{L}])/iu;
/** Characters after a mention read for {@link THAT_YEAR_AFTER}. */
const THAT_YEAR_CHARS = 24;

/**
 * "in 2023 ... in May of that year": the mention at `i`, a month or a day of "that year", takes the year the text named
 * last before it.
 */
function inThatYear(text: string, mentions: readonly DateMention[], i: number): DateMention {
  const m = mentions[i]!;
  if (m.known.year !== undefined || m.known.month === undefined || (m.granularity !== 'month' && m.granularity !== 'day')) return m;
  if (!THAT_YEAR_AFTER.test(text.slice(m.span.end, m.span.end + THAT_YEAR_CHARS))) return m;
  let year: number | undefined;
  for (let j = i - 1; j >= 0 && year === undefined; j -= 1) year = mentions[j]!.known.year;
  if (year === undefined) return m;
  const month = m.known.month;
  if (m.granularity === 'month') {
    const start = isoDate(year, month, 1);
    return { ...m, date: start, range: { start, end: isoDate(year, month, daysInMonth(year, month)) }, kind: 'calendar', known: { ...m.known, year } };
  }
  return { ...m, date: isoDate(year, month, m.known.day ?? Number(m.date.slice(8, 10))), kind: 'calendar', known: { ...m.known, year } };
}
