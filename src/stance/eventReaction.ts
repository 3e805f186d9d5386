import type { StatementScore } from '../types';
import { DENIED_BEFORE, excerpt, hasLabel, withLabelsOf, type PreviousStatement } from './followedSuit';

/** Judging an event against it: "condemned the move", "criticised the decision". */
const AGAINST = String.raw`condemn\w*|denounc\w*|critici[sz]\w*|reject\w*|slam\w*|deplor\w*|decr(?:y|ies|ied)|protest\w*|oppos\w*`;
/** ... or for it: "welcomed the decision", "hailed the step". */
const FOR = String.raw`welcom\w*|hail\w*|prais\w*|applaud\w*|endors\w*|back(?:s|ed|ing)?|support\w*`;
/** Nouns that name the event told of before: "the move", "Macron's proposal". */
const EVENT_NOUN = String.raw`(?:move|decision|step|announcement|proposal|plan|initiative)`;
/**
 * The event named by an anaphoric noun after its article, demonstrative or owner ("the move", "Paris's decision"); not
 * one that names its own content after it ("the decision to hold the session without women"; "the decision of the
 * Russian Federation" names its maker and stays).
 */
const EVENT = String.raw`\s+(?:(?:the|this|that|its|their|his|her)\s+|\p{Lu}[\p{L}'’.-]*['’]s?\s+)(?:[\p{L}-]+\s+)?${EVENT_NOUN}(?![\p{L}])(?!\s+(?:to|on|for)\s)`;
const REACTION = new RegExp(String.raw`(?<![\p{L}])(?:(${AGAINST})|(${FOR}))${EVENT}`, 'iu');
/** Nouns that call an event wrong: "a grave mistake", "a deliberate attack on its sovereignty". */
/** A step called a reward for terrorism: "a reward for terror", "a gift to Hamas". */
const REWARD_FOR_TERROR = String.raw`(?:reward|prize|gift)s?\s+(?:for|to)\s+(?:terror\w*|hamas|extremis\w*)`;
/** A word before the noun that qualifies it, not one that denies it ("the move was no reward for Hamas"). */
const QUALIFIER = String.raw`(?!(?:no|not|never|hardly|nothing)\s)[\p{L}-]+\s+`;
const WRONG_NOUN = String.raw`(?:an?\s+)?(?:${QUALIFIER})?(?:${REWARD_FOR_TERROR}|mistake|error|blunder|violation|breach|attack|assault|affront|blow)`;
/** Adjectives that call an event unlawful: "the move is illegal". */
const UNLAWFUL = String.raw`illegal|unlawful|illegitimate`;
/** What the event is called when it is judged wrong: "the move was an enormous reward for terrorism". */
const WRONG = String.raw`${WRONG_NOUN}|${UNLAWFUL}|unacceptable|irresponsible|reckless|provocative`;
/** ... or right: "the decision is a historic step", "the move was courageous". */
const RIGHT = String.raw`historic|courageous|brave|welcome|(?:an?\s+)?(?:[\p{L}-]+\s+)?step\s+in\s+the\s+right\s+direction`;
/** The event as a subject, after its article, demonstrative or owner: "the move", "Paris's decisions". */
const EVENT_SUBJECT = String.raw`(?<![\p{L}])(?:the|this|that|its|their|his|her|\p{Lu}[\p{L}'’.-]*['’]s?)\s+(?:[\p{L}-]+\s+)?${EVENT_NOUN}s?`;
/** The event as the subject of a judging predicate: "the move was ...", "Paris's decision is ...", quoted or not. */
const JUDGED = new RegExp(String.raw`${EVENT_SUBJECT}\s+(?:was|is|were|are|(?:would|will)\s+be)\s+["“‘']?(?:(${WRONG})|(${RIGHT}))(?![\p{L}])`, 'iu');
/** What a wrong event does: "the move rewards terrorism", "the decision would embolden extremists". */
const DOES_WRONG = String.raw`(?:(?:would|will|could|only)\s+)?(?:reward(?:s|ed)?|embolden(?:s|ed)?|encourag(?:es|ed))\s+(?:terror\w*|extremis\w*|violence|aggression|hamas)`;
/** The event as the subject of a wrong deed: "said the move rewarded terrorism". */
const DOES = new RegExp(String.raw`${EVENT_SUBJECT}\s+(${DOES_WRONG})(?![\p{L}])`, 'iu');
/** The event named as something wrong: "called the decision a deliberate attack on its sovereignty". */
const CALLED = new RegExp(
  String.raw`(?<![\p{L}])(?:call(?:s|ed|ing)?|describ\w*|brand\w*|term(?:s|ed)?|label\w*)\s+(?:the|this|that|its|\p{Lu}[\p{L}'’.-]*['’]s?)\s+(?:[\p{L}-]+\s+)?${EVENT_NOUN}s?\s+(?:as\s+)?(${WRONG_NOUN}|${UNLAWFUL})(?![\p{L}])`,
  'iu',
);
/** A statement that itself condemns or rejects, or calls something a reward for terror: a reaction, not an event others react to. */
const REACTS = new RegExp(String.raw`(?<![\p{L}])(?:${AGAINST}|${REWARD_FOR_TERROR})(?![\p{L}])`, 'iu');

/**
 * Whether a statement can be the event later ones judge: not one that itself condemns or rejects something ("The
 * African Union said it rejected any initiative aimed at recognising Somaliland" is a reaction to the event).
 *
 * @example
 * isEvent('Israel recognised Somaliland.'); // true
 * isEvent('The AU rejected any move to recognise Somaliland.'); // false
 */
export function isEvent(text: string): boolean {
  return !REACTS.test(text);
}

/**
 * "France recognised the State of Palestine. Israel condemned the move as a reward for terrorism.": a statement with no
 * cue of its own (beyond the judging verb) that judges the event a statement with cues of its own told of (the caller
 * chooses which: `analyzeDocument` passes the news the story leads with) ("condemned the move",
 * "welcomed the decision") takes that statement's labels, with their sign when it welcomes the event and the
 * opposite when it condemns it (and the other way round when it denies that: "did not welcome the move"). So does one
 * that calls the event right or wrong ("said the move was an enormous reward for terrorism", "the decision is
 * historic", "the move rewarded terrorism"). Only for
 * the same target; the evidence names the words and quotes the statement they judge.
 *
 * @example
 * judgeEvent('Israel condemned the move.', 'Palestine', ownScore, { text: 'France recognised Palestine.', target: 'Palestine', score })
 *   .recognition.label; // -1, when the statement before had recognition +1
 */
export function judgeEvent(text: string, target: string | null, own: StatementScore, event: PreviousStatement | null): StatementScore {
  if (event === null || event.target !== target) return own;
  if (!hasLabel(event.score)) return own;
  const match = REACTION.exec(text) ?? JUDGED.exec(text) ?? DOES.exec(text) ?? CALLED.exec(text);
  if (match === null) return own;
  // A cue of its own outside the judgement's words ("welcomed" is one) is a stance of its own.
  const end = match.index + match[0].length;
  if (own.evidence.some((e) => e.weight !== 0 && (e.span.start < match.index || e.span.end > end))) return own;
  const denied = DENIED_BEFORE.test(text.slice(0, match.index));
  const sign = (match[1] !== undefined) !== denied ? -1 : 1;
  const reason = `${sign > 0 ? 'welcomes' : 'condemns'} the event the statement before told of: "${excerpt(event)}"`;
  return withLabelsOf(own, event, sign, match, 'reaction', reason);
}
