import { applyFactor, inClauseScope, insideCue, modifierSpan, reachesDimension, type ScoringRule } from '../ScoringRule';

/**
 * Intensifiers just before a cue ("officially recognised", "close contacts", "categorically rejected") strengthen
 * it; the strongest applies once and the weight never exceeds 1.
 *
 * @example
 * // "Russia officially recognised the government." -> recognition weight 0.9 x 1.25, capped at 1
 */
export const intensifierRule: ScoringRule = {
  id: 'intensifier',
  description: 'An intensifier just before the cue strengthens it (capped at 1).',
  apply(cues, context) {
    const intensifiers = context.modifiers.filter((m) => m.item.entry.kind === 'intensifier');
    const window = context.constants.intensifierWindow;
    return cues.map((cue) => {
      if (cue.weight === 0) return cue;
      const near = intensifiers.filter(
        (m) => !insideCue(m, cue) && reachesDimension(m, cue) && m.last <= cue.first && cue.first - m.last <= window && inClauseScope(m, cue, context),
      );
      if (near.length === 0) return cue;
      const strongest = near.reduce((a, b) => ((b.item.entry.factor ?? 1) > (a.item.entry.factor ?? 1) ? b : a));
      const factor = Math.min(strongest.item.entry.factor ?? 1, 1 / Math.abs(cue.weight));
      return applyFactor(cue, { ruleId: 'intensifier', factor, ...modifierSpan(strongest, context), reason: 'intensified (capped at 1)' });
    });
  },
};
