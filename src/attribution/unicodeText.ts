/**
 * Unicode-aware text helpers shared by the attribution modules: word boundaries that treat `Erdoğan` as one word,
 * regular-expression escaping and apostrophe variants.
 */

/** A word character: any letter, combining mark or digit, in any script. */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

/** Lookbehind asserting a word boundary before a match (use with the `u` flag). */
export const WORD_START = `(?<!${WORD_CHAR})`;

/** Lookahead asserting a word boundary after a match (use with the `u` flag). */
export const WORD_END = `(?!${WORD_CHAR})`;

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
