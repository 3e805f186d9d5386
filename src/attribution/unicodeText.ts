/**
 * Unicode-aware text helpers shared by the attribution modules: word boundaries that treat `Erdoğan` as one word,
 * regular-expression escaping and apostrophe variants.
 */
import type { Span } from '../types';

/** A word character: any letter, combining mark or digit, in any script. */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

/** Lookbehind asserting a word boundary before a match (use with the `u` flag). */
export const WORD_START = `(?<!${WORD_CHAR})`;

/** Lookahead asserting a word boundary after a match (use with the `u` flag). */
export const WORD_END = `(?!${WORD_CHAR})`;

/**
 * A lower-case word joined to a name by a hyphen makes another thing of it: "anti-Taliban forces", "pro-Taliban
 * fighters", "Tehreek-i-Taliban Pakistan". A name before the hyphen does not ("the US-Taliban deal").
 */
const LOWER_PREFIX = /(?:^|[^\p{L}])\p{Ll}+[-\u2010\u2011]$/u;
const LOWER_PREFIX_MAX = 24;

/** Whether the name found at `start` is joined to a lower-case word before it by a hyphen (see above). */
export function joinedToLowerWord(text: string, start: number): boolean {
  return LOWER_PREFIX.test(text.slice(Math.max(0, start - LOWER_PREFIX_MAX), start));
}

/**
 * Escapes every character that has a meaning in a regular expression.
 *
 * @example
 * escapeRegExp('U.S.'); // 'U\\.S\\.'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The source of a regular expression that matches any of `words`, each written as `source(word)`, exactly as
 * `words.map(source).join('|')` does (the same alternative wins at each position), with the alternatives grouped by
 * their first character: the engine then tries only the words that can start where it stands, not all of them.
 * `source` must map a word to a pattern that matches the word's first character only as written (so not for the
 * `i` flag) and the rest as `source` of the rest does. By default words are matched literally.
 *
 * @example
 * literalAlternation(['Moscow', 'Minsk', 'Kabul']); // 'M(?:oscow|insk)|Kabul'
 */
export function literalAlternation(words: readonly string[], source: (text: string) => string = escapeRegExp): string {
  // The empty word matches wherever the engine stands: the words before it and after it are grouped apart.
  const empty = words.indexOf('');
  if (empty >= 0) {
    return [literalAlternation(words.slice(0, empty), source), '', literalAlternation(words.slice(empty + 1), source)].filter((s, i) => i === 1 || s !== '').join('|');
  }
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const first = String.fromCodePoint(word.codePointAt(0)!);
    const rest = word.slice(first.length);
    const group = groups.get(first);
    if (group === undefined) groups.set(first, [rest]);
    else group.push(rest);
  }
  return [...groups].map(([first, rests]) => (rests.length === 1 ? source(first + rests[0]!) : `${source(first)}(?:${rests.map(source).join('|')})`)).join('|');
}

/**
 * The spellings of a name with straight and curly apostrophes, so that `Hay'at` also finds `Hay’at`.
 *
 * @example
 * apostropheVariants("People's Republic"); // ["People's Republic", 'People’s Republic']
 */
export function apostropheVariants(text: string): string[] {
  if (!/['’]/.test(text)) return [text];
  const straight = text.replace(/’/g, "'");
  const curly = text.replace(/'/g, '’');
  return straight === curly ? [straight] : [straight, curly];
}

/**
 * Builds a pattern that matches a word with its first letter in either case (`[Ee]nvoy`), for role nouns that are
 * capitalised in titles ("Foreign Minister Sergey Lavrov") and lower-case elsewhere ("the foreign minister").
 *
 * @example
 * new RegExp(eitherCase('envoy'), 'u').test('Envoy'); // true
 */
export function eitherCase(word: string): string {
  const first = word.charAt(0);
  const rest = escapeRegExp(word.slice(1));
  const upper = first.toUpperCase();
  const lower = first.toLowerCase();
  return upper === lower ? escapeRegExp(first) + rest : `[${upper}${lower}]${rest}`;
}

/**
 * Normalises a name for lookups: trims, collapses white space, turns curly apostrophes straight and drops a leading
 * article and a trailing possessive.
 *
 * @example
 * normaliseName('  the Kremlin’s '); // 'Kremlin'
 */
export function normaliseName(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/’/g, "'")
    .replace(/^the\s+/iu, '')
    .replace(/'s?$/u, '');
}

/** Whole-word patterns by needle: roles and institution words are few, and tested for every mention. */
const wordPatterns = new Map<string, RegExp>();
/** Beyond this many needles (user data can be large) the pattern cache starts afresh. */
const WORD_PATTERNS_MAX = 4096;

/**
 * Whether `needle` occurs in `haystack` as whole words (not inside a longer word). Patterns are compiled once per
 * needle.
 *
 * @example
 * [containsWords('the russian ambassador', 'ambassador'), containsWords('ambassadorial', 'ambassador')]; // [true, false]
 */
export function containsWords(haystack: string, needle: string): boolean {
  let re = wordPatterns.get(needle);
  if (re === undefined) {
    if (wordPatterns.size >= WORD_PATTERNS_MAX) wordPatterns.clear();
    re = new RegExp(`${WORD_START}${escapeRegExp(needle)}${WORD_END}`, 'u');
    wordPatterns.set(needle, re);
  }
  return re.test(haystack);
}

const LETTER = /^\p{L}$/u;
const WORD_CODE_POINT = new RegExp(`^${WORD_CHAR}$`, 'u');
const SPACE = /^\s$/u;

const isAsciiLetter = (cp: number): boolean => (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);

/** Whether `cp` is a letter (`\p{L}`). */
function isLetter(cp: number): boolean {
  return cp < 0x80 ? isAsciiLetter(cp) : LETTER.test(String.fromCodePoint(cp));
}

/** Whether `cp` is a word character ({@link WORD_CHAR}: a letter, mark or number). */
function isWordCodePoint(cp: number): boolean {
  return cp < 0x80 ? isAsciiLetter(cp) || (cp >= 0x30 && cp <= 0x39) : WORD_CODE_POINT.test(String.fromCodePoint(cp));
}

/** Whether the code unit at `i` is white space (`\s`; every such character is one code unit). */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return SPACE.test(text.charAt(i));
}

/**
 * The code point that ends just before `end` without starting before `from`, and its length in code units: a
 * surrogate pair whose first half lies before `from` is a lone surrogate, as in `text.slice(from)`.
 */
function codePointBefore(text: string, from: number, end: number): [cp: number, length: number] {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end - 2 >= from) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return [(high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000, 2];
  }
  return [low, 1];
}

/**
 * Start of the longest run of code points that `keep` accepts ending at `end`, not before `from`, and the start of
 * the first code point in it that `first` accepts (-1 when none). One walk backwards instead of a regular expression
 * anchored at the end, which the engine tries at every position of the text before it.
 */
function runBefore(text: string, from: number, end: number, keep: (cp: number) => boolean, first: (cp: number) => boolean): [runStart: number, firstStart: number] {
  let k = end;
  let firstStart = -1;
  while (k > from) {
    const [cp, length] = codePointBefore(text, from, k);
    if (!keep(cp)) break;
    k -= length;
    if (first(cp)) firstStart = k;
  }
  return [k, firstStart];
}

const TOKEN_TAIL = new Set([0x2019, 0x27, 0x2e, 0x2d]); // ’ ' . -
const isTokenCodePoint = (cp: number): boolean => isWordCodePoint(cp) || TOKEN_TAIL.has(cp);

/**
 * The word just before the spaces or tabs that end `text.slice(from, to)`: what
 * `/([\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.-]*)[ \t]+$/u` finds in that slice, as offsets into `text` (`start` of the
 * match and of the word, `end` of the word), or null when it finds nothing.
 *
 * @example
 * wordBeforeSpaces('the envoy Zamir said', 0, 10); // { start: 4, end: 9 }
 */
export function wordBeforeSpaces(text: string, from: number, to: number): Span | null {
  let end = to;
  while (end > from && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end -= 1;
  if (end === to) return null;
  const [, start] = runBefore(text, from, end, isTokenCodePoint, isWordCodePoint);
  return start < 0 ? null : { start, end };
}

/** Start of the white space run that ends at `end`, not before `from`. */
function spacesBefore(text: string, from: number, end: number): number {
  let k = end;
  while (k > from && isSpaceAt(text, k - 1)) k -= 1;
  return k;
}

/**
 * The letters of the last word of `text.slice(from, to)` when the slice ends in white space, skipping a final "the":
 * what `/([\p{L}]+)\s+(?:the\s+)?$/u` captures in that slice ("talks with the " -> "with"), or undefined.
 *
 * @example
 * wordBeforeEnd('talks with the ', 0, 15); // 'with'
 */
export function wordBeforeEnd(text: string, from: number, to: number): string | undefined {
  const end = spacesBefore(text, from, to);
  if (end === to) return undefined;
  const [start] = runBefore(text, from, end, isLetter, isLetter);
  if (start === end) return undefined;
  // "... with the ": the word before a final "the" starts further left, and the leftmost match wins.
  if (end - start === 3 && text.startsWith('the', start)) {
    const beforeThe = spacesBefore(text, from, start);
    if (beforeThe < start) {
      const [wordStart] = runBefore(text, from, beforeThe, isLetter, isLetter);
      if (wordStart < beforeThe) return text.slice(wordStart, beforeThe);
    }
  }
  return text.slice(start, end);
}

/**
 * A speaker's label in capitals at the start of a line of a transcript ("MR MILLER:", "MS. MAO NING:", "QUESTION:"),
 * with an optional courtesy title.
 */
const CAPITAL_LABEL = /^([ \t]*)((?:[A-Z]{2,4}\.?[ \t]+)?\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+){0,3})(?=[ \t]*:)/gmu;

/**
 * The text with each speaker's label in capitals at the start of a line written in title case ("MR MILLER:" ->
 * "Mr Miller:"), so that names are found in it as anywhere else. Only letters change case: offsets stay the same.
 *
 * @example
 * titleCaseLabels('MR MILLER: We have been in contact.'); // 'Mr Miller: We have been in contact.'
 */
export function titleCaseLabels(text: string): string {
  const titleCase = (label: string): string => label.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (w: string) => w.toUpperCase());
  return text.replace(CAPITAL_LABEL, (_, indent: string, label: string) => indent + titleCase(label));
}
