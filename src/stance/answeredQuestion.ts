import { QUESTION_WORDS } from '../scoring/answers';
import type { Scorer } from '../scoring/createScorer';
import { phaseOf } from '../scoring/phaseOf';
import { type Dimension, type DimensionScore, type Evidence, type Label, type StatementScore } from '../types';
import { excerpt, type PreviousStatement } from './followedSuit';

/**
 * Whether an evidence entry is a cue a reporter's question held at 0: told ("Asked whether Moscow would recognise
 * ...") or asked ("Is Moscow planning to recognise the Taliban?", rule `question`).
 */
function asked(e: Evidence): boolean {
  return (
    e.weight === 0 &&
    e.applied.some((a) => a.factor === 0 && (a.ruleId === 'question' || (a.ruleId === 'trap' && QUESTION_WORDS.has(a.cue?.split(/\s+/u)[0]?.toLowerCase() ?? ''))))
  );
}

/**
 * What a question's cue weighed before the question held it at 0: "So recognition would come only after an
 * agreement?" asks a withheld recognition, which a "yes" affirms.
 */
function askedWeight(e: Evidence): number {
  const weight = e.applied.reduce((w, a) => (a.factor === 0 && (a.ruleId === 'question' || a.ruleId === 'trap') ? w : w * a.factor), e.base);
  return Math.max(-1, Math.min(1, weight));
}

/**
 * "Peskov was asked whether Moscow would recognise the Taliban. 'This is not on the agenda now,' he said.", or in a
 * transcript "Question: Is Moscow planning to recognise the Taliban? Zakharova: No.": a statement with no cue of
 * its own that answers, on its own, the reporter's question the statement before it asked
 * (a denial of "this", "it" or "that", or a bare "yes" or "no"; see `Scorer.answer`) takes the question's cues with
 * the answer's sign. Only for the same target; the evidence names the answer's words and quotes the question.
 *
 * @example
 * answerQuestion('"This is not on the agenda," he said.', 'Taliban', ownScore, previous, scorer).recognition.label;
 * // -1, when the statement before asked about recognising the Taliban
 */
export function answerQuestion(text: string, target: string | null, own: StatementScore, previous: PreviousStatement | null, scorer: Scorer, labelThreshold: number): StatementScore {
  if (previous === null || previous.target !== target || scorer.answer === undefined || own.evidence.some((e) => e.weight !== 0)) return own;
  const questions = previous.score.evidence.filter(asked);
  if (questions.length === 0) return own;
  const answer = scorer.answer(text);
  if (answer === null) return own;
  const reason = `${answer.factor < 0 ? 'denies' : 'affirms'} what the question before asked: "${excerpt(previous)}"`;
  const added = questions.map(
    (q): Evidence => ({
      entryId: 'answer',
      dimension: q.dimension,
      cue: answer.cue,
      span: answer.span,
      base: q.base,
      applied: [{ ruleId: 'answer', factor: answer.factor, cue: answer.cue, span: answer.span, reason }],
      weight: answer.factor * askedWeight(q),
    }),
  );
  const dimension = (d: Dimension): DimensionScore => {
    const entries = added.filter((e) => e.dimension === d);
    if (entries.length === 0) return own[d];
    const score = Math.max(-1, Math.min(1, entries.reduce((s, e) => s + e.weight, 0)));
    return score === 0 ? own[d] : { score, label: (Math.abs(score) >= labelThreshold ? Math.sign(score) : 0) as Label };
  };
  const engagement = dimension('engagement');
  const recognition = dimension('recognition');
  return { engagement, recognition, threat: dimension('threat'), phase: phaseOf(engagement.label, recognition.label), evidence: [...own.evidence, ...added] };
}

/** How much of the recognition the statement before weighed a bare denial after it withholds (weak, as rule 4's). */
const CONTINUED_FACTOR = 0.6;

/**
 * "Recognition is not on the agenda. We are not in a hurry.", "... remove them from the list. It is premature.": a
 * statement with no cue of its own that denies on its own, as an answer does (see `Scorer.answer`), right after a
 * statement that weighs recognition of the same target, goes on withholding it: the hurry is to recognise. Weak, and
 * only recognition (what "no rush" and "premature" are said of); the evidence names the denial and quotes the
 * statement before.
 *
 * @example
 * continueRecognition('"We are not in a hurry."', 'Taliban', ownScore, previous, scorer, 0.2).recognition.label;
 * // -1, when the statement before said recognition was not on the agenda
 */
export function continueRecognition(text: string, target: string | null, own: StatementScore, previous: PreviousStatement | null, scorer: Scorer, labelThreshold: number): StatementScore {
  if (previous === null || previous.target !== target || scorer.answer === undefined || own.evidence.some((e) => e.weight !== 0)) return own;
  const topic = previous.score.evidence.find((e) => e.dimension === 'recognition' && e.weight !== 0);
  if (topic === undefined) return own;
  const answer = scorer.answer(text, { denialOnly: true });
  if (answer === null || answer.factor > 0) return own;
  const base = -Math.abs(topic.base);
  const weight = Math.max(-1, base * CONTINUED_FACTOR);
  const added: Evidence = {
    entryId: 'continued',
    dimension: 'recognition',
    cue: answer.cue,
    span: answer.span,
    base,
    applied: [{ ruleId: 'continued', factor: CONTINUED_FACTOR, cue: answer.cue, span: answer.span, reason: `a denial on its own after a statement that weighs recognition: "${excerpt(previous)}"` }],
    weight,
  };
  const recognition: DimensionScore = { score: weight, label: (Math.abs(weight) >= labelThreshold ? -1 : 0) as Label };
  return { ...own, recognition, phase: phaseOf(own.engagement.label, recognition.label), evidence: [...own.evidence, added] };
}

/**
 * A reporter's question in a transcript, scored 0: each cue keeps its evidence, with the reason it does not count.
 *
 * @example
 * unasked(score).recognition; // { score: 0, label: 0 }
 */
export function unasked(score: StatementScore): StatementScore {
  return zeroed(score, 'question', "a reporter's question in a transcript: no one's stance");
}

/**
 * A statement scored 0 on every dimension by `ruleId`: each cue keeps its evidence, with `reason`.
 *
 * @example
 * zeroed(score, 'heading', 'a section heading names a topic').engagement; // { score: 0, label: 0 }
 */
export function zeroed(score: StatementScore, ruleId: string, reason: string): StatementScore {
  const zero: DimensionScore = { score: 0, label: 0 };
  return {
    engagement: zero,
    recognition: zero,
    threat: zero,
    phase: phaseOf(0, 0),
    evidence: score.evidence.map((e) => (e.weight === 0 ? e : { ...e, weight: 0, applied: [...e.applied, { ruleId, factor: 0, cue: e.cue, span: e.span, reason }] })),
  };
}
