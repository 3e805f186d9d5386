import type { Dimension } from '../../types';
import { applyFactor, modifierSpan, type CueState, type RuleContext, type ScoringRule } from '../ScoringRule';

type Side = (index: number, cue: CueState) => boolean;

function opposed(cues: readonly CueState[], dimension: Dimension, inside: Side): boolean {
  let a = 0;
  let b = 0;
  cues.forEach((c, i) => {
    if (c.cue.entry.dimension !== dimension || c.weight === 0) return;
    if (inside(i, c)) a += c.weight;
    else b += c.weight;
  });
  return a !== 0 && b !== 0 && Math.sign(a) !== Math.sign(b);
}

/** End (exclusive) of the clause that starts at token `at`. */
function clauseEnd(context: RuleContext, at: number): number {
  const tokens = context.prepared.tokens;
  const clause = tokens[at]!.clause;
  let i = at;
  while (i < tokens.length && tokens[i]!.clause === clause && !(i > at && tokens[i]!.boundary)) i += 1;
  return i;
}

/** Verbs of saying that make a trailing "although" clause a speaker's qualification: "..., although Beijing says ...". */
const SAYS = new Set(['say', 'says', 'said', 'insist', 'insists', 'insisted', 'stress', 'stresses', 'stressed', 'maintain', 'maintains', 'maintained']);
/** Most words between that "although" and its verb of saying. */
const QUALIFIER_GAP = 5;

/**
 * "China accepted the credentials of the Taliban's envoy, although Beijing says this does not mean recognition": a
 * trailing "although" clause in which someone says something qualifies what came before, as "but" does; the words it
 * reports weigh more.
 */
function reportedQualification(marker: { first: number; last: number }, context: Parameters<ScoringRule['apply']>[1]): boolean {
  const tokens = context.prepared.tokens;
  const word = tokens[marker.first]?.lower;
  if ((word !== 'although' && word !== 'though') || tokens[marker.first - 1]?.lower !== ',') return false;
  for (let i = marker.last; i < tokens.length && i - marker.last < QUALIFIER_GAP; i += 1) {
    if (tokens[i]!.boundary) return false;
    if (SAYS.has(tokens[i]!.lower)) return true;
  }
  return false;
}

/**
 * Codebook rule 2: contrast keeps both sides, each scoring on its own dimension. Where both sides hit the same
 * dimension with opposite signs, the side after "but"/"however" weighs more (the side before is discounted), and a
 * concessive clause ("although ...", "despite ...") weighs less than the main clause.
 *
 * @example
 * // "I can't say they are our friends, but they are not our enemies." -> threat -1
 */
export const contrastRule: ScoringRule = {
  id: 'contrast',
  description: 'With opposite signs on one dimension, the clause after "but" weighs more; a concessive clause weighs less.',
  apply(cues, context) {
    let out = [...cues];
    for (const marker of context.modifiers) {
      const kind = reportedQualification(marker, context) ? 'contrast' : marker.item.entry.kind;
      if (kind !== 'contrast' && kind !== 'concession') continue;
      const end = kind === 'concession' ? clauseEnd(context, marker.first) : Number.POSITIVE_INFINITY;
      const discounted: Side =
        kind === 'contrast' ? (_i, c) => c.last <= marker.first : (_i, c) => c.first >= marker.first && c.last <= end;
      const factor = kind === 'contrast' ? context.constants.contrastDiscount : context.constants.concessionDiscount;
      const words = modifierSpan(marker, context);
      const snapshot = out;
      out = snapshot.map((cue, i) => {
        if (cue.weight === 0 || !discounted(i, cue) || !opposed(snapshot, cue.cue.entry.dimension, discounted)) return cue;
        return applyFactor(cue, {
          ruleId: 'contrast',
          factor,
          ...words,
          reason: kind === 'contrast' ? 'outweighed by the opposite clause after the contrast' : 'concessive clause weighs less than the main clause',
        });
      });
    }
    return out;
  },
};
