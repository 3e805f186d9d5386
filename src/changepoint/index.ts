/** Change points: costs apart from search methods, detection, synthetic series and metrics. Re-exports only. */
export type { SeriesAtom } from './SeriesAtom';
export { groupAtoms, type GroupAtomsOptions, type GroupedAtoms } from './groupAtoms';
export type { SegmentCost } from './costs/SegmentCost';
export { normalMeanCost, type NormalMeanCostOptions } from './costs/normalMeanCost';
export { changePenalty, type PenaltyRule } from './changePenalty';
export { estimateNoiseSd } from './estimateNoiseSd';
export { pelt, type PeltOptions, type PeltResult } from './methods/pelt';
export { penaltyPath, type PenaltyPathOptions, type PenaltyPathEntry } from './methods/penaltyPath';
export { bocpd, type BocpdOptions, type BocpdResult } from './methods/bocpd';
export {
  detectChangePoints,
  checkChangePointOptions,
  type DetectChangePointsOptions,
  type DetectedChange,
  type ChangePointDetection,
  type ChangePointMethod,
} from './detectChangePoints';
export { changePointsByDate, type ChangePointsByDateOptions } from './changePointsByDate';
export { seededRandom, normalDraw, type RandomSource } from './seededRandom';
export { syntheticSeries, type SyntheticSeriesOptions, type SyntheticSeries, type SyntheticObservation } from './syntheticSeries';
export { syntheticStatements, type SyntheticStatementsOptions } from './syntheticStatements';
export {
  changePointMetrics,
  changePointScores,
  type ChangePointMetricsOptions,
  type ChangePointScores,
  type FoundChange,
} from './changePointMetrics';
export { measureDetection, type MeasureDetectionOptions } from './measureDetection';
export {
  MIN_SEGMENT_ATOMS,
  DEFAULT_PENALTY_RULE,
  BOCPD_EXPECTED_RUN,
  BOCPD_PRIOR_SD,
  BOCPD_LAG,
  BOCPD_THRESHOLD,
} from './changepointConstants';
