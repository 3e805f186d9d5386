import { applyFactor, modifierSpan, type ScoringRule } from '../ScoringRule';

/** What stands before a noun read as a reporting verb at the end of its clause: its subject. */
const SUBJECT_POS = new Set(['PROPN', 'PRON', 'NOUN']);

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
    // A name is no reporting verb: "States" in "the United States recognised ...". Nor is a noun, unless a "that" or
    // a punctuation mark follows it, as the tagger reads "notes" in "the ministry notes that ...": "member states
    // recognise", "several states, including ...".
    const tokens = context.prepared.tokens;
    const isVerb = (m: { first: number; last: number }): boolean => {
      const pos = tokens[m.first]!.pos;
      if (pos === 'PROPN') return false;
      const next = tokens[m.last];
      if (pos !== 'NOUN' || next?.lower === 'that') return true;
      // At the end of its clause, after its subject ("..., the envoy states."), not after a modifier ("neighbouring states.").
      const before = tokens[m.first - 1];
      return (next === undefined || (next.pos === 'PUNCT' && next.lower !== ',')) && (before === undefined || SUBJECT_POS.has(before.pos));
    };
    const frame = context.modifiers.find((m) => m.item.entry.kind === 'reporting' && isVerb(m));
    if (frame === undefined) return [...cues];
    const words = modifierSpan(frame, context);
    return cues.map((cue) =>
      cue.weight === 0 || (frame.first < cue.last && frame.last > cue.first)
        ? cue
        : applyFactor(cue, { ruleId: 'reported-speech', factor: 1, ...words, reason: 'reported speech: the stance of the one reported is kept' }),
    );
  },
};
