/**
 * Tuned numbers of the text layer. Each was set on the seed articles and on hand-written news layouts; override
 * them through the options of the function that uses them where one exists.
 */

/** A `Published ...` / `Updated ...` header line longer than this is prose, not a header (longest seen: ~45). */
export const HEADER_MAX_CHARS = 120;

/** The years a date of news may fall in: "2131-20-10-2021", a press release's number, is no date. */
export const NEWS_YEARS = { first: 1900, last: 2099 } as const;

/** Datelines ("MOSCOW, August 15. /TASS/.") are looked for at the start of the first this many non-empty lines. */
export const DATELINE_SEARCH_LINES = 12;

/**
 * A line without final punctuation is a headline or subhead only when it has at most this many words
 * (the seeds' longest standfirst has 23 words); longer unpunctuated lines are body text missing a full stop.
 */
export const HEADLINE_MAX_WORDS = 40;

/**
 * Text longer than this is split into chunks at sentence-like boundaries before the NLP adapter reads it,
 * which keeps segmentation linear in the length of the text and bounds memory (a 5 MB text without line
 * breaks is read in chunks of this size).
 */
export const NLP_CHUNK_CHARS = 20_000;

/** The inferred publication year is searched from the latest year the text mentions up to this many years on (a weekday-date pair repeats within 11 years). */
export const INFER_MAX_YEARS_AHEAD = 28;

/**
 * Dateline years and inferred dates are read from the first this many characters (news articles are shorter;
 * reading dates costs about 10 ms per 1,000 characters, so a 5 MB text is not read whole for them).
 */
export const INFER_SCAN_CHARS = 50_000;
