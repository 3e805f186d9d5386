import { zeroBy, type ScoringRule } from '../ScoringRule';
import type { ScoringToken } from '../prepareText';
import { EVENT_NOUNS as EVENT_NOUN_LIST } from '../../attribution/attributionLexicon';

const EVENT_NOUNS = new Set(EVENT_NOUN_LIST);
const ARTICLES = new Set(['a', 'an', 'the', 'what']);
const RELATIVES = new Set(['that', 'which']);
/** Parts of speech a commenter, the subject of the comment, starts with: "the Taliban", "Somalia's", "it". */
const COMMENTER_STARTS = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);
/** Most tokens between the commenter's first word and its verb: "Somalia 's government denounced". */
const COMMENTER_MAX_TOKENS = 6;

/** Where the comment ends: the next comma, semicolon, dash or sentence end. */
function commentEnd(tokens: readonly ScoringToken[], from: number): number {
  for (let i = from; i < tokens.length; i += 1) if (tokens[i]!.hard) return i;
  return tokens.length;
}

/** Participles that place the event in time, not judge it: "a step followed by talks in Moscow". */
const SEQUENCE = new Set(['followed', 'preceded', 'accompanied']);
/** Auxiliaries between a relative and the participle of a passive comment: "a move that was welcomed by". */
const PASSIVE_AUXILIARIES = new Set(['was', 'is', 'were', 'are', 'has', 'have', 'been', 'being']);

/**
 * The end of a passive comment whose participle is at or after `at` ("a move welcomed by Serbia", "a decision that was
 * criticised by Pristina"): a verb, then its agent after "by" in the same clause; 0 when there is none.
 */
function passiveComment(tokens: readonly ScoringToken[], at: number): number {
  while (PASSIVE_AUXILIARIES.has(tokens[at]?.lower ?? '')) at += 1;
  if (tokens[at]?.pos !== 'VERB' || SEQUENCE.has(tokens[at]!.lower)) return 0;
  for (let j = at + 1; j < tokens.length && j <= at + COMMENTER_MAX_TOKENS; j += 1) {
    if (tokens[j]!.hard) return 0;
    if (tokens[j]!.lower === 'by') return commentEnd(tokens, j + 1);
  }
  return 0;
}

/** The comment that starts at token `i` (a comma), or null: ", [in] a [word] move [that] <subject> <verb> ...". */
function commentAt(tokens: readonly ScoringToken[], i: number): { first: number; last: number } | null {
  let at = i + 1;
  if (tokens[at]?.lower === 'in') at += 1;
  if (!ARTICLES.has(tokens[at]?.lower ?? '')) return null;
  at += 1;
  if (!EVENT_NOUNS.has(tokens[at]?.lower ?? '')) at += 1;
  if (!EVENT_NOUNS.has(tokens[at]?.lower ?? '')) return null;
  at += 1;
  if (RELATIVES.has(tokens[at]?.lower ?? '')) at += 1;
  const passive = passiveComment(tokens, at);
  if (passive > 0) return { first: i + 1, last: passive };
  // A subject of its own must follow: "a decision that will boost trade" tells what the decision does, and "the
  // decision of the court to suspend the ban" whose it is and what it does.
  const subject = tokens[at];
  if (subject === undefined || !COMMENTER_STARTS.has(subject.pos) || subject.hard) return null;
  for (let j = at + 1; j < tokens.length && j <= at + COMMENTER_MAX_TOKENS; j += 1) {
    if (tokens[j]!.hard) return null;
    if (tokens[j]!.pos === 'VERB') return { first: i + 1, last: commentEnd(tokens, j + 1) };
  }
  return null;
}

/**
 * Codebook rule 6, nested stance: a clause after a comma in which someone comments on the event of the sentence
 * (", a move the Taliban hailed as a brave decision", ", a deal that Somalia's government denounced as null and
 * void", ", a move welcomed by Serbia") holds the commenter's stance, not the actor's. Cues inside it score 0 in the statement around it.
 *
 * @example
 * // "Russia recognised the Taliban, a move the Taliban hailed as brave." -> no engagement +1 from "hailed"
 */
export const commentRule: ScoringRule = {
  id: 'comment',
  description: "Cues in a clause where someone else comments on the sentence's event (\", a move X hailed as ...\") score 0.",
  apply(cues, context) {
    const { tokens } = context.prepared;
    const comments: { first: number; last: number }[] = [];
    for (let i = 0; i < tokens.length; i += 1) {
      if (tokens[i]!.lower !== ',') continue;
      const c = commentAt(tokens, i);
      if (c !== null) comments.push(c);
    }
    if (comments.length === 0) return [...cues];
    return cues.map((cue) => {
      const comment = comments.find((c) => cue.first >= c.first && cue.last <= c.last);
      if (comment === undefined || cue.weight === 0) return cue;
      return zeroBy(cue, context, comment, 'comment', "another's comment on the event (codebook rule 6), not this statement");
    });
  },
};
