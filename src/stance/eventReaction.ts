import { phaseOf } from '../scoring/phaseOf';
import { DIMENSIONS, type Dimension, type DimensionScore, type Evidence, type Label, type StatementScore } from '../types';
import { DENIED_BEFORE, type PreviousStatement } from './followedSuit';

/** Judging an event against it: "condemned the move", "criticised the decision". */
const AGAINST = String.raw`condemn\w*|denounc\w*|critici[sz]\w*|reject\w*|slam\w*|deplor\w*|decr(?:y|ies|ied)|protest\w*|oppos\w*`;
/** ... or for it: "welcomed the decision", "hailed the step". */
const FOR = String.raw`welcom\w*|hail\w*|prais\w*|applaud\w*|endors\w*|back(?:s|ed|ing)?|support\w*`;
/** The event named by an anaphoric noun after its article, demonstrative or owner ("the move", "Paris's decision"). */
const EVENT = String.raw`\s+(?:(?:the|this|that|its|their|his|her)\s+|\p{Lu}[\p{L}'’.-]*['’]s?\s+)(?:[\p{L}-]+\s+)?(?:move|decision|step|announcement)(?![\p{L}])`;
const REACTION = new RegExp(String.raw`(?<![\p{L}])(?:(${AGAINST})|(${FOR}))${EVENT}`, 'iu');

/** Characters of the statement before quoted in the reason. */
const EXCERPT_CHARS = 80;

/**
 * "France recognised the State of Palestine. Israel condemned the move as a reward for terrorism.": a statement with no
 * cue of its own (beyond the judging verb) that judges the event the last statement with cues of its own told of ("condemned the move",
 * "welcomed the decision") takes that statement's labels, with their sign when it welcomes the event and the
 * opposite when it condemns it (and the other way round when it denies that: "did not welcome the move"). Only for
 * the same target; the evidence names the words and quotes the statement they judge.
 *
 * @example
 * judgeEvent('Israel condemned the move.', 'Palestine', ownScore, { text: 'France recognised Palestine.', target: 'Palestine', score })
 *   .recognition.label; // -1, when the statement before had recognition +1
 */
export function judgeEvent(text: string, target: string | null, own: StatementScore, event: PreviousStatement | null): StatementScore {
  if (event === null || event.target !== target) return own;
  const labelled = DIMENSIONS.filter((d) => event.score[d].label !== 0);
  if (labelled.length === 0) return own;
  const match = REACTION.exec(text);
  if (match === null) return own;
  // A cue of its own outside the judgement's words ("welcomed" is one) is a stance of its own.
  const end = match.index + match[0].length;
  if (own.evidence.some((e) => e.weight !== 0 && (e.span.start < match.index || e.span.end > end))) return own;
  const denied = DENIED_BEFORE.test(text.slice(0, match.index));
  const sign = (match[1] !== undefined ? -1 : 1) * (denied ? -1 : 1);
  const span = { start: match.index, end: match.index + match[0].length };
  const excerpt = event.text.length > EXCERPT_CHARS ? `${event.text.slice(0, EXCERPT_CHARS)}...` : event.text;
  const reason = `${sign > 0 ? 'welcomes' : 'condemns'} the event the statement before told of: "${excerpt}"`;
  const judged = (d: Dimension): DimensionScore => {
    const before = event.score[d];
    return before.label === 0 ? own[d] : { score: sign * before.score, label: (sign * before.label) as Label };
  };
  const added = labelled.map(
    (d): Evidence => ({
      entryId: 'reaction',
      dimension: d,
      cue: match[0],
      span,
      base: event.score[d].score,
      applied: [{ ruleId: 'reaction', factor: sign, cue: match[0], span, reason }],
      weight: sign * event.score[d].score,
    }),
  );
  const engagement = judged('engagement');
  const recognition = judged('recognition');
  return { engagement, recognition, threat: judged('threat'), phase: phaseOf(engagement.label, recognition.label), evidence: [...own.evidence, ...added] };
}
