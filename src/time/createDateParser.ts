import * as chrono from 'chrono-node';
import type { ParsingContext } from 'chrono-node';
import { addDays, isoDate, weekdayOf } from './calendar';

/** Tag on results of the bare-year parser ("in 2003", "since 2021"). */
export const YEAR_TAG = 'stance-shift/year';
/** Tag on results of the "earlier this week / month / year" parser. */
export const EARLIER_THIS_TAG = 'stance-shift/earlier-this';
/** Tag on weekday results moved to the weekday on or before the reference day. */
export const WEEKDAY_BEFORE_TAG = 'stance-shift/weekday-on-or-before';

/**
 * A bare year after a preposition: "in 2003", "Back in 2000", "since 2021", "as late as 2018", also with a part of the year between
 * them ("in early 2023", "since mid-2021", "in spring 2024"). chrono-node does not read bare years. Years from 1800
 * to 2099; a year followed by a date separator or digits ("2003-04", "2003/4") is left to chrono.
 */
const BARE_YEAR =
  /(?<![\p{L}\p{N}])((?:back|as early as|as late as|ever)\s+in|as\s+(?:early|late|recently)\s+as|in|since|from|during|until|till|by|before|after|of|year)\s+(?:(?:early|late|spring|summer|autumn|fall|winter)\s+|mid-?\s*)?((?:18|19|20)\d{2})(?![\p{N}]|[-/.:]\p{N}|s\b|'s\b)/iu;

/** Tag on results of the decade parser ("in the 1990s", "in the early 2000s"). */
export const DECADE_TAG = 'stance-shift/decade';

/**
 * A decade after a preposition: "in the 1990s", "during the early 2000s", "until the mid-2010s". chrono-node does not
 * read decades. Part of a decade: early is its first four years, mid the middle three, late the last three.
 */
const DECADE = /(?<![\p{L}\p{N}])(in|during|since|from|until|till|by|throughout)\s+the\s+(?:(early|mid|late)(?:-|\s+)?)?((?:18|19|20)\d0)['’]?s(?![\p{L}\p{N}])/iu;

/** The first and last year a decade mention covers: "the mid-2000s" is 2004 to 2006. */
export function decadeYears(text: string): { readonly first: number; readonly last: number } | null {
  const m = DECADE.exec(text);
  if (m === null) return null;
  const decade = Number(m[3]);
  const part = m[2]?.toLowerCase();
  return part === 'early' ? { first: decade, last: decade + 3 } : part === 'mid' ? { first: decade + 4, last: decade + 6 } : part === 'late' ? { first: decade + 7, last: decade + 9 } : { first: decade, last: decade + 9 };
}

/** "earlier this week" and its kin: chrono-node reads only "this week" and loses "earlier". */
const EARLIER_THIS = /(?<![\p{L}\p{N}])(earlier|later)\s+this\s+(week|month|year)(?![\p{L}\p{N}])/iu;

/** Vague plural spans that chrono-node reads as one date ("in the last years" -> a year ago): not dates. */
const VAGUE_PLURAL = /^(?:the\s+)?(?:last|past|recent|coming|next|few)\s+(?:few\s+|several\s+|couple\s+of\s+)?(?:years|months|weeks|days|decades)$/i;

/** Weekday results written with a modifier keep chrono-node's reading ("next Friday", "last Monday"). */
const WEEKDAY_MODIFIER = /\b(?:next|this|coming|last|past|previous)\b/i;

function referenceDay(context: ParsingContext): string {
  const d = context.reference.instant;
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const bareYearParser: chrono.Parser = {
  pattern: () => BARE_YEAR,
  extract: (context, match) => {
    const year = Number(match[2]);
    const result = context.createParsingResult(match.index ?? 0, match[0], { year });
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.addTag(YEAR_TAG);
    return result;
  },
};

const decadeParser: chrono.Parser = {
  pattern: () => DECADE,
  extract: (context, match) => {
    const years = decadeYears(match[0]);
    if (years === null) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0], { year: years.first });
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.addTag(DECADE_TAG);
    return result;
  },
};

const earlierThisParser: chrono.Parser = {
  pattern: () => EARLIER_THIS,
  extract: (context, match) => {
    const ref = referenceDay(context);
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.start.imply('year', Number(ref.slice(0, 4)));
    result.start.imply('month', Number(ref.slice(5, 7)));
    result.start.imply('day', Number(ref.slice(8, 10)));
    result.addTag(EARLIER_THIS_TAG);
    return result;
  },
};

/**
 * "Earlier this year, on 12 March": chrono-node merges the two into one result with the first one's date; the day
 * named after it is the date meant, in the reference's year unless it names its own.
 */
const earlierThisMergedRefiner: chrono.Refiner = {
  refine: (context, results) =>
    results.map((r) => {
      const lead = r.tags().has(EARLIER_THIS_TAG) ? EARLIER_THIS.exec(r.text) : null;
      if (lead === null || lead.index !== 0 || !/\p{N}|\p{Lu}/u.test(r.text.slice(lead[0].length))) return r;
      const rest = r.text.slice(lead[0].length);
      const inner = chrono.casual.parse(rest, context.reference.instant)[0];
      if (inner === undefined || !inner.start.isCertain('month')) return r;
      const out = context.createParsingResult(r.index + lead[0].length + inner.index, inner.text);
      const year = inner.start.isCertain('year') ? inner.start.get('year') : Number(referenceDay(context).slice(0, 4));
      out.start.assign('year', year ?? 0);
      out.start.assign('month', inner.start.get('month') ?? 1);
      if (inner.start.isCertain('day')) out.start.assign('day', inner.start.get('day') ?? 1);
      else out.start.imply('day', 1);
      return out;
    }),
};

/** Removes results that are vague plural spans ("the last years"). */
const vaguePluralRefiner: chrono.Refiner = {
  refine: (_context, results) => results.filter((r) => !VAGUE_PLURAL.test(r.text.trim())),
};

/**
 * A weekday without a modifier ("on Wednesday") is the last such weekday on or before the reference day: news
 * reports past events by weekday, and an article published on a Thursday that says "on Thursday" means that day.
 * chrono-node picks the nearest such weekday, which may be in the future.
 */
const weekdayOnOrBeforeRefiner: chrono.Refiner = {
  refine: (context, results) => {
    const ref = referenceDay(context);
    for (const r of results) {
      if (!r.start.isOnlyWeekdayComponent() || WEEKDAY_MODIFIER.test(r.text)) continue;
      const weekday = r.start.get('weekday');
      if (weekday === null) continue;
      const day = addDays(ref, -((weekdayOf(ref) - weekday + 7) % 7));
      r.start.imply('year', Number(day.slice(0, 4)));
      r.start.imply('month', Number(day.slice(5, 7)));
      r.start.imply('day', Number(day.slice(8, 10)));
      r.addTag(WEEKDAY_BEFORE_TAG);
    }
    return results;
  },
};

/**
 * A month without a year or day ("in March") is the latest such month not after the reference month.
 * chrono-node picks the nearest one, which may be in the future.
 */
const monthNotAfterRefiner: chrono.Refiner = {
  refine: (context, results) => {
    const ref = referenceDay(context);
    const refYear = Number(ref.slice(0, 4));
    const refMonth = Number(ref.slice(5, 7));
    for (const r of results) {
      const s = r.start;
      if (!s.isCertain('month') || s.isCertain('day') || s.isCertain('year') || s.isCertain('weekday')) continue;
      const month = s.get('month') ?? 1;
      s.imply('year', month <= refMonth ? refYear : refYear - 1);
    }
    return results;
  },
};

/** A date written with dots and a year: "10.11.2025". */
const DOTTED_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d|\.\d)/;

/**
 * A date written with dots is day first ("10.11.2025" is 10 November, as in Europe and Russia, where the format is
 * used); chrono-node reads it month first when both numbers could be a month.
 */
const dottedDayFirstRefiner: chrono.Refiner = {
  refine: (_context, results) => {
    for (const r of results) {
      const m = DOTTED_DATE.exec(r.text);
      if (m === null) continue;
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (day < 1 || day > 31 || month < 1 || month > 12) continue;
      r.start.assign('day', day);
      r.start.assign('month', month);
    }
    return results;
  },
};

/**
 * Creates the chrono-node instance that reads dates for stance-shift: chrono's casual English parser plus
 * a bare-year parser ("in 2003"), an "earlier this week/month/year" parser, and refiners that read a dotted date
 * day first ("10.11.2025"), a bare weekday as the one on or before the reference day, a bare month as the latest one
 * not after it, and drop vague plurals ("in the last years"). Each call returns a new instance; nothing global is changed.
 *
 * @example
 * const parser = createDateParser();
 * parser.parse('on Wednesday', chronoReference('2021-10-25'))[0]?.start.get('day'); // 20
 */
export function createDateParser(): chrono.Chrono {
  const parser = chrono.casual.clone();
  parser.parsers.push(bareYearParser, decadeParser, earlierThisParser);
  parser.refiners.push(earlierThisMergedRefiner, dottedDayFirstRefiner, vaguePluralRefiner, weekdayOnOrBeforeRefiner, monthNotAfterRefiner);
  return parser;
}

