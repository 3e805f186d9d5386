/**
 * Tuned numbers of the series layer, each overridable by an option of the function that uses it.
 */

/** Default coverage of every interval. */
export const DEFAULT_LEVEL = 0.95;

/**
 * Prior standard deviation of single statement scores within a period (the `priorSd` of `weightedEstimate`).
 * A score lies in [-1, 1]; 0.5 is the spread of scores mixing strong and weak statements of one sign with a few
 * of the other. It stands in for the sample spread when a period has one statement, and is pooled with it
 * (weight {@link PRIOR_DF}) when there are few, so that two identical statements do not give a zero-width interval.
 */
export const PRIOR_SD = 0.5;

/** Pseudo-observations (degrees of freedom) behind {@link PRIOR_SD}. One: it dominates only tiny periods. */
export const PRIOR_DF = 1;

/** Scores are bounded; intervals are clipped to these bounds. */
export const SCORE_BOUNDS: readonly [number, number] = [-1, 1];

/**
 * Candidate per-period variances of the level in the local-level smoother; the one with the largest marginal
 * likelihood is used (a deterministic grid search, 10^-4 to 10^0 in steps of 10^0.25).
 */
export const LEVEL_VARIANCE_GRID: readonly number[] = Array.from({ length: 17 }, (_, i) => 10 ** (-4 + i / 4));

/** Prior mean of the smoothed level before the first period: 0, no stance. */
export const SMOOTHER_PRIOR_MEAN = 0;

/** Prior variance of the smoothed level before the first period: 1, a standard deviation spanning the scale. */
export const SMOOTHER_PRIOR_VARIANCE = 1;
