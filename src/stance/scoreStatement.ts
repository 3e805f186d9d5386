import type { Scorer, ScoreOptions } from '../scoring/createScorer';
import type { StatementScore } from '../types';
import { createStanceScorer } from './createStanceScorer';

let shared: Scorer | undefined;

/**
 * The default scorer: the default lexicon and rules, with the default actor registry's parties for the target
 * check. Created on first use, then shared (it is immutable).
 */
export function defaultScorer(): Scorer {
  shared ??= createStanceScorer();
  return shared;
}

/**
 * Scores one statement on engagement, recognition and threat with the default scorer. With a `target`, the
 * statement is scored as a lone statement about it: pronouns and implicit objects refer to the target, while an
 * explicit other party ("dialogue with all countries concerned", "talks in New Delhi") scores 0.
 *
 * @example
 * const s = scoreStatement('Russia has not recognised the Taliban but keeps close contacts with them.', { target: 'Taliban' });
 * [s.engagement.label, s.recognition.label, s.phase]; // [1, -1, 'engagement without recognition']
 */
export function scoreStatement(text: string, options: ScoreOptions = {}): StatementScore {
  return defaultScorer().score(text, options);
}
