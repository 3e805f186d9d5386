import { dropContained, dropOverlapping } from '../../src/scoring/findMatches';

describe('dropOverlapping', () => {
  it('keeps the longest non-overlapping matches, in their original order', () => {
    const m = (item: string, first: number, last: number) => ({ item, first, last });
    expect(dropOverlapping([m('b', 2, 5), m('a', 0, 3), m('c', 5, 6)]).map((x) => x.item)).toEqual(['a', 'c']); // a tie goes to the earlier match
    expect(dropOverlapping([m('b', 1, 6), m('a', 0, 3)]).map((x) => x.item)).toEqual(['b']); // the longer wins
    expect(dropOverlapping([m('a', 0, 3), m('b', 2, 4)]).map((x) => x.item)).toEqual(['a']);
  });

  it('lets matches of different groups overlap', () => {
    const m = (item: string, first: number, last: number) => ({ item, first, last });
    expect(dropOverlapping([m('x:a', 0, 3), m('y:b', 1, 4)], (a, b) => a[0] === b[0]).map((x) => x.item)).toEqual(['x:a', 'y:b']);
  });
});

describe('dropContained', () => {
  it('drops only matches strictly inside a longer one', () => {
    const m = (item: string, first: number, last: number) => ({ item, first, last });
    expect(dropContained([m('a', 0, 4), m('b', 1, 2), m('c', 3, 6)]).map((x) => x.item)).toEqual(['a', 'c']);
  });
});
