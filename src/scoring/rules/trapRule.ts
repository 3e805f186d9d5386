import { applyFactor, inClauseScope, modifierSpan, reachesDimension, type ScoringRule } from '../ScoringRule';

/**
 * Codebook rule 8, keyword traps: a cue inside a trap phrase scores 0 ("in a bid to get international legitimacy"
 * is the target's own aim; "recognised the Taliban's efforts" is not recognition; "we have talked about this" has no
 * target). A cue that holds a whole trap phrase and more is a stance on it ("rejected the group's bid for
 * recognition") and keeps its score. A trap with direction `forward` also zeroes the cues after it in its clause (a
 * reporter's question runs to its comma), one with direction `backward` the cues before it in its clause ("supporting
 * the group is a criminal offence": what the law forbids anyone, not the speaker's stance); `both` reaches only the
 * cues it overlaps.
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
      // A cue that holds the whole trap and more is a stance on it: "rejected Somaliland's bid for recognition".
      const holds = (t: { first: number; last: number }): boolean => cue.first <= t.first && cue.last >= t.last && cue.last - cue.first > t.last - t.first;
      // A forward trap also holds the rest of its clause ("Asked if the group would be removed from the list, ..."),
      // a backward one the clause before it.
      const reaches = (t: (typeof traps)[number]): boolean =>
        (t.first < cue.last && t.last > cue.first && !holds(t)) || (t.item.entry.direction !== 'both' && inClauseScope(t, cue, context));
      const trap = traps.find((t) => reaches(t) && reachesDimension(t, cue));
      if (trap === undefined) return cue;
      return applyFactor(cue, { ruleId: 'trap', factor: 0, ...modifierSpan(trap, context), reason: trap.item.entry.note });
    });
  },
};
