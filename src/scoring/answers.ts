import type { CompiledModifier } from '../lexicon/createLexicon';
import type { TokenMatch } from './findMatches';
import type { CueState, RuleContext } from './ScoringRule';

/** First words of a trap phrase that is a reporter's question ("asked whether ...", "a question about ..."). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['asked', 'asking', 'question', 'questions']);
/** Subjects of an answer that point back to what was asked: "this is out of the question", "it is premature". */
const ANAPHORS = new Set(['this', 'that', 'it']);
/** The one answering, as the subject of a denial that answers ("We are not in a rush", "I am not ready to say"). */
const SPEAKERS = new Set(['we', 'i']);
/** Nouns that, after "this", "that" or "the", name what was asked: "this question is not on the agenda". */
const ASKED_NOUNS = new Set(['question', 'issue', 'matter', 'topic', 'subject']);
/** Determiners before an {@link ASKED_NOUNS} noun that point back to the question: "the question was not on the agenda". */
const ASKED_DETERMINERS = new Set([...ANAPHORS, 'the']);
/** Most words between an answer's subject and its denial ("this is still not on the agenda", 'this issue "is not ...'). */
const ANSWER_SUBJECT_GAP = 4;
/** Words an answer may start with on their own, then a comma or a full stop: "Yes, certainly", "No." */
const YES_NO: Readonly<Record<string, 1 | -1>> = { yes: 1, no: -1 };
const QUOTE = /^["“”'‘’«»]$/u;

/** The words of an answer and the factor it gives what was asked: -1 for a denial or "no", 1 for "yes". */
export interface Answer {
  readonly factor: 1 | -1;
  readonly first: number;
  readonly last: number;
}

/**
 * The answer to a reporter's question in a sentence: a bare "yes" or "no" that opens it, a clause or a quote, or a
 * denial whose subject is "this", "it" or "that" and that denies no cue of its own ("This is out of the question").
 * `free(first, last)` says which words may hold the answer (not the question's own), `counts(m)` which denials may.
 *
 * @example
 * findAnswer(context, [], () => true, () => true); // { factor: -1, ... } for '"This is not on the agenda," he said.'
 */
export function findAnswer(
  context: RuleContext,
  cues: readonly CueState[],
  free: (first: number, last: number) => boolean,
  counts: (m: TokenMatch<CompiledModifier>) => boolean,
): Answer | null {
  const tokens = context.prepared.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const word = tokens[i]!.lower;
    const next = tokens[i + 1]?.lower;
    // The model reads "No." as one token, the abbreviation of "number", unless a number follows it ("No. 5").
    const bareNo = word === 'no.' && !/^\d/u.test(next ?? '');
    const factor = bareNo ? -1 : YES_NO[word];
    if (factor === undefined || !free(i, i + 1)) continue;
    const before = tokens[i - 1];
    const opens = before === undefined || before.hard || before.lower === ':' || QUOTE.test(before.lower);
    if (opens && (bareNo || next === undefined || next === ',' || next === '.' || next === '!')) return { factor, first: i, last: i + 1 };
  }
  const answer = context.modifiers.find((m) => {
    const negation = m.item.entry.negation;
    if (m.item.entry.kind !== 'negator' || (negation !== undefined && negation !== 'denial') || !free(m.first, m.last) || !counts(m)) return false;
    let subject = false;
    for (let i = m.first - 1; i >= 0 && m.first - i <= ANSWER_SUBJECT_GAP; i -= 1) {
      const t = tokens[i]!;
      if (ANAPHORS.has(t.lower) || (ASKED_NOUNS.has(t.lower) && ASKED_DETERMINERS.has(tokens[i - 1]?.lower ?? ''))) subject = true;
      // "We are not in a rush": the one answering as the subject of a denial word ("no rush", "not ready").
      // ... or named: "Moscow is not in a hurry".
      if ((SPEAKERS.has(t.lower) || t.pos === 'PROPN') && negation === 'denial') subject = true;
      // A quotation mark may open the quoted answer after its subject: 'this issue "is not on the agenda"'.
      if (subject || !(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || QUOTE.test(t.lower))) break;
    }
    const clause = tokens[m.first]!.clause;
    return subject && !cues.some((c) => tokens[c.first]!.clause === clause);
  });
  return answer === undefined ? null : { factor: -1, first: answer.first, last: answer.last };
}
