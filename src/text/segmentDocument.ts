import { defaultNlp, type Nlp } from '../nlp';
import type { Span, TextUnit, UnitKind } from '../types';
import { createDateParser } from '../time/createDateParser';
import { BOILERPLATE_LINE, CAPTION_LABEL, FOLLOW_US, IMAGE_CREDIT, LINK_LIST_MARKER, LINK_LIST_MAX, LINK_TITLE_MAX_WORDS } from './boilerplate';
import { HEADLINE_MAX_WORDS } from './constants';
import { findDateHeaders } from './findDateHeaders';
import { findDateline } from './findDateline';
import { splitSentences } from './splitSentences';

/** Options of {@link segmentDocument}. */
export interface SegmentDocumentOptions {
  /** The NLP adapter that splits sentences; the shared default adapter when omitted. */
  readonly nlp?: Nlp;
  /**
   * Ranges that are not statements (header lines, datelines), e.g. `extractPublished(text).spans`. When omitted,
   * the header lines and dateline of the text are found here.
   */
  readonly exclude?: readonly Span[];
}

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly caption: boolean;
  /** The line had something before this piece (a header, a credit) or is a whole line. */
  readonly lineStart: number;
}

const FINAL_PUNCTUATION = /[.!?…]["'”’»)\]]*$/u;
const BLANK = /^[\s\u00a0\u200b\ufeff]*$/u;
const SPACE = /[\s\u00a0\u200b\ufeff]/u;

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && SPACE.test(text[i] ?? '')) i += 1;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && SPACE.test(text[end - 1] ?? '')) end -= 1;
  return end;
}

/** The parts of a line outside the excluded spans, stripped of furniture. */
function linePieces(text: string, lineStart: number, lineEnd: number, exclude: readonly Span[]): Piece[] {
  const parts: Span[] = [];
  let s = lineStart;
  for (const x of exclude) {
    if (x.end <= s || x.start >= lineEnd) continue;
    if (x.start > s) parts.push({ start: s, end: x.start });
    s = Math.max(s, x.end);
  }
  if (s < lineEnd) parts.push({ start: s, end: lineEnd });
  const pieces: Piece[] = [];
  for (const part of parts) {
    let a = skipSpace(text, part.start, part.end);
    const b = trimEnd(text, a, part.end);
    if (b <= a) continue;
    let caption = false;
    for (;;) {
      const rest = text.slice(a, b);
      const credit = IMAGE_CREDIT.exec(rest);
      if (credit !== null && credit[0].length > 0) {
        a = skipSpace(text, a + credit[0].length, b);
        caption = true;
        continue;
      }
      const follow = FOLLOW_US.exec(rest);
      if (follow !== null && follow[0].length > 0 && IMAGE_CREDIT.test(rest.slice(follow[0].length))) {
        a = skipSpace(text, a + follow[0].length, b);
        continue;
      }
      // A label without a credit ("Photo: Lavrov in Moscow"): the rest of the line is the caption.
      const label = caption ? null : CAPTION_LABEL.exec(rest);
      if (label !== null && label[0].length < rest.length) {
        a = skipSpace(text, a + label[0].length, b);
        caption = true;
      }
      break;
    }
    if (b <= a) continue;
    // A line without a letter ("* *** *", "---") is a separator: it says nothing.
    if (!caption && (BOILERPLATE_LINE.test(text.slice(a, b)) || !LETTER.test(text.slice(a, b)))) continue;
    pieces.push({ start: a, end: b, caption, lineStart });
  }
  return pieces;
}

/** Any letter: a line without one is a separator. */
const LETTER = /\p{L}/u;

function words(s: string): number {
  return s.split(/\s+/u).filter((w) => w.length > 0).length;
}

const SENTENCE_END = /[.!…]["'”’»)\]]*$/u;

/** A line that reads as the title of a linked article: short and not ended as a sentence (a question may be). */
function isLinkTitle(line: string): boolean {
  return !SENTENCE_END.test(line) && words(line) <= LINK_TITLE_MAX_WORDS;
}

/**
 * A line that opens a speech and runs on, no heading: a label with a bracket before its colon, as a parliament's record
 * prints it ("Grahame Morris (Easington) (Lab): I beg to move,"), or a line that ends with a comma.
 */
const SPEECH_OPENING = /^\s*[^:\n]{1,100}\)[ \t]*:\s|,\s*$/u;

/**
 * Cuts a document into candidate statements: headlines, subheads, captions and body sentences, with character
 * offsets into the original text (`text.slice(unit.start, unit.end) === unit.text`).
 *
 * Paragraphs are blocks of lines between blank lines; inside a block, each line is its own paragraph unless it
 * lacks final punctuation and the next line starts in lower case (a hard-wrapped line). A one-line paragraph
 * without final punctuation and with at most {@link HEADLINE_MAX_WORDS} words is a `headline` before the first body
 * paragraph and a `subhead` after it. After a photo credit (`Image Source : AP ...`, `Image: AP`), the rest of the
 * line is a `caption`; the credit is not a unit. Header lines (`date 2021-08-18`, `Published ...`,
 * `Updated ...`), datelines and furniture ("Follow us on", "Advertisement", "Reported by: ...") are not units; nor
 * are a "READ MORE" (or "Related", "Also read") line and the link titles after it: short lines not ended as a
 * sentence, blank lines between them allowed, up to the first line that is not one.
 * Body paragraphs are split into sentences by the NLP adapter, with a post-pass for abbreviations; a quotation
 * of several sentences stays as several units. CRLF line ends, empty text and unbalanced quotes are handled;
 * the work is linear in the length of the text.
 *
 * @example
 * segmentDocument('Published 18:46 IST, October 7th 2021\nRussia to host talks\nRussia will host talks. The Taliban agreed.')
 *   .map((u) => [u.kind, u.text]);
 * // [['headline', 'Russia to host talks'], ['body', 'Russia will host talks.'], ['body', 'The Taliban agreed.']]
 */
export function segmentDocument(text: string, options: SegmentDocumentOptions = {}): TextUnit[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const nlp = options.nlp ?? defaultNlp();
  const exclude = [...(options.exclude ?? defaultExclusions(text))].sort((a, b) => a.start - b.start);

  // Lines -> pieces, grouped into paragraphs.
  const paragraphs: Piece[][] = [];
  let current: Piece[] = [];
  let lineStart = 0;
  // Link titles still to skip after a "READ MORE" line.
  let links = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const contentEnd = text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    if (BLANK.test(text.slice(lineStart, contentEnd))) {
      if (current.length > 0) paragraphs.push(current);
      current = [];
    } else {
      let pieces = linePieces(text, lineStart, contentEnd, exclude);
      const only = pieces.length === 1 && !pieces[0]!.caption ? text.slice(pieces[0]!.start, pieces[0]!.end) : undefined;
      // The marker may also be furniture of its own ("Read also:", "Also Read:"), which leaves no piece to test.
      if ((only ?? text.slice(lineStart, contentEnd).trim()) !== '' && LINK_LIST_MARKER.test(only ?? text.slice(lineStart, contentEnd).trim())) {
        links = LINK_LIST_MAX;
        pieces = [];
      } else if (links > 0 && only !== undefined && isLinkTitle(only)) {
        links -= 1;
        pieces = [];
      } else {
        links = 0;
      }
      if (pieces.length === 0) {
        if (current.length > 0) paragraphs.push(current);
        current = [];
      }
      for (const piece of pieces) {
        const prev = current[current.length - 1];
        const wrapped =
          prev !== undefined &&
          !prev.caption &&
          !piece.caption &&
          piece.start === skipSpace(text, piece.lineStart, piece.end) &&
          !FINAL_PUNCTUATION.test(text.slice(prev.start, prev.end)) &&
          /^[\p{Ll}\d,;]/u.test(text.slice(piece.start, piece.start + 1));
        if (!wrapped && current.length > 0) {
          paragraphs.push(current);
          current = [];
        }
        current.push(piece);
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  if (current.length > 0) paragraphs.push(current);

  const units: TextUnit[] = [];
  let seenBody = false;
  let index = 0;
  for (const [p, para] of paragraphs.entries()) {
    const first = para[0]!;
    const last = para[para.length - 1]!;
    const body = text.slice(first.start, last.end);
    if (p > 0 && !seenBody && isBareByline(body, last.end, paragraphs[p + 1]?.[0]?.start, exclude)) continue;
    const emit = (start: number, end: number, kind: UnitKind): void => {
      units.push({ start, end, text: text.slice(start, end), kind, paragraph: index });
    };
    if (first.caption) {
      emit(first.start, last.end, 'caption');
    } else if (para.length === 1 && !FINAL_PUNCTUATION.test(body) && !SPEECH_OPENING.test(body) && words(body) <= HEADLINE_MAX_WORDS) {
      emit(first.start, last.end, seenBody ? 'subhead' : 'headline');
    } else {
      for (const s of splitSentences(text, first.start, last.end, nlp)) emit(s.start, s.end, 'body');
      seenBody = true;
    }
    index += 1;
  }
  return units;
}

/** A line of names alone: "Lorne Cook", "Lorne Cook and Samuel Petrequin", "Ayaz Gul, Reuters". */
const NAMES_LINE = /^[\p{Lu}][\p{L}.'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+)[\p{Lu}][\p{L}.'’-]*){1,5}$/u;

/**
 * A byline without "By" under the headline: a line of names alone, right before the dateline that opens the story
 * ("Lorne Cook" between "EU eases Syria sanctions" and "BRUSSELS (AP) —"). It is no statement.
 */
function isBareByline(line: string, end: number, nextStart: number | undefined, exclude: readonly Span[]): boolean {
  if (nextStart === undefined || !NAMES_LINE.test(line)) return false;
  return exclude.some((x) => x.start >= end && x.start <= nextStart);
}

function defaultExclusions(text: string): Span[] {
  const parser = createDateParser();
  const headers = findDateHeaders(text, parser);
  const spans = headers.map((h) => h.span);
  const after = headers.filter((h) => h.kind === 'date').map((h) => skipSpace(text, h.span.end, text.length));
  const dateline = findDateline(text, after, parser);
  if (dateline !== null) spans.push(dateline.span);
  return spans;
}
