import { applyFactor, inClauseScope, insideCue, modifierSpan, reachesDimension, type ScoringRule } from '../ScoringRule';

/**
 * Codebook rule 3: hedges and modality ("could", "is possible", "hinted at", "intentions to") keep the sign and
 * lower the strength. Hedges do not stack: the strongest one in the clause applies once.
 *
 * @example
 * // "Removal from the list is possible." -> recognition +1 with a lower score
 */
export const hedgeRule: ScoringRule = {
  id: 'hedge',
  description: 'A hedge in the clause lowers the strength and keeps the sign.',
  apply(cues, context) {
    // "has not yet decided whether": a "whether" inside a denial is the decision withheld, not a question.
    const denials = context.modifiers.filter((m) => m.item.entry.kind === 'negator' && m.item.entry.negation === 'denial');
    const hedges = context.modifiers.filter((m) => m.item.entry.kind === 'hedge' && !denials.some((d) => d.first <= m.first && d.last >= m.last));
    const window = context.constants.hedgeWindow;
    return cues.map((cue) => {
      // A reporter's question answered in the sentence ("Asked whether Moscow would recognise them, he said: yes"):
      // the answer, not the question's "whether" or "would", says how sure it is.
      if (cue.weight === 0 || cue.applied.some((a) => a.ruleId === 'trap' && a.factor !== 0)) return cue;
      const near = hedges.filter(
        (m) =>
          !insideCue(m, cue) &&
          reachesDimension(m, cue) &&
          inClauseScope(m, cue, context) &&
          (m.last <= cue.first ? cue.first - m.last : m.first - cue.last) <= window,
      );
      if (near.length === 0) return cue;
      const strongest = near.reduce((a, b) => ((b.item.entry.factor ?? 1) < (a.item.entry.factor ?? 1) ? b : a));
      return applyFactor(cue, {
        ruleId: 'hedge',
        factor: strongest.item.entry.factor ?? 1,
        ...modifierSpan(strongest, context),
        reason: 'hedged: same direction, lower strength',
      });
    });
  },
};
