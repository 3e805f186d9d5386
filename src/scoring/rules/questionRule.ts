import { QUOTE_MARKS } from '../findMatches';
import { zeroBy, type ScoringRule } from '../ScoringRule';

/** Words that open a yes/no question: "Will Moscow recognise the Taliban?", "Does this mean ...?". */
const ASKING = new Set(['will', 'would', 'does', 'do', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'should', 'shall', 'has', 'have', 'had', 'may', 'might', 'must', 'wo', 'ca']);
/** Punctuation before the question's first word: the end of the sentence before it, or a speaker's colon. */
const BEFORE_QUESTION = new Set(['.', '!', '?', ':', ';']);

/**
 * A yes/no question that ends the statement ("Will Moscow recognise the Taliban?", a reporter's "Does this mean that
 * China now recognises them?") asks; it states no stance, so its cues score 0. Questions with a question word ("Why
 * isolate them?") may be rhetorical and are left alone, as is a question answered after it in the statement.
 *
 * @example
 * // "Will Moscow recognise the Taliban?" -> recognition 0
 */
export const questionRule: ScoringRule = {
  id: 'question',
  description: 'A yes/no question that ends the statement asks: its cues score 0.',
  apply(cues, context) {
    const tokens = context.prepared.tokens;
    let last = tokens.length - 1;
    while (last >= 0 && QUOTE_MARKS.has(tokens[last]!.lower)) last -= 1;
    if (last < 1 || tokens[last]!.lower !== '?') return [...cues];
    let first = last - 1;
    while (first >= 0 && !BEFORE_QUESTION.has(tokens[first]!.lower)) first -= 1;
    first += 1;
    while (first < last && QUOTE_MARKS.has(tokens[first]!.lower)) first += 1;
    if (!ASKING.has(tokens[first]!.lower)) return [...cues];
    return cues.map((cue) =>
      cue.weight === 0 || cue.first < first ? cue : zeroBy(cue, context, { first, last: last + 1 }, 'question', 'a yes/no question asks; it states no stance'),
    );
  },
};
