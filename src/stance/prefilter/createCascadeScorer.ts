import { InvalidOptionError } from '../../errors';
import type { Scorer, ScorerConfig, ScoreOptions } from '../../scoring/createScorer';
import { phaseOf } from '../../scoring/phaseOf';
import type { DimensionScore, Label, StatementScore } from '../../types';
import { createPrefilter, type CreatePrefilterOptions, type Prefilter } from './createPrefilter';

/** Options of {@link createCascadeScorer}. */
export interface CreateCascadeScorerOptions extends CreatePrefilterOptions {
  /** A prefilter built beforehand (by default one is built from the scorer's lexicon). */
  readonly prefilter?: Prefilter;
}

/** A scorer that skips the full path for statements without any cue; `prefilter` is the test it uses. */
export interface CascadeScorer extends Scorer {
  readonly prefilter: Prefilter;
}

const ZERO: DimensionScore = Object.freeze({ score: 0, label: 0 as Label });

/**
 * Wraps a scorer in a cascade: statements the prefilter rules out (no word that any cue of the lexicon could match)
 * get the zero score directly, exactly what the full path returns for a statement without cues (zero on each
 * dimension, the phase of two zero labels, no evidence, then the scorer's refiners); every other statement goes to
 * the full path. Results are identical to `scorer.score`; only the work differs.
 *
 * @example
 * const scorer = createCascadeScorer(createStanceScorer());
 * scorer.score('It rained in Kabul on Monday.', { target: 'Taliban' }).evidence; // [] (no tagging done)
 */
export function createCascadeScorer(scorer: Scorer, options: CreateCascadeScorerOptions = {}): CascadeScorer {
  if (scorer === null || typeof scorer !== 'object' || typeof scorer.score !== 'function' || scorer.config === undefined) {
    throw new InvalidOptionError('scorer', 'must be a Scorer from createScorer() or createStanceScorer()');
  }
  const prefilter = options.prefilter ?? createPrefilter(scorer.config.lexicon, options);
  const refiners = scorer.config.refiners ?? [];
  const score = (text: string, scoreOptions: ScoreOptions = {}): StatementScore => {
    if (typeof text !== 'string' || prefilter.mayScore(text)) return scorer.score(text, scoreOptions);
    let result: StatementScore = { engagement: ZERO, recognition: ZERO, threat: ZERO, phase: phaseOf(0, 0), evidence: [] };
    for (const refiner of refiners) result = refiner.refine(result, text, scoreOptions);
    return result;
  };
  return Object.freeze({
    config: scorer.config,
    prefilter,
    score,
    ...(scorer.answer !== undefined ? { answer: scorer.answer } : {}),
    // A new lexicon needs a new prefilter; other changes keep this one.
    with: (changes: Partial<ScorerConfig>) =>
      createCascadeScorer(scorer.with(changes), changes.lexicon === undefined ? { prefilter } : options.lemmaForms !== undefined ? { lemmaForms: options.lemmaForms } : {}),
  });
}
