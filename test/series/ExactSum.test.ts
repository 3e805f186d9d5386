import fc from 'fast-check';
import { EXACT_ZERO, addExact, exactValue, mergeExact, negateExact } from '../../src/series/ExactSum';

const sumOf = (xs: readonly number[]) => exactValue(xs.reduce(addExact, EXACT_ZERO));

describe('ExactSum', () => {
  it.each([
    [[1e16, 1, -1e16], 1, 'plain left-to-right addition loses the 1'],
    [[0.1, 0.2, 0.3], 0.6, 'the exact sum 0.6000000000000000055... rounds to 0.6 (plain addition gives 0.6000000000000001)'],
    [[1e100, 1, -1e100, 1e-100], 1, 'huge terms cancel exactly'],
    [[], 0, 'the empty sum is 0'],
    [[-2.5, 2.5], 0, 'a term and its negation cancel'],
    [[-0], 0, 'negative zero sums to zero, as merged partitions of it do'],
  ])('sums %j to %d (%s)', (terms, expected) => {
    expect(sumOf(terms)).toBe(expected);
  });

  const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

  it('does not depend on the order of the terms', () => {
    fc.assert(
      fc.property(fc.array(finite, { maxLength: 40 }), fc.integer(), (xs, seed) => {
        const shuffled = [...xs].sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13));
        expect(sumOf(shuffled)).toBe(sumOf(xs));
      }),
    );
  });

  it('merging two partial sums equals summing everything', () => {
    fc.assert(
      fc.property(fc.array(finite, { maxLength: 40 }), fc.nat(), (xs, cut) => {
        const k = xs.length === 0 ? 0 : cut % (xs.length + 1);
        const merged = mergeExact(xs.slice(0, k).reduce(addExact, EXACT_ZERO), xs.slice(k).reduce(addExact, EXACT_ZERO));
        expect(exactValue(merged)).toBe(sumOf(xs));
      }),
    );
  });

  it('negation removes a partition exactly', () => {
    fc.assert(
      fc.property(fc.array(finite, { maxLength: 20 }), fc.array(finite, { maxLength: 20 }), (a, b) => {
        const sa = a.reduce(addExact, EXACT_ZERO);
        const sb = b.reduce(addExact, EXACT_ZERO);
        expect(exactValue(mergeExact(mergeExact(sa, sb), negateExact(sb)))).toBe(exactValue(sa));
      }),
    );
  });

  it('agrees with exact rational arithmetic on small binary fractions', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { maxLength: 30 }), (ints) => {
        const terms = ints.map((i) => i / 1024);
        const exact = ints.reduce((s, i) => s + i, 0) / 1024;
        expect(sumOf(terms)).toBe(exact);
      }),
    );
  });
});
