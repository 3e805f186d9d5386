/**
 * Every tuned number of the scorer, named and documented. Each can be overridden through
 * `createScorer({ constants })`. Values were set on the codebook's rules and checked against the development
 * statements (see docs/scoring.md); none is fitted to a single sentence.
 */
export interface ScoringConstants {
  /** |score| at or above which a dimension's label is ±1. A lone weak cue (weight 0.2) stays 0. */
  readonly labelThreshold: number;
  /** Codebook rule 4: a positive recognition cue under a condition becomes negative with this strength factor. */
  readonly conditionFactor: number;
  /** Codebook rule 2: weight kept by the clause before "but" when the clause after it has the opposite sign. */
  readonly contrastDiscount: number;
  /** Codebook rule 2: weight kept by a concessive clause ("although ...") against an opposite-signed main clause. */
  readonly concessionDiscount: number;
  /** Tokens before a cue in which an intensifier ("officially", "close") strengthens it. */
  readonly intensifierWindow: number;
  /** Tokens around a cue in which a hedge ("could", "hinted at") weakens it; the clause also bounds it. */
  readonly hedgeWindow: number;
  /** Decimal places kept in scores and weights, so that output is stable across platforms. */
  readonly precision: number;
}

/** The default constants. */
export const DEFAULT_CONSTANTS: ScoringConstants = Object.freeze({
  labelThreshold: 0.25,
  conditionFactor: -0.6,
  contrastDiscount: 0.3,
  concessionDiscount: 0.5,
  intensifierWindow: 3,
  hedgeWindow: 6,
  precision: 4,
});
