import type { Span } from '../types';

/** Fast lookups over spans sorted by start, so that a long document stays linear-ish. */
export interface SpanIndex<T extends Span> {
  /** Items that lie entirely inside `span`, in order. */
  within(span: Span): T[];
  /** True when some item overlaps `[start, end)`. */
  overlaps(start: number, end: number): boolean;
  /** Items that end exactly at `pos`. */
  endingAt(pos: number): T[];
}

/**
 * Indexes spans for range queries. `items` are sorted by start here (a copy; the input is untouched).
 *
 * @example
 * createSpanIndex([{ start: 0, end: 4 }, { start: 10, end: 12 }]).within({ start: 5, end: 20 }); // [{ start: 10, end: 12 }]
 */
export function createSpanIndex<T extends Span>(items: readonly T[]): SpanIndex<T> {
  const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
  let maxLength = 0;
  const byEnd = new Map<number, T[]>();
  for (const s of sorted) {
    maxLength = Math.max(maxLength, s.end - s.start);
    const list = byEnd.get(s.end);
    if (list === undefined) byEnd.set(s.end, [s]);
    else list.push(s);
  }
  const lowerBound = (pos: number): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as T).start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    within(span: Span): T[] {
      const out: T[] = [];
      for (let i = lowerBound(span.start); i < sorted.length; i += 1) {
        const s = sorted[i] as T;
        if (s.start >= span.end) break;
        if (s.end <= span.end) out.push(s);
      }
      return out;
    },
    overlaps(start: number, end: number): boolean {
      for (let i = lowerBound(start - maxLength); i < sorted.length; i += 1) {
        const s = sorted[i] as T;
        if (s.start >= end) break;
        if (s.end > start) return true;
      }
      return false;
    },
    endingAt(pos: number): T[] {
      return byEnd.get(pos) ?? [];
    },
  };
}
