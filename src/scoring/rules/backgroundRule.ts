import { zeroBy, type ScoringRule } from '../ScoringRule';
import type { ScoringToken } from '../prepareText';

const RELATIVE = new Set(['which', 'who', 'whose']);
/** "ten months after it shut the mission", "two years since it closed": a span of time before the event. */
const TIME_SPANS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades']);
const SINCE_AFTER = new Set(['after', 'since']);
const YEAR = /^(?:1[89]|20)\d\d$/u;

/** Where a background aside ends: the next comma, semicolon, dash or sentence end. */
function asideEnd(tokens: readonly ScoringToken[], from: number): number {
  for (let i = from; i < tokens.length; i += 1) if (tokens[i]!.hard) return i;
  return tokens.length;
}

/**
 * Where the clause of the event a span of time counts from ends: at the aside's end, or where a clause of its own opens
 * ("since the Taliban came to power in 2021 and accepted a Taliban diplomat last year": the acceptance is not that event).
 */
function clauseEnd(tokens: readonly ScoringToken[], from: number): number {
  const end = asideEnd(tokens, from);
  const clause = tokens[from]?.clause;
  for (let i = from + 1; i < end; i += 1) if (tokens[i]!.clause !== clause && tokens[i]!.depth === tokens[from]!.depth) return i;
  return end;
}

/**
 * Whether the relative clause between `from` and `to` tells of the past on its own: a past perfect ("which had been
 * designated a terrorist organisation") or a past verb with a year ("who banned the group in 2003").
 */
function isBackground(tokens: readonly ScoringToken[], from: number, to: number): boolean {
  let pastPerfect = false;
  let year = false;
  let past = false;
  for (let i = from; i < to; i += 1) {
    const t = tokens[i]!;
    if (t.lower === 'had' && (tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.lower === 'been' || tokens[i + 2]?.pos === 'VERB')) pastPerfect = true;
    if (YEAR.test(t.lower)) year = true;
    if (t.pos === 'VERB' && /ed$/u.test(t.lower)) past = true;
  }
  return pastPerfect || (year && past);
}

/** Most tokens between "since" and the past verb of the event it counts from ("since EU-brokered talks resumed"). */
const SINCE_VERB_GAP = 5;

/**
 * Whether a clause with a verb in the simple past follows within a few tokens: "since talks resumed", "since the
 * embassy closed" count time from an event ("since" with a present perfect, "since Moscow has recognised them", may
 * give a reason instead, and "since 2021" names no event).
 */
function pastEventFollows(tokens: readonly ScoringToken[], from: number): boolean {
  for (let i = from; i < tokens.length && i - from <= SINCE_VERB_GAP && !tokens[i]!.hard; i += 1) {
    const t = tokens[i]!;
    if (t.pos === 'AUX') return false;
    if (t.pos === 'VERB') return t.lower !== t.lemma && !/(?:s|ing)$/u.test(t.lower);
  }
  return false;
}

/**
 * Codebook rule 7, background facts are dated to their own time: a cue inside a relative clause set off by a comma
 * that tells of the past on its own ("Russia lifted the ban on the Taliban, which had been designated a terrorist
 * organisation in 2003, ...") belongs to that earlier fact, not to the statement around it, and scores 0 here.
 * So does a perfect participle with a year (", having designated the group a terrorist organisation in 2003") and
 * the event a span of time is measured from ("ten months after it shut the mission", "two years since
 * it closed the embassy", "the first such signal since talks resumed"). A clause in the present or present perfect (", which has kept its embassy open,") still
 * counts.
 *
 * @example
 * // "Moscow, which had banned the group in 2003, held talks with it." -> no recognition -1 from "banned"
 */
export const backgroundRule: ScoringRule = {
  id: 'background',
  description:
    'Cues in a relative clause about an earlier fact (past perfect, or a past verb with a year), in a perfect participle with a year, or in the event a span of time is counted from, score 0.',
  apply(cues, context) {
    const { tokens } = context.prepared;
    const asides: { first: number; last: number }[] = [];
    for (let i = 1; i < tokens.length; i += 1) {
      if (!RELATIVE.has(tokens[i]!.lower) || tokens[i - 1]!.lower !== ',') continue;
      const last = asideEnd(tokens, i + 1);
      if (isBackground(tokens, i + 1, last)) asides.push({ first: i, last });
    }
    // ", having designated the group a terrorist organisation in 2003": a perfect participle with a year.
    for (let i = 1; i < tokens.length; i += 1) {
      if (tokens[i]!.lower !== 'having' || tokens[i - 1]!.lower !== ',') continue;
      const last = asideEnd(tokens, i + 1);
      if (tokens.slice(i + 1, last).some((t) => YEAR.test(t.lower))) asides.push({ first: i, last });
    }
    for (let i = 1; i < tokens.length; i += 1) {
      const timeSpan = SINCE_AFTER.has(tokens[i]!.lower) && TIME_SPANS.has(tokens[i - 1]!.lower);
      if (timeSpan || (tokens[i]!.lower === 'since' && pastEventFollows(tokens, i + 1))) asides.push({ first: i, last: clauseEnd(tokens, i + 1) });
    }
    if (asides.length === 0) return [...cues];
    return cues.map((cue) => {
      const aside = asides.find((a) => cue.first >= a.first && cue.last <= a.last);
      if (aside === undefined || cue.weight === 0) return cue;
      return zeroBy(cue, context, aside, 'background', 'background in an aside (codebook rule 7): an earlier fact, not this statement');
    });
  },
};
