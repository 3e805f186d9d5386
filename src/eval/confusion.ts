import type { Label } from '../types';

/** Labels in the order rows and columns of a confusion matrix use. */
export const LABELS: readonly Label[] = [-1, 0, 1];

/** Agreement figures for one dimension. */
export interface DimensionMetrics {
  /** Items compared (ambiguous and unlabelled items excluded). */
  readonly n: number;
  readonly accuracy: number;
  /** Unweighted mean of the per-class F1 over the classes present in gold or predictions. */
  readonly macroF1: number;
  /** F1 per label, `null` when the class appears neither in gold nor in predictions. */
  readonly f1: Readonly<Record<'-1' | '0' | '1', number | null>>;
  /** `matrix[gold][predicted]`, indices in {@link LABELS} order. */
  readonly matrix: readonly (readonly number[])[];
}

/**
 * Accuracy, per-class and macro F1 and the confusion matrix of predicted against gold labels. Throws on lengths
 * that differ; with no item at all every figure is 0 and n is 0 (never NaN).
 *
 * @example
 * confusion([1, 0, -1], [1, 0, 0]).accuracy; // 0.6667 (2 of 3)
 */
export function confusion(gold: readonly Label[], predicted: readonly Label[]): DimensionMetrics {
  if (gold.length !== predicted.length) throw new RangeError(`confusion: ${gold.length} gold labels but ${predicted.length} predictions`);
  const matrix = LABELS.map(() => LABELS.map(() => 0));
  gold.forEach((g, i) => {
    matrix[LABELS.indexOf(g)]![LABELS.indexOf(predicted[i]!)]! += 1;
  });
  const n = gold.length;
  const correct = matrix.reduce((s, row, i) => s + (row[i] ?? 0), 0);
  const f1 = {} as Record<'-1' | '0' | '1', number | null>;
  const present: number[] = [];
  LABELS.forEach((label, i) => {
    const tp = matrix[i]![i]!;
    const goldCount = matrix[i]!.reduce((a, b) => a + b, 0);
    const predCount = matrix.reduce((a: number, row) => a + (row[i] ?? 0), 0);
    if (goldCount === 0 && predCount === 0) {
      f1[String(label) as '-1' | '0' | '1'] = null;
      return;
    }
    const value = (2 * tp) / (goldCount + predCount);
    f1[String(label) as '-1' | '0' | '1'] = round(value);
    present.push(value);
  });
  return {
    n,
    accuracy: n === 0 ? 0 : round(correct / n),
    macroF1: present.length === 0 ? 0 : round(present.reduce((a, b) => a + b, 0) / present.length),
    f1,
    matrix,
  };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
