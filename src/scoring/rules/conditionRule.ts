import { applyFactor, insideCue, modifierSpan, reachesDimension, type ScoringRule } from '../ScoringRule';

/**
 * Codebook rule 4: conditionals and preconditions withhold recognition. A positive recognition cue in a sentence
 * with a condition ("if at all ... recognised", "only after", "before any recognition", "when ... will recognise")
 * becomes a weak negative; a negative one stays as it is. Temporal conditions (`when`, `once`) count only when the
 * sentence speaks of the future or of possibility.
 *
 * @example
 * // "Pakistan will recognise the government when a regional consensus emerges." -> recognition -1 (weak)
 */
export const conditionRule: ScoringRule = {
  id: 'condition',
  description: 'A condition in the sentence turns positive recognition into weak withholding.',
  apply(cues, context) {
    const conditions = context.modifiers.filter(
      (m) => m.item.entry.kind === 'condition' && (m.item.entry.requiresModal !== true || context.prepared.hasModal),
    );
    return cues.map((cue) => {
      if (cue.weight <= 0) return cue;
      const clause = context.prepared.tokens[cue.first]!.clause;
      const condition = conditions.find(
        (m) =>
          !insideCue(m, cue) &&
          // Temporal conditions reach only the cue's own clause and its neighbours ("will recognise ... when ...").
          (m.item.entry.requiresModal !== true || Math.abs(context.prepared.tokens[m.first]!.clause - clause) <= 1) &&
          reachesDimension(m, cue) &&
          !(m.item.entry.direction === 'forward' && m.first >= cue.last) &&
          !(m.item.entry.direction === 'backward' && m.last <= cue.first),
      );
      if (condition === undefined) return cue;
      return applyFactor(cue, {
        ruleId: 'condition',
        factor: context.constants.conditionFactor,
        ...modifierSpan(condition, context),
        reason: 'recognition made conditional is withheld',
      });
    });
  },
};
