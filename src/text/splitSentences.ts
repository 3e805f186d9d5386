import type { Nlp } from '../nlp';
import type { Span } from '../types';
import { NLP_CHUNK_CHARS } from './constants';

/** Abbreviations that never end a sentence: a sentence break after them is undone. */
const TITLE_ABBREVIATION = /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt|Cmdr|Adm|Prof|Sen|Rep|Gov|Pres|Amb|Rev|Hon|St|Mt|Ft|No|Nos|Art|Sec|vs|etc|approx|Jr|Sr|e\.g|i\.e)\.$/u;
/** Month abbreviations: a break after them is undone when a day number follows ("Oct. 20"). */
const MONTH_ABBREVIATION = /(?:^|[\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/u;
/** Initialisms ("U.S.", "U.N.", "J. P."): a break after them is undone unless a usual sentence opener follows. */
const INITIALISM = /(?:^|[\s(“"‘'])(?:\p{Lu}\.){1,4}$/u;
const SENTENCE_OPENER =
  /^(?:The|A|An|He|She|It|They|We|I|You|This|That|These|Those|There|But|And|However|Meanwhile|In|On|At|As|After|Before|While|When|If|Although|Its|His|Her|Their|Our|Mr|Ms|Mrs|Dr)\b/u;
/** A sentence that starts with a lower-case letter continues the one before ("He said “it is fine.” and left"). */
const LOWER_START = /^[\s"'“”‘’(]*\p{Ll}/u;
const ONLY_PUNCTUATION = /^[\s\p{P}\p{S}]*$/u;
const LEADING_CLOSERS = /^[”’"')\]]+/u;

/** Cuts [start, end) into chunks of at most NLP_CHUNK_CHARS at sentence-like or space boundaries. */
function chunks(text: string, start: number, end: number, size: number): Span[] {
  const out: Span[] = [];
  let s = start;
  while (end - s > size) {
    const limit = s + size;
    let cut = -1;
    let space = -1;
    for (let i = limit; i > s + size / 2; i -= 1) {
      const c = text[i - 1] ?? '';
      if (space < 0 && /\s/u.test(c)) space = i;
      if (/\s/u.test(c) && /[.!?]["'”’)]*$/u.test(text.slice(Math.max(s, i - 4), i - 1))) {
        cut = i;
        break;
      }
    }
    if (cut < 0) cut = space > 0 ? space : limit;
    // Never cut a surrogate pair.
    const code = text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut += 1;
    out.push({ start: s, end: cut });
    s = cut;
  }
  out.push({ start: s, end });
  return out;
}

function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end -= 1;
  return end > start ? { start, end } : null;
}

function shouldMerge(prev: string, next: string): boolean {
  if (ONLY_PUNCTUATION.test(next)) return true;
  if (LOWER_START.test(next)) return true;
  if (TITLE_ABBREVIATION.test(prev)) return true;
  if (MONTH_ABBREVIATION.test(prev) && /^\s*\d/u.test(next)) return true;
  if (INITIALISM.test(prev) && /^\s*[\p{Lu}\d]/u.test(next) && !SENTENCE_OPENER.test(next.trimStart())) return true;
  return false;
}

/** Options of {@link splitSentences}. */
export interface SplitSentencesOptions {
  /** Read one-sentence text with the adapter too (the result is the same; for checking the shortcut). */
  readonly readAll?: boolean;
}

type RawSentence = Span & { readonly chunk: number };

/** Appends the sentences of `piece` (part of chunk `chunk`) to `raw`, as the adapter splits them. */
function readPiece(text: string, piece: Span, chunk: number, nlp: Nlp, options: SplitSentencesOptions, raw: RawSentence[]): void {
  const slice = text.slice(piece.start, piece.end);
  // Text the adapter knows to be one sentence is not read (news has many one-sentence paragraphs).
  if (options.readAll !== true && nlp.oneSentence?.(slice) === true) {
    raw.push({ start: piece.start, end: piece.end, chunk });
    return;
  }
  let covered = piece.start;
  for (const s of nlp.sentences(slice)) {
    const a = Math.max(covered, piece.start + Math.max(0, s.start));
    const b = Math.min(piece.end, piece.start + s.end);
    if (b <= a) continue;
    raw.push({ start: a, end: b, chunk });
    covered = b;
  }
  // Text the splitter left out at the end of a piece belongs to its last sentence.
  const last = raw[raw.length - 1];
  if (last !== undefined && last.end < piece.end && last.start >= piece.start) raw[raw.length - 1] = { start: last.start, end: piece.end, chunk };
  else if (last === undefined || last.end <= piece.start) raw.push({ start: piece.start, end: piece.end, chunk });
}

/**
 * Splits `text.slice(start, end)` into sentences with the NLP adapter, as spans into `text`. Long text is read
 * in chunks ({@link NLP_CHUNK_CHARS}) so the work stays linear. A post-pass undoes breaks inside abbreviations
 * ("Gen. Ivanov", "Oct. 20", "U.S. officials"), before a lower-case continuation, and moves closing quotes that
 * the splitter put at the start of the next sentence back to the one they close, and opening quotes left at the end
 * of a sentence forward to the one they open.
 */
export function splitSentences(text: string, start: number, end: number, nlp: Nlp, options: SplitSentencesOptions = {}): Span[] {
  const raw: RawSentence[] = [];
  let chunkIndex = -1;
  for (const chunk of chunks(text, start, end, NLP_CHUNK_CHARS)) {
    chunkIndex += 1;
    // Where the adapter is sure of a break, the pieces are read one by one: most are then one sentence, not read.
    const cuts = options.readAll === true ? [] : (nlp.sentenceCuts?.(text.slice(chunk.start, chunk.end)) ?? []);
    let pieceStart = chunk.start;
    for (const cut of cuts) {
      readPiece(text, { start: pieceStart, end: chunk.start + cut }, chunkIndex, nlp, options, raw);
      pieceStart = chunk.start + cut;
    }
    readPiece(text, { start: pieceStart, end: chunk.end }, chunkIndex, nlp, options, raw);
  }
  const out: Span[] = [];
  let outChunk = -1;
  for (const r of raw) {
    let span = trimSpan(text, r);
    if (span === null) continue;
    const prev = out[out.length - 1];
    // A chunk boundary is a forced break: sentences are never merged across it, so no unit outgrows a chunk.
    if (prev !== undefined && outChunk === r.chunk) {
      const closers = LEADING_CLOSERS.exec(text.slice(span.start, span.end))?.[0].length ?? 0;
      if (closers > 0) {
        out[out.length - 1] = { start: prev.start, end: span.start + closers };
        span = trimSpan(text, { start: span.start + closers, end: span.end });
        if (span === null) continue;
      }
      // An opening quote the splitter left at the end of the previous sentence ('talk. "We are') opens this one.
      const before = out[out.length - 1]!;
      const beforeText = text.slice(before.start, before.end);
      const opener = /\s(["\u201c])$/u.exec(beforeText);
      if (opener !== null && (opener[1] === '\u201c' || (beforeText.match(/"/g) ?? []).length % 2 === 1)) {
        const trimmed = trimSpan(text, { start: before.start, end: before.end - 1 });
        if (trimmed !== null) {
          out[out.length - 1] = trimmed;
          span = { start: before.end - 1, end: span.end };
        }
      }
      const p = out[out.length - 1]!;
      if (shouldMerge(text.slice(p.start, p.end), text.slice(span.start, span.end))) {
        out[out.length - 1] = { start: p.start, end: span.end };
        continue;
      }
    }
    out.push(span);
    outChunk = r.chunk;
  }
  return out;
}
