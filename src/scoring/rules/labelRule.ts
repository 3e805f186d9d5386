import { zeroBy, type ScoringRule } from '../ScoringRule';

/** Most tokens a label in brackets may hold: "(terrorist group, banned in Russia)". */
export const LABEL_MAX_TOKENS = 10;

/**
 * A label in brackets right after a name of the target is the outlet's note on the name, not the statement's stance:
 * "the Taliban movement (banned in Russia)", "the Taliban (terrorist group, banned in Russia)". Cues inside it score
 * 0; the rest of the sentence scores as usual.
 *
 * @example
 * // "Putin said relations with the Taliban (banned in Russia) are needed." -> no recognition -1 from "banned in"
 */
export const labelRule: ScoringRule = {
  id: 'label',
  description: 'Cues inside brackets right after a name of the target (an outlet\'s label on the name) score 0.',
  apply(cues, context) {
    const { tokens } = context.prepared;
    const labels: { first: number; last: number }[] = [];
    for (const m of context.targetMentions) {
      // The name may carry a head noun before its brackets: "the Taliban movement (banned in Russia)".
      let open = m.last;
      if (tokens[open]?.lower !== '(' && tokens[open]?.pos === 'NOUN') open += 1;
      if (tokens[open]?.lower !== '(') continue;
      for (let i = open + 1; i < tokens.length && i <= open + LABEL_MAX_TOKENS + 1; i += 1) {
        if (tokens[i]!.lower === '(') break;
        if (tokens[i]!.lower === ')') {
          labels.push({ first: open, last: i + 1 });
          break;
        }
      }
    }
    if (labels.length === 0) return [...cues];
    return cues.map((cue) => {
      const label = labels.find((l) => cue.first > l.first && cue.last < l.last);
      if (label === undefined || cue.weight === 0) return cue;
      return zeroBy(cue, context, label, 'label', "a label in brackets on the target's name, not a stance");
    });
  },
};
