import fc from 'fast-check';
import { createSpanIndex } from '../../src/attribution/spanIndex';

const span = fc.tuple(fc.nat(200), fc.nat(30)).map(([start, length]) => ({ start, end: start + length }));

describe('createSpanIndex', () => {
  it('answers like a linear scan (property)', () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), span, (items, query) => {
        const index = createSpanIndex(items);
        const within = items.filter((s) => s.start >= query.start && s.end <= query.end && s.start < query.end);
        expect(index.within(query)).toEqual([...within].sort((a, b) => a.start - b.start || a.end - b.end));
        const overlaps = items.some((s) => s.start < query.end && query.start < s.end);
        expect(index.overlaps(query.start, query.end)).toBe(overlaps);
        expect(index.endingAt(query.end).length).toBe(items.filter((s) => s.end === query.end).length);
      }),
    );
  });

  it('is empty for no items', () => {
    const index = createSpanIndex([]);
    expect([index.within({ start: 0, end: 10 }), index.overlaps(0, 10), index.endingAt(3)]).toEqual([[], false, []]);
  });
});
