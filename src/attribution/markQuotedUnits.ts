import type { Span } from '../types';
import { QUOTE_INSIDE_SHARE, QUOTE_MIN_WORDS } from './constants';
import type { QuoteSpan } from './findQuotes';

/** Whether a unit is direct speech: all of it (`inside`), some of it (`partial`) or none. */
export type QuoteStatus = 'inside' | 'partial' | 'none';

/** A unit's relation to the quotes of its text. */
export interface UnitQuoteStatus {
  readonly status: QuoteStatus;
  /** Share of the unit's letters and digits that are quoted, in [0, 1]. */
  readonly share: number;
  /** Indices (into the quotes) of the quotes of at least {@link QUOTE_MIN_WORDS} words that overlap the unit. */
  readonly quotes: readonly number[];
  /** The index of a quote that opened before the unit and runs into it, or null. */
  readonly continues: number | null;
}

/** Options of {@link markQuotedUnits}. */
export interface MarkQuotedUnitsOptions {
  /** Share of quoted letters from which a unit is `inside` (default {@link QUOTE_INSIDE_SHARE}). */
  readonly insideShare?: number;
  /** Quotes with fewer words are scare quotes, not listed in `quotes` (default {@link QUOTE_MIN_WORDS}). */
  readonly minWords?: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Marks each unit as inside a direct quote, partly quoted or not, by the share of its letters that lie in quoted
 * text. Scare quotes ('u-turn') make a unit `partial` but are not listed in `quotes`.
 *
 * @example
 * const text = '“We talk. We listen,” he said.';
 * const { quotes } = findQuotes(text);
 * markQuotedUnits(text, [{ start: 0, end: 9 }, { start: 10, end: 30 }], quotes).map((u) => u.status);
 * // ['inside', 'partial']
 */
export function markQuotedUnits(
  text: string,
  units: readonly Span[],
  quotes: readonly QuoteSpan[],
  options: MarkQuotedUnitsOptions = {},
): UnitQuoteStatus[] {
  const insideShare = options.insideShare ?? QUOTE_INSIDE_SHARE;
  const minWords = options.minWords ?? QUOTE_MIN_WORDS;
  const mask = new Uint8Array(text.length);
  for (const q of quotes) mask.fill(1, Math.max(0, q.contentStart), Math.min(text.length, q.contentEnd));
  return units.map((u) => {
    let letters = 0;
    let quoted = 0;
    // Letters are counted only where a quote reaches the unit: elsewhere the share is 0 whatever their number.
    const reached = quotes.some((q) => Math.max(0, q.contentStart) < u.end && Math.min(text.length, q.contentEnd) > u.start);
    for (let i = reached ? u.start : u.end; i < u.end; i += 1) {
      if (!WORD_CHAR.test(text.charAt(i))) continue;
      letters += 1;
      quoted += mask[i] ?? 0;
    }
    const share = letters === 0 ? 0 : quoted / letters;
    const overlapping: number[] = [];
    let continues: number | null = null;
    quotes.forEach((q, index) => {
      if (q.words < minWords || q.contentEnd <= u.start || q.contentStart >= u.end) return;
      overlapping.push(index);
      if (q.start < u.start) continues = index;
    });
    const status: QuoteStatus = share === 0 ? 'none' : share >= insideShare ? 'inside' : 'partial';
    return { status, share, quotes: overlapping, continues };
  });
}
