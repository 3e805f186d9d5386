import { QUOTE_MARKS } from '../findMatches';
import { zeroBy, type ScoringRule } from '../ScoringRule';

/** Words that open a yes/no question: "Will Moscow recognise the Taliban?", "Does this mean ...?". */
const ASKING = new Set(['will', 'would', 'does', 'do', 'did', 'is', 'are', 'was', 'were', 'can', 'could', 'should', 'shall', 'has', 'have', 'had', 'may', 'might', 'must', 'wo', 'ca']);
/** Question words of a reporter's question put to the one answering ("How would you comment on ...?"). */
const ASKING_YOU = new Set(['how', 'what', 'when', 'where', 'which', 'who', 'whom']);
/** Words that put a question to the one answering. */
const YOU = new Set(['you', 'your', 'yours']);
/** Modals that make a "who" question rhetorical. */
const MODALS = new Set(['would', 'could', 'should', 'might', 'can', 'will', 'must']);
/** Connectives a reporter may put before a question's verb. */
const QUESTION_CONNECTIVES = new Set(['so', 'and', 'but', 'then', 'well', 'now', 'okay', 'ok', 'also']);
/** Punctuation before the question's first word: the end of the sentence before it, or a speaker's colon. */
const BEFORE_QUESTION = new Set(['.', '!', '?', ':', ';']);

/**
 * A yes/no question that ends the statement ("Will Moscow recognise the Taliban?", a reporter's "Does this mean that
 * China now recognises them?") asks; it states no stance, so its cues score 0. So does a question put to the one
 * answering ("How would you comment on reports that Moscow may remove the Taliban from its list?", "What is your
 * position on recognition?") or that only names its topic ("What about the concerns of Central Asian partners?").
 * So does a question of who does it, with no modal ("Who recognises the Taliban?"). Other questions with a question
 * word ("Why isolate them?", "Who would gain from isolating them?") may be rhetorical and are left alone, as is a
 * question answered after it in the statement.
 *
 * @example
 * // "Will Moscow recognise the Taliban?" -> recognition 0
 */
export const questionRule: ScoringRule = {
  id: 'question',
  description: 'A yes/no question, or one put to the one answering, that ends the statement asks: its cues score 0.',
  apply(cues, context) {
    const tokens = context.prepared.tokens;
    let last = tokens.length - 1;
    while (last >= 0 && QUOTE_MARKS.has(tokens[last]!.lower)) last -= 1;
    if (last < 1 || tokens[last]!.lower !== '?') return [...cues];
    let first = last - 1;
    while (first >= 0 && !BEFORE_QUESTION.has(tokens[first]!.lower)) first -= 1;
    first += 1;
    while (first < last && QUOTE_MARKS.has(tokens[first]!.lower)) first += 1;
    // "So is the United States prepared to ...?", "And will you ...?": a connective before the question's verb.
    while (first < last - 1 && QUESTION_CONNECTIVES.has(tokens[first]!.lower)) first += tokens[first + 1]?.lower === ',' ? 2 : 1;
    const opener = tokens[first]!.lower;
    // "What about the concerns of your partners?", "How about talks?": a question that only names its topic.
    const putToYou = ASKING_YOU.has(opener) && (tokens.slice(first, last).some((t) => YOU.has(t.lower)) || (tokens[first + 1]?.lower === 'about' && (opener === 'what' || opener === 'how')));
    // "Who recognises the Taliban?": asking who does it, with no modal that would make it rhetorical ("Who would gain
    // from cutting ties?").
    const asksWho = (opener === 'who' || opener === 'which') && !tokens.slice(first, last).some((t) => MODALS.has(t.lower));
    if (!ASKING.has(opener) && !putToYou && !asksWho) return [...cues];
    const reason = putToYou
      ? 'a question put to the one answering asks; it states no stance'
      : asksWho
        ? 'a question of who does it asks; it states no stance'
        : 'a yes/no question asks; it states no stance';
    return cues.map((cue) => (cue.weight === 0 || cue.first < first ? cue : zeroBy(cue, context, { first, last: last + 1 }, 'question', reason)));
  },
};
