import fc from 'fast-check';
import { createSeenIds } from '../../src/io/seenIds';

// Short ids, so that the same one comes up again; any UTF-16 string, surrogates included.
const ID = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('', 'a', 'doc-1', 'doc-01'));

describe('createSeenIds', () => {
  it('says an id was seen exactly when a Set of the strings would', () => {
    fc.assert(
      fc.property(fc.array(ID, { maxLength: 300 }), (ids) => {
        const seen = createSeenIds();
        const reference = new Set<string>();
        for (const id of ids) {
          expect(seen.add(id)).toBe(reference.has(id));
          reference.add(id);
        }
        expect(seen.size).toBe(reference.size);
      }),
    );
  });

  it('keeps every id through many growths of its table, and tells apart ids that differ in one character', () => {
    const seen = createSeenIds();
    const ids = Array.from({ length: 100_000 }, (_, i) => `doc-${String(i).padStart(7, '0')}`);
    expect(ids.filter((id) => seen.add(id))).toEqual([]);
    expect(seen.size).toBe(100_000);
    expect(ids.every((id) => seen.add(id))).toBe(true);
    expect(seen.add('doc-0100000')).toBe(false);
    expect(seen.size).toBe(100_001);
  });
});
