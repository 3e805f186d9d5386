import type { CompiledModifier } from '../../lexicon/createLexicon';
import type { TokenMatch } from '../findMatches';
import { applyFactor, inClauseScope, insideCue, modifierSpan, reachesDimension, type CueState, type RuleContext, type ScoringRule } from '../ScoringRule';

/** "not only", "not just": emphasis, not negation. */
const NOT_NEGATING_NEXT = new Set(['only', 'just', 'merely', 'least', 'simply', 'doubt', 'surprisingly']);
const PREDICATE_NEGATORS = new Set(['not', "n't", 'never']);
const AUXILIARIES = new Set(['be', 'have', 'do', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'is', 'was', 'are', 'were', 'has', 'had', 'does', 'did', 'wo', 'ca']);
const NOMINAL_ENDING = /(?:ion|ions|ment|ments|ance|ing|ship|ties|ty)$/;

function isNegating(match: TokenMatch<CompiledModifier>, context: RuleContext): boolean {
  const next = context.prepared.tokens[match.last];
  return next === undefined || !NOT_NEGATING_NEXT.has(next.lower);
}

/**
 * "Recognition ... is not on the agenda": a predicate negation (auxiliary + not) also reaches a nominal cue that is
 * the subject before it in the clause.
 */
function negatesSubject(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext): boolean {
  const tokens = context.prepared.tokens;
  const word = tokens[match.first]!;
  if (!PREDICATE_NEGATORS.has(word.lemma) && !PREDICATE_NEGATORS.has(word.lower)) return false;
  const previous = tokens[match.first - 1];
  if (previous === undefined || !(previous.pos === 'AUX' || AUXILIARIES.has(previous.lower))) return false;
  if (match.first <= cue.last) return false;
  const head = tokens[cue.first]!;
  if (!(head.pos === 'NOUN' || head.pos === 'PROPN' || NOMINAL_ENDING.test(head.lower))) return false;
  return tokens[cue.first]!.clause === tokens[match.first]!.clause;
}

/**
 * Codebook rule 1: negation flips, scoped to its clause. Negators before the cue ("not planning to negotiate"),
 * after it ("recognition is not on the table", "reports of recognition are premature") and predicate negations of a
 * nominal subject all count; an even number cancels ("hasn't evacuated" flips a negative cue to positive, "ruled out
 * a rupture in relations" keeps relations positive).
 *
 * @example
 * // "Russia is not planning to negotiate with the Taliban." -> engagement -1
 */
export const negationRule: ScoringRule = {
  id: 'negation',
  description: 'Negators in the clause flip the cue; two negators cancel.',
  apply(cues, context) {
    const negators = context.modifiers.filter((m) => m.item.entry.kind === 'negator' && isNegating(m, context));
    return cues.map((cue) => {
      if (cue.weight === 0) return cue;
      const reaching = negators.filter(
        (m) => !insideCue(m, cue) && reachesDimension(m, cue) && (inClauseScope(m, cue, context) || negatesSubject(m, cue, context)),
      );
      if (reaching.length === 0) return cue;
      const words = reaching.map((m) => modifierSpan(m, context));
      const flips = reaching.length % 2 === 1;
      return applyFactor(cue, {
        ruleId: 'negation',
        factor: flips ? -1 : 1,
        cue: words.map((w) => w.cue).join(' … '),
        span: words[0]!.span,
        reason: flips ? 'negated in its clause' : 'double negation cancels',
      });
    });
  },
};
