import type { CompiledModifier } from '../../lexicon/createLexicon';
import { dropContained, QUOTE_MARKS, type TokenMatch } from '../findMatches';
import type { ScoringToken } from '../prepareText';
import { applyFactor, inClauseScope, insideCue, modifierSpan, objectIsAct, reachesDimension, scaleBy, targetIsObject, type CueState, type RuleContext, type ScoringRule } from '../ScoringRule';

/**
 * "not only", "not just": emphasis, not negation; "will never forget the support", "does not interfere in the affairs of
 * friendly states": the negation is the verb's own, not the cue's after it.
 */
const NOT_NEGATING_NEXT = new Set(['only', 'just', 'merely', 'least', 'simply', 'doubt', 'doubts', 'surprisingly', 'unconditional', 'unconditionally', 'unusual', 'wrong', 'strange', 'extraordinary', 'forget', 'forgotten', 'interfere', 'interfering']);
/** "without delay", "without fail", "without doubt": how something is done, not whether. */
/** Words that may stand between "without" and its idiom: "without any delay", "without undue delay". */
const WITHOUT_DETERMINERS = new Set(['any', 'undue', 'further']);
const WITHOUT_IDIOMS = new Set(['delay', 'delays', 'hesitation', 'fail', 'exception', 'doubt', 'question', 'further']);
const PREDICATE_NEGATORS = new Set(['not', "n't", 'never']);
/**
 * Words after a predicate "not" that deny a purpose or a target, not the subject: "cooperation with them is not
 * directed against third countries", "recognition is not against anyone".
 */
const NOT_AGAINST = new Set(['against', 'directed', 'aimed', 'targeted', 'targeting']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'any']);
/** Whether the token names an effect or a worth ({@link EFFECTS}), by lemma or as written. */
function isEffect(t: ScoringToken | undefined): boolean {
  return t !== undefined && (EFFECTS.has(t.lemma) || EFFECTS.has(t.lower));
}

/**
 * Worth that, denied to a measure against the target, argues against the measure ("sanctions are not the solution",
 * "sanctions will not solve the problem").
 */
const WORTH = new Set(['solution', 'answer', 'panacea', 'solve', 'resolve', 'fix', 'cure']);

/** Verbs of second thoughts: "recognition is not something we are reconsidering". */
const REVISITS = new Set(['reconsider', 'revisit', 'review', 'rethink', 'reverse', 'withdraw', 'abandon', 'regret', 'question', 'change']);
/** Verbs of change after a predicate "not": the subject stands, unchanging ("the deal did not change our position"). */
const NO_CHANGE = new Set(['change', 'alter', 'affect', 'shift']);
/** Words after a predicate "not (be)" that deny nothing of the subject: "the talks were not secret". */
const DESCRIPTIONS = new Set([
  'disappeared',
  'vanished',
  'receded',
  'secret',
  'easy',
  'simple',
  'new',
  'public',
  'straightforward',
  'smooth',
  'unprecedented',
  'surprising',
  'unexpected',
  'sudden',
  'accidental',
  'coincidental',
  'confidential',
  // "the sovereignty of Somalia is not negotiable": what is denied is that it could be given up.
  'negotiable',
  // ... and participles of stopping: "contacts have never been interrupted" go on.
  'interrupted',
  'suspended',
  'severed',
  'broken',
  'halted',
  'stopped',
]);
/**
 * What a subject does or is for, after a predicate "not" (lemmas): "engagement has not produced results",
 * "recognition does not free a single hostage", "contacts do not depend on labels", "recognition is not an end in itself", "... not the end of a process
 * but the beginning", "dialogue is not enough". What is denied is an effect or a worth; the subject stands.
 */
const EFFECTS = new Set([
  'produce', 'yield', 'deliver', 'succeed', 'bring', 'free', 'solve', 'resolve', 'guarantee', 'fix', 'cure', 'save', 'achieve',
  'depend', 'hinge', 'end', 'panacea', 'solution', 'answer', 'goal', 'beginning', 'enough', 'sufficient', 'adequate', 'silver', 'magic',
]);
/**
 * How a step came about, after a predicate "not": "the decision did not come out of the blue", "... as a surprise", "did
 * not happen overnight". What is denied is its suddenness; the step stands.
 */
const NOT_SUDDEN = /^(?:come|came|happen|happened|arrive|arrived)\s+(?:out\s+of\s+(?:the\s+)?blue|as\s+(?:a|any)\s+(?:surprise|shock)|from\s+nowhere|overnight|by\s+(?:chance|accident))(?![\p{L}])/u;
/**
 * Nouns after a predicate "not a" that deny a favour or a use, not the subject: "contact is not a reward", "... not an
 * endorsement", "dialogue cannot be an excuse for inaction", "talks are not a substitute for pressure".
 */
const NOT_A_FAVOUR = new Set([
  'reward', 'concession', 'endorsement', 'favour', 'favor', 'gift', 'prize', 'approval', 'blessing', 'legitimisation', 'legitimization', 'cheque', 'check',
  'excuse', 'pretext', 'substitute', 'replacement', 'cover', 'licence', 'license',
]);
/** The first word of a cue that names what something is taken out of ("from the list", "off the list"). */
const REMOVED_FROM = new Set(['from', 'off']);
/** Most words between "mistake" and its "for" ("mistake these travel exemptions for recognition"). */
const MISTAKEN_FOR_GAP = 5;
/** Participles of a misreading after a predicate "not (be)": the reading is denied, not the subject. */
const MISREADING = new Set(['misunderstood', 'misinterpreted', 'misread', 'misconstrued', 'misjudged', 'overstated', 'exaggerated', 'overinterpreted', 'mistaken']);
/** Participles of reading something "as" something after a predicate "not (be)": the reading is denied, not the subject. */
const READ_AS = new Set(['interpreted', 'seen', 'viewed', 'regarded', 'read', 'construed', 'taken', 'understood', 'perceived']);
const SENDS = new Set(['send', 'sends', 'give', 'gives']);
const AUXILIARIES = new Set(['be', 'have', 'do', 'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'is', 'was', 'are', 'were', 'has', 'had', 'does', 'did', 'wo', 'ca']);

/** "no alternative to", "no choice but", "no other option than": what follows is affirmed, not denied. */
const NO_ALTERNATIVE = new Set(['alternative', 'alternatives', 'choice', 'option', 'options', 'way']);
const NO_ALTERNATIVE_LINKS = new Set(['to', 'but', 'than', 'except', 'besides']);

/** Whether the negator's next words are "[other] alternative to", "choice but" and the like. */
function affirmsWhatFollows(match: TokenMatch<CompiledModifier>, context: RuleContext): boolean {
  const tokens = context.prepared.tokens;
  let at = match.last;
  if (tokens[at]?.lower === 'other') at += 1;
  const noun = tokens[at];
  const link = tokens[at + 1];
  return noun !== undefined && link !== undefined && NO_ALTERNATIVE.has(noun.lower) && NO_ALTERNATIVE_LINKS.has(link.lower);
}

/** Words before "doubt" that deny it: "no doubt that", "without doubt", "beyond doubt". */
/** What a visit that ends is: "ended their visit", "concluded a two-day trip". */
const VISITS = new Set(['visit', 'trip', 'tour', 'stay', 'mission', 'two-day', 'three-day', 'official', 'working']);
const VISIT_OWNERS = new Set(['their', 'his', 'her', 'its', 'a', 'the', 'our']);
const NOT_DOUBTED = new Set(['no', 'without', 'little', 'beyond']);
/** Words a "yet" right after goes with ("no plans yet", "not decided yet"), and how far back they may stand. */
const NEGATION_WORDS = new Set([...PREDICATE_NEGATORS, 'no', 'none']);
const YET_AFTER_NEGATION = 3;

function isNegating(match: TokenMatch<CompiledModifier>, context: RuleContext): boolean {
  const next = context.prepared.tokens[match.last];
  const tokens = context.prepared.tokens;
  // Neither "without" nor the "delay" after it negates: "implement the agreement without delay".
  if (next !== undefined && tokens[match.first]!.lower === 'without' && WITHOUT_IDIOMS.has(next.lower)) return false;
  // ... also with "any" or "undue" between: "engage with them without any delay".
  if (next !== undefined && tokens[match.first]!.lower === 'without' && WITHOUT_DETERMINERS.has(next.lower) && WITHOUT_IDIOMS.has(tokens[match.last + 1]?.lower ?? '')) return false;
  // "There is no doubt that ...": a doubt denied affirms.
  if (tokens[match.first]!.lemma === 'doubt' && NOT_DOUBTED.has(tokens[match.first - 1]?.lower ?? '')) return false;
  if (tokens[match.first - 1]?.lower === 'without' && WITHOUT_IDIOMS.has(tokens[match.first]!.lower)) return false;
  if (tokens[match.first - 2]?.lower === 'without' && WITHOUT_DETERMINERS.has(tokens[match.first - 1]!.lower) && WITHOUT_IDIOMS.has(tokens[match.first]!.lower)) return false;
  // "Nobody should mistake these exemptions for recognition", "should not be mistaken for recognition": taking one
  // thing for another is a misreading, not a wrong step; only the denial of it counts.
  const word = tokens[match.first]!;
  if ((word.lemma === 'mistake' || word.lemma === 'confuse' || word.lower === 'mistaken' || word.lower === 'confused') && word.pos !== 'NOUN') {
    if (tokens.slice(match.last, match.last + MISTAKEN_FOR_GAP).some((t) => t.lower === 'for' || t.lower === 'with')) return false;
  }
  // "a visit that ended with Delhi announcing an upgrade": how something ended, not that it stopped.
  if (['ended', 'ends', 'ending'].includes(tokens[match.first]!.lower) && (next?.lower === 'with' || next?.lower === 'in')) return false;
  // "It was not the first time they had been received", "Kazakhstan is not the only state reconsidering the
  // designation": what happened before, or elsewhere too, is affirmed.
  if (tokens[match.first]!.lower === 'not' && next?.lower === 'the' && ['first', 'only', 'last'].includes(tokens[match.last + 1]?.lower ?? '')) return false;
  // "ended their visit to Damascus after meeting al-Sharaa": a visit that ends has been made.
  if (['end', 'conclude', 'wrap'].includes(word.lemma) && VISIT_OWNERS.has(next?.lower ?? '') && VISITS.has(tokens[match.last + 1]?.lower ?? '')) return false;
  // "The visit was not without friction": "not without" affirms what follows, and negates nothing before it.
  if (tokens[match.first]!.lower === 'not' && next?.lower === 'without') return false;
  if (tokens[match.first]!.lower === 'without' && tokens[match.first - 1]?.lower === 'not') return false;
  // "So why not deal with them?": a question that proposes.
  if (tokens[match.first]!.lower === 'not' && tokens[match.first - 1]?.lower === 'why') return false;
  // "There are no plans yet to recognise them": "yet" goes with the negation before it, not "has yet to".
  if (tokens[match.first]!.lower === 'yet' && tokens.slice(Math.max(0, match.first - YET_AFTER_NEGATION), match.first).some((t) => NEGATION_WORDS.has(t.lower))) return false;
  return next === undefined || (!NOT_NEGATING_NEXT.has(next.lower) && !affirmsWhatFollows(match, context));
}

/** Parts of speech a negation's own verb may follow: "will not accept", "did not immediately confirm". */
const BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);
/** ... and those a verb of change may follow: "does not change". */
const BEFORE_CHANGE = new Set(['AUX', 'ADV']);

/**
 * The index of the first word from `from` (before `end`, within `max` words) that is not of the parts of speech in
 * `skip`: the verb a negation goes with.
 */
function wordAfter(tokens: readonly ScoringToken[], from: number, end: number, skip: ReadonlySet<string>, max = Infinity): number {
  let at = from;
  while (at < end && at - from < max && skip.has(tokens[at]!.pos)) at += 1;
  return at;
}

/** A bare "not", "n't" or "never": longer negators ("does not amount to") say explicitly what they reach. */
function isBareNot(match: TokenMatch<CompiledModifier>, tokens: readonly ScoringToken[]): boolean {
  const word = tokens[match.first]!;
  return match.last - match.first === 1 && (PREDICATE_NEGATORS.has(word.lemma) || PREDICATE_NEGATORS.has(word.lower));
}

/**
 * "Recognition ... is not on the agenda", "the time to recognise them has not come": a predicate negation (auxiliary
 * + not) also reaches a cue before it in the clause when no other verb stands between them.
 */
function negatesSubject(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext, cues: readonly CueState[]): boolean {
  const tokens = context.prepared.tokens;
  if (!isBareNot(match, tokens)) return false;
  const word = tokens[match.first]!;
  const previous = tokens[match.first - 1];
  if (previous === undefined || !(previous.pos === 'AUX' || AUXILIARIES.has(previous.lower))) return false;
  if (match.first <= cue.last || tokens[cue.first]!.clause !== word.clause) return false;
  if (NOT_AGAINST.has(tokens[match.last]?.lower ?? '')) return false;
  // "The deal did not change Washington's position": what is denied is a change, not the subject.
  if (NO_CHANGE.has(tokens[match.last]?.lemma ?? '')) return false;
  // "The talks had never been secret", "contacts were never interrupted": what is denied is a description of the
  // subject, or its stopping, and the subject stands.
  let d = match.last;
  // ... also over an adverb: "contact has never really stopped".
  while (tokens[d]?.pos === 'ADV' && !DESCRIPTIONS.has(tokens[d]!.lower) && !isEffect(tokens[d]) && d < match.last + 2) d += 1;
  if (tokens[d]?.lemma === 'be') d += 1;
  if (tokens[d]?.lower === 'a' || tokens[d]?.lower === 'an') d += 1;
  const described = tokens[d];
  if (DESCRIPTIONS.has(described?.lower ?? '')) return false;
  // "Recognition is not something we are reconsidering": what is denied is a second thought, and the subject stands.
  if (described?.lower === 'something' && tokens.slice(d + 1, d + 5).some((t) => REVISITS.has(t.lemma))) return false;
  const effect = described?.lower === 'the' ? tokens[d + 1] : described;
  // ... but a measure against the target denied its worth is argued against: "sanctions are not the solution".
  if (isEffect(effect)) return cue.weight < 0 && WORTH.has(effect!.lemma);
  if (NOT_SUDDEN.test(tokens.slice(match.last, match.last + 6).map((t) => t.lower).join(' '))) return false;
  // "The invitation should not be misunderstood", "contacts must not send the message that ...": what is denied is a
  // reading of the subject, or a message it sends, not the subject.
  const next = (k: number): string => tokens[match.last + k]?.lower ?? '';
  if (MISREADING.has(next(next(0) === 'be' ? 1 : 0))) return false;
  // "... should not be interpreted as a political step": what is denied is a reading "as" something.
  const reading = next(0) === 'be' ? 1 : 0;
  if (READ_AS.has(next(reading)) && next(reading + 1) === 'as') return false;
  if (SENDS.has(next(0)) && ['message', 'signal', 'messages', 'signals'].includes(next(2))) return false;
  // "Dialogue with them is not a reward": the predicate says what the subject is not taken for, not that it stops.
  // ... also after "be": "dialogue cannot be an excuse for inaction".
  const at = tokens[match.last]?.lemma === 'be' ? match.last + 1 : match.last;
  const article = tokens[at]?.lower;
  if ((article === 'a' || article === 'an') && [1, 2].some((k) => NOT_A_FAVOUR.has(tokens[at + k]?.lemma ?? ''))) return false;
  // "The visit should not be seen as a step towards recognition": the negation is about the noun cue in its
  // predicate, not about the subject ("recognition has not been discussed" still negates the subject). So is a
  // recognition cue after an engagement subject: "inviting them to Oslo did not legitimise them" denies recognition,
  // not the invitation (the archetype of engagement without recognition).
  const nominal = (c: CueState): boolean => tokens[c.first]!.pos === 'NOUN' || tokens[c.first]!.pos === 'PROPN';
  const deniedRecognition = (c: CueState): boolean => c.cue.entry.dimension === 'recognition' && cue.cue.entry.dimension === 'engagement';
  if (cues.some((c) => c !== cue && c.first >= match.first && tokens[c.first]!.clause === word.clause && (nominal(c) || deniedRecognition(c)))) return false;
  // The negated predicate must be the cue's own: no other verb stands between them. An aside in brackets is not
  // the clause's: "recognition of the Taliban movement (outlawed in Russia) is not yet on the agenda".
  const depth = tokens[cue.first]!.depth;
  for (let i = cue.last; i < match.first - 1; i += 1) {
    const t = tokens[i]!;
    if (t.depth > depth) continue;
    // "Taliban-led" is part of a noun phrase, not another predicate.
    if ((t.pos === 'VERB' && tokens[i - 1]?.lower !== '-') || t.boundary) return false;
  }
  return true;
}

/** Whether tokens `from` to `to` (inclusive) are all in `clause`, with no boundary among them. */
function staysInClause(tokens: readonly ScoringToken[], from: number, to: number, clause: number): boolean {
  const depth = tokens[to]!.depth;
  for (let i = from; i <= to; i += 1) {
    if (tokens[i]!.depth > depth) continue;
    if (tokens[i]!.boundary || tokens[i]!.clause !== clause) return false;
  }
  return true;
}

/** Verbs of saying and thinking whose negation is the complement's: "I would not say that they are a threat". */
const RAISING = new Set(['say', 'think', 'believe', 'consider', 'expect', 'feel', 'suppose']);

/**
 * "We do not think that the Taliban are a threat", "I would not say that ...": a "not" on a verb of saying or thinking
 * denies the "that" clause after it (as it does without "that", in one clause).
 */
function raisedOverThat(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext): boolean {
  const tokens = context.prepared.tokens;
  if (!isBareNot(match, tokens) || cue.first <= match.last) return false;
  const verb = wordAfter(tokens, match.last, cue.first, BEFORE_CHANGE, 2);
  if (!RAISING.has(tokens[verb]?.lemma ?? '') || tokens[verb + 1]?.lower !== 'that' || verb + 2 > cue.first) return false;
  return staysInClause(tokens, verb + 2, cue.first, tokens[verb + 2]!.clause);
}

/** What a denial can be about before the clause it denies: "denied (media) reports that ...", "rejected claims that ...". */
const REPORT_WORDS = new Set(['report', 'reports', 'claim', 'claims', 'rumour', 'rumours', 'rumor', 'rumors', 'speculation', 'suggestion', 'suggestions', 'allegation', 'allegations', 'assertion', 'assertions', 'fears', 'fear', 'concerns']);
/** What a veto or a refusal can be about: "vetoed a resolution that would have admitted ...", "rejected a bid which ...". */
const PROPOSAL_WORDS = new Set(['resolution', 'resolutions', 'draft', 'text', 'texts', 'proposal', 'proposals', 'bid', 'bids', 'motion', 'motions', 'application', 'request', 'requests', 'plan', 'plans', 'move', 'attempt', 'attempts', 'initiative']);
/** Words that may stand between a denial and its report word ("denied the media reports"). */
const REPORT_MODIFIERS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/**
 * "Moscow denied reports that it was preparing to recognise the Taliban", "Ankara denied that talks took place": a
 * denial reaches into the "that" clause it denies, when nothing but its report word (and that word's modifiers)
 * stands between them and the cue is in that clause. A veto or a refusal reaches likewise into the clause that says
 * what the vetoed text would do: "vetoed a resolution that would have admitted Palestine".
 */
/** Most tokens of an aside between commas after a denied report, before its "that". */
const REPORT_ASIDE_MAX = 10;

function deniesComplement(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext): boolean {
  const negation = match.item.entry.negation;
  if ((negation !== 'denial' && negation !== 'reversal') || match.item.entry.direction === 'backward' || cue.first < match.last) return false;
  const tokens = context.prepared.tokens;
  const about = (word: string): boolean => PROPOSAL_WORDS.has(word) || (negation === 'denial' && REPORT_WORDS.has(word));
  let at = match.last;
  let report = false;
  for (; at < cue.first && tokens[at]!.lower !== 'that' && !(report && tokens[at]!.lower === 'which'); at += 1) {
    const t = tokens[at]!;
    // An aside between commas after the report: "denied rumours, circulated on social media, that ...".
    if (report && t.lower === ',') {
      const close = tokens.findIndex((u, k) => k > at && k - at <= REPORT_ASIDE_MAX && u.lower === ',');
      if (close > at && close < cue.first) {
        at = close;
        continue;
      }
    }
    if (t.boundary || at - match.last >= 4) return false;
    if (about(t.lower)) report = true;
    else if (report || !REPORT_MODIFIERS.has(t.pos)) return false;
  }
  // A reversal ("vetoed") needs the proposal it stops; only a denial takes a bare "that" ("denied that ...").
  if (negation === 'reversal' && !report) return false;
  if (at >= cue.first || (at > match.last && !report)) return false;
  return staysInClause(tokens, at + 1, cue.first, tokens[at]!.clause);
}

/** Words between a negated verb's object "any" and its relative pronoun: "any deal", "any such document". */
const ANY_OBJECT_MAX_WORDS = 2;

/**
 * "I will never sign anything that means recognition of Kosovo", "will not accept any deal which recognises them",
 * "is not aware of any country that has recognised them": a negated verb or adjective whose object is "anything" or
 * "any ..." denies what its relative clause says of that object, so the negation reaches the cue in that clause. So
 * does a verb of refusal ("will avoid anything that looks like recognition").
 */
function negatesAnything(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext): boolean {
  const tokens = context.prepared.tokens;
  if (cue.first < match.last) return false;
  // A verb of refusal is its own negated verb: "will avoid anything that looks like recognition".
  const refusal = match.last - match.first === 1 && tokens[match.first]!.pos === 'VERB' && match.item.entry.negation === 'denial';
  if (!isBareNot(match, tokens) && !refusal) return false;
  let at = match.last;
  if (!refusal) {
    at = wordAfter(tokens, match.last, cue.first, BEFORE_VERB, 2);
    // "will not accept any ...", "is not aware of any ...".
    if (tokens[at]?.pos !== 'VERB' && tokens[at]?.pos !== 'ADJ') return false;
    at += 1;
  }
  if (tokens[at]?.pos === 'ADP' && (tokens[at + 1]?.lower === 'any' || tokens[at + 1]?.lower === 'anything')) at += 1;
  if (tokens[at]?.lower === 'anything') at += 1;
  else if (tokens[at]?.lower === 'any') {
    at += 1;
    for (let n = 0; n < ANY_OBJECT_MAX_WORDS && (tokens[at]?.pos === 'NOUN' || tokens[at]?.pos === 'ADJ'); n += 1) at += 1;
  } else return false;
  const pronoun = tokens[at]?.lower;
  if ((pronoun !== 'that' && pronoun !== 'which') || at >= cue.first) return false;
  return staysInClause(tokens, at + 1, cue.first, tokens[at]!.clause);
}

/** Negative determiners of a subject: "no country", "none of the states". */
const NEGATIVE_SUBJECT = new Set(['no', 'none', 'nobody', 'neither']);
/** Words between such a determiner and the relative pronoun of its noun: "none of the countries", "no other state". */
const SUBJECT_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
const SUBJECT_MAX_WORDS = 5;
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);

/** Whether token `i` is a predicate: an auxiliary, or a verb that is no gerund and no infinitive. */
function isPredicateAt(tokens: readonly ScoringToken[], i: number): boolean {
  const t = tokens[i]!;
  return t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && tokens[i - 1]?.lower !== 'to');
}

/**
 * "None of the countries that attended has recognised them", "we know of no country that plans to recognise them": a
 * negative determiner reaches past the relative clause of its noun to the predicate of its own clause, or, when no
 * predicate follows the relative clause, into the relative clause itself. What the relative clause says of a subject
 * with a predicate of its own is not denied: in the first example the countries still attended.
 */
function negatesThroughRelative(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext): boolean {
  const tokens = context.prepared.tokens;
  if (!NEGATIVE_SUBJECT.has(tokens[match.first]!.lower) || cue.first < match.last) return false;
  let at = match.last;
  const subjectWord = (t: ScoringToken): boolean => !RELATIVE_PRONOUNS.has(t.lower) && (t.lower === 'of' || SUBJECT_WORD.has(t.pos));
  for (let n = 0; n < SUBJECT_MAX_WORDS && at < cue.first && subjectWord(tokens[at]!); n += 1) at += 1;
  if (at === match.last || at >= cue.first || !RELATIVE_PRONOUNS.has(tokens[at]!.lower)) return false;
  const pronoun = at;
  if (!staysInClause(tokens, pronoun + 1, cue.last - 1, tokens[pronoun + 1]!.clause)) return false;
  // The relative clause's verb group ("has taken", "attended"), then the next predicate, if any, is the subject's own.
  at = pronoun + 1;
  while (at < cue.first && !isPredicateAt(tokens, at)) at += 1;
  while (at + 1 < tokens.length && (tokens[at]!.pos === 'AUX' || tokens[at]!.pos === 'PART' || tokens[at]!.pos === 'ADV') && tokens[at + 1]!.pos !== 'DET') at += 1;
  let main = at + 1;
  while (main < tokens.length && !tokens[main]!.boundary && !isPredicateAt(tokens, main)) main += 1;
  const hasMain = main < tokens.length && !tokens[main]!.boundary;
  return hasMain ? cue.first >= main : true;
}

/**
 * "Uzbekistan has hosted no Taliban delegation": a "no" that opens the object of a verb cue denies the act, not only
 * its object.
 */
function negatesVerbOfObject(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext): boolean {
  const tokens = context.prepared.tokens;
  return tokens[match.first]!.lower === 'no' && match.first === cue.last && tokens[cue.last - 1]!.pos === 'VERB';
}

/** Verbs that open the clause in which a condemnation gives its reason: ", saying it legitimised ...". */
const EXPLAINING = new Set(['saying', 'arguing', 'adding', 'noting', 'stressing', 'insisting', 'warning', 'claiming']);
/** Most words between a condemnation and the comma before its explaining clause ("Moscow's decision"). */
const OBJECT_MAX_TOKENS = 6;

/**
 * "Kyiv criticised Moscow's decision, saying it legitimised the regime": a condemnation reaches the clause that gives
 * its reason, opened by a comma and "saying", "arguing" and the like right after its object. (A denial does not: "denied
 * the report, saying it keeps contacts" asserts what follows.)
 */
function condemnsInExplanation(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext): boolean {
  if (match.item.entry.negation !== 'condemnation' || match.item.entry.direction === 'backward' || cue.first < match.last) return false;
  const tokens = context.prepared.tokens;
  let at = match.last;
  while (at < cue.first && !tokens[at]!.boundary && at - match.last < OBJECT_MAX_TOKENS) at += 1;
  if (at + 1 >= cue.first || tokens[at]!.lower !== ',' || !EXPLAINING.has(tokens[at + 1]!.lower)) return false;
  const from = tokens[at + 2]?.lower === 'that' ? at + 3 : at + 2;
  return staysInClause(tokens, from, cue.first, tokens[cue.first]!.clause);
}

/**
 * "Somalia rejected the deal as null and void", "denounced the visit as illegitimate": a negative cue after "as" says
 * how the denial or condemnation before it rejects its object; it is not what is rejected.
 */
function describesRejection(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext): boolean {
  const kind = match.item.entry.negation;
  if ((kind !== 'denial' && kind !== 'condemnation') || cue.weight >= 0 || match.last > cue.first) return false;
  // Over the quotation marks of a quoted label: 'rejected the memorandum as "null and void"'.
  const tokens = context.prepared.tokens;
  let before = cue.first - 1;
  while (before > match.last && QUOTE_MARKS.has(tokens[before]!.lower)) before -= 1;
  return tokens[before]?.lower === 'as';
}


/**
 * "Serbia will not recognise the so-called state of Kosovo": a negative label in the object of a negated verb cue of
 * its dimension is the speaker's own word for that object; the negation is the verb's, not the label's.
 */
function labelsNegatedObject(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext, cues: readonly CueState[]): boolean {
  const tokens = context.prepared.tokens;
  if (cue.weight >= 0 || tokens[cue.first]?.pos === 'VERB' || match.last > cue.first) return false;
  // A verb a trap has taken ("do not support a policy of isolation") is no cue of the dimension: the negation is the
  // object's ("isolation" is opposed).
  if (cues.some((c) => c !== cue && c.weight !== 0 && c.cue.entry.dimension === cue.cue.entry.dimension && c.first >= match.last && c.last <= cue.first && tokens[c.first]?.pos === 'VERB')) return true;
  // "would never maintain relations with a usurper": the label is the object of a preposition after a cue of another
  // dimension that the negation reaches.
  const before = beforeModifiers(tokens, cue.first, match.last);
  return (
    LABEL_PREPOSITIONS.has(tokens[before]?.lower ?? '') &&
    cues.some((c) => c !== cue && c.weight !== 0 && c.cue.entry.dimension !== cue.cue.entry.dimension && c.first >= match.last && c.last <= before + 1)
  );
}

/**
 * "will never accept the military dictatorship", "will not let a jihadist regime entrench itself": a label (withheld
 * recognition, a threat) that is the object of a negated verb, no copula nor verb of calling, is the speaker's name
 * for that object; the negation is the verb's.
 */
function objectLabel(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext): boolean {
  const dimension = cue.cue.entry.dimension;
  if (!((dimension === 'recognition' && cue.weight < 0) || (dimension === 'threat' && cue.weight > 0)) || match.last > cue.first) return false;
  const tokens = context.prepared.tokens;
  if (!tokens.slice(cue.first, cue.last).some((t) => t.pos === 'NOUN')) return false;
  const before = beforeModifiers(tokens, cue.first, match.last);
  const verb = tokens[before];
  // The negation is of that verb: only auxiliaries and the like between ("are not going to let").
  const ofVerb = tokens.slice(match.last, before).every((t) => t.pos === 'AUX' || t.pos === 'PART' || t.pos === 'ADV' || t.lower === 'going' || t.lower === 'to');
  return verb?.pos === 'VERB' && before >= match.last && ofVerb && match.item.entry.negation === undefined && !NAMING_VERBS.has(verb.lemma) && !PREDICATE_GAP.has(verb.lemma) && !BEING_VERBS.has(verb.lemma);
}
/** Verbs that say what the subject is, whose negation denies the label: "does not pose a threat". */
const BEING_VERBS = new Set(['pose', 'present', 'constitute', 'represent', 'amount', 'mean', 'make', 'remain', 'become', 'have']);

/** Verbs of calling, whose negation denies the label after them: "do not call it a dictatorship". */
const NAMING_VERBS = new Set(['call', 'consider', 'regard', 'describe', 'label', 'deem', 'term', 'see', 'view', 'brand', 'dub', 'find']);

/** The word before the determiners, adjectives and quotation marks that open a label at `first`, not before `floor`. */
function beforeModifiers(tokens: readonly ScoringToken[], first: number, floor: number): number {
  let before = first - 1;
  while (before > floor && (tokens[before]!.pos === 'DET' || tokens[before]!.pos === 'ADJ' || QUOTE_MARKS.has(tokens[before]!.lower))) before -= 1;
  return before;
}

/** Prepositions whose object a label may be, after a cue: "relations with a usurper", "talks with the so-called state". */
const LABEL_PREPOSITIONS = new Set(['with', 'to', 'toward', 'towards']);

/** Words a negated copula may have before the label it denies: "is not an illegitimate state". */
const PREDICATE_GAP = new Set(['be', 'a', 'an', 'the', 'seen', 'considered', 'regarded', 'called', 'become']);

/**
 * "The so-called Kosovo will not become a member", "will not accept a government imposed by force": a negative label
 * that describes a noun (an adjective before it, a participle after it) is the speaker's word for that noun, which a
 * negation of the clause's verb does not deny. Only a negated copula right before it denies it ("is not an
 * illegitimate state").
 */
function attributiveLabel(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext): boolean {
  if (cue.weight >= 0 || cue.cue.entry.dimension !== 'recognition') return false;
  const tokens = context.prepared.tokens;
  const first = tokens[cue.first]!;
  const after = tokens[cue.last];
  // Over the quotation marks of a quoted label: 'a government "imposed by force"'.
  let at = cue.first - 1;
  while (at > 0 && QUOTE_MARKS.has(tokens[at]!.lower)) at -= 1;
  const before = tokens[at];
  const describes =
    (first.pos !== 'VERB' && first.pos !== 'NOUN' && (after?.pos === 'NOUN' || after?.pos === 'PROPN')) ||
    // ... but not a list's name: "from the list of groups recognised as terrorist" ("of" before the noun).
    (first.pos === 'VERB' && first.lower.endsWith('ed') && (before?.pos === 'NOUN' || before?.pos === 'PROPN') && tokens[at - 1]?.lower !== 'of');
  if (!describes) return false;
  if (cue.first < match.first) return true;
  return !tokens.slice(match.last, cue.first).every((t) => PREDICATE_GAP.has(t.lemma) || PREDICATE_GAP.has(t.lower));
}

/**
 * "The embassy in Kabul suspended operations", "the embassy will not open": a negator between the words of a cue, in
 * a gap of its pattern, negates it. Tokens that could be the pattern's own words (a form of one of them) are not in
 * a gap.
 */
function inCueGap(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext): boolean {
  if (match.first <= cue.first || match.last >= cue.last) return false;
  // A participle of stopping after a determiner or a preposition describes the noun it stands before: "the release
  // of frozen assets" releases what was frozen ("a non-political envoy" still denies).
  const first = context.prepared.tokens[match.first]!;
  const before = context.prepared.tokens[match.first - 1];
  if (match.item.entry.negation === 'reversal' && (first.pos === 'ADJ' || before?.pos === 'DET' || before?.pos === 'ADP')) return false;
  const vocabulary = cue.cue.pattern.vocabulary;
  for (let i = match.first; i < match.last; i += 1) {
    const t = context.prepared.tokens[i]!;
    if (vocabulary.some((v) => t.lower.startsWith(v) || t.lemma.startsWith(v))) return false;
  }
  return true;
}

/**
 * Verbs and nouns of degree: "ruled out upgrading ties", "will not expand trade with them". What is denied is the
 * change of degree; the ties or the trade it presupposes are not.
 */
const DEGREE_WORDS = new Set(['upgrade', 'elevate', 'expand', 'expansion', 'deepen', 'strengthen', 'broaden', 'widen', 'intensify', 'boost', 'enhance', 'increase']);
/** Words between a degree word and what it raises: "upgrading diplomatic ties", "an expansion of trade". */
const DEGREE_GAP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'PRON']);
const DEGREE_MAX_GAP = 3;

/** Whether a degree word stands between the negator and the cue, right before the cue: the negation is the degree's. */
function deniesDegreeOnly(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext): boolean {
  const tokens = context.prepared.tokens;
  for (let i = cue.first - 1; i >= Math.max(match.last, cue.first - 1 - DEGREE_MAX_GAP); i -= 1) {
    const t = tokens[i]!;
    if (DEGREE_WORDS.has(t.lemma) || DEGREE_WORDS.has(t.lower)) return true;
    if (!DEGREE_GAP_POS.has(t.pos)) return false;
  }
  return false;
}

/** Words between "from" and the cue it keeps the object from: adjectives, compounds ("high-level"), numbers. */
const FROM_MODIFIER = /^(?:ADJ|PUNCT|NUM|NOUN)$/u;
const FROM_MODIFIERS_MAX = 4;

/**
 * Whether the negator denies a reversal verb between it and the cue that does not reach the cue's dimension: in "did
 * nothing to stop militants using Afghan soil for attacks" the negation is of stopping, and stopping says nothing of
 * the threat, so neither flips it.
 */
function negatesOtherVerb(match: TokenMatch<CompiledModifier>, cue: CueState, negators: readonly TokenMatch<CompiledModifier>[], context: RuleContext): boolean {
  const between = negators.filter((n) => n !== match && n.item.entry.negation === 'reversal' && match.last <= n.first && n.last <= cue.first);
  // Another entry may read the same words as a reversal of this dimension ("abandoning its contacts").
  const reaching = between.filter((n) => reachesDimension(n, cue));
  return between.some((n) => !reachesDimension(n, cue) && !reaching.some((r) => r.first < n.last && n.first < r.last) && inClauseScope(n, cue, context));
}

/**
 * "urged both sides to stop the fighting and to focus on trade": a verb of an infinitive does not reach past an
 * infinitive joined to it ("and to ...", or "and" with a bare verb: "to avoid escalation and resolve their differences"),
 * which is a second thing urged, not something stopped.
 */
function endsAtNextInfinitive(match: TokenMatch<CompiledModifier>, cue: CueState, tokens: readonly ScoringToken[]): boolean {
  // Over a quotation mark: 'to "avoid further escalation" and resolve ...'.
  const before = QUOTE_MARKS.has(tokens[match.first - 1]?.lower ?? '') ? match.first - 2 : match.first - 1;
  if (tokens[before]?.lower !== 'to' || cue.first < match.last) return false;
  for (let i = match.last; i < cue.first - 1; i += 1) {
    // "... and to focus on trade", or a bare verb: "to avoid escalation and resolve their differences".
    if ((tokens[i]!.lower === 'and' || tokens[i]!.lower === 'or') && (tokens[i + 1]!.lower === 'to' || tokens[i + 1]!.pos === 'VERB')) return true;
  }
  return false;
}

/**
 * "The talks are unlikely to lead to recognition": a denial that reaches both ways and goes on into an infinitive with a
 * cue of another dimension denies what that infinitive brings about, not the subject before it ("talks are unlikely to
 * resume", about the talks themselves, still denies them).
 */
function deniesInfinitiveNotSubject(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext, cues: readonly CueState[]): boolean {
  const tokens = context.prepared.tokens;
  if (match.item.entry.direction !== 'both' || cue.last > match.first || tokens[match.last]?.lower !== 'to') return false;
  return cues.some((c) => c.cue.entry.dimension !== cue.cue.entry.dimension && c.weight !== 0 && c.first > match.last && inClauseScope(match, c, context));
}

/**
 * "Nobody should mistake these exemptions for recognition": the negation denies what the thing is taken for, after
 * "for"; the thing itself, between the verb and "for", stands.
 */
function mistakenThing(match: TokenMatch<CompiledModifier>, cue: CueState, tokens: readonly ScoringToken[]): boolean {
  if (cue.first < match.last) return false;
  const at = wordAfter(tokens, match.last, cue.first, BEFORE_VERB);
  if (at >= cue.first || !(tokens[at]!.lemma === 'mistake' || tokens[at]!.lemma === 'confuse') || tokens[at]!.pos === 'NOUN') return false;
  const link = tokens.slice(at + 1, at + 1 + MISTAKEN_FOR_GAP + 1).findIndex((t) => t.lower === 'for' || t.lower === 'with');
  return link >= 0 && cue.first < at + 1 + link;
}

/**
 * "That does not change the strength of our relations": a denied change leaves what it would change standing, so the
 * negation does not reach the cue in its object.
 */
function deniesChangeOf(match: TokenMatch<CompiledModifier>, cue: CueState, negators: readonly TokenMatch<CompiledModifier>[], tokens: readonly ScoringToken[]): boolean {
  if (!isBareNot(match, tokens) || cue.first < match.last) return false;
  const at = wordAfter(tokens, match.last, cue.first, BEFORE_CHANGE);
  // A change that is itself a reversal ("will not change its policy of non-recognition") is denied as such.
  return at < cue.first && NO_CHANGE.has(tokens[at]!.lemma) && !negators.some((n) => n.first === at);
}

/**
 * A cue whose object must be the target but is an act or another thing ("without engaging with them", "without
 * dialogue"): the target check will zero it, so its words ("without") stay free to negate the cues after them.
 */
function noCueOfItsOwn(cue: CueState, context: RuleContext): boolean {
  if (cue.cue.entry.targetObject !== true) return false;
  return objectIsAct(cue, context.prepared.tokens) || !targetIsObject(cue, context);
}

/** "Neither Moscow nor Beijing has recognised them": "neither ... nor" is one negation, not two (sorted matches, in place). */
function dropNorAfterNeither(matches: TokenMatch<CompiledModifier>[], tokens: readonly ScoringToken[]): void {
  const neither = matches.findIndex((m) => tokens[m.first]!.lower === 'neither');
  if (neither >= 0) for (let k = matches.length - 1; k > neither; k -= 1) if (tokens[matches[k]!.first]!.lower === 'nor') matches.splice(k, 1);
  // "no plans and no reasons to open talks": a "no" joined to the one before it repeats that denial.
  for (let k = matches.length - 1; k > 0; k -= 1) {
    const a = matches[k - 1]!;
    const b = matches[k]!;
    if (tokens[a.first]!.lower !== 'no' || tokens[b.first]!.lower !== 'no') continue;
    const between = tokens.slice(a.last, b.first);
    if (between.length <= NO_JOINED_MAX && between.some((t) => t.lower === 'and' || t.lower === 'or' || t.lower === ',') && between.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX')) matches.splice(k, 1);
  }
}

/** Most tokens between two joined "no"s ("no plans and no reasons"). */
const NO_JOINED_MAX = 4;

/**
 * Codebook rule 1: negation flips, scoped to its clause. Negators before the cue ("not planning to negotiate"),
 * after it ("recognition is not on the table", "reports of recognition are premature") and predicate negations of a
 * nominal subject all count. Grammatical negators and reversal verbs each flip, several denial words flip once:
 * "hasn't evacuated" flips a negative cue to positive, "ruled out a rupture in relations" keeps relations positive,
 * "dismissed reports of recognition as speculative" is one denial.
 *
 * @example
 * // "Russia is not planning to negotiate with the Taliban." -> engagement -1
 */
export const negationRule: ScoringRule = {
  id: 'negation',
  description: 'Negators in the clause flip the cue; two negators cancel.',
  apply(cues, context) {
    // "no problem dealing with them", "no problem with investment": what is denied is a problem, and the act is
    // welcome ("no problem of the region can be solved" still denies).
    const noObjection = (m: TokenMatch<CompiledModifier>): boolean => {
      const tokens = context.prepared.tokens;
      const after = tokens[m.last + 1];
      return (
        tokens[m.first]!.lower === 'no' &&
        m.last - m.first === 1 &&
        NO_OBJECTION.has(tokens[m.last]?.lemma ?? '') &&
        (after?.lower === 'with' || after?.lower === 'in' || (after?.pos === 'VERB' && after.lower.endsWith('ing')))
      );
    };
    const negators = context.modifiers.filter((m) => m.item.entry.kind === 'negator' && isNegating(m, context) && !noObjection(m));
    // A negator that is itself part of a cue ("sever" in "sever relations") is that cue's verb, not a negation of
    // the next one ("sever relations and withdraw staff" is two acts of cutting contact).
    // So is one inside the cue that is a word of another, overlapping cue: the "freeze" of "lifts an asset freeze and
    // travel ban" is the lifted measure, not a negation in the gap of "lifts ... ban".
    const partOfCue = (m: TokenMatch<CompiledModifier>, dimension: string | undefined): boolean =>
      cues.some((c) => (dimension === undefined || c.cue.entry.dimension === dimension) && m.first < c.last && m.last > c.first && !inCueGap(m, c, context) && !noCueOfItsOwn(c, context));
    // A negator inside a trap phrase of the cue's dimension is that phrase's: "excluded women from the talks" leaves
    // the talks standing.
    const traps = context.modifiers.filter((m) => m.item.entry.kind === 'trap');
    const inTrap = (m: TokenMatch<CompiledModifier>, cue: CueState): boolean =>
      traps.some((t) => t.first <= m.first && t.last >= m.last && reachesDimension(t, cue));
    // ... except for what it keeps the object from doing: "barred the junta from sending a representative".
    const keptFrom = (m: TokenMatch<CompiledModifier>, cue: CueState): boolean => {
      const tokens = context.prepared.tokens;
      // "from its summits", "from high-level meetings": a determiner and modifiers may stand between.
      let before = cue.first - 1;
      while (before > m.last && before >= cue.first - FROM_MODIFIERS_MAX && FROM_MODIFIER.test(tokens[before]!.pos) && tokens[before]!.lower !== 'from') before -= 1;
      if (DETERMINERS.has(tokens[before]?.lower ?? '')) before -= 1;
      return m.item.entry.negation === 'reversal' && m.last <= before && tokens[before]?.lower === 'from' && inClauseScope(m, cue, context);
    };
    // The denials each cue met, for what they keep apart (below).
    const denials = new Map<CueState, TokenMatch<CompiledModifier>[]>();
    const negated = cues.map((cue) => {
      if (cue.weight === 0) return cue;
      const ownWord = (m: TokenMatch<CompiledModifier>): boolean => partOfCue(m, cue.cue.entry.dimension) || (insideCue(m, cue) && partOfCue(m, undefined));
      // A verb that takes the target "from" or "off" a list is the removal the cue names ("exclude the movement from
      // the national list"), not its reversal.
      const removes = (m: TokenMatch<CompiledModifier>): boolean =>
        m.item.entry.negation === 'reversal' && REMOVED_FROM.has(context.prepared.tokens[cue.first]!.lower) && m.last <= cue.first && inClauseScope(m, cue, context);
      const free = negators.filter((m) => (!ownWord(m) || keptFrom(m, cue)) && !inTrap(m, cue) && !removes(m));
      // Among the negators that reach this cue, a longer one hides a shorter one inside it ("not ready" hides "not").
      const reaching = dropContained(
        free.filter(
          (m) =>
            (!insideCue(m, cue) || inCueGap(m, cue, context)) &&
            reachesDimension(m, cue) &&
            !negatesOtherVerb(m, cue, negators, context) &&
            !endsAtNextInfinitive(m, cue, context.prepared.tokens) &&
            !deniesInfinitiveNotSubject(m, cue, context, cues) &&
            !deniesChangeOf(m, cue, negators, context.prepared.tokens) &&
            !mistakenThing(m, cue, context.prepared.tokens) &&
            !(m.item.entry.negation === 'condemnation' && cue.weight < 0) &&
            !describesRejection(m, cue, context) &&
            !labelsNegatedObject(m, cue, context, cues) &&
            !objectLabel(m, cue, context) &&
            !attributiveLabel(m, cue, context) &&
            !deniesObstacle(m, cue, negators, context.prepared.tokens) &&
            !rejectsCriticismOf(m, cue, context.prepared.tokens) &&
            !takenByTarget(m, cue, context) &&
            (inCueGap(m, cue, context) ||
              inClauseScope(m, cue, context) ||
              negatesSubject(m, cue, context, cues) ||
              raisedOverThat(m, cue, context) ||
              deniesComplement(m, cue, context) ||
              negatesAnything(m, cue, context) ||
              negatesThroughRelative(m, cue, context) ||
              negatesVerbOfObject(m, cue, context) ||
              condemnsInExplanation(m, cue, context)),
        ),
      );
      // "did not rule out that they could be accredited": a denial that reaches into its "that" clause takes the
      // negation of its own verb with it.
      for (const denial of reaching.filter((m) => !inClauseScope(m, cue, context) && deniesComplement(m, cue, context))) {
        const own = free.find((n) => n.item.entry.negation === undefined && n.last === denial.first && !reaching.includes(n));
        if (own !== undefined) reaching.push(own);
      }
      reaching.sort((a, b) => a.first - b.first);
      dropNorAfterNeither(reaching, context.prepared.tokens);
      dropOtherCuesNegation(reaching, cue, cues);
      const degreeOnly = reaching.filter((m) => deniesDegreeOnly(m, cue, context));
      if (degreeOnly.length > 0 && degreeOnly.length === reaching.length) {
        const word = modifierSpan(degreeOnly[0]!, context);
        return applyFactor(cue, { ruleId: 'negation', factor: 1, cue: word.cue, span: word.span, reason: 'the negation denies a change of degree, not what it presupposes' });
      }
      if (reaching.length === 0) return cue;
      denials.set(cue, reaching);
      const words = reaching.map((m) => modifierSpan(m, context));
      const count = (c: string): number => reaching.filter((m) => (m.item.entry.negation ?? 'grammatical') === c).length;
      const flips = (count('grammatical') + Math.min(1, count('denial') + count('condemnation')) + count('reversal')) % 2 === 1;
      const none = flips && cue.cue.entry.noOpposite === true;
      // "stopped short of recognising Gonzalez as president-elect": a rival not recognised says nothing of the target.
      const rival = flips && cue.applied.some((a) => a.ruleId === 'target' && a.factor < 0);
      // "Not everyone welcomed the visit": some did and some did not, no one's stance either way.
      const tokens = context.prepared.tokens;
      const some = reaching.some((m) => m.last - m.first === 1 && tokens[m.first]!.lower === 'not' && EVERYONE.has(tokens[m.last]?.lower ?? ''));
      const [factor, reason]: readonly [number, string] = some
        ? [0, '"not everyone": some did and some did not']
        : rival
          ? [0, 'a rival not recognised says nothing of the target']
          : none
            ? [0, 'negated, and its opposite is no stance on this dimension']
            : flips
              ? [-1, 'negated in its clause']
              : [1, 'double negation cancels'];
      return applyFactor(cue, { ruleId: 'negation', factor, cue: words.map((w) => w.cue).join(' … '), span: words[0]!.span, reason });
    });
    return negated.map((state, i) => {
      const answered = answeredNo(keptApart(state, cues[i]!, cues, denials, context), context);
      // "boycott contacts", "cancelled the visit": the object of a cue against it is what that cue acts on, and the
      // verb alone says the stance ("will not boycott contacts" keeps contact, not cancels it twice).
      const against = objectOf(cues[i]!, cues, context);
      return against === undefined || answered.weight === 0
        ? answered
        : applyFactor(answered, { ruleId: 'negation', factor: 0, cue: against.text, span: against.span, reason: `the object of "${against.text}", which says the stance` });
    });
  },
};

/**
 * A negator the target check already took as the reason for its sign ("The threat is not the Taliban but ISIS": the
 * threat denied of the target) negates nothing more.
 */
function takenByTarget(match: TokenMatch<CompiledModifier>, cue: CueState, context: RuleContext): boolean {
  const { span } = modifierSpan(match, context);
  return cue.applied.some((a) => a.ruleId === 'target' && a.factor < 0 && a.span !== undefined && a.span.start <= span.start && span.end <= a.span.end);
}

/** What a rejection can be of when it defends what that is about: "rejected criticism of Moscow's contacts". */
const CRITICISM = new Set(['criticism', 'criticisms', 'accusation', 'accusations', 'condemnation', 'condemnations', 'complaint', 'complaints', 'objection', 'objections', 'attack', 'attacks', 'charge', 'charges']);
/** What links the criticism to what it is about. */
const CRITICISM_OF = new Set(['of', 'over', 'about', 'against', 'for']);
/** Most tokens between the rejecting verb and the criticism ("rejected Western criticism"). */
const CRITICISM_GAP = 3;

/**
 * "Kabulov rejected Western criticism of Moscow's contacts with the group": a denial or refusal of criticism defends
 * what the criticism is about; it does not deny it.
 */
function rejectsCriticismOf(match: TokenMatch<CompiledModifier>, cue: CueState, tokens: readonly ScoringToken[]): boolean {
  if (match.item.entry.negation === undefined || match.item.entry.negation === 'grammatical' || cue.first <= match.last) return false;
  for (let at = match.last; at < cue.first && at <= match.last + CRITICISM_GAP; at += 1) {
    if (!CRITICISM.has(tokens[at]!.lower)) continue;
    const link = tokens.findIndex((t, k) => k > at && k < cue.first && CRITICISM_OF.has(t.lower));
    return link > at && staysInClause(tokens, at, cue.first, tokens[at]!.clause);
  }
  return false;
}

/** Nouns after "no" that deny an objection, not the act after them: "no problem dealing with them". */
const NO_OBJECTION = new Set(['problem', 'qualm', 'hesitation']);
/** Most words between a cue against contact and the cue that is its object ("boycott all contacts"). */
const OBJECT_GAP = 2;

/** The cue against contact whose object `cue` is: "boycott contacts", "cancelled the visit". */
function objectOf(cue: CueState, cues: readonly CueState[], context: RuleContext): CueState | undefined {
  if (cue.base <= 0) return undefined;
  const tokens = context.prepared.tokens;
  return cues.find(
    (n) =>
      n !== cue &&
      n.base < 0 &&
      n.weight !== 0 &&
      tokens[n.first]!.pos === 'VERB' &&
      n.cue.entry.dimension === cue.cue.entry.dimension &&
      n.last <= cue.first &&
      cue.first - n.last <= OBJECT_GAP &&
      tokens.slice(n.last, cue.first).every((t) => t.pos === 'DET' || t.pos === 'ADJ'),
  );
}

/** Words after "not" that deny a quantity of people, not the act: "not everyone", "not all". */
const EVERYONE = new Set(['everyone', 'everybody', 'all', 'every']);
/** Words that answer "no" after a comma ("no." is how the model may read "No" before a full stop). */
const ANSWERING_NO = new Set(['no', 'no.', 'not', 'never']);
/** Adverbs of time after a bare "not" that answers: "recognition, not yet", "not now". */
const NOT_YET = new Set(['yet', 'now', 'today']);

/**
 * "Cooperation, yes; recognition, no." (or "not yet", "never"): a bare "no" after a comma that closes the cue's phrase (the phrase opening
 * the sentence, or after a semicolon or another phrase's "yes,"; nothing after the "no" but the end of the sentence or
 * of a clause) refuses it.
 */
function answeredNo(cue: CueState, context: RuleContext): CueState {
  if (cue.weight === 0) return cue;
  const tokens = context.prepared.tokens;
  const no = cue.last + 1;
  if (tokens[cue.last]?.lower !== ',' || !ANSWERING_NO.has(tokens[no]?.lower ?? '')) return cue;
  // "not yet", "not now": the "not" with its adverb of time.
  const end = tokens[no]?.lower === 'not' && NOT_YET.has(tokens[no + 1]?.lower ?? '') ? no + 2 : no + 1;
  if (tokens[no]?.lower === 'not' && end === no + 1) return cue;
  const after = tokens[end];
  if (after !== undefined && !(after.hard || QUOTE_MARKS.has(after.lower))) return cue;
  // The cue's phrase is all the words before the comma, back to the start, a semicolon or another phrase's "yes,".
  for (let i = cue.first - 1; i >= 0 && tokens[i]!.lower !== ';' && !(tokens[i]!.lower === ',' && tokens[i - 1]?.lower === 'yes'); i -= 1) {
    if (tokens[i]!.hard) return cue;
  }
  return scaleBy(cue, context, { first: no, last: end }, 'negation', -1, 'answered "no"');
}

/**
 * "Not recognising them does not mean cutting ties": a negator right before another cue is that cue's when a later
 * negator stands between that cue and this one; it does not cancel the later one.
 */
function dropOtherCuesNegation(reaching: TokenMatch<CompiledModifier>[], cue: CueState, cues: readonly CueState[]): void {
  for (let i = reaching.length - 1; i >= 0; i -= 1) {
    const m = reaching[i]!;
    const own = cues.find((c) => c !== cue && c.first === m.last && c.last <= cue.first);
    if (own !== undefined && reaching.some((n) => n !== m && n.first >= own.last && n.last <= cue.first)) reaching.splice(i, 1);
  }
}

/** Nouns of what stands in a step's way: denied, they leave the step open. */
const OBSTACLES = new Set(['precondition', 'preconditions', 'obstacle', 'obstacles', 'barrier', 'barriers', 'impediment', 'impediments', 'hurdle', 'hurdles']);

/** "had not set any preconditions for cooperation", "no obstacles to talks": the negation denies the obstacle. */
function deniesObstacle(match: TokenMatch<CompiledModifier>, cue: CueState, negators: readonly TokenMatch<CompiledModifier>[], tokens: readonly ScoringToken[]): boolean {
  if (match.last > cue.first) return false;
  for (let i = match.last - 1; i < cue.first; i += 1) {
    // "no obstacles to relations", where "obstacles to" is a negator of its own, is a double negation instead.
    if (OBSTACLES.has(tokens[i]?.lower ?? '') && !negators.some((n) => n !== match && n.first <= i && i < n.last)) return true;
  }
  return false;
}

/** How much a step weighs that a denial keeps recognition apart from: the denial is what the statement says. */
const KEPT_APART_FACTOR = 0.5;

/**
 * "Delisting the movement does not amount to / is different from recognising it": a denial of more than one word
 * between two cues of one dimension keeps the later apart from the earlier, its subject. The statement's point is the
 * later, denied cue, so the earlier weighs less (as the clause after "but" weighs more, rule 2).
 */
function keptApart(
  state: CueState,
  original: CueState,
  cues: readonly CueState[],
  denials: ReadonlyMap<CueState, readonly TokenMatch<CompiledModifier>[]>,
  context: RuleContext,
): CueState {
  if (state.weight === 0 || denials.has(original)) return state;
  const tokens = context.prepared.tokens;
  for (const later of cues) {
    if (later === original || later.cue.entry.dimension !== original.cue.entry.dimension || later.first < original.last) continue;
    const denial = (denials.get(later) ?? []).find(
      (m) => m.item.entry.negation === 'denial' && !isBareNot(m, tokens) && m.first >= original.last && m.last <= later.first && (inClauseScope(m, later, context) || deniesComplement(m, later, context)),
    );
    if (denial === undefined || tokens[original.first]!.clause !== tokens[denial.first]!.clause) continue;
    const word = modifierSpan(denial, context);
    const reason = 'what a denial keeps the later cue apart from weighs less';
    return applyFactor(state, { ruleId: 'negation', factor: KEPT_APART_FACTOR, cue: word.cue, span: word.span, reason });
  }
  return state;
}
