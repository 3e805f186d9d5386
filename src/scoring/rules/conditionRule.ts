import { applyFactor, insideCue, modifierSpan, reachesDimension, type ScoringRule } from '../ScoringRule';

/**
 * Codebook rule 4: conditionals and preconditions withhold recognition. A positive recognition cue in a sentence
 * with a condition ("if at all ... recognised", "only after", "before any recognition", "when ... will recognise")
 * becomes a weak negative; a negative one stays as it is. Temporal conditions (`when`, `once`) count only when the
 * sentence speaks of the future or of possibility. A condition after a reporting verb that follows the cue is the
 * frame's ("..., the minister said after talks"), not the statement's.
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
    const reporting = context.modifiers.filter((m) => m.item.entry.kind === 'reporting');
    // "India will upgrade its mission, the minister said after talks": a condition after the verb of a frame that
    // follows the cue belongs to the frame ("said after talks"), not to what was said. After a comma the words go on
    // ("..., the minister said, only after elections").
    const tokens = context.prepared.tokens;
    const inFrameAfter = (first: number, cueLast: number): boolean =>
      reporting.some((r) => r.first >= cueLast && r.last <= first && !tokens.slice(r.last, first).some((t) => t.lower === ','));
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
          !(m.item.entry.direction === 'backward' && m.last <= cue.first) &&
          !inFrameAfter(m.first, cue.last),
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
