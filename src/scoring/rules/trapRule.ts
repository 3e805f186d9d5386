import type { CompiledModifier } from '../../lexicon/createLexicon';
import type { TokenMatch } from '../findMatches';
import { applyFactor, inClauseScope, modifierSpan, reachesDimension, type CueState, type RuleContext, type ScoringRule } from '../ScoringRule';

/** First words of a trap phrase that is a reporter's question ("asked whether ...", "a question about ..."). */
const QUESTION_WORDS = new Set(['asked', 'asking', 'question', 'questions']);
/** Subjects of an answer that point back to what was asked: "this is out of the question", "it is premature". */
const ANAPHORS = new Set(['this', 'that', 'it']);
/** Most words between an answer's subject and its denial ("this is still not on the agenda"). */
const ANSWER_SUBJECT_GAP = 3;
/** Words an answer may start with on their own, then a comma or a full stop: "Yes, certainly", "No." */
const YES_NO: Readonly<Record<string, number>> = { yes: 1, no: -1 };

/**
 * The answer, in the same sentence, to the question a trap holds: a denial outside the question and its clause
 * whose subject is "this", "it" or "that" and that denies no cue of its own ('"This is out of the question," the
 * spokesman said when asked about recognition'), or a bare "yes" or "no". Returns the factor it gives the question's
 * cue (-1 denied, 1 affirmed) and the words that say so, or null.
 */
function answerTo(trap: TokenMatch<CompiledModifier>, cue: CueState, cues: readonly CueState[], context: RuleContext): { factor: number; first: number; last: number } | null {
  const tokens = context.prepared.tokens;
  if (!QUESTION_WORDS.has(tokens[trap.first]!.lower)) return null;
  const outside = (first: number, last: number): boolean => (last <= trap.first || first >= trap.last) && (last <= cue.first || first >= cue.last);
  for (let i = 0; i < tokens.length; i += 1) {
    const factor = YES_NO[tokens[i]!.lower];
    const next = tokens[i + 1]?.lower;
    const startsAnswer = i === 0 || tokens[i - 1]!.hard || tokens[i - 1]!.lower === ':' || /^["“”'‘’«»]$/u.test(tokens[i - 1]!.lower);
    if (factor !== undefined && startsAnswer && (next === undefined || next === ',' || next === '.' || next === '!') && outside(i, i + 1)) return { factor, first: i, last: i + 1 };
  }
  const answer = context.modifiers.find((m) => {
    const negation = m.item.entry.negation;
    if (m.item.entry.kind !== 'negator' || (negation !== undefined && negation !== 'denial') || !reachesDimension(m, cue)) return false;
    if (!outside(m.first, m.last) || inClauseScope(m, cue, context)) return false;
    let subject = false;
    for (let i = m.first - 1; i >= 0 && m.first - i <= ANSWER_SUBJECT_GAP; i -= 1) {
      const t = tokens[i]!;
      if (ANAPHORS.has(t.lower)) subject = true;
      if (subject || !(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) break;
    }
    const clause = tokens[m.first]!.clause;
    return subject && !cues.some((c) => c !== cue && tokens[c.first]!.clause === clause);
  });
  return answer === undefined ? null : { factor: -1, first: answer.first, last: answer.last };
}


/**
 * Codebook rule 8, keyword traps: a cue inside a trap phrase scores 0 ("in a bid to get international legitimacy"
 * is the target's own aim; "recognised the Taliban's efforts" is not recognition; "we have talked about this" has no
 * target). A cue that holds a whole trap phrase and more is a stance on it ("rejected the group's bid for
 * recognition") and keeps its score. A trap with direction `forward` also zeroes the cues after it in its clause (a
 * reporter's question runs to its comma), one with direction `backward` the cues before it in its clause ("supporting
 * the group is a criminal offence": what the law forbids anyone, not the speaker's stance); `both` reaches only the
 * cues it overlaps. A reporter's question answered in the same sentence takes the answer instead: a denial whose
 * subject points back to it ('"This is out of the question," the spokesman said when asked about recognition')
 * flips the question's cue, a bare "yes" keeps it.
 *
 * @example
 * // "The group sought international legitimacy." -> recognition 0, evidence rule 'trap'
 */
export const trapRule: ScoringRule = {
  id: 'trap',
  description: 'Cues inside a keyword-trap phrase score 0.',
  apply(cues, context) {
    const traps = context.modifiers.filter((m) => m.item.entry.kind === 'trap');
    return cues.map((cue) => {
      // A cue that holds the whole trap and more is a stance on it: "rejected Somaliland's bid for recognition".
      const holds = (t: { first: number; last: number }): boolean => cue.first <= t.first && cue.last >= t.last && cue.last - cue.first > t.last - t.first;
      // A forward trap also holds the rest of its clause ("Asked if the group would be removed from the list, ..."),
      // a backward one the clause before it.
      const reaches = (t: (typeof traps)[number]): boolean =>
        (t.first < cue.last && t.last > cue.first && !holds(t)) || (t.item.entry.direction !== 'both' && inClauseScope(t, cue, context));
      const trap = traps.find((t) => reaches(t) && reachesDimension(t, cue));
      if (trap === undefined) return cue;
      // A reporter's question answered in the sentence takes the answer: "this is out of the question".
      const answer = answerTo(trap, cue, cues, context);
      if (answer !== null) {
        const reason = answer.factor < 0 ? "a reporter's question, denied by the answer" : "a reporter's question, affirmed by the answer";
        return applyFactor(cue, { ruleId: 'trap', factor: answer.factor, ...modifierSpan({ ...trap, first: answer.first, last: answer.last }, context), reason });
      }
      return applyFactor(cue, { ruleId: 'trap', factor: 0, ...modifierSpan(trap, context), reason: trap.item.entry.note });
    });
  },
};
