import { DIMENSIONS, type Dimension, type Label, type Statement } from '../types';
import { alignGold, type Alignment } from './alignGold';
import { confusion, type DimensionMetrics } from './confusion';
import type { GoldRecord } from './GoldRecord';

/** Agreement of analysed documents with document-level gold. */
export interface DocumentEvaluation {
  /** Gold statements compared (ambiguous ones excluded). */
  readonly items: number;
  readonly ambiguous: number;
  /** Gold statements with no produced statement containing them. */
  readonly unmatched: number;
  readonly actorAccuracy: number;
  readonly speakerAccuracy: number;
  /** Exact date, a gold year or month that contains the produced date, or a produced range that contains the gold date. */
  readonly dateAccuracy: number;
  readonly dimensions: Readonly<Partial<Record<Dimension, DimensionMetrics>>>;
  readonly disagreements: readonly { readonly text: string; readonly field: string; readonly gold: unknown; readonly produced: unknown }[];
}

const same = (a: string | null | undefined, b: string | null | undefined): boolean =>
  (a ?? null) === null ? (b ?? null) === null : (b ?? '').toLowerCase().replace(/\s+/g, ' ') === (a ?? '').toLowerCase().replace(/\s+/g, ' ');

/** Whether a produced date agrees with a gold date given as YYYY, YYYY-MM or YYYY-MM-DD. */
export function datesAgree(gold: string | null | undefined, statement: Statement): boolean {
  if (gold === null || gold === undefined) return statement.date === null;
  if (statement.date === null) return false;
  if (statement.date === gold) return true;
  if (gold.length < 10 && statement.date.startsWith(gold)) return true;
  const range = statement.dateRange;
  return range !== undefined && gold.length === 10 && range.start <= gold && gold <= range.end;
}

const ratio = (hits: number, n: number): number => (n === 0 ? 0 : Math.round((hits / n) * 10000) / 10000);

/**
 * Aligns document-level gold with produced statements and reports actor, speaker and date accuracy and, per
 * dimension, macro-F1 (a gold statement with no match counts as a miss: predicted 0 and wrong attribution).
 *
 * @example
 * const e = evaluateDocuments(gold, statementsByDoc, textsByDoc);
 * [e.actorAccuracy, e.dateAccuracy, e.dimensions.engagement?.macroF1];
 */
export function evaluateDocuments(
  gold: readonly GoldRecord[],
  statements: ReadonlyMap<string, readonly Statement[]>,
  texts: ReadonlyMap<string, string>,
): DocumentEvaluation {
  const usable = gold.filter((g) => g.ambiguous !== true);
  const aligned: Alignment[] = alignGold(usable, statements, texts);
  let actor = 0;
  let speaker = 0;
  let date = 0;
  const disagreements: { text: string; field: string; gold: unknown; produced: unknown }[] = [];
  const labels: Record<Dimension, { gold: Label[]; predicted: Label[] }> = {
    engagement: { gold: [], predicted: [] },
    recognition: { gold: [], predicted: [] },
    threat: { gold: [], predicted: [] },
  };
  for (const { gold: g, statement: s } of aligned) {
    const note = (field: string, produced: unknown, expected: unknown): void => {
      disagreements.push({ text: g.text, field, gold: expected, produced });
    };
    if (s === null) {
      note('statement', null, g.text);
    } else {
      if (same(g.actor, s.actor)) actor += 1;
      else note('actor', s.actor, g.actor);
      if (same(g.speaker, s.speaker)) speaker += 1;
      else note('speaker', s.speaker, g.speaker);
      if (datesAgree(g.date, s)) date += 1;
      else note('date', s.date, g.date);
    }
    for (const d of DIMENSIONS) {
      const expected = g[d];
      if (expected === null || expected === undefined) continue;
      const predicted: Label = s === null ? 0 : s[d].label;
      labels[d].gold.push(expected);
      labels[d].predicted.push(predicted);
      if (predicted !== expected) note(d, predicted, expected);
    }
  }
  const dimensions: Partial<Record<Dimension, DimensionMetrics>> = {};
  for (const d of DIMENSIONS) if (labels[d].gold.length > 0) dimensions[d] = confusion(labels[d].gold, labels[d].predicted);
  return {
    items: usable.length,
    ambiguous: gold.length - usable.length,
    unmatched: aligned.filter((a) => a.statement === null).length,
    actorAccuracy: ratio(actor, usable.length),
    speakerAccuracy: ratio(speaker, usable.length),
    dateAccuracy: ratio(date, usable.length),
    dimensions,
    disagreements,
  };
}
