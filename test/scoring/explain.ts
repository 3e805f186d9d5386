import type { Dimension, StatementScore } from '../../src/types';

/** The rule ids applied to a dimension's cues, for assertions, and a readable explanation for failure messages. */
export function rulesOn(score: StatementScore, dimension: Dimension): string[] {
  return score.evidence.filter((e) => e.dimension === dimension).flatMap((e) => e.applied.map((a) => a.ruleId));
}

export function explain(score: StatementScore): string {
  return score.evidence
    .map((e) => `${e.dimension} "${e.cue}" ${e.base} -> ${e.weight} ${e.applied.map((a) => `${a.ruleId}(${a.factor}${a.cue === undefined ? '' : `: ${a.cue}`})`).join(' ')}`)
    .join('\n');
}
