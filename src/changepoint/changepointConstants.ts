/**
 * Tuned numbers of the change-point layer, each overridable by an option of the function that uses it.
 * The defaults were checked on the seeded synthetic series of `syntheticSeries` (see docs/time.md for the table).
 */

/** Smallest segment, in atoms (periods or dates). Two: a lone outlying period is not a regime. */
export const MIN_SEGMENT_ATOMS = 2;

/** Floor of the noise standard deviation, so that a noiseless series still has finite costs. */
export const NOISE_SD_FLOOR = 0.01;

/** Within-atom degrees of freedom from which the pooled within-atom variance is the noise estimate. */
export const MIN_WITHIN_DF = 10;

/** Consistency constant of the median absolute deviation for normal data (1 / Φ⁻¹(3/4)). */
export const MAD_SCALE = 1.482602218505602;

/** Default penalty rule of PELT: MBIC, as the R changepoint package defaults to. */
export const DEFAULT_PENALTY_RULE = 'mbic';

/** PELT confidence: share of the penalty range [β / SPAN, β · SPAN] (log scale) over which the change persists. */
export const STABILITY_SPAN = 4;

/** PELT confidence: a change persists if the segmentation has one within this many atoms. */
export const STABILITY_TOLERANCE = 1;

/** Upper bound on PELT runs in one penalty path (CROPS stops there and says so). */
export const MAX_PATH_RUNS = 200;

/** BOCPD: expected segment length in atoms (the hazard is its inverse). */
export const BOCPD_EXPECTED_RUN = 20;

/** BOCPD: prior standard deviation of a segment's level around the series mean (scores span [-1, 1]). */
export const BOCPD_PRIOR_SD = 0.5;

/** BOCPD: how many later atoms are seen before a change at an atom is judged (the detection delay). */
export const BOCPD_LAG = 4;

/** BOCPD: probability mass (within one atom either side) at or above which a change is reported. */
export const BOCPD_THRESHOLD = 0.5;

/** BOCPD: run lengths whose log posterior is this far below the best are pruned. */
export const BOCPD_PRUNE_LOG = 30;
