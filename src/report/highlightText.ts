import type { Evidence } from '../types';
import { escapeHtml } from './escapeHtml';
import { formatSigned } from './formatSigned';

/** The result of {@link highlightText}. */
export interface HighlightedText {
  /** Escaped HTML of the text with `<mark>` elements around cue words and rule trigger words. */
  readonly html: string;
  /** Spans that could not be placed (outside the text, reversed or not integers): counted, never silently lost. */
  readonly skipped: number;
}

interface Mark {
  readonly start: number;
  readonly end: number;
  readonly className: string;
  readonly title: string;
  /** Cue words win over rule words where they overlap. */
  readonly priority: number;
}

function validSpan(span: { start: number; end: number } | undefined, length: number): span is { start: number; end: number } {
  return (
    span !== undefined &&
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end <= length &&
    span.start < span.end
  );
}

/**
 * Escapes a statement's text and marks its evidence: each lexicon cue (`<mark class="cue cue-<dimension>">`, with
 * the entry, its base and final weight and the rules applied in the tooltip) and each rule's trigger words (`<mark
 * class="rule">`, e.g. the "not" of a negation). Spans are character offsets into `text`; where spans overlap, a
 * cue wins over a rule's trigger words and the earlier evidence wins over a later one. A span that does not fit the
 * text is skipped and counted in `skipped`.
 *
 * @example
 * highlightText('We will not talk.', [{ entryId: 'talk', dimension: 'engagement', cue: 'talk', span: { start: 12, end: 16 },
 *   base: 0.6, weight: -0.6, applied: [{ ruleId: 'negation', factor: -1, cue: 'not', span: { start: 8, end: 11 }, reason: '...' }] }]).html;
 * // 'We will <mark class="rule" ...>not</mark> <mark class="cue cue-engagement" ...>talk</mark>.'
 */
export function highlightText(text: string, evidence: readonly Evidence[]): HighlightedText {
  const marks: Mark[] = [];
  let skipped = 0;
  for (const ev of evidence) {
    if (validSpan(ev.span, text.length)) {
      const rules = ev.applied.map((a) => `${a.ruleId} ×${a.factor}`).join(', ');
      marks.push({
        start: ev.span.start,
        end: ev.span.end,
        className: `cue cue-${ev.dimension}${ev.weight === 0 ? ' cue-zero' : ''}`,
        title: `${ev.dimension} ${formatSigned(ev.weight)} (${ev.entryId}, base ${formatSigned(ev.base)}${rules === '' ? '' : `; ${rules}`})`,
        priority: 2,
      });
    } else {
      skipped += 1;
    }
    for (const rule of ev.applied) {
      if (rule.span === undefined) continue;
      if (validSpan(rule.span, text.length)) {
        marks.push({ start: rule.span.start, end: rule.span.end, className: 'rule', title: `${rule.ruleId}: ${rule.reason}`, priority: 1 });
      } else {
        skipped += 1;
      }
    }
  }
  // Owner of each character: the highest-priority, earliest mark covering it.
  const owner = new Array<number>(text.length).fill(-1);
  marks.forEach((mark, index) => {
    for (let i = mark.start; i < mark.end; i += 1) {
      const current = owner[i] ?? -1;
      if (current === -1 || (marks[current]?.priority ?? 0) < mark.priority) owner[i] = index;
    }
  });
  let html = '';
  let i = 0;
  while (i < text.length) {
    const who = owner[i] ?? -1;
    let j = i + 1;
    while (j < text.length && (owner[j] ?? -1) === who) j += 1;
    const piece = escapeHtml(text.slice(i, j));
    const mark = who === -1 ? undefined : marks[who];
    html += mark === undefined ? piece : `<mark class="${mark.className}" title="${escapeHtml(mark.title)}">${piece}</mark>`;
    i = j;
  }
  return { html, skipped };
}
