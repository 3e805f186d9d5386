import { applyFactor, modifierSpan, type ScoringRule } from '../ScoringRule';

/**
 * Codebook rule 5: reported speech keeps the stance of the one reported. The rule changes no weight (factor 1); it
 * records that the cue was reported ("Lavrov had said recognition is not on the table"), so that the evidence shows
 * whose words carry the stance. Attribution to a speaker and dating of the remark happen at document level.
 *
 * @example
 * // "Lavrov said talks would continue." -> engagement +1, evidence notes reported speech ('said')
 */
export const reportedSpeechRule: ScoringRule = {
  id: 'reported-speech',
  description: 'Marks cues that are reported speech; the stance of the one reported is kept.',
  apply(cues, context) {
    // A name is no reporting verb: "States" in "the United States recognised ...".
    const frame = context.modifiers.find((m) => m.item.entry.kind === 'reporting' && context.prepared.tokens[m.first]!.pos !== 'PROPN');
    if (frame === undefined) return [...cues];
    const words = modifierSpan(frame, context);
    return cues.map((cue) =>
      cue.weight === 0 || (frame.first < cue.last && frame.last > cue.first)
        ? cue
        : applyFactor(cue, { ruleId: 'reported-speech', factor: 1, ...words, reason: 'reported speech: the stance of the one reported is kept' }),
    );
  },
};
