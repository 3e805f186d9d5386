import { phaseOf } from '../scoring/phaseOf';
import { DIMENSIONS, type Dimension, type DimensionScore, type Evidence, type Label, type StatementScore } from '../types';

/**
 * "followed suit", "did the same", "did likewise" (and a bare "followed", see {@link FOLLOWED_BARE}): a statement that
 * does what an act told of before did ("did so" only when denied, see {@link DONE_SO}).
 */
const FOLLOWED = /(?<![\p{L}])(?:follow(?:s|ed|ing)?\s+suit|(?:do|does|did|done|doing)\s+(?:the\s+same|likewise))(?![\p{L}])/iu;

/**
 * A named subject that opens the sentence or a "that" clause and "followed" with no object ("Portugal followed later
 * in the day", "Saudi Arabia followed on Monday", "Berlin has not followed", "officials insist that Berlin will not
 * follow"): news for doing the same as the act just told of.
 * Only after capitalised words that open the sentence and only for a statement with an actor, so that "Protests
 * followed" or "talks that followed" are left alone.
 */
const FOLLOWED_BARE =
  /(?<=(?:^|(?<![\p{L}])that\s+)(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:(?:has|have|had|will|would|does|do|did|won['’]t|wouldn['’]t|doesn['’]t|didn['’]t)\s+)?(?:(?:not|never|yet\s+to|also|soon|quickly|later|then|swiftly)\s+)?)follow(?:s|ed)?(?=\s*(?:[.,;!]|$)|\s+(?:later|shortly|soon|on|in|within|days|weeks|months|hours|the\s+next|a\s+day|the\s+same)(?![\p{L}]))/u;

/**
 * "has not done so", "has yet to do so": only denied does "do so" point back to the statement before ("No other country
 * has done so"); affirmed, news uses it for any act ("the first country to do so").
 */
const DONE_SO = /(?<![\p{L}])(?:do|does|did|done|doing)\s+so(?![\p{L}])/iu;

/** A negation before it in its sentence: "No other country has followed suit", "has yet to do so". */
export const DENIED_BEFORE = /(?:^|[^\p{L}])(?:not|never|no|none|yet\s+to|refused\s+to|declined\s+to|unlikely\s+to)(?![\p{L}])[^.;:!?]{0,40}$|n['’]t\s+[^.;:!?]{0,40}$/iu;

/** A question or a condition before the words: "Asked whether Beijing would follow suit, ...", "If Paris follows ...". */
export const ASKED_BEFORE = /(?:^|[^\p{L}])(?:whether|if)(?![\p{L}])[^.;:!?]{0,60}$/iu;

/** Characters of the previous statement quoted in the reason. */
const EXCERPT_CHARS = 80;

/** The statement before, as {@link followSuit} reads it. */
export interface PreviousStatement {
  readonly text: string;
  readonly target: string | null;
  readonly score: StatementScore;
}

/**
 * "Kazakhstan removed the Taliban from its list. Kyrgyzstan followed suit in 2024.": a statement with no cue of its
 * own that says its actor did what an act told of before did takes that act's labels, and their opposite when it
 * denies it ("No other country has followed suit"). `act` is the last statement before with labels of its own that
 * is no reaction to something else (what `analyzeDocument` passes): in "Israel recognised Somaliland. The AU
 * condemned the move. No other country has followed suit." what is not followed is the recognition. `actor` is the
 * statement's actor: a bare "followed" needs one. Only for the same target; the evidence names the words and quotes
 * the statement they point to.
 *
 * @example
 * followSuit('Kyrgyzstan followed suit.', 'Taliban', ownScore, { text: 'Astana delisted the Taliban.', target: 'Taliban', score })
 *   .recognition.label; // 1, when the act had recognition +1
 */
export function followSuit(text: string, target: string | null, own: StatementScore, act: PreviousStatement | null, actor: string | null = null): StatementScore {
  if (act === null || act.target !== target || own.evidence.some((e) => e.weight !== 0)) return own;
  if (!hasLabel(act.score)) return own;
  // A bare "followed" only when the statement has an actor: "Protests followed" names no one who did anything.
  const followed = FOLLOWED.exec(text) ?? (actor !== null ? FOLLOWED_BARE.exec(text) : null);
  const match = followed ?? DONE_SO.exec(text);
  if (match === null || ASKED_BEFORE.test(text.slice(0, match.index))) return own;
  const denied = DENIED_BEFORE.test(text.slice(0, match.index));
  // Affirmed, "do so" is any act ("the first country to do so").
  if (followed === null && !denied) return own;
  const sign = denied ? -1 : 1;
  const reason = sign > 0 ? `does what the act told of before did: "${excerpt(act)}"` : `does not do what the act told of before did: "${excerpt(act)}"`;
  return withLabelsOf(own, act, sign, match, 'followed-suit', reason);
}

/** Whether a score has a label on some dimension. */
export function hasLabel(score: StatementScore): boolean {
  return DIMENSIONS.some((d) => score[d].label !== 0);
}

/** The statement before, cut to {@link EXCERPT_CHARS} characters, to quote in a reason. */
export function excerpt(previous: PreviousStatement): string {
  return previous.text.length > EXCERPT_CHARS ? `${previous.text.slice(0, EXCERPT_CHARS)}...` : previous.text;
}

/**
 * `own` with the labels of the statement before times `sign` on each dimension where it has one, and one evidence
 * entry per such dimension (`entryId` and rule `ruleId`) naming the words that point to it (`words`, a match in the
 * statement's text).
 */
export function withLabelsOf(own: StatementScore, previous: PreviousStatement, sign: 1 | -1, words: RegExpExecArray, ruleId: string, reason: string): StatementScore {
  const span = { start: words.index, end: words.index + words[0].length };
  const taken = (d: Dimension): DimensionScore => {
    const before = previous.score[d];
    return before.label === 0 ? own[d] : { score: sign * before.score, label: (sign * before.label) as Label };
  };
  const added = DIMENSIONS.filter((d) => previous.score[d].label !== 0).map(
    (d): Evidence => ({
      entryId: ruleId,
      dimension: d,
      cue: words[0],
      span,
      base: previous.score[d].score,
      applied: [{ ruleId, factor: sign, cue: words[0], span, reason }],
      weight: sign * previous.score[d].score,
    }),
  );
  const engagement = taken('engagement');
  const recognition = taken('recognition');
  return { engagement, recognition, threat: taken('threat'), phase: phaseOf(engagement.label, recognition.label), evidence: [...own.evidence, ...added] };
}
