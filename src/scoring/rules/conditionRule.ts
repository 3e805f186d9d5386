import type { ScoringToken } from '../prepareText';
import { applyFactor, insideCue, modifierSpan, reachesDimension, type CueState, type ScoringRule } from '../ScoringRule';

/**
 * Codebook rule 4: conditionals and preconditions withhold recognition. A positive recognition cue in a sentence
 * with a condition ("if at all ... recognised", "only after", "before any recognition", "when ... will recognise")
 * becomes a weak negative; a negative one stays as it is. Temporal conditions (`when`, `once`) count only when the
 * sentence speaks of the future or of possibility. A condition after a reporting verb that follows the cue is the
 * frame's ("..., the minister said after talks"), not the statement's. An inverted condition that opens the sentence
 * ("Should Moscow recognise the Taliban, ...", "Were Russia to recognise them, ...") withholds what it holds.
 * No condition: "hours after" (a time), "on condition of anonymity" (how a source spoke), conditions met ("had met all
 * the conditions"). Engagement and threat only supposed in an "if" or "unless" clause ("If the world isolates them,
 * ...") are no stance at all.
 *
 * @example
 * // "Pakistan will recognise the government when a regional consensus emerges." -> recognition -1 (weak)
 */
/** Auxiliaries that open an inverted condition: "Should Moscow recognise them, ...", "Were Russia to ...". */
const INVERTED = new Set(['should', 'were', 'had']);
/** Most tokens of an inverted condition before its comma. */
const INVERTED_MAX_TOKENS = 15;

/** An inverted condition opening the sentence, with the comma that closes it: "Should Moscow recognise them, ...". */
function invertedCondition(tokens: readonly ScoringToken[]): { at: number; comma: number } | null {
  let at = 0;
  while (at < tokens.length && QUOTE_OPENERS.has(tokens[at]!.lower)) at += 1;
  const first = tokens[at];
  const subject = tokens[at + 1];
  if (first === undefined || subject === undefined || !INVERTED.has(first.lower) || !SUBJECT_START.has(subject.pos)) return null;
  for (let i = at + 2; i < tokens.length && i - at <= INVERTED_MAX_TOKENS; i += 1) if (tokens[i]!.lower === ',') return { at, comma: i };
  return null;
}

const QUOTE_OPENERS = new Set(['"', '“', "'", '‘']);
/** Temporal subordinators that make a condition only of what is still to happen. */
const TEMPORAL = new Set(['after', 'when', 'once', 'before']);
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);
/** Most tokens between a temporal subordinator and its clause's predicate. */
const TEMPORAL_PREDICATE_WINDOW = 10;

/**
 * "announced it would upgrade its mission to an embassy, after Jaishankar held talks with Muttaqi": a temporal clause
 * set off by a comma whose predicate is in the past tells of an event that happened, not of a condition still to be
 * met. Without the comma it may be the condition of reported speech ("said it would recognise them once they formed
 * an inclusive government").
 */
function tellsOfPastEvent(tokens: readonly ScoringToken[], first: number, last: number): boolean {
  if (last - first !== 1 || !TEMPORAL.has(tokens[first]!.lower) || tokens[first - 1]?.lower !== ',') return false;
  for (let i = last; i < tokens.length && i - last < TEMPORAL_PREDICATE_WINDOW && !tokens[i]!.boundary; i += 1) {
    const t = tokens[i]!;
    if (t.pos === 'AUX') return PAST_AUXILIARIES.has(t.lower);
    // A past tense: a verb form that is not its lemma, a gerund or a present in -s ("held", "met", "formed").
    if (t.pos === 'VERB' && tokens[i - 1]?.lower !== 'to') return t.lower !== t.lemma && !t.lower.endsWith('ing') && !t.lower.endsWith('s');
  }
  return false;
}
/**
 * "Israel recognised Kosovo in 2021 as part of that deal": an act told in the past tense right after its named subject
 * is done; a condition after it says how it came about, not what it still waits for.
 */
function doneAct(tokens: readonly ScoringToken[], cue: CueState): boolean {
  const verb = tokens[cue.first]!;
  if (verb.pos !== 'VERB' || verb.lower === verb.lemma || verb.lower.endsWith('ing') || verb.lower.endsWith('s')) return false;
  let i = cue.first - 1;
  while (i >= 0 && tokens[i]!.pos === 'ADV') i -= 1;
  const before = tokens[i];
  // A named subject right before it: after a noun it may be a participle ("a state recognised only by Ankara").
  return before !== undefined && (before.pos === 'PROPN' || before.pos === 'PRON');
}

/** Verbs whose object may be a question: "did not say when", "it is not clear when". */
const ASKING = new Set(['say', 'know', 'specify', 'clear', 'decide', 'ask', 'explain', 'indicate', 'disclose', 'reveal', 'announce']);

/** "did not say when Moscow might take the group off its list": "when" opens what was (not) said, no condition. */
function asksWhen(tokens: readonly ScoringToken[], first: number, last: number): boolean {
  return last - first === 1 && tokens[first]!.lower === 'when' && ASKING.has(tokens[first - 1]?.lemma ?? '');
}

/** Spans of time before "after" or "before" that make it a time, not a condition: "hours after", "shortly before". */
const TIME_SPANS = new Set(['hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'minutes', 'moments', 'shortly', 'soon', 'just', 'immediately', 'right', 'long']);

/** "hours after the two countries announce that they will recognise": when it happened, not what it waits for. */
function timed(tokens: readonly ScoringToken[], first: number, last: number): boolean {
  const word = tokens[first]!.lower;
  return last - first === 1 && (word === 'after' || word === 'before') && TIME_SPANS.has(tokens[first - 1]?.lower ?? '');
}

/** What follows "before" in a deadline or a place, not a condition: "before the end of the year", "before Parliament". */
const DEADLINE_AFTER = /^(?:the\s+)?(?:end|start|beginning|close|middle)\s+of\b|^(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b|^(?:the\s+)?(?:parliament|congress|senate|lawmakers|assembly|house)\b/iu;

/** "will ask parliament to recognise Palestine before the end of the year": a deadline, not what recognition waits for. */
function deadline(tokens: readonly ScoringToken[], first: number, last: number): boolean {
  if (last - first !== 1 || tokens[first]!.lower !== 'before') return false;
  return DEADLINE_AFTER.test(tokens.slice(last, last + 4).map((t) => t.lower).join(' '));
}

/** "speaking on condition of anonymity", "on condition that he not be named": how a source spoke, no precondition. */
function anonymous(tokens: readonly ScoringToken[], first: number, last: number): boolean {
  if (tokens[last - 1]!.lower !== 'condition') return false;
  const next = tokens[last]?.lower;
  return (next === 'of' && ['anonymity', 'not'].includes(tokens[last + 1]?.lower ?? '')) || (next === 'that' && tokens.slice(last + 1, last + 6).some((t) => t.lower === 'named' || t.lower === 'identified'));
}

/** Verbs that fulfil a condition: "had met all the conditions", "fulfilled the preconditions". */
const FULFILLING = new Set(['meet', 'fulfil', 'fulfill', 'satisfy']);
/** Most tokens between a fulfilling verb and the condition it fulfils ("met all the conditions"), or its negation. */
const FULFILLED_GAP = 3;
/** Words before a fulfilling verb that leave the condition unmet: "has not yet met". */
const NOT_YET_MET = new Set(['not', "n't", 'never', 'yet']);

/**
 * "noting that the Afghan government had met all the conditions": a condition fulfilled is no longer one ("has not yet
 * met all the conditions" still is).
 */
function fulfilled(tokens: readonly ScoringToken[], first: number): boolean {
  for (let i = first - 1; i >= 0 && first - i <= FULFILLED_GAP + 1; i -= 1) {
    if (FULFILLING.has(tokens[i]!.lemma)) return !tokens.slice(Math.max(0, i - FULFILLED_GAP), i).some((t) => NOT_YET_MET.has(t.lower));
    if (tokens[i]!.pos !== 'DET' && tokens[i]!.pos !== 'ADJ' && tokens[i]!.pos !== 'PRON') return false;
  }
  return false;
}

/** Words that open a clause of what is only supposed: "if the talks collapsed", "unless they reopen". */
const SUPPOSING = new Set(['if', 'unless']);

/** The first token of the cue's clause that is not a boundary. */
function clauseStart(tokens: readonly ScoringToken[], cue: CueState): number {
  const clause = tokens[cue.first]!.clause;
  let at = cue.first;
  while (at > 0 && tokens[at - 1]!.clause === clause) at -= 1;
  while (at < cue.first && tokens[at]!.boundary) at += 1;
  return at;
}

/**
 * The "if" or "unless" that opens an engagement or threat cue's clause ("If the world isolates them, ...", "... if the
 * Istanbul talks collapsed"), if any: what is supposed has not happened and is no one's stance (codebook rules 1 and 4
 * weigh what is done or refused).
 */
function supposition(tokens: readonly ScoringToken[], cue: CueState): ScoringToken | undefined {
  const opener = tokens[clauseStart(tokens, cue)]!;
  return SUPPOSING.has(opener.lower) ? opener : undefined;
}

/** A token as the words and span of a rule's evidence. */
function tokenEvidence(text: string, word: ScoringToken): { cue: string; span: { start: number; end: number } } {
  return { cue: text.slice(word.start, word.end), span: { start: word.start, end: word.end } };
}

/** What a subject after the auxiliary starts with: a name, a noun or a determiner ("Should the Kremlin ..."). */
const SUBJECT_START = new Set(['PROPN', 'NOUN', 'DET']);

export const conditionRule: ScoringRule = {
  id: 'condition',
  description: 'A condition in the sentence turns positive recognition into weak withholding; contact or threat only supposed in an "if" clause is no stance.',
  apply(cues, context) {
    const conditions = context.modifiers.filter(
      (m) => m.item.entry.kind === 'condition' && (m.item.entry.requiresModal !== true || context.prepared.hasModal),
    );
    const reporting = context.modifiers.filter((m) => m.item.entry.kind === 'reporting');
    // "India will upgrade its mission, the minister said after talks": a condition after the verb of a frame that
    // follows the cue belongs to the frame ("said after talks"), not to what was said. After a comma the words go on
    // ("..., the minister said, only after elections").
    const tokens = context.prepared.tokens;
    const inFrameAfter = (first: number, cueLast: number): boolean =>
      reporting.some((r) => r.first >= cueLast && r.last <= first && !tokens.slice(r.last, first).some((t) => t.lower === ','));
    const inverted = invertedCondition(tokens);
    return cues.map((cue) => {
      // "If the world isolates them, there will be a crisis": contact or threat only supposed is no stance.
      const supposed = cue.weight !== 0 && cue.cue.entry.dimension !== 'recognition' ? supposition(tokens, cue) : undefined;
      if (supposed !== undefined) {
        return applyFactor(cue, { ruleId: 'condition', factor: 0, ...tokenEvidence(context.prepared.text, supposed), reason: 'only supposed in an "if" clause: no stance' });
      }
      if (cue.weight <= 0) return cue;
      if (inverted !== null && cue.cue.entry.dimension === 'recognition' && cue.first < inverted.comma) {
        return applyFactor(cue, {
          ruleId: 'condition',
          factor: context.constants.conditionFactor,
          ...tokenEvidence(context.prepared.text, tokens[inverted.at]!),
          reason: 'recognition made conditional is withheld',
        });
      }
      const clause = context.prepared.tokens[cue.first]!.clause;
      const condition = conditions.find(
        (m) =>
          !insideCue(m, cue) &&
          // Temporal conditions reach only the cue's own clause and its neighbours ("will recognise ... when ...").
          (m.item.entry.requiresModal !== true || Math.abs(context.prepared.tokens[m.first]!.clause - clause) <= 1) &&
          reachesDimension(m, cue) &&
          !(m.item.entry.direction === 'forward' && m.first >= cue.last) &&
          !(m.item.entry.direction === 'backward' && m.last <= cue.first) &&
          !(m.first >= cue.last && doneAct(context.prepared.tokens, cue)) &&
          !inFrameAfter(m.first, cue.last) &&
          !tellsOfPastEvent(tokens, m.first, m.last) &&
          !asksWhen(tokens, m.first, m.last) &&
          !timed(tokens, m.first, m.last) &&
          !deadline(tokens, m.first, m.last) &&
          !anonymous(tokens, m.first, m.last) &&
          !fulfilled(tokens, m.first),
      );
      if (condition === undefined) return cue;
      return applyFactor(cue, {
        ruleId: 'condition',
        factor: context.constants.conditionFactor,
        ...modifierSpan(condition, context),
        reason: 'recognition made conditional is withheld',
      });
    });
  },
};
