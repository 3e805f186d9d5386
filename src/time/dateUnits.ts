import type { Chrono } from 'chrono-node';
import { createDateParser } from './createDateParser';
import { AT_THE_TIME, CARRY_BREAKER, CONTINUATION_MARKER, MODAL_NOW, NARRATED_NOW, PAST_PERFECT_REPORT, PAST_SPEECH, PRESENT_PERFECT_REPORT, PRESENT_TIME } from './dateCues';
import { checkPublished } from './checkPublished';
import type { Span } from '../types';
import type { DatableUnit, StatementDate } from './dateStatement';
import { publishedDate } from './publishedDate';
import { findDateAnchor, type DateAnchor } from './findDateAnchor';
import { findDateMentions } from './findDateMentions';
import { addDays, daysBetween, daysInMonth, isoDate } from './calendar';

/** Options of {@link dateUnits}. */
export interface DateUnitsOptions {
  /** The document's publication date (ISO day), or null when it is undatable. */
  readonly published: string | null;
  /** A chrono-node instance from `createDateParser()`, to reuse across documents. */
  readonly parser?: Chrono;
}

function shift(anchor: DateAnchor, offset: number): StatementDate {
  return {
    date: anchor.date,
    ...(anchor.dateRange !== undefined ? { dateRange: anchor.dateRange } : {}),
    dateSource: anchor.dateSource,
    rule: 'anchor',
    evidence: { text: anchor.evidence.text, span: { start: offset + anchor.evidence.span.start, end: offset + anchor.evidence.span.end } },
  };
}

/**
 * How many paragraphs back the date a past-perfect report takes may be: "He had said ..." tells of what the text has
 * just dated, not of a date given paragraphs before about something else.
 */
const PAST_PERFECT_PARAGRAPHS_BACK = 1;

function isNear(referenceParagraph: number | undefined, paragraph: number | undefined): boolean {
  return referenceParagraph === undefined || paragraph === undefined || paragraph - referenceParagraph <= PAST_PERFECT_PARAGRAPHS_BACK;
}

function as(date: StatementDate, rule: StatementDate['rule']): StatementDate {
  return { ...date, rule };
}

const isBody = (u: DatableUnit): boolean => (u.kind ?? 'body') === 'body';

/** Counts written as words, for "two days later". */
const COUNTS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/**
 * Days counted from the event the text dated last: "the next day", "the following week", "two days later", "a day
 * earlier", "the previous day", "that same day", "later that day", "later that month" (a day after it to the month's
 * end), "later that year". Not "a day after the ceremony" nor "a day before Sanchez travels": that counts from another
 * event. Only when that event was dated in the unit's paragraph or the one before.
 */
const SEQUENCE =
  /\b(?:the\s+(next|following|previous|preceding)\s+(day|week)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(later|earlier|afterwards?|before(?=\s*[,.;:!?]|\s*$))|(?:that\s+same|the\s+same|that)\s+(day)|(later|earlier)\s+(?:that|the\s+same)\s+(day|week|month|year))\b/iu;

/** The date {@link SEQUENCE} gives a unit from the date of the last event the text dated, when both say enough. */
function sequenceDate(unit: DatableUnit, reference: StatementDate | null): StatementDate | null {
  if (reference === null || reference.date === null || reference.dateSource === 'background' || reference.dateSource === 'published') return null;
  const m = SEQUENCE.exec(unit.text);
  if (m === null) return null;
  const evidence = { text: m[0], span: { start: unit.start + m.index, end: unit.start + m.index + m[0].length } };
  const exactDay = reference.dateRange === undefined;
  const day = (offset: number): StatementDate | null =>
    exactDay ? { date: addDays(reference.date!, offset), dateSource: 'relative', rule: 'sequence', evidence } : null;
  if (m[1] !== undefined) {
    const sign = /next|following/iu.test(m[1]) ? 1 : -1;
    return day(sign * (m[2]!.toLowerCase() === 'week' ? 7 : 1));
  }
  if (m[3] !== undefined) {
    const count = COUNTS[m[3].toLowerCase()] ?? Number(m[3]);
    const sign = /later|after/iu.test(m[5]!) ? 1 : -1;
    return day(sign * count * (/^week/iu.test(m[4]!) ? 7 : 1));
  }
  if (m[6] !== undefined) return day(0);
  const later = m[7]!.toLowerCase() === 'later';
  const unitOfTime = m[8]!.toLowerCase();
  if (unitOfTime === 'day') return day(0);
  const [year, month] = [Number(reference.date.slice(0, 4)), Number(reference.date.slice(5, 7))];
  // The rest of the reference's week, month or year after (or before) its day.
  const end = unitOfTime === 'week' ? addDays(reference.date, 6) : unitOfTime === 'month' ? isoDate(year, month, daysInMonth(year, month)) : isoDate(year, 12, 31);
  const start = unitOfTime === 'week' ? addDays(reference.date, -6) : unitOfTime === 'month' ? isoDate(year, month, 1) : isoDate(year, 1, 1);
  const range = later ? { start: exactDay ? addDays(reference.date, 1) : reference.date, end } : { start, end: exactDay ? addDays(reference.date, -1) : reference.date };
  if (range.start > range.end) return null;
  return { date: range.start, dateRange: range, dateSource: 'relative', rule: 'sequence', evidence };
}

/** How far from publication a section heading's day may be: a later briefing or follow-up, not a past event. */
const SECTION_DAYS_BEFORE = 7;
const SECTION_DAYS_AFTER = 31;
const SECTION_DAY_BEFORE = /[,|–—-]\s*$/u;

/**
 * The day a section heading after the body's start gives ("Department Press Briefing - September 23, 2025", "Press
 * briefing by the spokesman, Moscow, October 7, 2024"), when it is near publication and not that day: the sections of
 * a collected transcript or a page of updates.
 */
function sectionDay(unit: DatableUnit, published: string, parser: Chrono): StatementDate | null {
  if (unit.kind !== 'subhead') return null;
  for (const m of findDateMentions(unit.text, published, { parser })) {
    if (m.kind !== 'calendar' || m.known.month === undefined || m.known.day === undefined || m.date === published) continue;
    // The heading ends with its day, set off by a comma, a dash or a bar: "... Briefing - September 23, 2025", not
    // an event's day ("Talks set for Moscow on October 20").
    // A heading that is only a day, maybe with a time ("10:20 GMT, December 8" over a live blog's entry), is one too.
    const before = unit.text.slice(0, m.span.start);
    if (!(SECTION_DAY_BEFORE.test(before) || before.trim() === '') || /\p{L}/u.test(unit.text.slice(m.span.end))) continue;
    const days = daysBetween(published, m.date);
    if (days < -SECTION_DAYS_BEFORE || days > SECTION_DAYS_AFTER) continue;
    return { date: m.date, dateSource: 'explicit', rule: 'section', evidence: { text: m.text, span: { start: unit.start + m.span.start, end: unit.start + m.span.end } } };
  }
  return null;
}
/**
 * The anchor of a sentence in a timeline entry of `year`: a day or month it names without a year is in that year
 * ("fails in November" under "2018 –"); one with a year of its own is read as anywhere else.
 */
function timelineAnchor(text: string, year: number, parser: Chrono): ReturnType<typeof findDateAnchor> {
  const own = findDateAnchor(text, isoDate(year, 12, 31), { parser });
  if (own.anchor !== null) return own;
  const m = findDateMentions(text, isoDate(year, 7, 1), { parser }).find((x) => x.kind === 'calendar' && x.known.year === undefined && x.known.month !== undefined);
  if (m === undefined) return own;
  const day = m.known.day ?? 1;
  const date = isoDate(year, m.known.month!, day);
  const anchor: DateAnchor = {
    date,
    ...(m.known.day === undefined ? { dateRange: { start: date, end: isoDate(year, m.known.month!, Number(m.range?.end.slice(8, 10) ?? day)) } } : {}),
    dateSource: 'explicit',
    evidence: { text: m.text, span: m.span },
  };
  return { anchor, references: own.references };
}

/** A year opening a line of a timeline, before a dash or a colon: "2008 – Kosovo declares independence ...". */
const TIMELINE_LEAD = /^\s*((?:19|20)\d{2})\s*(?:[–—:]|-{1,2})\s+/u;

/**
 * The year a timeline entry opens with, before the publication year, and the date it gives the entry when the
 * entry names no day of its own (the year, as "in 2003" would).
 */
function timelineYear(unit: DatableUnit, published: string): { readonly year: number; readonly date: StatementDate } | null {
  const lead = TIMELINE_LEAD.exec(unit.text);
  if (lead === null) return null;
  const year = Number(lead[1]);
  if (year >= Number(published.slice(0, 4))) return null;
  const start = unit.start + lead[0].indexOf(lead[1]!);
  return {
    year,
    date: {
      date: isoDate(year, 1, 1),
      dateRange: { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) },
      dateSource: 'explicit',
      rule: 'anchor',
      evidence: { text: lead[1]!, span: { start, end: start + lead[1]!.length } },
    },
  };
}

const isDatedByText = (d: StatementDate): boolean => d.rule !== 'published' && d.rule !== 'undated';

const outside = (span: Span, quote: Span): boolean => span.end <= quote.start || span.start >= quote.end;
const sameSpan = (a: Span | undefined, b: Span | undefined): boolean => a !== undefined && b !== undefined && a.start === b.start && a.end === b.end;

/**
 * Rule 5: the sentences of a direct quote that runs over several units, left on the publication date, take the date
 * the quote's frame gives outside the quote ('"We are in no rush. We will keep talking," Lavrov said on Wednesday.',
 * 'Lavrov said on Wednesday: "... Dialogue continues."'): the time of the words is the time they were said. A date
 * inside the quote is the speaker's, about something else, and dates only its own sentence.
 */
function dateQuotes(units: readonly DatableUnit[], out: StatementDate[]): void {
  for (let first = 0; first < units.length; ) {
    const quote = units[first]!.quote;
    let end = first + 1;
    while (end < units.length && sameSpan(units[end]!.quote, quote)) end += 1;
    if (quote !== undefined && end - first > 1) {
      let frame: number | undefined;
      for (let i = first; i < end && frame === undefined; i += 1) {
        const d = out[i]!;
        if (d.rule === 'anchor' && d.dateSource !== 'background' && d.evidence !== null && outside(d.evidence.span, quote)) frame = i;
      }
      if (frame !== undefined) {
        const speaker = units[frame]!.speaker;
        for (let i = first; i < end; i += 1) {
          const unit = units[i]!;
          const sameSpeaker = speaker == null || unit.speaker == null || unit.speaker === speaker;
          if (out[i]!.rule === 'published' && isBody(unit) && sameSpeaker && !CARRY_BREAKER.test(unit.text)) out[i] = as(out[frame]!, 'quote');
        }
      }
    }
    first = end;
  }
}

/** A quotation mark: a sentence with one speaks in someone's words, not the narrator's. */
const QUOTE_MARK = /["“”«»]/u;

/** The shortest period ("in August 2021", not "last week") that is told as long ago when it ended long before writing. */
const LONG_AGO_MIN_RANGE_DAYS = 27;
/** How long before the time of writing such a period must have ended to be long ago. */
const LONG_AGO_MIN_AGE_DAYS = 90;

/**
 * Dates every unit of one document, in order, with the context of the units before (codebook "Time").
 *
 * Rules, first that applies:
 * 1. **anchor**: the unit names its own date ({@link findDateAnchor}: "on September 25", "on Wednesday",
 *    "last week", "in March", "in 2003"; future dates and "since ..." do not count).
 * 2. Headlines, subheads and captions without an anchor take the publication date.
 * 3. **sequence**: a day counted from the last event the text dated in the paragraph or the one before ("The next
 *    day, ...", "two days later", "later that month"; see {@link SEQUENCE}).
 * 3b. **past-perfect**: reported speech in the past perfect ("He had said that ...", "Lavrov had said") takes
 *    the latest earlier date the document gives for an event (an anchor or a reference such as
 *    "Russia's stand as on September 25") in a headline, its paragraph or the one before, unless it says
 *    "previously" or "earlier".
 * 4. **carried**: a body unit takes the date of the body unit just before it, when that one was dated by the
 *    text and (a) both are in the same paragraph, the one before not dated by rule 3, and the date is not a
 *    background year, or (b) the unit opens with a continuation ("Soon", "Then", "At the same time"), or (c) both
 *    have the same known speaker and the date is not a background year. Words such as "previously", "meanwhile", "recently" break the carry.
 * 5. **quote**: a sentence of a direct quote that runs over several units takes the date the quote's frame gives
 *    outside the quote ('"We are in no rush. ...," Lavrov said on Wednesday.'); pass `quote` on the units.
 * 6. **lead**: a body unit that reports with a present perfect ("..., Putin has said.") before the first anchor
 *    of its paragraph takes that anchor (not a background year).
 * 7. **section**: after a section heading that ends with a day near publication ("Press Briefing - September 23,
 *    2025"), a unit with no date of its own takes that day, and relative days in the section count from it.
 * 8. Otherwise the publication date (`published`), or null when the document is undatable.
 *
 * @throws {InvalidOptionError} when `published` is neither an ISO day nor null.
 * @example
 * const units = [
 *   { text: 'Lavrov spoke at the UN on September 25.', start: 0, paragraph: 0 },
 *   { text: 'Russia invited the Taliban.', start: 41, paragraph: 1 },
 *   { text: 'He had said that recognition was not on the table.', start: 69, paragraph: 1 },
 * ];
 * dateUnits(units, { published: '2021-10-07' }).map((d) => [d.date, d.rule]);
 * // [['2021-09-25', 'anchor'], ['2021-10-07', 'published'], ['2021-09-25', 'past-perfect']]
 */
export function dateUnits(units: readonly DatableUnit[], options: DateUnitsOptions): StatementDate[] {
  const published = checkPublished(options.published);
  const parser = options.parser ?? createDateParser();
  const out: StatementDate[] = [];
  const anchors: (DateAnchor | null)[] = [];
  let lastReference: StatementDate | null = null;
  let referenceParagraph: number | undefined;
  let previous: { unit: DatableUnit; date: StatementDate } | null = null;

  // The day of the section a unit is in, when a heading gives one (relative days in the section count from it).
  let section: StatementDate | null = null;
  // The year a timeline entry opens with ("2018 – Kosovo's bid to join Interpol fails in November."), for its paragraph.
  let timeline: { readonly paragraph: number | undefined; readonly year: number } | null = null;
  for (const unit of units) {
    if (!isBody(unit) && published !== null) section = sectionDay(unit, published, parser) ?? section;
    const entry = isBody(unit) && published !== null ? timelineYear(unit, published) : null;
    if (entry !== null) timeline = { paragraph: unit.paragraph, year: entry.year };
    else if (timeline !== null && (unit.paragraph !== timeline.paragraph || !isBody(unit))) timeline = null;
    const found = timeline !== null ? timelineAnchor(unit.text, timeline.year, parser) : findDateAnchor(unit.text, section?.date ?? published, { parser });
    anchors.push(found.anchor);
    const fallback = section ?? publishedDate(published);
    let date: StatementDate;
    let sequence: StatementDate | null;
    if (found.anchor !== null) {
      date = shift(found.anchor, unit.start);
    } else if (entry !== null) {
      date = entry.date;
    } else if (!isBody(unit)) {
      date = fallback;
    } else if (isNear(referenceParagraph, unit.paragraph) && (sequence = sequenceDate(unit, lastReference)) !== null) {
      date = sequence;
    } else if (PAST_PERFECT_REPORT.test(unit.text) && !CARRY_BREAKER.test(unit.text) && lastReference !== null && isNear(referenceParagraph, unit.paragraph)) {
      date = as(lastReference, 'past-perfect');
    } else if (previous !== null && isBody(previous.unit) && isDatedByText(previous.date) && !CARRY_BREAKER.test(unit.text)) {
      const background = previous.date.dateSource === 'background';
      // A past-perfect report's date is that remark's: only its speaker goes on with it ("He added ..."), not the
      // next one to speak ("Some states had argued for a slower approach. A diplomat said ...").
      const sameParagraph = unit.paragraph !== undefined && unit.paragraph === previous.unit.paragraph && previous.date.rule !== 'past-perfect';
      const sameSpeaker = unit.speaker != null && unit.speaker === previous.unit.speaker;
      // A month or a year of an event long before the time of writing is no date for the words of someone the event
      // did not name, who speaks next: "The embassy closed in August 2021. A Saudi analyst said the kingdom would not
      // recognise them."
      // Nor does it go on, past its paragraph, with the one who spoke of it.
      const range = previous.date.dateRange;
      const longAgo =
        range !== undefined &&
        daysBetween(range.start, range.end) >= LONG_AGO_MIN_RANGE_DAYS &&
        fallback.date !== null &&
        daysBetween(range.end, fallback.date) > LONG_AGO_MIN_AGE_DAYS;
      const newVoice = longAgo && unit.speaker != null && !sameSpeaker && !previous.unit.text.includes(unit.speaker) && PAST_SPEECH.test(unit.text);
      const continues = CONTINUATION_MARKER.test(unit.text) || AT_THE_TIME.test(unit.text);
      // "Uzbekistan has expanded trade ...", "Beijing says ...": the present runs up to the time of writing.
      // "In September 2023, Beijing named an ambassador. China will continue to engage ...": a sentence of the future
      // or of what would be speaks from the time of writing, unless it goes on reporting a dated remark.
      const modalNow = MODAL_NOW.test(unit.text) && !PAST_SPEECH.test(unit.text) && !PAST_SPEECH.test(previous.unit.text) && previous.date.rule === 'anchor';
      // A sentence that goes on reporting a dated remark ('Kabulov told RIA on Monday ... "The ministries have reported
      // ...," Kabulov said') speaks of the time of that remark, whatever tense the remark is in.
      // "Officials have said ..." reports up to the time of writing too, unless it is a sentence of a quote.
      const unquoted = unit.quote === undefined && !QUOTE_MARK.test(unit.text);
      // ... and so it goes on reporting no dated remark: "Trump said last week ... The White House has said ...".
      const perfectReport = PRESENT_PERFECT_REPORT.test(unit.text);
      const reportsOn = PAST_SPEECH.test(unit.text) && PAST_SPEECH.test(previous.unit.text) && !(unquoted && perfectReport);
      // ... and so is a speaker's present after an event told with its date, with no verb of speech in either: an
      // answer in a transcript ("The embassy was handed over in February. It does not mean recognition.").
      const narratedNow =
        (unit.speaker == null || !PAST_SPEECH.test(previous.unit.text)) && unquoted && NARRATED_NOW.test(unit.text) && !PAST_SPEECH.test(unit.text);
      const presentTense = unquoted ? PRESENT_TIME.test(unit.text) || perfectReport : PRESENT_TIME.test(unit.text) && !perfectReport;
      const present = !reportsOn && (presentTense || narratedNow || modalNow);
      date = continues || (!background && !present && !newVoice && (sameParagraph || (sameSpeaker && !longAgo))) ? as(previous.date, 'carried') : fallback;
    } else {
      date = fallback;
    }
    out.push(date);

    for (const r of found.references) lastReference = shift(r, unit.start);
    if ((found.anchor !== null && found.anchor.dateSource !== 'background') || date.rule === 'sequence') lastReference = date;
    // A headline's date stands for the whole story; a body's for its own paragraph and the next.
    if (found.references.length > 0 || (found.anchor !== null && found.anchor.dateSource !== 'background') || date.rule === 'sequence') {
      referenceParagraph = isBody(unit) ? unit.paragraph : undefined;
    }
    previous = { unit, date };
  }

  dateQuotes(units, out);

  // Rule 6: a news lead reported in the present perfect takes the first anchor of its paragraph.
  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i]!;
    if (out[i]!.rule !== 'published' || !isBody(unit) || unit.paragraph === undefined) continue;
    if (!PRESENT_PERFECT_REPORT.test(unit.text) || CARRY_BREAKER.test(unit.text)) continue;
    for (let j = i + 1; j < units.length && units[j]!.paragraph === unit.paragraph; j += 1) {
      const anchor = anchors[j];
      if (anchor === null || anchor === undefined) continue;
      if (anchor.dateSource !== 'background' && isBody(units[j]!)) out[i] = as(shift(anchor, units[j]!.start), 'lead');
      break;
    }
  }
  return out;
}
