import data from '../../data/lexicon/default.json';
import { createLexicon, type Lexicon } from './createLexicon';

let cached: Lexicon | undefined;

/**
 * The default English lexicon (data/lexicon/default.json): cues for engagement, recognition and threat, and the
 * negators, hedges, conditions, intensifiers, contrasts, traps and other-party phrases the rules use. Validated and
 * compiled on first call, then shared (it is immutable).
 *
 * @example
 * defaultLexicon().cues.some((c) => c.entry.id === 'rec.recognise'); // true
 */
export function defaultLexicon(): Lexicon {
  cached ??= createLexicon(data, { source: 'data/lexicon/default.json' });
  return cached;
}
