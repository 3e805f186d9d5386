import fc from 'fast-check';
import { confusion, LABELS } from '../../src/eval/confusion';
import type { Label } from '../../src/types';

const label = fc.constantFrom<Label>(-1, 0, 1);

describe('confusion', () => {
  it('uses the label order -1, 0, +1 for rows and columns', () => {
    expect(LABELS).toEqual([-1, 0, 1]);
  });

  it('computes the matrix, accuracy, per-class and macro F1 by hand on six items', () => {
    // gold -1 -> pred -1 | gold 0 -> 0, 1 | gold 1 -> 1, 0, 1
    const m = confusion([1, 1, 0, -1, 0, 1], [1, 0, 0, -1, 1, 1]);
    expect(m.n).toBe(6);
    expect(m.matrix).toEqual([
      [1, 0, 0],
      [0, 1, 1],
      [0, 1, 2],
    ]);
    expect(m.accuracy).toBe(0.6667); // 4 of 6 on the diagonal
    // F1 = 2 tp / (gold count + predicted count): -1: 2/2, 0: 2/4, +1: 4/6
    expect(m.f1).toEqual({ '-1': 1, '0': 0.5, '1': 0.6667 });
    expect(m.macroF1).toBe(0.7222); // (1 + 0.5 + 0.6667) / 3
  });

  it.each<{ why: string; gold: Label[]; predicted: Label[]; f1: Record<'-1' | '0' | '1', number | null>; macroF1: number; accuracy: number }>([
    {
      why: 'a class absent from gold and predictions is null and left out of the macro mean',
      gold: [1, 1, 0],
      predicted: [1, 0, 0],
      f1: { '-1': null, '0': 0.6667, '1': 0.6667 },
      macroF1: 0.6667,
      accuracy: 0.6667,
    },
    {
      why: 'a class only predicted (never in gold) counts with F1 0, pulling the macro mean down',
      gold: [0, 0],
      predicted: [0, -1],
      f1: { '-1': 0, '0': 0.6667, '1': null },
      macroF1: 0.3333,
      accuracy: 0.5,
    },
    {
      why: 'a class only in gold (never predicted) also counts with F1 0',
      gold: [1, -1],
      predicted: [1, 1],
      f1: { '-1': 0, '0': null, '1': 0.6667 },
      macroF1: 0.3333,
      accuracy: 0.5,
    },
    {
      why: 'all wrong gives 0 everywhere that is present',
      gold: [1, -1],
      predicted: [-1, 1],
      f1: { '-1': 0, '0': null, '1': 0 },
      macroF1: 0,
      accuracy: 0,
    },
    {
      why: 'a single class predicted perfectly is a macro-F1 of 1',
      gold: [0, 0, 0],
      predicted: [0, 0, 0],
      f1: { '-1': null, '0': 1, '1': null },
      macroF1: 1,
      accuracy: 1,
    },
  ])('$why', ({ gold, predicted, f1, macroF1, accuracy }) => {
    const m = confusion(gold, predicted);
    expect(m.f1).toEqual(f1);
    expect(m.macroF1).toBe(macroF1);
    expect(m.accuracy).toBe(accuracy);
  });

  it('gives 0 (never NaN) and an empty matrix for no item at all', () => {
    const m = confusion([], []);
    expect(m).toEqual({
      n: 0,
      accuracy: 0,
      macroF1: 0,
      f1: { '-1': null, '0': null, '1': null },
      matrix: [
        [0, 0, 0],
        [0, 0, 0],
        [0, 0, 0],
      ],
    });
  });

  it('throws a RangeError naming both lengths when they differ', () => {
    expect(() => confusion([1, 0], [1])).toThrow(RangeError);
    expect(() => confusion([1, 0], [1])).toThrow('2 gold labels but 1 predictions');
  });

  it('property: the matrix sums to n, rows to the gold counts, columns to the predicted counts; figures in [0, 1]', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(label, label), { maxLength: 60 }), (pairs) => {
        const gold = pairs.map((p) => p[0]);
        const predicted = pairs.map((p) => p[1]);
        const m = confusion(gold, predicted);
        const total = m.matrix.flat().reduce((a, b) => a + b, 0);
        expect(total).toBe(pairs.length);
        LABELS.forEach((l, i) => {
          expect(m.matrix[i]!.reduce((a, b) => a + b, 0)).toBe(gold.filter((g) => g === l).length);
          expect(m.matrix.reduce((a, row) => a + row[i]!, 0)).toBe(predicted.filter((p) => p === l).length);
        });
        const correct = pairs.filter(([g, p]) => g === p).length;
        expect(m.accuracy).toBeCloseTo(pairs.length === 0 ? 0 : correct / pairs.length, 4);
        for (const x of [m.accuracy, m.macroF1, ...Object.values(m.f1).filter((v): v is number => v !== null)]) {
          expect(Number.isFinite(x)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('property: predictions equal to gold give accuracy 1 and macro-F1 1 (when there is any item)', () => {
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 40 }), (gold) => {
        const m = confusion(gold, [...gold]);
        expect(m.accuracy).toBe(1);
        expect(m.macroF1).toBe(1);
      }),
    );
  });
});
