/**
 * Tuned numbers of the attribution layer. Each was set by reading the five seed articles and a handful of
 * hand-written counter-examples; every one can be overridden through the options of `attributeUnits` (and of the
 * lower-level function that uses it).
 */

/**
 * A quote longer than this (characters) is cut and reported: an unbalanced quote mark must not swallow the rest of
 * a document. Long enough for eight or so sentences of speech.
 *
 * @example
 * findQuotes(text, { maxChars: QUOTE_MAX_CHARS * 2 }); // allow longer speeches
 */
export const QUOTE_MAX_CHARS = 1200;

/**
 * A unit is `inside` a quote when at least this share of its letters is quoted (the rest is the closing mark, a
 * comma or a short "he said").
 *
 * @example
 * markQuotedUnits(text, units, quotes, { insideShare: QUOTE_INSIDE_SHARE });
 */
export const QUOTE_INSIDE_SHARE = 0.85;

/**
 * A unit whose quoted share reaches this reports `quote: 'direct'`; below it, a quoted fragment inside a reported
 * sentence ("said it was “not on the table”") keeps `reported`.
 *
 * @example
 * // "He said, “We keep talking.”" is mostly quoted: quote 'direct'.
 */
export const QUOTE_DIRECT_SHARE = 0.5;

/** Quotes with fewer words are scare quotes ('u-turn'), never a speaker's direct speech. *
 * @example
 * // 'u-turn' (1 word) is a scare quote; “not on the table” (4 words) can carry speech.
 */
export const QUOTE_MIN_WORDS = 3;

/** How many characters an appositive between a speaker and the verb may span ("Kabulov, director of ..., said"). *
 * @example
 * // "Kabulov, director of the department of Asian affairs, said": the appositive is 46 characters.
 */
export const APPOSITIVE_MAX_CHARS = 160;

/**
 * How many units back a plural pronoun ("them", "their") or a description ("the group") may look for the target as
 * its antecedent (0 = the same unit only).
 *
 * @example
 * createTargetMatcher({ target: 'Taliban', unitsBack: COREFERENCE_UNITS_BACK });
 */
export const COREFERENCE_UNITS_BACK = 2;
