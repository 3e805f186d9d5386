/**
 * `stance-shift/eval`: gold-set evaluation (metrics, baselines, report formatting). Node only: the vader baseline
 * is loaded when used.
 */
export { majorityBaseline, keywordBaseline, vaderBaseline, VADER_NEUTRAL } from './baselines';
export type { Baseline } from './baselines';
export { confusion, LABELS } from './confusion';
export type { DimensionMetrics } from './confusion';
export { evaluateScorer } from './evaluateScorer';
export type { EvaluateScorerOptions } from './evaluateScorer';
export { evaluateStatements } from './evaluateStatements';
export type { EvaluationReport, Predictor, SystemMetrics } from './evaluateStatements';
export { formatReport } from './formatReport';
export type { GoldRecord } from './GoldRecord';
export { parseGold } from './parseGold';
export type { ParsedGold } from './parseGold';
