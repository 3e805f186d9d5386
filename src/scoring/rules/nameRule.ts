import { applyFactor, type ScoringRule } from '../ScoringRule';
import type { ScoringToken } from '../prepareText';

const CAPITALISED = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
/** Share of capitalised words above which a line is in title case (a headline), where capitals say nothing. */
export const TITLE_CASE_SHARE = 0.6;

const isWord = (t: ScoringToken | undefined): t is ScoringToken => t !== undefined && LETTER.test(t.lower);

/**
 * Cue words inside a proper name are not cues: "the UN Assistance Mission", "the Shanghai Cooperation
 * Organisation", "the Doha Agreement". A cue whose words are all capitalised, not first in the sentence, next to
 * another capitalised word, in a sentence that is not in title case, scores 0.
 *
 * @example
 * // "The head of the UN Assistance Mission spoke." -> no engagement from "Assistance"
 */
export const nameRule: ScoringRule = {
  id: 'name',
  description: 'Cue words inside a multiword proper name score 0.',
  apply(cues, context) {
    const { tokens, text } = context.prepared;
    const words = tokens.filter(isWord);
    const capitalised = words.filter((t) => CAPITALISED.test(text.slice(t.start, t.end))).length;
    if (words.length === 0 || capitalised / words.length >= TITLE_CASE_SHARE) return [...cues];
    const cap = (t: ScoringToken | undefined): boolean => isWord(t) && CAPITALISED.test(text.slice(t.start, t.end));
    const firstWord = tokens.findIndex(isWord);
    return cues.map((cue) => {
      if (cue.weight === 0) return cue;
      // "(MoU)" after "Memorandum of Understanding": an abbreviation repeats the phrase before it.
      if (tokens[cue.first - 1]?.lower === '(' && tokens[cue.last]?.lower === ')' && cue.last - cue.first === 1 && cue.first >= 2) {
        return applyFactor(cue, { ruleId: 'name', factor: 0, cue: cue.text, span: cue.span, reason: 'an abbreviation of the phrase before it' });
      }
      if (cue.first <= firstWord) return cue;
      for (let i = cue.first; i < cue.last; i += 1) if (isWord(tokens[i]) && !cap(tokens[i])) return cue;
      const previous = tokens[cue.first - 1];
      if (!cap(previous) && !cap(tokens[cue.last])) return cue;
      // A capitalised word after sentence punctuation or an opening quote starts a sentence, not a name.
      if (previous !== undefined && !isWord(previous) && !cap(tokens[cue.last])) return cue;
      // ... so does one after a word with its full stop ("No. Talking to them is ..."), unless a name goes on after it.
      if (previous !== undefined && previous.lower.endsWith('.') && !cap(tokens[cue.last])) return cue;
      return applyFactor(cue, { ruleId: 'name', factor: 0, cue: cue.text, span: cue.span, reason: 'part of a proper name' });
    });
  },
};
