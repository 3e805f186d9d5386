import type { Chrono } from 'chrono-node';
import type { DateRange, DateSource, Span, UnitKind } from '../types';
import { checkPublished } from './checkPublished';
import { findDateAnchor } from './findDateAnchor';
import { publishedDate } from './publishedDate';

/** Which rule gave a statement its date. */
export type DateRule =
  /** The sentence names its own date. */
  | 'anchor'
  /** Past-perfect reporting ("He had said ...") takes the latest earlier date the document gives. */
  | 'past-perfect'
  /** The date continues from the sentence before (same paragraph, same speaker, or "soon", "at the same time"). */
  | 'carried'
  /** A news lead ("..., Putin has said.") dated by a later sentence of its paragraph. */
  | 'lead'
  /** A day counted from the last event the text dated ("the next day", "two days later", "later that month"). */
  | 'sequence'
  /** A sentence of a direct quote dated by its frame outside the quote ('"...," Lavrov said on Wednesday'). */
  | 'quote'
  /** No anchor, after a section heading that gives a day near publication ("Press briefing - September 23, 2025"). */
  | 'section'
  /** No anchor: the publication date. */
  | 'published'
  /** No anchor and no publication date. */
  | 'undated';

/** A statement's date and where it came from (codebook "Time"). */
export interface StatementDate {
  /** ISO day, or null when neither the text nor the publication date gives one. */
  readonly date: string | null;
  /** The period the date stands for when the text is loose about it ("last week", "in March", "in 2003"). */
  readonly dateRange?: DateRange;
  readonly dateSource: DateSource | null;
  readonly rule: DateRule;
  /** The words that gave the date, with their span in the document (null for the publication date). */
  readonly evidence: { readonly text: string; readonly span: Span } | null;
}

/** The minimal unit the dater needs; a `TextUnit` fits, and so does a statement with its speaker. */
export interface DatableUnit {
  readonly text: string;
  /** Offset of the unit in its document (evidence spans are shifted by it). */
  readonly start: number;
  readonly paragraph?: number;
  readonly kind?: UnitKind;
  /** Who says it, when known: consecutive units of the same speaker share a date. */
  readonly speaker?: string | null;
  /**
   * The words of the direct quote the unit belongs to, in document offsets, when that quote runs over more than one
   * unit: the quote's sentences then share the date its frame gives outside it.
   */
  readonly quote?: Span;
}

/** Context of {@link dateStatement}. */
export interface DateStatementContext {
  /** The document's publication date (ISO day), or null when it is undatable. */
  readonly published: string | null;
  /** A chrono-node instance from `createDateParser()`, to reuse across units. */
  readonly parser?: Chrono;
}

/**
 * Dates one unit on its own: its anchor ({@link findDateAnchor}) or else the publication date. Use
 * {@link dateUnits} for a whole document: it also applies the rules that need the sentences before.
 *
 * @throws {InvalidOptionError} when `published` is neither an ISO day nor null.
 * @example
 * dateStatement({ text: 'On Wednesday, Russia hosted talks.', start: 0 }, { published: '2021-10-25' });
 * // { date: '2021-10-20', dateSource: 'relative', rule: 'anchor', evidence: { text: 'On Wednesday', span: { start: 0, end: 12 } } }
 * dateStatement({ text: 'Russia keeps its embassy open.', start: 0 }, { published: '2021-10-25' });
 * // { date: '2021-10-25', dateSource: 'published', rule: 'published', evidence: null }
 */
export function dateStatement(unit: DatableUnit, context: DateStatementContext): StatementDate {
  const published = checkPublished(context.published);
  const { anchor } = findDateAnchor(unit.text, published, context.parser !== undefined ? { parser: context.parser } : {});
  if (anchor === null) return publishedDate(published);
  return {
    date: anchor.date,
    ...(anchor.dateRange !== undefined ? { dateRange: anchor.dateRange } : {}),
    dateSource: anchor.dateSource,
    rule: 'anchor',
    evidence: { text: anchor.evidence.text, span: { start: unit.start + anchor.evidence.span.start, end: unit.start + anchor.evidence.span.end } },
  };
}
