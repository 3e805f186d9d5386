import type { Chrono } from 'chrono-node';
import type { DateRange, DateSource, Span } from '../types';
import { daysBetween, isIsoDate, isoDate, yearOf } from './calendar';
import { CLAUSE_BOUNDARY, FUTURE_MARKER, NOT_AN_ANCHOR_BEFORE, SPEECH_VERB } from './dateCues';
import { findDateMentions, type DateMention } from './findDateMentions';

/** A date in a sentence that dates the sentence's statement, or that a later sentence may refer back to. */
export interface DateAnchor {
  readonly date: string;
  readonly dateRange?: DateRange;
  readonly dateSource: Exclude<DateSource, 'published'>;
  /** The words and their span, relative to the text searched. */
  readonly evidence: { readonly text: string; readonly span: Span };
}

/** What {@link findDateAnchor} found: the anchor of the statement, and past dates it mentions only as reference. */
export interface DateAnchorResult {
  readonly anchor: DateAnchor | null;
  /** Past dates in the sentence that are not its anchor but that a later past-perfect remark may refer to ("Russia's stand as on September 25"). */
  readonly references: readonly DateAnchor[];
}

/** Options of {@link findDateAnchor}. */
export interface FindDateAnchorOptions {
  /** A chrono-node instance from `createDateParser()`, to reuse across sentences. */
  readonly parser?: Chrono;
}

/** The clause after a fronted date speaks of a future event, not of a remark about one. */
function futureEvent(clause: string): boolean {
  const future = FUTURE_MARKER.exec(clause);
  if (future === null) return false;
  const speech = SPEECH_VERB.exec(clause);
  return speech === null || speech.index > future.index;
}

function clauseBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && !CLAUSE_BOUNDARY.test(text[i] ?? '')) i -= 1;
  return text.slice(i + 1, at);
}

function clauseAfter(text: string, at: number): string {
  let i = at;
  let boundaries = 0;
  while (i < text.length) {
    if (CLAUSE_BOUNDARY.test(text[i] ?? '')) {
      // A date that opens its clause ("On Friday, talks will ...") belongs to the clause after the comma too.
      if (boundaries > 0 || text.slice(at, i).trim().length > 0) break;
      boundaries += 1;
    }
    i += 1;
  }
  return text.slice(at, i);
}

function toAnchor(m: DateMention, source: DateAnchor['dateSource']): DateAnchor {
  return {
    date: m.date,
    ...(m.range !== undefined ? { dateRange: m.range } : {}),
    dateSource: source,
    evidence: { text: m.text, span: m.span },
  };
}

/**
 * A comparison with another time: "will be invited, as was the case last year", "as in 2022", "as they did in May", a
 * clause that opens "As with the first flight last August", "Like last year", or what the statement holds good through
 * ("never closed its embassy, even in the worst days of August 2021").
 */
const COMPARISON_BEFORE = /\bas\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+the\s+case|(?:it|they|he|she|we)\s+(?:did|had|was|were))(?:\s+(?:in|on|at))?\s*$|^\s*(?:as\s+with|unlike|like)\s[^,;:]*$|\beven\s+(?:in|during|at|through)\s[^,;:]*$/iu;
/** "nothing that happened on Friday changes that": a date in a clause about what happened names that event. */
const HAPPENED_BEFORE = /\b(?:that|which|what)\s+(?:has\s+|had\s+)?(?:happened|occurred|took\s+place|transpired)\s+$/iu;
/** "as" right before a mention that opens with its preposition: "as in 2023". */
const AS_BEFORE = /\bas\s*$/iu;
const PREPOSITION_FIRST = /^(?:in|on|at)\b/iu;
/** A "since" clause open before a mention, within its clause: "since they returned to power in". */
/**
 * A verb in the past tense: a sentence that tells of the past with a month and day but no year ("On January 31,
 * Grenell flew to Caracas") means the last such day, however far back, not the next one.
 */
const PAST_TENSE = /\b(?:[\p{L}-]{2,}ed|met|sent|went|flew|took|came|made|said|told|held|gave|began|became|won|saw|left|brought|spoke|struck|paid|led|kept|stood|wrote|broke|chose|fought|found|got|lost|rose|sold|sought|spent|threw|was|were|did)\b/iu;

/** Words of plans and invitations, whose day lies ahead even in a past-tense sentence ("stated intentions to invite"). */
const INTENT = /\b(?:intend\w*|intention\w*|invit\w+|plan\w*|schedul\w*|expect\w*|due|upcoming|next|postpon\w+|deadline)\b/iu;
/** How many days ahead of the reference a day may be and still be the one meant: an upcoming meeting is near. */
const UPCOMING_DAYS = 28;

/**
 * A month and day without a year is the one nearest the reference day (chrono-node's rule), so one more than about
 * six months back comes out in the future. In a sentence in the past tense without a future marker or a plan, a day
 * more than four weeks ahead is the one a year before.
 */
function lastSuchDay(m: DateMention, text: string, published: string): DateMention {
  // "in August last year", "in May of last year": the month of the year before the story's, whatever month the story is
  // of (chrono-node reads the month alone, the latest such month).
  if (m.known.year === undefined && (m.granularity === 'month' || m.granularity === 'day') && LAST_YEAR_AFTER.test(text.slice(m.span.end, m.span.end + 24))) {
    const year = yearOf(published) - 1;
    const month = Number(m.date.slice(5, 7));
    const day = m.granularity === 'day' ? Number(m.date.slice(8, 10)) : 1;
    const date = isoDate(year, month, day);
    if (!isIsoDate(date)) return m;
    return { ...m, date, ...(m.range !== undefined ? { range: { start: isoDate(year, month, Number(m.range.start.slice(8, 10))), end: isoDate(year, month, Number(m.range.end.slice(8, 10))) } } : {}) };
  }
  // "last August" in a story of August: the August of the year before (chrono-node reads the month alone).
  if (m.granularity === 'month' && m.known.year === undefined && m.date.slice(0, 7) >= published.slice(0, 7) && LAST_BEFORE.test(text.slice(0, m.span.start))) {
    const date = isoDate(yearOf(m.date) - 1, Number(m.date.slice(5, 7)), 1);
    return { ...m, date, ...(m.range !== undefined ? { range: { start: date, end: isoDate(yearOf(m.date) - 1, Number(m.date.slice(5, 7)), Number(m.range.end.slice(8, 10))) } } : {}) };
  }
  if (m.date <= published || m.known.year !== undefined || m.kind !== 'calendar' || m.granularity !== 'day') return m;
  if (daysBetween(published, m.date) <= UPCOMING_DAYS || !PAST_TENSE.test(text) || FUTURE_MARKER.test(text) || INTENT.test(text)) return m;
  const date = isoDate(yearOf(m.date) - 1, Number(m.date.slice(5, 7)), Number(m.date.slice(8, 10)));
  return isIsoDate(date) && date <= published ? { ...m, date } : m;
}

/**
 * Nouns of events a date may name: "the attack of Oct. 7", "the July 28 election", also after a preposition of purpose
 * or aim, as headlines drop the article ("backing for December election", "ahead of March vote").
 */
const EVENT_NOUNS = String.raw`attacks?|agreements?|accords?|deal|elections?|votes?|referendum|coup|declaration|resolution|summit|ceasefire|massacres?|uprising|invasion|offensive|memorandum|treaty|earthquake|bombing`;
const EVENT_OF_BEFORE = new RegExp(String.raw`\b(?:${EVENT_NOUNS})\s+of\s+$`, 'iu');
const DETERMINER_BEFORE = /\b(?:the|its|their|his|her|this|that|last\s+year's|for|ahead\s+of|towards?|over|against)\s+$/iu;
/**
 * ... unless the date goes with a preposition of time or the verb that makes the event ("After the July 28 vote",
 * "signed the February 2020 agreement"): then it dates the statement's own act.
 */
const EVENT_ACT_BEFORE = /\b(?:after|following|before|since|until|in|at|during|signed|sign|signing|reached|reach|struck|concluded|held|won|staged|launched|carried\s+out)\s+(?:the|its|their|his|her|this|that)\s+$/iu;
const EVENT_AFTER = new RegExp(String.raw`^\s+(?:(?:presidential|parliamentary|general|local|deadly|terrorist|Hamas-led|cross-border)\s+)?(?:${EVENT_NOUNS})\b`, 'iu');
/** "last" right before a month: the latest such month before the story's. */
const LAST_BEFORE = /\blast\s+$/iu;
/** "last year" right after a month or a day: "in August last year", "on May 3 of last year". */
const LAST_YEAR_AFTER = /^,?\s+(?:of\s+)?last\s+year\b/iu;
const SINCE_CLAUSE = /\bsince\s[^,;:.!?"“”]*$/iu;
/**
 * "India's only formal contact with the group since the fall of Kabul took place on August 31": a "since" phrase of
 * a noun, then the main clause's verb, leaves the date after that verb to the main clause.
 */
const SINCE_WORD = /\bsince\b/giu;
const SINCE_PHRASE_THEN_VERB =
  /\bsince\s+(?:the|its|their|his|her)\s+(?:fall|takeover|collapse|return|start|beginning|end|ouster|capture|seizure|withdrawal|coup|invasion)(?:\s+of\s+(?:[\p{L}'’-]+\s+){1,3}|\s+)(?:took|takes|was|were|is|are|came|happened|began|occurred)\s[^,;:.!?"“”]*$/iu;
/**
 * A trailing phrase about an earlier event ("..., following the deadly violence in coastal areas in March", "...,
 * referring to the September attack") or the
 * event a person is "responsible for" ("listings against those responsible for the massacres in March"): its date is
 * that event's, not the statement's.
 */
const TRAILING_EVENT = /^\s*(?:following|amid|referring\s+to|in\s+reference\s+to)\s/iu;
const RESPONSIBLE_FOR = /\bresponsible\s+for\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,7}$/iu;
/** An appositive relative clause open before a mention: ", who visited Kabul", ", which stood at 1.6 billion". */
const ASIDE_OPEN = /,\s+(?:who|which|whose)\s(?:[^,;:.!?"“”]|(?<=\p{N})\.(?=\p{N}))*$/iu;
/**
 * The rest of an aside after a mention, up to the comma that closes it or the end of the sentence. A full stop
 * followed by no space is an abbreviation's ("U.S.-led", "U.N."), and one after a capital or a short abbreviation
 * ("Feb. 2021") is too.
 */
const ASIDE_CLOSE = /^(?:[^,;:.!?"“”]|\.(?=[^\s"“”’])|(?<=\b\p{Lu}|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gen|Col|Lt|Gov|Sen|Rep|Dr|St|Mr|Mrs|Ms))\.)*(?:,|[.!?]?["”’]?\s*$)/u;
/** Verbs of speaking in an aside ("who spoke to reporters on Friday"): the aside's date is then the remark's. */
const ASIDE_SPEECH = /\b(?:spoke|speaking|talked|addressed|told|said)\b/iu;

/**
 * "Norov, who visited Kabul last month, said ...": a date inside an appositive relative clause dates that aside, not
 * the statement, unless the aside is about speaking ("Lavrov, who spoke to reporters on Friday, said ..."). The aside
 * may end the sentence: "Serbia refuses to recognise Kosovo, which declared independence in 2008."
 */
function inRelativeAside(text: string, span: Span): boolean {
  const open = ASIDE_OPEN.exec(text.slice(0, span.start));
  if (open === null || ASIDE_SPEECH.test(open[0])) return false;
  const close = ASIDE_CLOSE.exec(text.slice(span.end));
  return close !== null && !ASIDE_SPEECH.test(close[0]);
}

/** Irregular past participles that head a noun's modifier as well as the regular ones in -ed. */
const PARTICIPLE = String.raw`(?:[\p{L}-]{2,}ed|made|held|set|struck|taken|signed|won|given|drawn|brought|begun|built|sent|laid)`;
/** A short phrase between the participle and the date: "the ban imposed on the group in 2003". */
const PARTICIPLE_OBJECT = String.raw`(?:(?:on|against|with|by|for|to|between)\s+(?:the\s+)?[\p{L}'’-]+\s+(?:[\p{L}'’-]+\s+)?)?`;
/** Words in -ed that are no participle ("the need", "a hundred"). */
const NOT_PARTICIPLE = /^(?:need|speed|seed|feed|deed|creed|breed|greed|heed|shed|hundred|kindred|sacred|naked|wicked|rugged|bed|red|led)$/iu;
/**
 * A noun phrase, the object of a word before it, with a participle right before the date: "implement a peace plan
 * agreed in 2021", "under the deal signed in February". The word before the phrase must not be one of speaking (or
 * "that"): "said the junta agreed in 2021 to the plan" reports an act of 2021.
 */
const REDUCED_RELATIVE = new RegExp(
  String.raw`(?<![\p{L}])(\p{L}+)\s+(?:an?|the|its|their|his|her|this|these|those)\s+(?:[\p{L}'’-]+\s+){0,4}?(${PARTICIPLE})\s+${PARTICIPLE_OBJECT}(?:back\s+)?(?:in|on|at|during|from)?\s*$`,
  'iu',
);
/**
 * A participle right after a comma, with a comma after the date: "the Taliban, ousted in 2001, ...". Closed by the
 * end of the sentence it may be a second verb of the subject ("The group, once banned, returned to power in 2021").
 */
const PARTICIPLE_ASIDE_OPEN = new RegExp(String.raw`,\s+(${PARTICIPLE})\s+(?:back\s+)?(?:in|on|at|during|from)?\s*$`, 'iu');
/** Prepositions that may head the noun phrase of a participle: "under the deal signed in February". */
const PREPOSITION = /^(?:from|of|in|to|with|by|for|under|over|on|at|into|about|against|between|through)$/iu;
/** Words that open a clause: "after his government collapsed in December" is an event of the sentence. */
const NOT_BEFORE_OBJECT = /^(?:that|and|or|but|who|which|when|while|as|if|after|before|because|once|since|until|till|unless|though|although|where|whether)$/iu;

/**
 * "Malaysia said the junta failed to implement a peace plan agreed in 2021", "the Taliban, ousted in 2001, ...": a
 * date in a participle that describes a noun dates that noun's event, not the statement.
 */
function inParticipleAside(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 120), span.start);
  const aside = PARTICIPLE_ASIDE_OPEN.exec(before);
  if (aside !== null && !NOT_PARTICIPLE.test(aside[1]!)) return /^[^,;:.!?"“”]*,/u.test(text.slice(span.end)) && !ASIDE_SPEECH.test(aside[0]);
  const reduced = REDUCED_RELATIVE.exec(before);
  // The word before the phrase is a verb or a preposition: lower-case ("In Kabul the group returned in 2021" is no object).
  if (reduced === null || !/^\p{Ll}/u.test(reduced[1]!) || NOT_PARTICIPLE.test(reduced[2]!) || NOT_BEFORE_OBJECT.test(reduced[1]!)) return false;
  // After a preposition, a sentence needs a verb before the phrase for the participle to be no verb of its own:
  // "Flights from the United States resumed in February" has none.
  if (PREPOSITION.test(reduced[1]!) && !PAST_TENSE.test(before.slice(0, reduced.index))) return false;
  return !SPEECH_VERB.test(reduced[1]!) && !ASIDE_SPEECH.test(reduced[0]);
}

/**
 * Whether a date mention dates an aside about another event rather than its sentence: a relative clause (", which
 * declared independence in 1991,") or a participle describing a noun ("a plan agreed in 2021").
 */
export function inEventAside(text: string, span: Span): boolean {
  return inRelativeAside(text, span) || inParticipleAside(text, span);
}

/** A sentence opening with a phrase of what came before: "Following the fall of Assad on 8 December, ...". */
const OPENING_PHRASE = /^\s*(?:Following|After|In\s+the\s+wake\s+of|Prior\s+to|Before|Ahead\s+of)\s[^,;:]*$/u;

/** Whether a date mention is inside such an opening phrase, which a comma closes after it. */
function inOpeningPhrase(text: string, span: Span): boolean {
  return OPENING_PHRASE.test(text.slice(0, span.start)) && /^[^;:.!?]*,/u.test(text.slice(span.end));
}

/** Whether a date mention is in a clause about the future: "would take over the chairmanship in 2026". */
export function inFutureClause(text: string, span: Span): boolean {
  // The text may hold several sentences: the clause starts after the last full stop too.
  const before = clauseBefore(text, span.start);
  let stop = before.length - 2;
  while (stop >= 0 && !(/[.!?]/u.test(before[stop]!) && /\s/u.test(before[stop + 1]!))) stop -= 1;
  return FUTURE_MARKER.test(stop < 0 ? before : before.slice(stop + 1));
}

/**
 * Finds the date that anchors a sentence's statement (codebook "Time"), given the publication date.
 *
 * A mention is an anchor when it is in the past (not after `published`), is not a point of reference ("since
 * 2021", "until March", "although ... in 2003", "as on September 25") nor inside an aside about another event
 * (", who visited Kabul last month,"), and its clause has no future marker
 * ("will be held on October 20"). Named days and months are `explicit`; weekdays, "last week", "earlier this
 * year", "yesterday" are `relative`; a bare year before the publication year ("in 2003", "Back in 2000") is
 * `background`, dated to its first day with the whole year as range (a year equal to the publication year is not
 * an anchor). Explicit and relative anchors win over background ones; among equals, the first in the text wins.
 *
 * When `published` is null only dates that state their year can anchor (relative dates need a reference).
 *
 * @example
 * findDateAnchor('Russia hosted talks on Wednesday.', '2021-10-25').anchor;
 * // { date: '2021-10-20', dateSource: 'relative', evidence: { text: 'on Wednesday', span: { start: 20, end: 32 } } }
 * findDateAnchor('Talks will be held in Moscow on October 20.', '2021-10-07').anchor; // null
 */
export function findDateAnchor(text: string, published: string | null, options: FindDateAnchorOptions = {}): DateAnchorResult {
  const reference = published ?? '2000-01-01';
  const mentions = findDateMentions(text, reference, options.parser !== undefined ? { parser: options.parser } : {});
  const publishedYear = published === null ? null : Number(published.slice(0, 4));
  const dated: DateAnchor[] = [];
  const background: DateAnchor[] = [];
  const references: DateAnchor[] = [];
  for (const found of mentions) {
    if (published === null && (found.known.year === undefined || found.kind === 'relative')) continue;
    const m = published === null ? found : lastSuchDay(found, text, published);
    if (published !== null && m.date > published) continue;
    const before = clauseBefore(text, m.span.start);
    // A date that opens its clause ("On Friday, the council will vote") is read with the clause it opens.
    const fronted = before.trim().length === 0;
    if (FUTURE_MARKER.test(before) || (fronted && futureEvent(clauseAfter(text, m.span.end)))) continue;
    const source = m.kind === 'calendar' ? 'explicit' : 'relative';
    // "has built ties with them since they returned to power in 2021": a "since" clause dates where a state of
    // things began, neither the statement nor an event a later report is about; "as was the case last year" dates
    // what the statement is compared with.
    const sincePhrase = SINCE_PHRASE_THEN_VERB.test(before);
    if ((SINCE_CLAUSE.test(before) && !sincePhrase) || COMPARISON_BEFORE.test(before) || (AS_BEFORE.test(before) && PREPOSITION_FIRST.test(m.text))) continue;
    // "the attack of Oct. 7", "the July 28 election": a date that names an event is that event's, not the statement's.
    if (EVENT_OF_BEFORE.test(before) || (DETERMINER_BEFORE.test(before) && !EVENT_ACT_BEFORE.test(before) && EVENT_AFTER.test(text.slice(m.span.end, m.span.end + 40)))) {
      references.push(toAnchor(m, source));
      continue;
    }
    const trailing = TRAILING_EVENT.test(before) && /\p{L}/u.test(text.slice(0, m.span.start - before.length));
    if (trailing || RESPONSIBLE_FOR.test(before) || HAPPENED_BEFORE.test(before)) {
      references.push(toAnchor(m, source));
      continue;
    }
    // A participle's own relative day ("hailed the deal reached on Tuesday") is near the remark: only named dates count.
    if (inRelativeAside(text, m.span) || (m.kind !== 'relative' && inParticipleAside(text, m.span))) {
      references.push(toAnchor(m, source));
      continue;
    }
    const firstWord = /^\s*(\p{L}+)/u.exec(m.text)?.[1]?.toLowerCase();
    const isYear = m.kind === 'year';
    if (NOT_AN_ANCHOR_BEFORE.test(sincePhrase ? before.replace(SINCE_WORD, '') : before) || (isYear && NOT_AN_ANCHOR_BEFORE.test(firstWord ?? ''))) {
      if (/\bas\s+(?:of|on|at)\s*$/i.test(before) && !isYear) references.push(toAnchor(m, source));
      continue;
    }
    if (isYear || (m.granularity === 'year' && m.kind !== 'relative')) {
      const year = m.known.year;
      if (year === undefined || (publishedYear !== null && year >= publishedYear)) continue;
      background.push(toAnchor(m, 'background'));
      continue;
    }
    dated.push(toAnchor(m, source));
  }
  // "Three years ago, on February 1, 2021, ...": a named day says more exactly when than a loose relative period.
  const loose = dated[0] !== undefined && dated[0].dateSource === 'relative' && dated[0].dateRange !== undefined;
  const exact = loose ? dated.find((d) => d.dateSource === 'explicit' && d.dateRange === undefined) : undefined;
  // "Following the fall of Assad on 8 December, the Council agreed on 27 January ...": the opening phrase dates what
  // came before; the main clause's own date is the statement's.
  const main = dated.length > 1 && inOpeningPhrase(text, dated[0]!.evidence.span) ? dated.find((d, i) => i > 0 && !inOpeningPhrase(text, d.evidence.span)) : undefined;
  const anchor = exact ?? main ?? dated[0] ?? background[0] ?? null;
  return { anchor, references: [...references, ...dated.filter((d) => d !== anchor)] };
}
