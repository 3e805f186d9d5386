import { InvalidOptionError } from '../errors';
import type { Span } from '../types';
import { QUOTE_MAX_CHARS } from './constants';

/** Which marks delimit a quote. */
export type QuoteMark = 'straight' | 'curly' | 'single';

/** A direct quotation: `[start, end)` includes the marks, `[contentStart, contentEnd)` is the quoted text. */
export interface QuoteSpan extends Span {
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly mark: QuoteMark;
  /** False when no closing mark was found and the span was capped at the end of its line or at `maxChars`. */
  readonly closed: boolean;
  /** Left open at the end of its paragraph because the next paragraph goes on quoting (it has no closing mark). */
  readonly continued: boolean;
  /** Words in the quoted text. */
  readonly words: number;
}

/** A problem with the quotation marks of a text, with its location. */
export interface QuoteProblem {
  readonly kind: 'unbalanced-quote' | 'stray-closing-quote' | 'quote-too-long';
  /** Offset of the mark. */
  readonly offset: number;
  readonly message: string;
}

/** Options of {@link findQuotes}. */
export interface FindQuotesOptions {
  /** Longest quote in characters before it is cut and reported (default {@link QUOTE_MAX_CHARS}). */
  readonly maxChars?: number;
}

/** The quotes of a text and the problems found with its marks. */
export interface FoundQuotes {
  readonly quotes: readonly QuoteSpan[];
  readonly problems: readonly QuoteProblem[];
}

const OPEN_BEFORE = /[\s([{—–\-:;,“"‘']/u;
const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const MARKS: readonly QuoteMark[] = ['straight', 'curly', 'single'];
const QUOTE_OR_LINE_END = /[\n“”"‘'’]/gu;

interface Open {
  readonly mark: QuoteMark;
  readonly at: number;
}

function countWords(text: string): number {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? []).length;
}

/**
 * The end of the line containing `from`. The last answer is remembered, so that many quotes capped on one long line
 * cost one scan, not one scan each (quotes are emitted in text order).
 */
function createLineEnd(text: string): (from: number) => number {
  let start = -1;
  let end = -1;
  return (from) => {
    if (from >= start && from <= end) return end;
    const nl = text.indexOf('\n', from);
    start = from;
    end = nl < 0 ? text.length : nl;
    return end;
  };
}

/** True when the line after offset `end` (skipping blank lines) starts with an opening mark of the same family. */
function continuesOnNextLine(text: string, end: number, mark: QuoteMark): boolean {
  const rest = text.slice(end).replace(/^\s+/u, '');
  const first = rest.charAt(0);
  return mark === 'curly' ? first === '“' : mark === 'straight' ? first === '"' : first === '‘' || first === "'";
}

/**
 * Finds the direct quotations of a text: straight `"..."`, curly `“...”` and single `'...'` / `‘...’` quotes
 * (single quotes only where they cannot be apostrophes: `Russia's`, `countries’` are not quotes). A quote may run
 * over several sentences but not over a line break; a quote left open at the end of its line is capped there and
 * reported, unless the next paragraph opens with a quote mark (the convention for speech over several paragraphs).
 * A quote longer than `maxChars` is cut and reported. Stray closing double marks are reported and ignored.
 *
 * @example
 * findQuotes('He said, “We talk. We listen.” Then he left.').quotes[0]?.words; // 4
 * findQuotes("'Talks are over: Kremlin").problems[0]?.kind; // 'unbalanced-quote'
 * @throws InvalidOptionError when `maxChars` is not a positive integer.
 */
export function findQuotes(text: string, options: FindQuotesOptions = {}): FoundQuotes {
  const maxChars = options.maxChars ?? QUOTE_MAX_CHARS;
  if (!Number.isInteger(maxChars) || maxChars <= 0) {
    throw new InvalidOptionError('maxChars', `must be a positive integer, got ${String(maxChars)}`);
  }
  const quotes: QuoteSpan[] = [];
  const problems: QuoteProblem[] = [];
  const open: Partial<Record<QuoteMark, Open>> = {};
  const lineEnd = createLineEnd(text);

  // `capAt`: an unclosed quote that another opening mark of its family interrupts ends there, not at the line end.
  const emit = (o: Open, closeAt: number | null, capAt = Number.POSITIVE_INFINITY): void => {
    const contentStart = o.at + 1;
    let contentEnd = closeAt ?? Math.min(lineEnd(contentStart), capAt);
    let closed = closeAt !== null;
    const cut = contentEnd - contentStart > maxChars;
    if (cut) {
      contentEnd = contentStart + maxChars;
      closed = false;
      problems.push({ kind: 'quote-too-long', offset: o.at, message: `quote at offset ${o.at} is longer than ${maxChars} characters: cut there` });
    }
    const continued = !closed && !cut && continuesOnNextLine(text, contentEnd, o.mark);
    if (!closed && !continued && !cut) {
      problems.push({ kind: 'unbalanced-quote', offset: o.at, message: `quote opened at offset ${o.at} is not closed on its line: capped at the line end` });
    }
    while (contentEnd > contentStart && SPACE.test(text.charAt(contentEnd - 1))) contentEnd -= 1;
    quotes.push({
      start: o.at,
      end: closed ? contentEnd + 1 : contentEnd,
      contentStart,
      contentEnd,
      mark: o.mark,
      closed,
      continued,
      words: countWords(text.slice(contentStart, contentEnd)),
    });
    delete open[o.mark];
  };

  // Open quotes that run past `maxChars` before index `limit`, in the order a character-by-character walk would find
  // them: by the index where each becomes too long, then by mark.
  const expireBefore = (limit: number): void => {
    for (;;) {
      let first: Open | undefined;
      let firstAt = limit;
      for (const mark of MARKS) {
        const o = open[mark];
        // The first index at which the quote's content would be longer than maxChars.
        const at = o === undefined ? limit : o.at + maxChars + 2;
        if (at < firstAt) {
          first = o;
          firstAt = at;
        }
      }
      if (first === undefined) return;
      emit(first, null);
    }
  };

  // Only line ends and quote marks change anything: jump from one to the next.
  for (const found of text.matchAll(QUOTE_OR_LINE_END)) {
    const i = found.index ?? 0;
    const ch = found[0];
    if (ch === '\n') {
      expireBefore(i);
      for (const mark of MARKS) {
        const o = open[mark];
        if (o !== undefined) emit(o, null);
      }
      continue;
    }
    expireBefore(i + 1);
    const before = i === 0 ? ' ' : text.charAt(i - 1);
    const after = i + 1 < text.length ? text.charAt(i + 1) : ' ';
    if (ch === '“') {
      const o = open.curly;
      if (o !== undefined) emit(o, null, i);
      open.curly = { mark: 'curly', at: i };
    } else if (ch === '”') {
      const o = open.curly;
      if (o !== undefined) emit(o, i);
      else if (SPACE.test(before) && LETTER.test(after)) open.curly = { mark: 'curly', at: i };
      else problems.push({ kind: 'stray-closing-quote', offset: i, message: `closing quote at offset ${i} has no opening quote: ignored` });
    } else if (ch === '"') {
      const o = open.straight;
      if (o !== undefined) emit(o, i);
      else if (OPEN_BEFORE.test(before) && !SPACE.test(after)) open.straight = { mark: 'straight', at: i };
      else problems.push({ kind: 'stray-closing-quote', offset: i, message: `closing quote at offset ${i} has no opening quote: ignored` });
    } else if (ch === '‘' || ch === "'") {
      const o = open.single;
      if (o === undefined && (i === 0 || OPEN_BEFORE.test(before)) && LETTER.test(after) && !/[’']/u.test(before)) {
        open.single = { mark: 'single', at: i };
      } else if (o !== undefined && ch === "'" && !SPACE.test(before) && !LETTER.test(after)) {
        emit(o, i);
      }
    } else if (ch === '’') {
      const o = open.single;
      if (o !== undefined && !SPACE.test(before) && !LETTER.test(after)) emit(o, i);
    }
  }
  expireBefore(text.length);
  for (const mark of MARKS) {
    const o = open[mark];
    if (o !== undefined) emit(o, null);
  }
  quotes.sort((a, b) => a.start - b.start);
  return { quotes, problems };
}
