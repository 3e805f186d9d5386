import type { Span } from '../types';
import type { QuoteSpan } from './findQuotes';
import type { SpeechFrame } from './SpeechFrame';

/**
 * Longest text between a quote and the next one that goes on with the same speaker ('," the deputy minister said. "'),
 * when no sentence stands between the frame's and the next quote's.
 */
const CONTINUED_QUOTE_GAP = 300;

/** What stands between a verb of speech and the quote it introduces on the next line: a colon ('said:'). */
const INTRODUCES = /^\s*:\s*$/u;

/**
 * The speech frame that attributes each quote: "..., X said" after it (in the unit where it closes), else the last
 * "X said," / "X said that" before it (in the unit where it opens); a paragraph of speech left open because the next
 * paragraph goes on quoting takes that quote's frame; with `text`, a quote right after a quote whose frame stands
 * between them ('"...," he said. "..."') takes that frame, and so does the paragraph that goes on quoting after it.
 * `frames[i]` are the frames of unit `i`; `usable` says
 * whether a frame's speaker can be reported (news agencies only relay).
 *
 * @example
 * quoteSpeakers(quotes, spans, frames, usable)[0]?.speaker.who; // 'Dmitry Peskov' for '"...," Peskov pointed out.'
 */
export function quoteSpeakers(
  quotes: readonly QuoteSpan[],
  spans: readonly (Span | null)[],
  frames: readonly (readonly SpeechFrame[])[],
  usable: (frame: SpeechFrame) => boolean,
  text?: string,
): (SpeechFrame | null)[] {
  const unitAt = (pos: number): number => spans.findIndex((s) => s !== null && s.start <= pos && pos < s.end);
  const out = quotes.map((q) => {
    const after = (frames[unitAt(Math.max(q.start, q.end - 1))] ?? []).find((f) => !f.quoted && f.verb.start >= q.end && usable(f));
    if (after !== undefined) return after;
    const before = (frames[unitAt(q.start)] ?? []).filter((f) => !f.quoted && f.verb.end <= q.start && usable(f));
    return before[before.length - 1] ?? null;
  });
  for (let q = quotes.length - 2; q >= 0; q -= 1) {
    if (out[q] === null && quotes[q]?.continued === true) out[q] = out[q + 1] ?? null;
  }
  // '"We will not rush," he said. "But we are working with them."': a quote with no frame of its own, in the same
  // paragraph right after a quote whose frame stands between the two, is the same speaker going on.
  if (text !== undefined) {
    for (let q = 1; q < quotes.length; q += 1) {
      const frame = out[q - 1] ?? null;
      const previous = quotes[q - 1]!;
      const current = quotes[q]!;
      if (out[q] !== null || frame === null) continue;
      const gap = text.slice(previous.end, current.start);
      // The frame's sentence runs on to the next quote: '," Putin told reporters after a summit of ... in Kazakhstan. "'.
      const adjacent = unitAt(current.start) - unitAt(Math.max(previous.start, previous.end - 1)) <= 1;
      if (gap.length <= CONTINUED_QUOTE_GAP && adjacent && !gap.includes('\n') && frame.verb.start >= previous.end && frame.verb.end <= current.start) out[q] = frame;
    }
  }
  // 'Before her departure, the minister said:' closing a paragraph, the quote opening the next: the colon's frame.
  if (text !== undefined) {
    for (let q = 0; q < quotes.length; q += 1) {
      if (out[q] !== null) continue;
      const start = quotes[q]!.start;
      let u = unitAt(start) - 1;
      while (u >= 0 && spans[u] === null) u -= 1;
      const frame = (frames[u] ?? []).find((f) => !f.quoted && usable(f) && INTRODUCES.test(text.slice(f.verb.end, start)));
      if (frame !== undefined) out[q] = frame;
    }
  }
  // The paragraph that goes on quoting a paragraph left open has the same speaker when it names none of its own.
  for (let q = 1; q < quotes.length; q += 1) {
    if (out[q] === null && quotes[q - 1]?.continued === true) out[q] = out[q - 1] ?? null;
  }
  return out;
}
