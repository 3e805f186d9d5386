import type { StatementScore } from '../types';
import { defaultLexicon } from '../lexicon/defaultLexicon';
import { createScorer, type ScoreOptions, type Scorer } from './createScorer';
import { defaultRules } from './defaultRules';

let shared: Scorer | undefined;

/** The scorer with the default lexicon and rules, created on first use. */
export function defaultScorer(): Scorer {
  shared ??= createScorer({ lexicon: defaultLexicon(), rules: defaultRules });
  return shared;
}

/**
 * Scores one statement on engagement, recognition and threat with the default scorer. With a `target`, the
 * statement is scored as a lone statement about it: pronouns and implicit objects refer to the target, while an
 * explicit other party ("dialogue with all countries concerned") scores 0.
 *
 * @example
 * const s = scoreStatement('Russia has not recognised the Taliban but keeps close contacts with them.', { target: 'Taliban' });
 * [s.engagement.label, s.recognition.label, s.phase]; // [1, -1, 'engagement without recognition']
 */
export function scoreStatement(text: string, options: ScoreOptions = {}): StatementScore {
  return defaultScorer().score(text, options);
}
