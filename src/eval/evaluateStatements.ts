import { DIMENSIONS, type Dimension, type Label } from '../types';
import type { Baseline } from './baselines';
import { confusion, type DimensionMetrics } from './confusion';
import type { GoldRecord } from './GoldRecord';

/** A system under evaluation: labels per dimension for one gold record. */
export type Predictor = (record: GoldRecord) => Readonly<Record<Dimension, Label>>;

/** Figures for one system. */
export interface SystemMetrics {
  readonly id: string;
  readonly description: string;
  readonly dimensions: Readonly<Partial<Record<Dimension, DimensionMetrics>>>;
}

/** A whole evaluation: the system and its baselines, computed on the same items in one run. */
export interface EvaluationReport {
  readonly items: number;
  /** Items skipped because they are marked ambiguous. */
  readonly ambiguous: number;
  readonly systems: readonly SystemMetrics[];
  /** Items the system got wrong on some dimension, for error analysis. */
  readonly errors: readonly { readonly id: string; readonly text: string; readonly gold: Partial<Record<Dimension, Label>>; readonly predicted: Record<Dimension, Label> }[];
}

/**
 * Scores the non-ambiguous gold statements with the system and every baseline and computes, per dimension, the
 * metrics over the items that have a gold label on that dimension.
 *
 * @example
 * evaluateStatements(records, { id: 'stance-shift', description: 'rules', predict }, [majorityBaseline(labels)]);
 */
export function evaluateStatements(
  records: readonly GoldRecord[],
  system: { readonly id: string; readonly description: string; readonly predict: Predictor },
  baselines: readonly Baseline[],
): EvaluationReport {
  const usable = records.filter((r) => r.ambiguous !== true);
  const systems = [system, ...baselines.map((b) => ({ id: b.id, description: b.description, predict: (r: GoldRecord) => b.predict(r.text) }))];
  const predictions = systems.map((s) => usable.map((r) => s.predict(r)));
  const metrics: SystemMetrics[] = systems.map((s, si) => {
    const dimensions: Partial<Record<Dimension, DimensionMetrics>> = {};
    for (const d of DIMENSIONS) {
      const gold: Label[] = [];
      const predicted: Label[] = [];
      usable.forEach((r, i) => {
        const g = r[d];
        if (g === null || g === undefined) return;
        gold.push(g);
        predicted.push(predictions[si]![i]![d]);
      });
      if (gold.length > 0) dimensions[d] = confusion(gold, predicted);
    }
    return { id: s.id, description: s.description, dimensions };
  });
  const errors = usable.flatMap((r, i) => {
    const p = predictions[0]![i]!;
    const wrong = DIMENSIONS.some((d) => r[d] !== null && r[d] !== undefined && r[d] !== p[d]);
    if (!wrong) return [];
    const gold: Partial<Record<Dimension, Label>> = {};
    for (const d of DIMENSIONS) if (r[d] !== null && r[d] !== undefined) gold[d] = r[d] as Label;
    return [{ id: r.id ?? '', text: r.text, gold, predicted: { ...p } }];
  });
  return { items: usable.length, ambiguous: records.length - usable.length, systems: metrics, errors };
}
