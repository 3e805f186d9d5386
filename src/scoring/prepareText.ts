import type { Nlp, Token } from '../nlp';
import type { PatternToken } from '../lexicon/compilePattern';
import { QUOTE_MARKS } from './findMatches';

/** A token prepared for scoring: pattern view plus offsets into the original text and its clause. */
export interface ScoringToken extends PatternToken {
  readonly start: number;
  readonly end: number;
  readonly pos: string;
  /** Clause index; boundary tokens (commas, quotes, "but"...) get the index of the clause they open. */
  readonly clause: number;
  /** The token ends a clause (punctuation, a conjunction that opens a new clause). */
  readonly boundary: boolean;
  /**
   * How many brackets the token is inside (the brackets themselves count as inside). The clause around a bracket
   * goes on after it: "recognising the Taliban (banned in Russia) as ... is not on the agenda" is one clause with an
   * aside in it, and scopes skip the aside.
   */
  readonly depth: number;
}

/** The text as the rules see it. */
export interface PreparedText {
  /** The original text: spans index into it. */
  readonly text: string;
  readonly tokens: readonly ScoringToken[];
  /** The sentence has a modal or future verb (will, would, could, may, must...). */
  readonly hasModal: boolean;
}

// Same-length rewrites only, so that offsets into the normalised text are offsets into the original.
const QUOTES: Readonly<Record<string, string>> = { '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2032': "'" };
const BRITISH = /\b(recogn|organ|legitim|normal|stabil|formal|real|author|prior|util|final|character|institutional|neutral|penal|jeopard|harmon|marginal|mobil|apolog|categor|civil|sympath|central|summar|special|capital|initial|local|national|internation|modern|optim|maxim|minim|emphas|critic|subsid)is(e|es|ed|ing|ation|ations|er|ers)\b/gi;

/**
 * Rewrites the text for the tagger without changing its length: curly quotes become straight, British "-ise"
 * spellings of the cue vocabulary become "-ize", so one lexicon entry serves both spellings.
 *
 * @example
 * normalizeForScoring('They recognised “it”'); // 'They recognized "it"'
 */
export function normalizeForScoring(text: string): string {
  return text
    .replace(/[\u2019\u2018\u201c\u201d\u2032]/g, (c) => QUOTES[c] ?? c)
    .replace(BRITISH, (_m, stem: string, ending: string) => `${stem}${stem === stem.toUpperCase() ? 'IZ' : 'iz'}${ending}`);
}

/** Punctuation that ends a clause. Quotation marks do not: news quotes fragments ("in no rush to recognise"). */
const HARD_PUNCTUATION = /^[,;:()[\]{}!?.\u2014\u2013\u2026]+$|^\.\.\.$/;
const OPEN_BRACKETS = new Set(['(', '[', '{']);
const CLOSE_BRACKETS = new Set([')', ']', '}']);
const OPENS_CLAUSE = new Set(['that', 'but', 'however', 'although', 'though', 'whereas', 'while', 'because', 'which', 'who', 'whom', 'whose', 'since', 'nevertheless', 'nonetheless', 'despite', 'unless', 'if', 'until', 'when', 'whilst']);
const COORDINATORS = new Set(['and', 'or', 'so']);
/** Words between "as" and "as" in a subordinator of two words' span: "as long as", "as soon as". */
const AS_AS = new Set(['long', 'soon']);
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should', "'ll", 'wo', 'ca']);

/** Most words after "and" within which a new clause's predicate stands ("and Moscow's stance on this matter has"). */
const SUBJECT_WINDOW = 8;

/**
 * "and"/"or"/"so" open a new clause when a subject and its verb follow ("..., and Moscow's stance has not changed")
 * or, for "and", a finite verb ("... and keeps contacts"); not when a bare verb shares the auxiliary ("would not
 * shut down or relocate").
 */
function opensClause(raw: readonly { readonly pos: string; readonly type: string; readonly lower: string; readonly lemma: string }[], at: number): boolean {
  const next = raw[at + 1];
  if (next === undefined) return false;
  // "Receiving the ambassador and his credentials is normal": with no predicate before it in its clause, "and"
  // joins the words of one subject, not two clauses.
  if (!predicateBefore(raw, at)) return false;
  // "has so far recognised", "is so keen to": "so" the adverb joins nothing.
  if (raw[at]!.lower === 'so' && (next.pos === 'ADV' || next.pos === 'ADJ' || raw[at - 1]?.pos === 'AUX')) return false;
  // "... hasn't evacuated its embassy and keeps contacts": a finite verb after "and" is a new predicate; a bare
  // verb after "or"/"and" shares the auxiliary and its negation ("would not shut down or relocate").
  if (next.pos === 'VERB') return raw[at]!.lower === 'and' && next.lower !== next.lemma;
  if (next.pos === 'AUX') return true;
  for (let i = at + 1; i < Math.min(raw.length, at + 1 + SUBJECT_WINDOW); i += 1) {
    const t = raw[i]!;
    if (t.type === 'punctuation' && t.pos === 'PUNCT') return false;
    // An infinitive ("Spain to recognise") is no new predicate, nor is a participle after a possessive or a determiner
    // ("the Taliban's acting foreign minister", "the ruling party").
    if (t.pos === 'VERB' && (raw[i - 1]?.lower === "'s" || raw[i - 1]?.lower === '’s' || raw[i - 1]?.pos === 'DET') && (t.lower.endsWith('ing') || t.lower.endsWith('ed'))) continue;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && raw[i - 1]?.lower !== 'to')) return true;
  }
  return false;
}

/**
 * Words that open a clause only when a predicate follows them: "after talks with the group broke down" (not "after
 * talks"). "once" is left out: it is more often an adverb ("once shunned").
 */
const TEMPORAL_SUBORDINATORS = new Set(['after', 'before']);
/** Most tokens after a temporal subordinator within which its clause's predicate stands. */
const SUBORDINATE_PREDICATE_WINDOW = 10;

type RawToken = { readonly pos: string; readonly type: string; readonly lower: string };

/** Whether token `i` is a predicate: an auxiliary, or a verb that is no gerund or infinitive. */
function isPredicate(raw: readonly RawToken[], i: number): boolean {
  const t = raw[i]!;
  return t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && raw[i - 1]?.lower !== 'to');
}

/** Whether token `i` ends the stretch a predicate is looked for in: hard punctuation or a word that opens a clause. */
function closesScan(raw: readonly RawToken[], i: number): boolean {
  const t = raw[i]!;
  return (t.type === 'punctuation' && HARD_PUNCTUATION.test(t.lower)) || OPENS_CLAUSE.has(t.lower);
}

/** Whether a predicate follows `at` before the clause ends. */
function predicateAfter(raw: readonly RawToken[], at: number): boolean {
  for (let i = at + 1; i < Math.min(raw.length, at + 1 + SUBORDINATE_PREDICATE_WINDOW); i += 1) {
    if (closesScan(raw, i) || COORDINATORS.has(raw[i]!.lower)) return false;
    if (isPredicate(raw, i)) return true;
  }
  return false;
}

/** Whether the words before `at`, back to the start of their clause, hold a predicate. */
function predicateBefore(raw: readonly RawToken[], at: number): boolean {
  for (let i = at - 1; i >= 0; i -= 1) {
    if (closesScan(raw, i)) return false;
    if (isPredicate(raw, i)) return true;
  }
  return false;
}

/** "in order to", "so as to": a purpose clause, out of reach of the negation before it ("no need to recognise them in order to cooperate"). */
function isPurposeOpener(raw: readonly RawToken[], at: number): boolean {
  const lower = raw[at]!.lower;
  const next = raw[at + 1]?.lower;
  return raw[at + 2]?.lower === 'to' && ((lower === 'in' && next === 'order') || (lower === 'so' && next === 'as'));
}

const MONTH_CONTEXT = new Set(['in', 'of', 'from', 'since', 'until', 'by', 'early', 'late', 'mid', 'last', 'next', 'this', 'on', 'to', 'till']);

/** "May" the month is no hedge: capitalised, next to a number or after a date preposition. */
function isMonthMay(raw: readonly { readonly text: string; readonly lower: string; readonly type: string }[], at: number): boolean {
  if (raw[at]!.text !== 'May' || at === 0) return false;
  return raw[at + 1]?.type === 'number' || raw[at - 1]?.type === 'number' || MONTH_CONTEXT.has(raw[at - 1]!.lower);
}

const LIST_ITEM = new Set(['PROPN', 'NOUN', 'ADJ', 'DET']);
/** Most words in a list item ("the United Arab Emirates"). */
const LIST_ITEM_MAX = 4;

/**
 * A comma inside a list of names ("Ireland, Norway and Spain") does not end a clause: the word before it and the
 * few words up to the next comma, "and" or "or" are all nouns, names or their modifiers.
 */
function isListComma(raw: readonly { readonly pos: string; readonly lower: string }[], at: number): boolean {
  const before = raw[at - 1];
  if (before === undefined || (before.pos !== 'PROPN' && before.pos !== 'NOUN')) return false;
  if (endsFrontedClause(raw, at)) return false;
  let words = 0;
  for (let i = at + 1; i < raw.length; i += 1) {
    const t = raw[i]!;
    if (t.lower === ',' || t.lower === 'and' || t.lower === 'or') return words > 0;
    if (!LIST_ITEM.has(t.pos) || (words += 1) > LIST_ITEM_MAX) return false;
  }
  return false;
}

/** Words that open a subordinate clause fronted before the main one: "Although Washington does not recognise it, ...". */
const FRONTED_SUBORDINATORS = new Set(['although', 'though', 'while', 'whilst', 'whereas', 'if', 'unless', 'because', 'since', 'when', 'as']);

/**
 * Whether the comma at `at` closes a subordinate clause that opens the sentence, with a verb of its own: "Although
 * Washington does not recognise Somaliland, US officials have visited it" (not a list of names).
 */
function endsFrontedClause(raw: readonly { readonly pos: string; readonly lower: string }[], at: number): boolean {
  let i = at - 1;
  while (i > 0 && raw[i - 1]!.lower !== ',' && !/^[.;:!?]$/u.test(raw[i - 1]!.lower)) i -= 1;
  if (!FRONTED_SUBORDINATORS.has(raw[i]?.lower ?? '')) return false;
  return raw.slice(i + 1, at).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/**
 * Joins words written with hyphens and no spaces ("self-proclaimed", "so-called", "Taliban-led") into one token,
 * which the tagger sometimes splits in three: patterns then match them whole, whatever the tagger did.
 */
function joinHyphenated(tokens: readonly Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    if (t.text === '-' && prev !== undefined && next !== undefined && prev.end === t.start && t.end === next.start && /\p{L}$/u.test(prev.text) && /^\p{L}/u.test(next.text)) {
      const joined = text.slice(prev.start, next.end);
      out[out.length - 1] = { ...prev, text: joined, lower: joined.toLowerCase(), lemma: joined.toLowerCase(), end: next.end };
      i += 1;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Words that front a sentence's topic: "As for recognition, there is no decision yet". */
const TOPIC_OPENERS: readonly (readonly string[])[] = [['as', 'for'], ['as', 'to'], ['as', 'regards'], ['regarding'], ['concerning'], ['with', 'regard', 'to'], ['with', 'respect', 'to'], ['on', 'the', 'question', 'of'], ['on', 'the', 'issue', 'of']];
/** Most tokens of a fronted topic, from its opener to its comma. */
const TOPIC_MAX_TOKENS = 8;

/** The comma that closes a topic fronted at the start of the sentence, or -1. */
/** Connectives that may stand between commas inside a clause: "has not, however, removed". */
const PARENTHETICAL = new Set(['however', 'though', 'therefore', 'meanwhile', 'nevertheless', 'nonetheless', 'moreover', 'indeed', 'instead', 'too', 'also', 'still', 'thus']);
/** What goes on after such an aside when it interrupts its clause: the clause's verb, "not", an adverb. */
const GOES_ON = new Set(['AUX', 'VERB', 'PART', 'ADV']);

/**
 * Whether the comma at `at` opens an aside of one connective that interrupts its clause ("Russia has not, however,
 * removed ...", "Moscow, however, has kept ..."): the clause goes on after it, as after brackets. After a whole
 * clause ("They talk to them, however, it ...") the comma ends the clause.
 */
function opensAside(raw: readonly { readonly pos: string; readonly lower: string }[], at: number): boolean {
  return raw[at]?.lower === ',' && PARENTHETICAL.has(raw[at + 1]?.lower ?? '') && raw[at + 2]?.lower === ',' && GOES_ON.has(raw[at + 3]?.pos ?? '');
}

/** Verbs of saying that make an aside of their own between commas: "Recognition, the ministry said, is not ...". */
const SPEECH_ASIDE_VERBS = new Set(['said', 'says', 'added', 'adds', 'stressed', 'insisted', 'insists', 'noted', 'notes', 'argued', 'argues', 'explained', 'told', 'warned', 'believes', 'believe', 'thinks', 'think', 'suggested', 'suggests']);
/** Most tokens of such an aside, its comma included. */
const SPEECH_ASIDE_MAX = 8;

/**
 * The index of the comma that closes an aside of a speaker and a verb of saying opened by the comma at `at`
 * ("Recognition, the ministry said, is not on the agenda"; "..., he told reporters, ..."), when the clause's verb goes
 * on after it; else -1. The clause around it goes on, as around brackets.
 */
function speechAsideEnd(raw: readonly { readonly pos: string; readonly lower: string }[], at: number): number {
  if (raw[at]?.lower !== ',' || at === 0) return -1;
  let verb = -1;
  for (let k = at + 1; k < raw.length && k <= at + SPEECH_ASIDE_MAX; k += 1) {
    const t = raw[k]!;
    if (t.lower === ',') return verb > at + 1 && k - verb <= 3 && GOES_ON.has(raw[k + 1]?.pos ?? '') ? k : -1;
    if (SPEECH_ASIDE_VERBS.has(t.lower)) verb = k;
    else if (HARD_PUNCTUATION.test(t.lower) || (verb < 0 && (t.pos === 'VERB' || t.pos === 'AUX'))) return -1;
  }
  return -1;
}

/** Words after which an aside may interrupt a verb group: "would never, under any circumstances, recognise". */
const INTERRUPTED = new Set(['not', 'never', "n't"]);
/** Most words of such an aside. */
const ASIDE_MAX_WORDS = 4;

/**
 * The index of the comma or quotation mark that closes a short adverbial aside opened by the comma at `at` right
 * after "not" or "never" ("never, under any circumstances, recognise", '"never, under any circumstances" recognise'),
 * when the verb goes on after it; else -1. Neither comma ends the clause: the negation reaches the verb.
 */
function negatedAsideEnd(raw: readonly { readonly pos: string; readonly lower: string }[], at: number): number {
  if (raw[at]?.lower !== ',' || !INTERRUPTED.has(raw[at - 1]?.lower ?? '') || opensAside(raw, at)) return -1;
  for (let k = at + 2; k <= at + 1 + ASIDE_MAX_WORDS && k < raw.length; k += 1) {
    const t = raw[k]!;
    if (t.lower === ',' || QUOTE_MARKS.has(t.lower)) {
      const next = raw[k + 1];
      return next !== undefined && GOES_ON.has(next.pos) ? k : -1;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX' || HARD_PUNCTUATION.test(t.lower)) return -1;
  }
  return -1;
}

function topicComma(raw: readonly { readonly lower: string }[]): number {
  const opener = TOPIC_OPENERS.find((words) => words.every((w, i) => raw[i]?.lower === w));
  if (opener === undefined) return -1;
  for (let i = opener.length; i < Math.min(raw.length, TOPIC_MAX_TOKENS); i += 1) {
    const lower = raw[i]!.lower;
    if (lower === ',') return i;
    if (HARD_PUNCTUATION.test(lower)) return -1;
  }
  return -1;
}

/**
 * Tokenises a statement and splits it into clauses for the scoring rules. A clause ends at punctuation other than
 * hyphens and apostrophes, before subordinating and contrastive conjunctions ("after" and "before" only with a
 * predicate of their own: "after talks ... broke down", not "after talks"), and before "and"/"or" when a new
 * subject or auxiliary follows ("... not shut down or relocate" stays one clause; "... not yet, and it will" does not).
 * The comma after a fronted topic ("As for recognition, there is no decision yet") does not end a clause: what
 * follows is said of the topic. Nor do the commas around an aside of one connective ("has not, however, removed") or
 * of a speaker and a verb of saying ("Recognition, the ministry said, is not on the agenda"): the clause goes on.
 *
 * @example
 * prepareText('Russia will not talk, but it keeps contact.', nlp).tokens.map((t) => t.clause);
 * // [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]
 */
export function prepareText(text: string, nlp: Nlp): PreparedText {
  const normalized = normalizeForScoring(text);
  const doc = nlp.read(normalized, { entities: false });
  const raw = joinHyphenated(doc.tokens, normalized);
  const tokens: ScoringToken[] = [];
  let clause = 0;
  let hasModal = false;
  /** The clause each open bracket interrupted, to go on with after it closes. */
  const interrupted: number[] = [];
  const topic = topicComma(raw);
  /** Where the comma that closes an aside of one connective stands. */
  let asideEnd = -1;
  /** Where the comma or quotation mark that closes an aside after a negation stands. */
  let negatedEnd = -1;
  for (let i = 0; i < raw.length; i += 1) {
    const t = raw[i]!;
    const lower = t.lower;
    // A hyphen with spaces around it is a dash ("society - ethnic and political forces - so we ...").
    const dash = t.text === '-' && normalized[t.start - 1] === ' ' && normalized[t.end] === ' ';
    const negatedAside = t.text === ',' ? negatedAsideEnd(raw, i) : -1;
    if (negatedAside >= 0) negatedEnd = negatedAside;
    const inNegatedAside = negatedAside >= 0 || i === negatedEnd;
    const punct = t.type === 'punctuation' && (dash || HARD_PUNCTUATION.test(t.text)) && !(t.text === ',' && (i === topic || isListComma(raw, i) || inNegatedAside));
    let opens = OPENS_CLAUSE.has(lower) || (lower === 'as' && AS_AS.has(raw[i + 1]?.lower ?? '') && raw[i + 2]?.lower === 'as') || isPurposeOpener(raw, i);
    if (COORDINATORS.has(lower)) opens = opensClause(raw, i) || isPurposeOpener(raw, i);
    else if (TEMPORAL_SUBORDINATORS.has(lower)) opens = predicateAfter(raw, i);
    if (opens && tokens.length > 0 && !tokens[tokens.length - 1]!.boundary) clause += 1;
    const connective = punct && opensAside(raw, i);
    const speechEnd = punct && !connective ? speechAsideEnd(raw, i) : -1;
    const aside = connective || speechEnd > i;
    if (aside) asideEnd = connective ? i + 2 : speechEnd;
    const opensBracket = punct && (OPEN_BRACKETS.has(t.text) || aside);
    const closesBracket = punct && (CLOSE_BRACKETS.has(t.text) || i === asideEnd) && interrupted.length > 0;
    if (opensBracket) interrupted.push(clause);
    const depth = interrupted.length;
    const month = isMonthMay(raw, i);
    if ((MODALS.has(lower) && !month) || (lower === 'going' && raw[i + 1]?.lower === 'to')) hasModal = true;
    tokens.push({
      lower: month ? 'may (month)' : lower,
      lemma: month ? 'may (month)' : t.lemma,
      hard: punct,
      start: t.start,
      end: t.end,
      pos: t.pos,
      clause,
      boundary: punct,
      depth,
    });
    if (closesBracket) clause = interrupted.pop() ?? clause;
    else if (punct) clause += 1;
  }
  return { text, tokens, hasModal };
}
