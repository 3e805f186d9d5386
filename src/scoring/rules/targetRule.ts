import type { Mention } from '../findMentions';
import { applyFactor, type CueState, type RuleContext, type ScoringRule } from '../ScoringRule';

/** Tokens after a verb cue within which its object must name the target (`targetObject` entries). */
export const OBJECT_WINDOW = 3;

const COORDINATION = new Set(['and', 'with', 'between', 'among', 'amongst', '&', 'including', 'to', 'from']);

function sameClause(context: RuleContext, mention: Mention, cue: CueState): boolean {
  const tokens = context.prepared.tokens;
  const clause = tokens[cue.first]!.clause;
  for (let i = mention.first; i < mention.last; i += 1) if (tokens[i]!.clause === clause) return true;
  return false;
}

/**
 * Another party is the cue's counterpart: after the cue in its clause and phrase; or before it, joined to the subject by
 * "and"/"with" with no verb between ("Putin and the Tajik president, Rakhmon, discussed ..."); or the object of a
 * verb whose purpose the cue is ("visited New Delhi to discuss ...").
 */
function isCounterpart(context: RuleContext, party: Mention, cue: CueState): boolean {
  const tokens = context.prepared.tokens;
  // After the cue: in the cue's own phrase, with no other verb between ("rejected the memorandum and urged the UN" is
  // not talks with the UN).
  if (party.first >= cue.last) {
    const between = tokens.slice(cue.last, party.first);
    // A participle before "by" introduces the cue's agent ("threats posed by the Islamic State"), not a new predicate.
    return sameClause(context, party, cue) && !between.some((t, i) => t.pos === 'VERB' && between[i + 1]?.lower !== 'by');
  }
  const between = tokens.slice(party.last, cue.first);
  if (between.length === 1 && between[0]!.lower === 'to') return true;
  if (between.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  for (let i = Math.max(0, party.first - 2); i < party.first; i += 1) if (COORDINATION.has(tokens[i]!.lower)) return true;
  return false;
}

/**
 * The target check (codebook "Target"): a cue whose counterpart in its clause is another party ("dialogue with all
 * countries concerned", "talks in New Delhi with Indian officials") scores 0 unless the target is also named in that
 * clause. Cues with no mention of anyone take the given target as their topic (lone-statement mode); cues that
 * name their own object (an embassy kept open) need no mention.
 *
 * @example
 * // target Taliban: "Russia maintains close dialogue with all countries concerned." -> engagement 0
 */
export const targetRule: ScoringRule = {
  id: 'target',
  description: 'A cue whose counterpart is another party, with no mention of the target in its clause, scores 0.',
  apply(cues, context) {
    return cues.map((cue) => {
      if (cue.weight === 0 || cue.cue.entry.implicitTarget === true) return cue;
      if (cue.cue.entry.targetObject === true) {
        const object = context.targetMentions.some((m) => m.first >= cue.last && m.first - cue.last <= OBJECT_WINDOW);
        return object ? cue : applyFactor(cue, { ruleId: 'target', factor: 0, cue: cue.text, span: cue.span, reason: 'the verb\'s object is not the target' });
      }
      if (context.targetMentions.some((m) => sameClause(context, m, cue) || (m.first < cue.last && m.last > cue.first))) return cue;
      if (cue.cue.entry.mentionRequired === true && context.targetMentions.length === 0) {
        return applyFactor(cue, { ruleId: 'target', factor: 0, cue: cue.text, span: cue.span, reason: 'the statement does not mention the target' });
      }
      const party = context.otherParties.find((p) => isCounterpart(context, p, cue) && !(p.first < cue.last && p.last > cue.first));
      if (party === undefined) return cue;
      const tokens = context.prepared.tokens;
      const span = { start: tokens[party.first]!.start, end: tokens[party.last - 1]!.end };
      return applyFactor(cue, {
        ruleId: 'target',
        factor: 0,
        cue: context.prepared.text.slice(span.start, span.end),
        span,
        reason: 'the cue is about another party, not the target',
      });
    });
  },
};
