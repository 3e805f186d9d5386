/** Pure numeric series tools: calendar periods, exact mergeable moments, weighted intervals, smoothing. Re-exports only. */
export { toIsoDay, fromIsoDay } from './isoDay';
export { periodOf, INTERVALS, type Period } from './Period';
export { periodRange } from './periodRange';
export { EXACT_ZERO, addExact, mergeExact, negateExact, exactValue, type ExactSum } from './ExactSum';
export {
  EMPTY_MOMENTS,
  addMoment,
  removeMoment,
  mergeMoments,
  subtractMoments,
  momentValues,
  type WeightedMoments,
  type MomentValues,
} from './WeightedMoments';
export { weightedEstimate, type WeightedEstimate, type WeightedEstimateOptions } from './weightedEstimate';
export { studentTQuantile, studentTCdf } from './studentTQuantile';
export { normalQuantile } from './normalQuantile';
export {
  localLevelSmoother,
  type LocalLevelSmootherOptions,
  type LocalLevelSmoothing,
  type LevelObservation,
  type SmoothedLevel,
} from './localLevelSmoother';
export { DEFAULT_LEVEL, PRIOR_SD, PRIOR_DF, SCORE_BOUNDS, LEVEL_VARIANCE_GRID } from './seriesConstants';
