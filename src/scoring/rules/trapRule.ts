import type { CompiledModifier } from '../../lexicon/createLexicon';
import { findAnswer, QUESTION_WORDS, type Answer } from '../answers';
import type { TokenMatch } from '../findMatches';
import { applyFactor, inClauseScope, modifierSpan, reachesDimension, type CueState, type RuleContext, type ScoringRule } from '../ScoringRule';

/**
 * The answer, in the same sentence, to the question a trap holds: outside the question and its cue, and a denial
 * only outside the cue's clause and on its dimension ('"This is out of the question," the spokesman said when asked
 * about recognition'; see {@link findAnswer}).
 */
function answerTo(trap: TokenMatch<CompiledModifier>, cue: CueState, cues: readonly CueState[], context: RuleContext): Answer | null {
  if (!QUESTION_WORDS.has(context.prepared.tokens[trap.first]!.lower)) return null;
  const free = (first: number, last: number): boolean => (last <= trap.first || first >= trap.last) && (last <= cue.first || first >= cue.last);
  return findAnswer(context, cues.filter((c) => c !== cue), free, (m) => reachesDimension(m, cue) && !inClauseScope(m, cue, context));
}

/** Verbs of giving: what follows them is given by the subject, not sought by the target. */
const GIVING = new Set(['give', 'hand', 'grant', 'confer', 'lend', 'bestow', 'extend', 'offer', 'accord']);

/**
 * Codebook rule 8, keyword traps: a cue inside a trap phrase scores 0 ("in a bid to get international legitimacy"
 * is the target's own aim; "recognised the Taliban's efforts" is not recognition; "we have talked about this" has no
 * target). A cue that holds a whole trap phrase and more is a stance on it ("rejected the group's bid for
 * recognition") and keeps its score. A trap with direction `forward` also zeroes the cues after it in its clause (a
 * reporter's question runs to its comma), one with direction `backward` the cues before it in its clause ("supporting
 * the group is a criminal offence": what the law forbids anyone, not the speaker's stance); `both` reaches only the
 * cues it overlaps. A reporter's question answered in the same sentence takes the answer instead: a denial whose
 * subject points back to it ('"This is out of the question," the spokesman said when asked about recognition')
 * flips the question's cue, a bare "yes" keeps it. No trap reaches a cue it opens on across a condition
 * ("recognition would depend on progress"), nor one after a verb of giving ("does not want to hand them legitimacy").
 *
 * @example
 * // "The group sought international legitimacy." -> recognition 0, evidence rule 'trap'
 */
export const trapRule: ScoringRule = {
  id: 'trap',
  description: 'Cues inside a keyword-trap phrase score 0.',
  apply(cues, context) {
    const traps = context.modifiers.filter((m) => m.item.entry.kind === 'trap');
    const conditions = context.modifiers.filter((m) => m.item.entry.kind === 'condition');
    // A trap that opens on the cue and reaches over a condition is no trap: "recognition would depend on progress"
    // makes recognition conditional; it does not recognise progress.
    const overCondition = (t: { first: number; last: number }, cue: CueState): boolean => t.first === cue.first && conditions.some((c) => c.first > t.first && c.last < t.last);
    // A verb of giving between a trap's first word and the cue makes the cue what someone gives, not what the target
    // seeks: "does not want to hand them legitimacy for free" ("seeks to be granted legitimacy" is still sought).
    const tokens = context.prepared.tokens;
    const givenInTrap = (t: { first: number; last: number }, cue: CueState): boolean => {
      for (let k = t.first + 1; k < cue.first; k += 1) if (GIVING.has(tokens[k]!.lemma) && tokens[k - 1]!.lemma !== 'be') return true;
      return false;
    };
    return cues.map((cue) => {
      // A cue that holds the whole trap and more is a stance on it: "rejected Somaliland's bid for recognition".
      // So does one that reaches into a trap with a preposition only: the trap is its complement, "allies against
      // terrorism" (where "against terrorism" alone names the groups, not the target). A cue whose noun is in the trap
      // is the trap's ("lift restrictions on women", "the ban on girls' schooling").
      const governs = (t: { first: number; last: number }): boolean =>
        cue.first < t.first && cue.last > t.first && cue.last < t.last && tokens.slice(t.first, cue.last).every((w) => w.pos === 'ADP' || w.pos === 'PUNCT' || w.pos === 'PART');
      const holds = (t: { first: number; last: number }): boolean => (cue.first <= t.first && cue.last >= t.last && cue.last - cue.first > t.last - t.first) || governs(t);
      // A forward trap also holds the rest of its clause ("Asked if the group would be removed from the list, ..."),
      // a backward one the clause before it.
      const reaches = (t: (typeof traps)[number]): boolean =>
        (t.first < cue.last && t.last > cue.first && !holds(t)) || (t.item.entry.direction !== 'both' && inClauseScope(t, cue, context));
      const trap = traps.find((t) => reaches(t) && reachesDimension(t, cue) && !overCondition(t, cue) && !givenInTrap(t, cue));
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
