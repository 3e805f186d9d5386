import { applyFactor, modifierSpan, reachesDimension, type ScoringRule } from '../ScoringRule';

/**
 * Codebook rule 8, keyword traps: a cue inside a trap phrase scores 0 ("in a bid to get international legitimacy"
 * is the target's own aim; "recognised the Taliban's efforts" is not recognition; "we have talked about this" has no
 * target).
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
      const trap = traps.find((t) => t.first < cue.last && t.last > cue.first && reachesDimension(t, cue));
      if (trap === undefined) return cue;
      return applyFactor(cue, { ruleId: 'trap', factor: 0, ...modifierSpan(trap, context), reason: trap.item.entry.note });
    });
  },
};
