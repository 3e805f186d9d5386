import type { Mention } from '../findMentions';
import type { ScoringToken } from '../prepareText';
import { applyFactor, insideCue, objectIsAct, scaleBy, targetIsObject, zeroBy, type CueState, type RuleContext, type ScoringRule } from '../ScoringRule';


/** Most tokens between an owner and its noun cue: a possessive and two modifiers ("Israel's most important ally"). */
const OWNER_GAP = 3;
const POSSESSIVE = /^['’]s?$/u;
/** Auxiliaries of a passive ("has never been recognised", "is not listed", "remains designated"). */
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remains', 'remain', 'remained']);
/** Verbs that say what their subject is. */
const COPULAS = new Set([...PASSIVE_AUXILIARIES, 'becomes', 'become', 'became']);
const COORDINATION = new Set(['and', 'with', 'between', 'among', 'amongst', '&', 'including', 'to', 'from']);

function sameClause(context: RuleContext, mention: Mention, cue: CueState): boolean {
  const tokens = context.prepared.tokens;
  const clause = tokens[cue.first]!.clause;
  for (let i = mention.first; i < mention.last; i += 1) if (tokens[i]!.clause === clause) return true;
  return false;
}

/** Words that may stand between a co-actor's "with" and its name ("together with the international community"). */
const DETERMINERS_BEFORE_PARTY = new Set(['the', 'a', 'an', 'its', 'their', 'other', 'all']);
/** Words before "with" that make the party after it a co-actor: "together with", "jointly with". */
const CO_ACTOR_WITH = new Set(['together', 'jointly', 'along']);
/**
 * Nouns that do so after "in": "in coordination with", "in cooperation with". Without "in" the party is the
 * counterpart: "developing cooperation with the countries of the region".
 */
const CO_ACTOR_IN_WITH = new Set(['coordination', 'consultation', 'consultations', 'collaboration', 'cooperation', 'concert', 'tandem', 'step', 'line']);

/**
 * "will decide on recognition together with the international community": a party after "together with", "in
 * coordination with" and the like acts with the actor; it is not the one the cue is about.
 */
function isCoActor(context: RuleContext, party: Mention): boolean {
  const tokens = context.prepared.tokens;
  let at = party.first - 1;
  while (at > 0 && DETERMINERS_BEFORE_PARTY.has(tokens[at]!.lower)) at -= 1;
  const joiner = tokens[at]?.lower;
  if (joiner === 'alongside') return true;
  if (joiner !== 'with') return false;
  const before = tokens[at - 1]?.lower ?? '';
  // "in close coordination with": an adjective may stand between.
  const opener = tokens[at - 2]?.pos === 'ADJ' ? tokens[at - 3] : tokens[at - 2];
  return CO_ACTOR_WITH.has(before) || (CO_ACTOR_IN_WITH.has(before) && opener?.lower === 'in');
}

/** Words that give a noun its name: "calling itself", "which calls itself", "known as", "dubbed". */
const NAMING_MAX_TOKENS = 4;
const NAMING = /^(?:(?:which|that|who) )?(?:calling (?:itself|themselves)|calls? (?:itself|themselves)|called|known as|dubbed|named|styling (?:itself|themselves))(?: the)?$/u;

/** Words that open examples of a noun after a comma: ", primarily the", ", such as", ", including". */
const EXAMPLES = /^, (?:primarily|mainly|chiefly|notably|especially|particularly|including|such as|like|namely)(?: the)?$/u;
/** The word before the party a threat is against, at the end of the words after the cue: "against", "against all the". */
const VICTIM = /(?:^|\s)(?:against|to|on)(?: (?:the|its|their|other|neighbouring|neighboring|any|all))*$/u;

/**
 * Another party is the cue's counterpart: after the cue in its clause and phrase; right before a noun cue ("an SCO
 * summit"); or before it, joined to the subject by
 * "and"/"with" with no verb between ("Putin and the Tajik president, Rakhmon, discussed ..."); or the object of a
 * verb whose purpose the cue is ("visited New Delhi to discuss ...").
 */
/** Prepositions of place, and the offices a place after them locates ("its political office in Doha"). */
const LOCATIVE = new Set(['in', 'at']);
const LOCATED_OFFICES = new Set(['office', 'offices', 'embassy', 'embassies', 'mission', 'missions', 'consulate', 'consulates', 'bureau', 'representation', 'headquarters']);
/** Words that open a phrase of time: what follows is another event than the cue's. */
const EVENT_AFTER = new Set(['after', 'before', 'during', 'following', 'ahead']);

/** Words that open examples of a generic party after it: "its partners, including the Taliban". */
const EXAMPLE_OPENERS = new Set(['including', 'notably', 'especially', 'particularly', 'namely', 'like', 'such']);
/** Most words between a generic party and a target among its examples. */
const EXAMPLE_GAP = 4;

/** "with its partners, including the Taliban": the target is among the generic party's examples. */
function targetAmongExamples(context: RuleContext, party: Mention): boolean {
  if (party.how !== 'generic') return false;
  const tokens = context.prepared.tokens;
  let at = party.last;
  if (tokens[at]?.lower === ',') at += 1;
  if (!EXAMPLE_OPENERS.has(tokens[at]?.lower ?? '')) return false;
  return context.targetMentions.some((m) => m.first > at && m.first - at <= EXAMPLE_GAP);
}

function isCounterpart(context: RuleContext, party: Mention, cue: CueState): boolean {
  const tokens = context.prepared.tokens;
  if (targetAmongExamples(context, party)) return false;
  // After the cue: in the cue's own phrase, with no other verb between ("rejected the memorandum and urged the UN" is
  // not talks with the UN).
  if (party.first >= cue.last) {
    if (isCoActor(context, party)) return false;
    const between = tokens.slice(cue.last, party.first);
    // "by" introduces the cue's agent, not its counterpart: "listed as a terrorist organisation by the United States",
    // "threats posed by the Islamic State" (a participle before "by" is no new predicate either).
    if (between.some((t) => t.lower === 'by')) return false;
    // "the terrorist group calling itself Islamic State", "a group known as ...": the name the cue gives is the party's.
    if (between.length <= NAMING_MAX_TOKENS && NAMING.test(between.map((t) => t.lower).join(' '))) return true;
    // "terrorist groups, primarily the Islamic State": the examples after a comma are what the cue names.
    if (between.length <= NAMING_MAX_TOKENS && EXAMPLES.test(between.map((t) => t.lower).join(' '))) return true;
    // "use its territory against other countries": whom a threat is against is not the one who poses it.
    if (cue.cue.entry.dimension === 'threat' && VICTIM.test([tokens[cue.last - 1]!, ...between].map((t) => t.lower).join(' '))) return false;
    // "contacts with its political office in Doha": where an office is, is no counterpart.
    const at = tokens[party.first - 1]?.lower === 'the' ? party.first - 2 : party.first - 1;
    if (LOCATIVE.has(tokens[at]?.lower ?? '') && LOCATED_OFFICES.has(tokens[at - 1]?.lower ?? '')) return false;
    // "upgraded its mission to embassy level after a trilateral meeting in Beijing": a party in a phrase of time after
    // the cue belongs to another event.
    if (between.some((t) => EVENT_AFTER.has(t.lower))) return false;
    // "talks with visiting Sri Lankan officials": a participle right before the party describes it.
    const verbs = between.filter((t, i) => t.pos === 'VERB' && !(i === between.length - 1 && t.lower.endsWith('ing')));
    return sameClause(context, party, cue) && verbs.length === 0;
  }
  const between = tokens.slice(party.last, cue.first);
  if (between.length === 1 && between[0]!.lower === 'to') return true;
  // "urged all parties to engage in dialogue", "called on both sides to hold talks": the party is the one to engage.
  if (between.length >= 2 && between.length <= 3 && between[0]!.lower === 'to' && between.slice(1).every((t) => t.pos === 'VERB' || t.pos === 'ADP')) return true;
  // A party named right before a noun cue owns it: "a UN Security Council meeting", "the SCO summit", also over its
  // possessive, adjectives and adverbs ("Israel's closest ally", "Israel's most important ally").
  // After a possessive, proper adjectives too: "Russia's Central Asian allies".
  const possessive = POSSESSIVE.test(between[0]?.lower ?? '');
  if (tokens[cue.first]!.pos === 'NOUN' && between.length <= OWNER_GAP && between.every((t, i) => t.pos === 'ADJ' || t.pos === 'ADV' || (possessive && t.pos === 'PROPN') || (i === 0 && possessive))) {
    return true;
  }
  // "The TTP is a threat", "Pakistan remains a key partner": the subject of a copula is what the noun cue says it is.
  // Not when the party is the second of a pair ("the Afghan Taliban and Myanmar junta will not be allowed"), nor
  // before a verb cue, whose object it is not ("Moscow is ready to recognise it").
  if (
    tokens[cue.first]!.pos !== 'VERB' &&
    between.length <= 4 &&
    !COORDINATION.has(tokens[party.first - 1]?.lower ?? '') &&
    !context.targetMentions.some((m) => joined(context, m, party)) &&
    between.some((t) => COPULAS.has(t.lower)) &&
    between.every((t) => COPULAS.has(t.lower) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'AUX')
  ) {
    return true;
  }
  if (between.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  for (let i = Math.max(0, party.first - 2); i < party.first; i += 1) if (COORDINATION.has(tokens[i]!.lower) && !sharesSubject(tokens[i]!.lower, cue)) return true;
  return false;
}

/**
 * "Italy and Germany recognise it", "about 100 countries, including the United States, recognise it": parties listed
 * in the subject of a recognition or a threat do it together; only contact is done with one another ("Putin and the
 * Tajik president discussed ..."). A list after "including" is part of its subject in every dimension.
 */
function sharesSubject(joiner: string, cue: CueState): boolean {
  if (joiner === 'including') return true;
  return (joiner === 'and' || joiner === '&') && cue.cue.entry.dimension !== 'engagement';
}

/** Words that may stand between "with" and the partner it introduces ("with his Chinese counterpart"). */
const PARTNER_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'top', 'senior']);
/** Words that join two partners ("with Pakistan and the Taliban"). */
const PARTNER_JOINERS = new Set(['and', ',', 'the', 'as', 'well', '&', 'or']);

/** Whether a mention is introduced by "with", over a determiner or two: the partner of talks, contacts, ties. */
function withPartner(context: RuleContext, mention: Mention): boolean {
  const tokens = context.prepared.tokens;
  for (let i = mention.first - 1, skipped = 0; i >= 0 && skipped <= 2; i -= 1, skipped += 1) {
    const t = tokens[i]!;
    if (t.lower === 'with') return true;
    if (!PARTNER_DETERMINERS.has(t.lower) && t.pos !== 'ADJ') return false;
  }
  return false;
}

/** Whether two mentions are joined as one list of partners ("Pakistan and the Taliban"). */
function joined(context: RuleContext, a: Mention, b: Mention): boolean {
  const [first, second] = a.first < b.first ? [a, b] : [b, a];
  if (second.first < first.last) return true;
  const between = context.prepared.tokens.slice(first.last, second.first);
  return between.length > 0 && between.length <= 4 && between.every((t) => PARTNER_JOINERS.has(t.lower));
}

/**
 * "Russia held talks with Pakistan on the Taliban", "Lavrov discussed the Taliban with his Chinese counterpart": the
 * engagement's partner, introduced by "with", is another party, and the target, named in the same clause, is neither
 * introduced by "with" nor listed with that partner: it is what the talks are about, not who takes part in them.
 */
function targetIsTopic(context: RuleContext, cue: CueState): Mention | undefined {
  if (cue.cue.entry.dimension !== 'engagement') return undefined;
  // A co-actor ("in cooperation with the UN") acts beside the actor; it is not the partner.
  const partner = context.otherParties.find((p) => p.first >= cue.last && sameClause(context, p, cue) && withPartner(context, p) && !isCoActor(context, p));
  if (partner === undefined) return undefined;
  const inClause = context.targetMentions.filter((m) => sameClause(context, m, cue));
  return inClause.some((m) => withPartner(context, m) || joined(context, m, partner) || insideCue(m, cue)) ? undefined : partner;
}

/**
 * "negotiations between the Israelis and Palestinians", "until the Israelis and Palestinians negotiate": the target
 * and another party, listed together, are the two sides of the engagement, so the actor (never an other party) is
 * not one of them; so are "the parties" right after the cue ("direct negotiations between the parties"). The other
 * party, when the pair stands right after the cue and "between", or before the cue as its subject (or the subject of
 * its verb: "Belgrade and Pristina reach an agreement"); never when
 * the sentence condemns their engagement, which is the actor's stance on it.
 */
function othersEngage(context: RuleContext, cue: CueState): { readonly first: number; readonly last: number } | undefined {
  if (cue.cue.entry.dimension !== 'engagement') return undefined;
  // Condemning their deal ("declared the MoU between Ethiopia and Somaliland null and void") is the actor's own stance.
  if (context.modifiers.some((m) => m.item.entry.negation === 'condemnation')) return undefined;
  const tokens = context.prepared.tokens;
  // "negotiations between the parties": the two sides, named generically right after the cue.
  const sides = context.otherParties.find((p) => p.how === 'generic' && tokens[p.first]?.lower === 'between' && p.first >= cue.last && p.first - cue.last <= 1);
  if (sides !== undefined) return sides;
  // The pair may straddle a clause boundary: "and" before a subject and its verb opens a clause of its own.
  for (const party of context.otherParties) {
    const target = context.targetMentions.find((m) => sameClause(context, m, cue) && joined(context, m, party));
    if (target === undefined) continue;
    const first = Math.min(party.first, target.first);
    const last = Math.max(party.last, target.last);
    if (first >= cue.last) {
      const between = tokens.slice(cue.last, first).map((t) => t.lower);
      if (between.includes('between') && between.length <= 3) return party;
    } else if (last <= cue.first) {
      const gap = tokens.slice(last, cue.first);
      // Their verb may stand between ("Belgrade and Pristina reach an agreement"), with its auxiliaries and article.
      const verbs = gap.filter((t) => t.pos === 'VERB').length;
      if (gap.length <= SUBJECT_PAIR_GAP && verbs <= 1 && gap.every((t) => PAIR_GAP_POS.has(t.pos))) return party;
    }
  }
  return sideNamedByNoun(context, cue);
}

/** Parts of speech between a pair named as subject and the cue: auxiliaries, adverbs, one verb and its article. */
const PAIR_GAP_POS = new Set(['AUX', 'ADV', 'PART', 'VERB', 'DET']);
const SUBJECT_PAIR_GAP = 3;

/** Words that may open a side's noun phrase: "the opposition", "its rivals". */
const SIDE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'a', 'an', 'all']);

/**
 * "dialogue between the Venezuelan government and the opposition": the cue right before "between", the other side a
 * common noun (a name there may be the actor's own: "talks between the Taliban and Moscow"). A cue before it keeps
 * its own object: "hosted talks between the Taliban and the opposition" is hosting them.
 */
function sideNamedByNoun(context: RuleContext, cue: CueState): { first: number; last: number } | undefined {
  const tokens = context.prepared.tokens;
  const at = cue.last;
  if (tokens[at]?.lower !== 'between') return undefined;
  const and = tokens.findIndex((t, i) => i > at && i - at <= 6 && t.lower === 'and');
  if (and < 0) return undefined;
  const targetFirst = context.targetMentions.find((m) => m.first > at && m.last <= and && sameClause(context, m, cue));
  const targetSecond = context.targetMentions.find((m) => m.first > and && m.first - and <= 2 && sameClause(context, m, cue));
  // The other side's head: the first word after "and" (or "between") past its determiner.
  let head = targetFirst !== undefined ? and + 1 : targetSecond !== undefined ? at + 1 : -1;
  if (head < 0) return undefined;
  if (SIDE_DETERMINERS.has(tokens[head]?.lower ?? '')) head += 1;
  // Lower-case adjectives ("other", "armed") before it; a capitalised one may be the actor's ("Russian officials").
  const isLowerAdjective = (i: number): boolean => tokens[i]?.pos === 'ADJ' && !/^\p{Lu}/u.test(context.prepared.text.slice(tokens[i]!.start, tokens[i]!.end));
  while (isLowerAdjective(head)) head += 1;
  const word = tokens[head];
  if (word === undefined || word.pos !== 'NOUN') return undefined;
  return { first: at, last: targetFirst !== undefined ? head + 1 : targetSecond!.last };
}

/** Words that open a relative clause after its head. */
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);
/** Most tokens between the relative pronoun and the cue ("that have not yet formally recognised"). */
const RELATIVE_GAP = 4;

/**
 * "relations continue, as they do with other governments that do not recognise Maduro", "unlike other states that
 * have recognised it": a cue in a relative clause about "other" parties is said of them, not of the actor.
 */
function saidOfOthers(context: RuleContext, cue: CueState): Mention | undefined {
  const tokens = context.prepared.tokens;
  return context.otherParties.find((p) => {
    if (p.how !== 'generic' || !RELATIVE_PRONOUNS.has(tokens[p.last]?.lower ?? '') || p.last >= cue.first || cue.first - p.last - 1 > RELATIVE_GAP) return false;
    if (tokens[p.first]?.lower !== 'other' && tokens[p.first - 1]?.lower !== 'other') return false;
    return tokens.slice(p.last, cue.first).every((t) => !t.boundary);
  });
}

/**
 * "Taiwan, which is itself recognised by only a handful of countries, opened an office in Hargeisa": a recognition in
 * the passive, in a relative clause set off after a name other than the target's, is that name's status (the name
 * may be the actor's own).
 */
function statusOfDescribed(context: RuleContext, cue: CueState): { first: number; last: number } | undefined {
  if (cue.cue.entry.dimension !== 'recognition' || passiveAuxiliary(context, cue) < 0) return undefined;
  const tokens = context.prepared.tokens;
  for (let pronoun = cue.first - 1; pronoun >= 2 && cue.first - pronoun <= ASIDE_GAP; pronoun -= 1) {
    if (tokens[pronoun]!.boundary) return undefined;
    if (!RELATIVE_PRONOUNS.has(tokens[pronoun]!.lower) || tokens[pronoun - 1]!.lower !== ',') continue;
    const head = pronoun - 2;
    const named = context.targetMentions.some((m) => (m.first <= head && m.last > head) || (m.first > pronoun && m.first < cue.first));
    return tokens[head]!.pos === 'PROPN' && !named ? { first: head, last: pronoun + 1 } : undefined;
  }
  return undefined;
}

/** "the real threat comes from the groups ...", "the danger posed by ...": where a threat comes from, after it. */
const THREAT_SOURCE = /^(?:comes?|came|coming|emanates?|emanating|stems?|stemming)\s+from$|^(?:posed|presented)\s+by$/u;

/**
 * "Islamic State fighters remained a serious danger, adding that the Taliban were fighting the group", "sees the
 * Islamic State as the real enemy, and the Taliban as a partner", "the real threat comes from the groups the Taliban
 * fight", "The enemies will not succeed in harming relations": a threat noun whose nearest party before it in its
 * clause is another one, whose source after it is not the target, or that opens its clause as the subject, is not
 * said of the target.
 */
function threatOfOther(context: RuleContext, cue: CueState): { first: number; last: number } | undefined {
  if (cue.cue.entry.dimension !== 'threat' || cue.weight <= 0) return undefined;
  const tokens = context.prepared.tokens;
  const head = tokens[cue.first]!;
  if (head.pos !== 'NOUN' && head.pos !== 'ADJ') return undefined;
  const clause = head.clause;
  const before = [...context.otherParties, ...context.targetMentions].filter((m) => m.last <= cue.first && tokens[m.first]!.clause === clause).sort((a, b) => b.last - a.last)[0];
  if (before !== undefined && !context.targetMentions.includes(before)) return before;
  const after = [tokens[cue.last]?.lower, tokens[cue.last + 1]?.lower].join(' ');
  if (THREAT_SOURCE.test(after) && !context.targetMentions.some((m) => m.first >= cue.last + 2 && m.first <= cue.last + 4)) return { first: cue.first, last: cue.last + 2 };
  // "The enemies will not succeed ...": the subject of its clause, the target named only later.
  let start = cue.first;
  while (start > 0 && tokens[start - 1]!.clause === clause && (tokens[start - 1]!.pos === 'DET' || tokens[start - 1]!.pos === 'ADJ')) start -= 1;
  // An opening quotation mark or bracket before the subject does not make it less the first.
  while (start > 0 && tokens[start - 1]!.pos === 'PUNCT' && !tokens[start - 1]!.boundary && tokens[start - 1]!.lower !== ',') start -= 1;
  const opens = start === 0 || tokens[start - 1]!.clause !== clause || tokens[start - 1]!.boundary;
  const verbAfter = tokens[cue.last]?.pos === 'AUX' || tokens[cue.last]?.pos === 'VERB';
  return opens && verbAfter && before === undefined ? { first: start, last: cue.last } : undefined;
}

/**
 * "a message to those leaders who recognise a Palestinian state", "those who engage them": a cue in a relative clause
 * about "those" is said of them, not of the actor.
 */
function saidOfThose(context: RuleContext, cue: CueState): { first: number; last: number } | undefined {
  const tokens = context.prepared.tokens;
  for (let i = cue.first - 1; i >= 1 && cue.first - i - 1 <= RELATIVE_GAP; i -= 1) {
    if (tokens[i]!.boundary) return undefined;
    if (!RELATIVE_PRONOUNS.has(tokens[i]!.lower)) continue;
    const head = tokens[i - 1]!.lower === 'those' ? i - 1 : tokens[i - 2]?.lower === 'those' && tokens[i - 1]!.pos === 'NOUN' ? i - 2 : -1;
    return head < 0 ? undefined : { first: head, last: i + 1 };
  }
  return undefined;
}

/** The nouns of a list or register a party keeps. */
const OWNED_LIST = /(?:^|[^\p{L}])(?:list|lists|blacklist|register|registry)(?![\p{L}])/iu;

/** Words between a party and a label listed with it: "ISIS and other terrorist groups". */
const LISTED_WITH = /^(?:and|or|,)(?: (?:other|such|similar|allied))?$/u;

/**
 * "the Islamic State terrorist group", "ISIS and other terrorist groups": a recognition or threat label right after
 * another party, or listed with it, is said of that party, whatever the sentence says of the target elsewhere.
 */
function labelledParty(context: RuleContext, cue: CueState): Mention | undefined {
  if (cue.cue.entry.dimension === 'engagement') return undefined;
  const tokens = context.prepared.tokens;
  const first = tokens[cue.first]!;
  if (first.pos !== 'ADJ' && first.pos !== 'NOUN') return undefined;
  // "the UN sanctions list", "Russia's terrorist register": the party before a list owns it; who is on it is elsewhere.
  if (OWNED_LIST.test(cue.text)) return undefined;
  return context.otherParties.find((p) => p.last === cue.first || (p.last < cue.first && cue.first - p.last <= 2 && LISTED_WITH.test(tokens.slice(p.last, cue.first).map((t) => t.lower).join(' '))));
}

/** Most tokens between the relative pronoun of an aside and a threat cue in it ("which he described as the main"). */
const ASIDE_GAP = 8;

/**
 * "the fight against the Islamic State group, which he described as the main danger to the region": a threat in a
 * relative clause set off after another party (and its head noun) is said of that party, unless the clause names the
 * target before it.
 */
function threatOfDescribed(context: RuleContext, cue: CueState): Mention | undefined {
  if (cue.cue.entry.dimension !== 'threat') return undefined;
  const tokens = context.prepared.tokens;
  return context.otherParties.find((p) => {
    let at = p.last;
    if (tokens[at]?.pos === 'NOUN') at += 1;
    if (tokens[at]?.lower !== ',' || !RELATIVE_PRONOUNS.has(tokens[at + 1]?.lower ?? '')) return false;
    const pronoun = at + 1;
    if (cue.first <= pronoun || cue.first - pronoun > ASIDE_GAP) return false;
    if (tokens.slice(pronoun + 1, cue.first).some((t) => t.boundary)) return false;
    return !context.targetMentions.some((m) => m.first > pronoun && m.first < cue.first);
  });
}

/** Nouns that a party before them names the venue or the imposer of: "the Doha Agreement", "UN sanctions". */
const NAMED_BY_OTHERS = new Set(['agreement', 'agreements', 'accord', 'accords', 'treaty', 'sanctions', 'embargo']);

/**
 * "accepted Russia's independence", "accept a Kosovar ambassador": another party inside the cue's own words, in the
 * possessive or modifying its last noun, owns what the cue is about, unless the target is named inside the cue too.
 */
function ownerInside(context: RuleContext, cue: CueState): Mention | undefined {
  const tokens = context.prepared.tokens;
  if (context.targetMentions.some((m) => insideCue(m, cue))) return undefined;
  // "sheltering TTP militants": whom a threat's act shelters or backs is its object; the threat is the doer's.
  if (cue.cue.entry.dimension === 'threat' && tokens[cue.first]!.pos === 'VERB') return undefined;
  // "signed the Doha Agreement", "remain subject to UN sanctions": a party naming an agreement or sanctions names
  // their venue or who imposes them, not whose they are.
  if (NAMED_BY_OTHERS.has(tokens[cue.last - 1]?.lower ?? '')) return undefined;
  // "accepted Russia's independence", or the party modifying the cue's last noun: "accept a Kosovar ambassador".
  return context.otherParties.find((p) => p.first > cue.first && p.last < cue.last && (POSSESSIVE.test(tokens[p.last]?.lower ?? '') || (p.last === cue.last - 1 && tokens[p.last]!.pos === 'NOUN')));
}

/** Most adverbs and particles between a passive's auxiliary and its participle ("has not yet formally been"). */
const PASSIVE_GAP = 3;

/** Whether a party opens the words from token `from` on, with only determiners, adjectives or punctuation before it. */
function opensPhrase(context: RuleContext, party: Mention, from: number): boolean {
  const tokens = context.prepared.tokens;
  return from <= party.first && tokens.slice(from, party.first).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PUNCT');
}

/** Most tokens between the subject of a passive and its auxiliary ("The Taliban movement, once feared, was banned"). */
const PASSIVE_SUBJECT_GAP = 1;

/** Whether the target is the subject of a passive cue: "The Taliban were banned by Russia in 2003". */
function targetIsPassiveSubject(context: RuleContext, cue: CueState): boolean {
  const aux = passiveAuxiliary(context, cue);
  return aux > 0 && context.targetMentions.some((m) => m.last <= aux && aux - m.last <= PASSIVE_SUBJECT_GAP);
}

/** Words of emphasis that may stand inside a passive: "which is itself recognised by few states". */
const REFLEXIVES = new Set(['itself', 'themselves', 'himself', 'herself']);

/** The auxiliary of a passive cue ("is not listed", "were barred"), over adverbs and particles before it; -1 if none. */
function passiveAuxiliary(context: RuleContext, cue: CueState): number {
  const tokens = context.prepared.tokens;
  // A noun after the auxiliary is a predicate noun, no passive: "contact was not endorsement".
  let head = cue.first;
  while (head < cue.last - 1 && (tokens[head]!.pos === 'ADV' || tokens[head]!.pos === 'PART')) head += 1;
  if (tokens[head]!.pos === 'NOUN' || tokens[head]!.pos === 'PROPN') return -1;
  // A verb in -ing after the auxiliary is a progressive, no passive: "are engaging with Afghanistan".
  if (tokens[head]!.lower.endsWith('ing')) return -1;
  let i = cue.first - 1;
  for (let gap = 0; i >= 0 && gap < PASSIVE_GAP && (tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'PART' || REFLEXIVES.has(tokens[i]!.lower)); gap += 1) i -= 1;
  return i >= 0 && PASSIVE_AUXILIARIES.has(tokens[i]!.lower) ? i : -1;
}

/**
 * "Somaliland declared independence in 1991 but has never been recognised", "Kosovo is not recognised by Serbia": a
 * cue in the passive whose subject, the sentence's or its clause's first noun phrase, is another party is about that
 * party. Returns the party.
 */
function passiveSubject(context: RuleContext, cue: CueState): Mention | undefined {
  const tokens = context.prepared.tokens;
  if (passiveAuxiliary(context, cue) < 0) return undefined;
  const clause = tokens[cue.first]!.clause;
  let clauseStart = cue.first;
  while (clauseStart > 0 && tokens[clauseStart - 1]!.clause === clause) clauseStart -= 1;
  const leads = (p: Mention, from: number): boolean => opensPhrase(context, p, from);
  // A clause with no subject of its own ("... but has never been recognised") shares the sentence's.
  const subjectless = tokens[clauseStart]!.pos === 'CCONJ' && ['AUX', 'ADV', 'PART', 'VERB'].includes(tokens[clauseStart + 1]?.pos ?? '');
  const party = context.otherParties.find((p) => p.last <= cue.first && (leads(p, clauseStart) || (subjectless && leads(p, 0))));
  // The target named between that subject and the cue may be the one it is about ("the Taliban and the junta will not be
  // allowed").
  return party !== undefined && !context.targetMentions.some((m) => m.first >= party.first && m.last <= cue.first) ? party : undefined;
}

/**
 * "Delegations from China, Pakistan and Iran had also been invited": in a statement that never names the target, a
 * passive cue whose subject, before its auxiliary in the clause, names another party is about that party.
 */
function passiveOthersSubject(context: RuleContext, cue: CueState): Mention | undefined {
  if (context.targetMentions.length > 0) return undefined;
  const aux = passiveAuxiliary(context, cue);
  if (aux < 1) return undefined;
  const tokens = context.prepared.tokens;
  const clause = tokens[aux]!.clause;
  return context.otherParties.find((p) => p.last <= aux && tokens[p.first]!.clause === clause && tokens.slice(p.last, aux).every((t) => !t.boundary || t.lower === ','));
}

/**
 * "... not on the cards as long as women are barred from work": in a statement that names the target elsewhere, a
 * passive cue in a clause without the target whose subject is a common noun ("women", "journalists") is about that
 * subject. Pronouns are left alone: "they were excluded" may well be the target.
 */
function passiveNounSubject(context: RuleContext, cue: CueState): { first: number; last: number } | undefined {
  if (context.targetMentions.length === 0) return undefined;
  const tokens = context.prepared.tokens;
  const i = passiveAuxiliary(context, cue);
  if (i < 1) return undefined;
  const subject = tokens[i - 1]!;
  if (subject.pos !== 'NOUN' || subject.clause !== tokens[cue.first]!.clause) return undefined;
  return context.targetMentions.some((m) => m.first <= i - 1 && m.last > i - 1) ? undefined : { first: i - 1, last: i };
}

/**
 * "HTS remains on the EU's list of terrorist organisations" in an article on the Taliban, actor the EU: with no mention
 * of the target anywhere in the statement and an actor named, a cue in the predicate of another party, the statement's
 * subject, is about that party. (Without an actor, the subject is taken to be the actor.)
 */
function sentenceSubject(context: RuleContext, cue: CueState): Mention | undefined {
  return context.otherParties.find((p) => p.last <= cue.first && p.how !== 'generic' && opensPhrase(context, p, 0));
}

/** Words that name a contact's counterpart after it: "ties with Kabul", "talking to them". */
const COUNTERPART_WORDS = new Set(['with', 'to', 'toward', 'towards']);

/** Words of a relation between the parties named: "China and the EU are each other's partners". */
const RECIPROCAL = /^(?:each|one)$/;
const RECIPROCAL_NEXT = /^(?:other|other's|another|another's)$/;

/**
 * "China and the EU are each other's important trading partners": with no mention of the target in the statement, a
 * statement that relates named parties to each other is about them. Returns the other party named, null when the
 * statement relates no parties so, or undefined when it does but names none.
 */
function reciprocalParty(context: RuleContext): Mention | null | undefined {
  if (context.targetMentions.length > 0) return null;
  const tokens = context.prepared.tokens;
  const reciprocal = tokens.some((t, i) => RECIPROCAL.test(t.lower) && RECIPROCAL_NEXT.test(tokens[i + 1]?.lower ?? ''));
  return reciprocal ? context.otherParties.find((p) => p.how !== 'generic') : null;
}

/**
 * "India and the US are expected to hold talks": with no mention of the target in the statement, a subject of two
 * names, the second another party, and contact with no counterpart of its own after it ("with Kabul", "to them") is
 * between the two. Returns that party.
 */
function coSubjectParty(context: RuleContext, cue: CueState): Mention | undefined {
  // A pronoun after a subject of two names is theirs: "The EU and Qatar held their first dialogue".
  if (context.targetMentions.some((m) => m.how !== 'reference')) return undefined;
  const tokens = context.prepared.tokens;
  const relation = cue.cue.entry.dimension === 'engagement' || (cue.cue.entry.dimension === 'recognition' && /\b(?:relations|ties)\b/iu.test(cue.text));
  if (!relation || cue.cue.entry.sign < 0) return undefined;
  for (let i = cue.last; i < tokens.length && !tokens[i]!.boundary; i += 1) {
    // "talks to restore relations": an infinitive's "to" names no counterpart.
    if (COUNTERPART_WORDS.has(tokens[i]!.lower) && !(tokens[i]!.lower === 'to' && tokens[i + 1]?.pos === 'VERB')) return undefined;
  }
  return context.otherParties.find((p) => {
    if (p.how === 'generic' || p.last > cue.first) return false;
    let and = p.first - 1;
    if (tokens[and]?.pos === 'DET') and -= 1;
    if (tokens[and]?.lower !== 'and' || and < 1) return false;
    const clause = tokens[and]!.clause;
    let start = and - 1;
    while (start > 0 && tokens[start - 1]!.clause === clause && !tokens[start - 1]!.boundary) start -= 1;
    return tokens.slice(start, and).every((t) => t.pos === 'PROPN' || t.pos === 'DET');
  });
}

/** Most tokens between a recognition verb and its "as" ("recognised opposition candidate Edmundo Gonzalez as"). */
const RECOGNISED_AS_WINDOW = 6;

/** A person as the object of "recognised ... as". */
const PERSONAL_OBJECTS = new Set(['him', 'her']);
/** Descriptions of a person standing against a government: "opposition candidate Edmundo Gonzalez". */
const RIVAL_WORDS = new Set(['opposition', 'candidate', 'challenger', 'rival', 'contender', 'president-elect', 'winner', 'claimant', 'dissident']);

/**
 * "... that the opposition candidate Edmundo Gonzalez had won, and Washington recognised him as the winner": a name
 * described as a rival, named before the cue in the statement and not the target, is whom "him" recognises.
 */
function namedRivalBefore(context: RuleContext, cue: CueState): boolean {
  const tokens = context.prepared.tokens;
  for (let i = 0; i < cue.first; i += 1) {
    if (!RIVAL_WORDS.has(tokens[i]!.lower)) continue;
    for (let j = i + 1; j < Math.min(cue.first, i + 4); j += 1) {
      if (tokens[j]!.pos !== 'PROPN') continue;
      if (!context.targetMentions.some((m) => m.first <= j && j < m.last)) return true;
      break;
    }
  }
  return false;
}

/**
 * "The United States recognised opposition candidate Edmundo Gonzalez as the winner": a recognition verb whose object,
 * before "as", is a name and not the target recognises someone else; so does "him" or "her" after a rival named before
 * in the statement ("the opposition candidate Edmundo Gonzalez had won, and Washington recognised him as the winner").
 * Returns the object's token range.
 */
function recognisesSomeoneElse(context: RuleContext, cue: CueState): { first: number; last: number } | null {
  if (cue.cue.entry.dimension !== 'recognition' || cue.weight === 0) return null;
  const tokens = context.prepared.tokens;
  for (let i = cue.last; i < tokens.length && i - cue.last <= RECOGNISED_AS_WINDOW; i += 1) {
    const t = tokens[i]!;
    if (t.boundary) return null;
    if (t.lower !== 'as') continue;
    const object = tokens.slice(cue.last, i);
    if (object.length === 1 && PERSONAL_OBJECTS.has(object[0]!.lower)) return namedRivalBefore(context, cue) ? { first: cue.last, last: i } : null;
    // "relations with Syria as ...": a prepositional phrase is no object recognised as something.
    if (i === cue.last || !object.some((x) => x.pos === 'PROPN') || object[0]!.pos === 'ADP') return null;
    return context.targetMentions.some((m) => m.first < i && m.last > cue.last) ? null : { first: cue.last, last: i };
  }
  return null;
}

/** Verbs that call their object something: "considered Gonzalez the legitimate president-elect". */
const CALLING = new Set(['consider', 'call', 'regard', 'deem', 'declare', 'name', 'view', 'hail', 'proclaim']);

/**
 * "Peru considers Edmundo Gonzalez the legitimate president-elect": a word of legitimacy before an office, said of a
 * name that is not the target after a verb of calling, is said of a rival. Returns the rival's token range.
 */
function rivalCalledLegitimate(context: RuleContext, cue: CueState): { first: number; last: number } | null {
  if (cue.cue.entry.dimension !== 'recognition' || cue.weight <= 0) return null;
  const tokens = context.prepared.tokens;
  if (!OFFICES.has(tokens[cue.last]?.lower ?? '')) return null;
  let k = cue.first - 1;
  if (tokens[k]?.lower === 'the') k -= 1;
  const last = k + 1;
  while (k >= 0 && tokens[k]!.pos === 'PROPN') k -= 1;
  if (k + 1 === last || !CALLING.has(tokens[k]?.lemma ?? '')) return null;
  return context.targetMentions.some((m) => m.first < last && m.last > k + 1) ? null : { first: k + 1, last };
}

/** Words that make a legitimacy exclusive: "the only legitimate authority", "the sole lawful government". */
const SOLE = new Set(['only', 'sole', 'single', 'one']);

/**
 * "The federal government is the only legitimate authority that can sign agreements": another called the only
 * legitimate holder withholds legitimacy from the target. The subject before "is the only" must not name the target
 * ("Hargeisa's government is the only legitimate authority there" keeps its sign).
 */
function otherCalledSole(context: RuleContext, cue: CueState): { first: number; last: number } | null {
  if (cue.cue.entry.dimension !== 'recognition' || cue.weight <= 0) return null;
  const tokens = context.prepared.tokens;
  const only = tokens[cue.first - 1];
  const the = tokens[cue.first - 2];
  const verb = tokens[cue.first - 3];
  if (!SOLE.has(only?.lower ?? '') || the?.lower !== 'the' || (verb?.lemma !== 'be' && verb?.lemma !== 'remain')) return null;
  let start = cue.first - 3;
  while (start > 0 && !tokens[start - 1]!.boundary && tokens[start - 1]!.clause === tokens[cue.first]!.clause) start -= 1;
  if (start === cue.first - 3) return null;
  return context.targetMentions.some((m) => m.first < cue.first - 3 && m.last > start) ? null : { first: start, last: cue.first - 3 };
}

/** Offices a rival can be recognised as: recognising someone else as one withholds it from the target. */
const OFFICES = new Set(['president', 'president-elect', 'winner', 'leader', 'head', 'government', 'prime', 'ruler', 'authority']);
/** Words that may stand between "as" and the office ("as the legitimate interim president"). */
const OFFICE_MODIFIERS = new Set(['the', 'its', 'their', 'a', 'legitimate', 'rightful', 'interim', 'elected', 'true', 'sole', 'lawful', 'acting', 'country', "country's", 'only']);

/** Most tokens from "as" to the office it names. */
const OFFICE_WINDOW = 5;

/** Whether the words after "as" at `as` name an office: "as the winner", "as the legitimate interim president". */
function asOffice(context: RuleContext, as: number): boolean {
  const tokens = context.prepared.tokens;
  for (let i = as + 1; i < tokens.length && i - as <= OFFICE_WINDOW; i += 1) {
    const word = tokens[i]!.lower;
    if (OFFICES.has(word)) return true;
    if (!OFFICE_MODIFIERS.has(word)) return false;
  }
  return false;
}

/** Words between "of" and the owner of a territory ("the sovereignty of the Federal Republic of Somalia"). */
const OWNER_OF_GAP = 5;

/**
 * The owner named next to a cue about a state's own territory: a possessive before it ("Somalia's unity and
 * territorial integrity", over a few words) or "of" after it ("the sovereignty of Serbia").
 */
function territoryOwner(context: RuleContext, cue: CueState, mentions: readonly Mention[]): Mention | undefined {
  const tokens = context.prepared.tokens;
  return mentions.find((m) => {
    if (m.last <= cue.first) {
      const between = tokens.slice(m.last, cue.first);
      return between.length <= OWNER_GAP + 2 && POSSESSIVE.test(between[0]?.lower ?? '') && !between.some((t) => t.boundary || t.pos === 'VERB');
    }
    if (m.first < cue.last || tokens[cue.last]?.lower !== 'of') return false;
    // Only a name's words between: "part of the reserves to the movement" is no part of the movement.
    return m.first - cue.last <= OWNER_OF_GAP && tokens.slice(cue.last, m.first).every((t) => !t.boundary && (OWNER_OF_WORDS.has(t.lower) || t.pos === 'PROPN' || t.pos === 'ADJ'));
  });
}
/** Words of the name of an owner after "of" that are not names: "the sovereignty of the Federal Republic of Somalia". */
const OWNER_OF_WORDS = new Set(['of', 'the']);

/**
 * A cue about a state's own territory (`claimantOwner`): the claimant's keeps its sign ("respect for Somalia's
 * territorial integrity" withholds recognition of Somaliland), the target's takes the opposite ("Kosovo's
 * sovereignty"), any other owner's, or none, scores 0.
 */
function byTerritoryOwner(context: RuleContext, cue: CueState): CueState {
  const claimant = territoryOwner(context, cue, context.claimantMentions ?? []);
  if (claimant !== undefined) return cue;
  const target = territoryOwner(context, cue, context.targetMentions);
  if (target !== undefined) return scaleBy(cue, context, target, 'target', -1, "the target's own territory: the opposite of its claimant's");
  return applyFactor(cue, { ruleId: 'target', factor: 0, cue: cue.text, span: cue.span, reason: "the territory is neither the target's nor its claimant's" });
}

/** Verbs that tell someone to do something ("urged the group to fight terrorism", "called on it to"). */
const DIRECTIVES = new Set(['urge', 'ask', 'press', 'demand', 'want', 'expect', 'encourage', 'push', 'tell', 'invite', 'require', 'call', 'on', 'pressure', 'persuade']);
const DETERMINERS_BEFORE_TARGET = new Set(['the', 'its', 'their']);

/**
 * The verb that tells the target to do something ("called on the movement to", "urged the group to"), or undefined:
 * being told to do it says it does not yet.
 */
function directiveBefore(context: RuleContext, mention: Mention): ScoringToken | undefined {
  const tokens = context.prepared.tokens;
  let at = mention.first - 1;
  if (DETERMINERS_BEFORE_TARGET.has(tokens[at]?.lower ?? '')) at -= 1;
  const word = tokens[at];
  return word !== undefined && (DIRECTIVES.has(word.lemma) || DIRECTIVES.has(word.lower)) ? word : undefined;
}

/**
 * "China has pressed the Taliban to cut ties with Uighur militants": a cue in the infinitive after the target told to
 * do something is the target's act, asked of it, not the actor's contact with it. An invitation is the inviter's own
 * contact ("invited the Taliban to talks in Moscow"), so "invite" does not count here.
 */
function askedOfTarget(context: RuleContext, cue: CueState): Mention | undefined {
  const tokens = context.prepared.tokens;
  return context.targetMentions.find((m) => {
    if (m.last > cue.first || cue.first - m.last > ASKED_MAX_GAP || !sameClause(context, m, cue)) return false;
    const verb = directiveBefore(context, m);
    if (verb === undefined || verb.lemma === 'invite') return false;
    // "to" right after the target, and no other mention of it up to the cue: the cue is what it is asked to do.
    if (tokens[m.last]?.lower !== 'to' || context.targetMentions.some((n) => n.first >= m.last && n.first < cue.last)) return false;
    // A threat told of the object of the act asked ("to act against militants operating from Afghan soil") stands.
    return cue.cue.entry.dimension !== 'threat' || !tokens.slice(m.last + 1, cue.first).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  });
}
/** Most tokens between the target told to do something and the cue of what it is told to do. */
const ASKED_MAX_GAP = 4;

/**
 * "not a threat to Russia's Central Asian allies": a noun of contact or threat owned by another party in the
 * possessive, with no mention of the target after it in its phrase, is that party's (its allies, its partners), whatever
 * the rest of the sentence says of the target. ("Russia's ties with the Taliban" names the target after it.)
 */
function ownerBefore(context: RuleContext, cue: CueState): Mention | undefined {
  const tokens = context.prepared.tokens;
  if (cue.cue.entry.dimension === 'recognition' || tokens[cue.first]!.pos !== 'NOUN' || context.targetMentions.some((m) => insideCue(m, cue))) return undefined;
  let at = cue.first - 1;
  while (at >= 0 && cue.first - at <= OWNER_GAP && (tokens[at]!.pos === 'ADJ' || tokens[at]!.pos === 'PROPN') && !context.targetMentions.some((m) => m.first <= at && at < m.last)) at -= 1;
  if (!POSSESSIVE.test(tokens[at]?.lower ?? '')) return undefined;
  const owner = context.otherParties.find((p) => p.last === at);
  if (owner === undefined) return undefined;
  for (let i = cue.last; i < tokens.length && !tokens[i]!.boundary && tokens[i]!.pos !== 'VERB' && tokens[i]!.pos !== 'AUX'; i += 1) {
    if (context.targetMentions.some((m) => m.first === i)) return undefined;
  }
  return owner;
}

/**
 * "..., when Western countries evacuated their diplomats": a verb cue right after another party that a subordinator
 * opens the clause with, as its subject, in a clause that does not name the target, is that party's own act, not the
 * stance of the statement's actor on the target.
 */
function otherSubject(context: RuleContext, cue: CueState): Mention | undefined {
  const tokens = context.prepared.tokens;
  if ((context.actor ?? '') === '' || tokens[cue.first]!.pos !== 'VERB') return undefined;
  const clause = tokens[cue.first]!.clause;
  // A pronoun after the party ("their diplomats") is the party's own, not the target.
  if (context.targetMentions.some((m) => m.how !== 'reference' && tokens[m.first]!.clause === clause)) return undefined;
  return context.otherParties.find(
    (p) =>
      p.last <= cue.first &&
      cue.first - p.last <= 2 &&
      tokens[p.first]!.clause === clause &&
      SUBORDINATORS.has(tokens[p.first - 1]?.lower ?? '') &&
      tokens.slice(p.last, cue.first).every((t) => t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'NOUN'),
  );
}

/** Words that open a subordinate clause whose subject follows them: "when Western countries evacuated ...". */
const SUBORDINATORS = new Set(['when', 'while', 'whereas', 'as', 'after', 'because', 'since', 'although', 'though', 'before', 'until']);

/** Words that may stand between "without" and the target: "without the Taliban", "without Taliban representatives". */
const WITHOUT_GAP = new Set(['the', 'any', 'its', 'their', 'a']);

/**
 * "Talks on Afghanistan were held in Doha without the Taliban": contact after which the target is named only after
 * "without" is contact that leaves the target out, not contact with it.
 */
function leftOutOf(context: RuleContext, cue: CueState): { first: number; last: number } | undefined {
  if (cue.cue.entry.dimension !== 'engagement' || cue.weight <= 0) return undefined;
  const tokens = context.prepared.tokens;
  const inClause = context.targetMentions.filter((m) => sameClause(context, m, cue));
  if (inClause.length === 0) return undefined;
  let found: { first: number; last: number } | undefined;
  for (const m of inClause) {
    if (m.first < cue.last) return undefined;
    let at = m.first - 1;
    while (at >= cue.last && WITHOUT_GAP.has(tokens[at]!.lower)) at -= 1;
    if (at < cue.last || tokens[at]!.lower !== 'without') return undefined;
    found ??= { first: at, last: m.last };
  }
  return found;
}

/** Most tokens between "not" and the target it denies the threat of ("not the Taliban themselves"). */
const DENIED_GAP = 2;

/**
 * "The main threat is not the Taliban themselves, but terrorist groups such as the Islamic State": a threat whose
 * predicate denies it of the target frames the target as no threat (the negation is the predicate's, not the cue's).
 */
function threatDeniedOfTarget(context: RuleContext, cue: CueState): { first: number; last: number } | undefined {
  if (cue.cue.entry.dimension !== 'threat' || cue.weight <= 0) return undefined;
  const tokens = context.prepared.tokens;
  let at = cue.last;
  if (tokens[at]?.lemma !== 'be') return undefined;
  at += 1;
  if (tokens[at]?.lower !== 'not') return undefined;
  const not = at;
  const mention = context.targetMentions.find((m) => m.first > not && m.first - not <= DENIED_GAP);
  return mention === undefined ? undefined : { first: not, last: mention.last };
}

/**
 * Checks, in order, that a cue is about another party than the target or leaves the target out, each with the words
 * that show it and the reason the evidence gives.
 */
const ABOUT_ANOTHER: readonly (readonly [(context: RuleContext, cue: CueState) => { first: number; last: number } | undefined, string])[] = [
  [threatOfDescribed, 'the threat is said of another party, in a relative clause about it'],
  [saidOfOthers, 'the cue is said of other parties, in a relative clause about them'],
  [saidOfThose, 'the cue is said of "those" a relative clause describes'],
  [statusOfDescribed, 'the passive is said of the name a relative clause describes'],
  [threatOfOther, 'the threat is said of another party: named before it, its source, or its subject'],
  [ownerInside, 'the cue names another party as its owner'],
  [(context, cue) => {
    const asked = askedOfTarget(context, cue);
    return asked === undefined ? undefined : { first: asked.first, last: cue.first };
  }, "the target is asked to do it: not the actor's own contact with it"],
  [labelledParty, 'the label is said of another party named right before it'],
  [ownerBefore, "the cue is another party's own, named before it in the possessive"],
  [leftOutOf, 'the target is left out of it ("without" the target)'],
];

/**
 * The target check (codebook "Target"): a cue whose counterpart in its clause is another party ("dialogue with all
 * countries concerned", "talks in New Delhi with Indian officials") scores 0 unless the target is also named in that
 * clause. Cues with no mention of anyone take the given target as their topic (lone-statement mode); cues that
 * name their own object (an embassy kept open) need no mention.
 *
 * @example
 * // target Taliban: "Russia maintains close dialogue with all countries concerned." -> engagement 0
 */
export const targetRule: ScoringRule = {
  id: 'target',
  description: 'A cue whose counterpart is another party, with no mention of the target in its clause, scores 0.',
  apply(cues, context) {
    // "as the legitimate interim president" after a rival recognised: the words of the office are the rival's.
    const offices = cues.flatMap((c) => {
      const other = recognisesSomeoneElse(context, c);
      return other !== null && c.weight > 0 && asOffice(context, other.last) ? [{ first: other.last, last: other.last + OFFICE_WINDOW }] : [];
    });
    // Each cue whose counterpart is another party, with that party.
    const counterparts = new Map<CueState, Mention>();
    // Whether the statement relates other parties to each other, once for all its cues.
    const reciprocal = reciprocalParty(context);
    // "Engagement does not mean legitimisation": a statement that weighs recognition is about the target, near it or not.
    const aboutRecognition = cues.some((c) => c.cue.entry.dimension === 'recognition' && c.weight !== 0);
    const checked = cues.map((cue) => {
      if (cue.weight === 0) return cue;
      // Before the cues that need no mention of the target: "when Pakistan evacuated its diplomats" is Pakistan's act.
      const doer = otherSubject(context, cue);
      if (doer !== undefined) return zeroBy(cue, context, doer, 'target', "the cue is another party's own act, its subject, in a clause that does not name the target");
      if (cue.cue.entry.implicitTarget === true) return cue;
      if (cue.cue.entry.claimantOwner === true) return byTerritoryOwner(context, cue);
      const office = offices.find((o) => cue.first > o.first && cue.first < o.last && cue.cue.entry.dimension === 'recognition');
      if (office !== undefined) return zeroBy(cue, context, { first: office.first, last: cue.last }, 'target', "the office recognised in a rival is the rival's");
      if (cue.cue.entry.targetObject === true) {
        if (objectIsAct(cue, context.prepared.tokens)) return applyFactor(cue, { ruleId: 'target', factor: 0, cue: cue.text, span: cue.span, reason: "the verb's object is an act, not the target" });
        // "not without friction": with it, so nothing is left out.
        if (context.prepared.tokens[cue.first - 1]?.lower === 'not') return applyFactor(cue, { ruleId: 'target', factor: 0, cue: cue.text, span: cue.span, reason: '"not without" leaves nothing out' });
        return targetIsObject(cue, context) || targetIsPassiveSubject(context, cue)
          ? cue
          : applyFactor(cue, { ruleId: 'target', factor: 0, cue: cue.text, span: cue.span, reason: 'the verb\'s object is not the target' });
      }
      if (cue.cue.entry.targetSubject === true) {
        const doer = context.targetMentions.some(
          (m) =>
            m.last <= cue.first &&
            sameClause(context, m, cue) &&
            !context.otherParties.some((p) => p.first >= m.last && p.last <= cue.first) &&
            directiveBefore(context, m) === undefined,
        );
        return doer ? cue : applyFactor(cue, { ruleId: 'target', factor: 0, cue: cue.text, span: cue.span, reason: 'the target is not the one who does it' });
      }
      const other = recognisesSomeoneElse(context, cue);
      // "recognised Edmundo Gonzalez as the winner": the office recognised in a rival is withheld from the target.
      if (other !== null && cue.weight > 0 && asOffice(context, other.last)) return scaleBy(cue, context, other, 'target', -1, 'a rival recognised in the office withholds it from the target');
      if (other !== null) return zeroBy(cue, context, other, 'target', 'the one recognised is someone else');
      const called = rivalCalledLegitimate(context, cue);
      if (called !== null) return scaleBy(cue, context, called, 'target', -1, 'a rival called the legitimate holder of the office withholds it from the target');
      const sole = otherCalledSole(context, cue);
      if (sole !== null) return scaleBy(cue, context, sole, 'target', -1, 'another called the only legitimate authority withholds legitimacy from the target');
      const denied = threatDeniedOfTarget(context, cue);
      if (denied !== undefined) return scaleBy(cue, context, denied, 'target', -1, 'the threat is denied of the target and said of another');
      for (const [find, reason] of ABOUT_ANOTHER) {
        const words = find(context, cue);
        if (words !== undefined) return zeroBy(cue, context, words, 'target', reason);
      }
      // "The EU and Qatar held their first dialogue": a pronoun after a subject of two other parties is theirs.
      const pairedSubject = coSubjectParty(context, cue);
      if (pairedSubject !== undefined) return zeroBy(cue, context, pairedSubject, 'target', 'the statement, which never names the target, has two other parties as its subject');
      if (context.targetMentions.some((m) => sameClause(context, m, cue) || insideCue(m, cue))) {
        const sides = othersEngage(context, cue);
        if (sides !== undefined) return zeroBy(cue, context, sides, 'target', 'the target and another party engage each other, not the actor');
        const partner = targetIsTopic(context, cue);
        return partner === undefined ? cue : zeroBy(cue, context, partner, 'target', 'the partner is another party; the target is only the topic');
      }
      if (cue.cue.entry.mentionRequired === true && context.targetMentions.length === 0) {
        return applyFactor(cue, { ruleId: 'target', factor: 0, cue: cue.text, span: cue.span, reason: 'the statement does not mention the target' });
      }
      if (context.targetInContext === false && context.targetMentions.length === 0) {
        return applyFactor(cue, { ruleId: 'target', factor: 0, cue: cue.text, span: cue.span, reason: 'neither the statement nor the ones just before it refer to the target' });
      }
      if (context.outOfContext?.includes(cue.cue.entry.dimension) === true && !context.targetMentions.some((m) => m.how !== 'reference') && !aboutRecognition) {
        return applyFactor(cue, { ruleId: 'target', factor: 0, cue: cue.text, span: cue.span, reason: 'neither the statement nor the few before it refer to the target' });
      }
      const passive = passiveSubject(context, cue);
      if (passive !== undefined) return zeroBy(cue, context, passive, 'target', 'the passive is about another party, its subject');
      const passiveOthers = passiveOthersSubject(context, cue);
      if (passiveOthers !== undefined) return zeroBy(cue, context, passiveOthers, 'target', 'the passive, in a statement that never names the target, is about the parties of its subject');
      const passiveNoun = passiveNounSubject(context, cue);
      if (passiveNoun !== undefined) return zeroBy(cue, context, passiveNoun, 'target', 'the passive is about its subject, not the target named elsewhere in the statement');
      const subject = context.targetMentions.length === 0 && (context.actor ?? '') !== '' ? sentenceSubject(context, cue) : undefined;
      if (subject !== undefined) return zeroBy(cue, context, subject, 'target', 'the statement, which never names the target, is about its subject, another party');
      // (A subject of two other parties was zeroed above.)
      const related = reciprocal ?? undefined;
      if (related !== undefined) return zeroBy(cue, context, related, 'target', 'the statement, which never names the target, relates other parties to each other or has two of them as its subject');
      const party = context.otherParties.find((p) => isCounterpart(context, p, cue) && !insideCue(p, cue));
      if (party === undefined) return cue;
      counterparts.set(cue, party);
      return zeroBy(cue, context, party, 'target', 'the cue is about another party, not the target');
    });
    // In order, so that a chain of joined cues shares the first one's counterpart ("talks with Malaysia and sign an
    // agreement on cooperation").
    const shared = checked.map((state, i) => {
      const party = state.weight === 0 ? undefined : sharedCounterpart(cues, i, counterparts, context);
      if (party === undefined) return state;
      counterparts.set(cues[i]!, party);
      return zeroBy(state, context, party, 'target', 'the cue is joined to one about another party, and shares its counterpart');
    });
    return withoutTheTarget(shared, context);
  },
};

/**
 * "The meeting was held without the participation of the Taliban", "aid would continue to bypass the authorities": an
 * engagement cue before a "without" (or a "bypass") whose object is the target, in its clause, is not with the
 * target; the "without" alone says the stance.
 */
function withoutTheTarget(cues: CueState[], context: RuleContext): CueState[] {
  const without = cues.find((c) => c.cue.entry.targetObject === true && c.cue.entry.dimension === 'engagement' && c.weight < 0);
  if (without === undefined) return cues;
  const clause = context.prepared.tokens[without.first]!.clause;
  return cues.map((c) =>
    c !== without && c.weight > 0 && c.cue.entry.dimension === 'engagement' && c.last <= without.first && context.prepared.tokens[c.first]!.clause === clause
      ? zeroBy(c, context, { first: without.first, last: without.last }, 'target', 'done without the target, or around it: not with it')
      : c,
  );
}

/**
 * Words that join two cues into one phrase: "dialogue and cooperation", "trade, investment and cooperation", "an
 * agreement on cooperation".
 */
const JOINERS = new Set(['and', 'or', ',', 'as', 'well', 'on']);
/** Most words that modify a cue joined to another: "trade and technology cooperation". */
const JOINED_MODIFIERS = 2;
/** Words that open the topic of talks: "talks with X on expanding port cooperation". */
const TOPIC_OPENERS = new Set(['on', 'about', 'over', 'regarding']);
/** Most words of a topic before its cue. */
const TOPIC_GAP = 3;
/** Most words between a counterpart and the "to" of a purpose after it ("... in Astana on Monday to discuss"). */
const PURPOSE_GAP = 8;

/**
 * "to deepen dialogue with the EU and cooperation", "hold talks with Malaysia and sign an agreement": a cue joined by
 * "and" (or a comma) to an earlier one, or to the counterpart named after it, whose counterpart is another party,
 * with no mention of the target in the statement, has that counterpart too.
 */
function sharedCounterpart(cues: readonly CueState[], i: number, counterparts: ReadonlyMap<CueState, Mention>, context: RuleContext): Mention | undefined {
  if (context.targetMentions.length > 0) return undefined;
  const cue = cues[i]!;
  const tokens = context.prepared.tokens;
  for (let j = i - 1; j >= 0; j -= 1) {
    const before = cues[j]!;
    const party = counterparts.get(before);
    if (party === undefined || before.last > cue.first || before.cue.entry.dimension !== cue.cue.entry.dimension) continue;
    let k = party.first >= before.last && party.last <= cue.first ? party.last : before.last;
    const afterParty = k;
    while (k < cue.first && JOINERS.has(tokens[k]!.lower)) k += 1;
    if (k === cue.first && k > before.last) return party;
    // "met X to discuss trade": the object of a verb of contact with another party is a topic of that contact.
    if (k === cue.first && k === before.last && tokens[before.first]!.pos === 'VERB') return party;
    // "trade and technology cooperation": after a joiner, a word or two that modify the cue.
    if (k > afterParty) {
      let modifier = k;
      while (modifier < cue.first && modifier - k < JOINED_MODIFIERS && (tokens[modifier]!.pos === 'NOUN' || tokens[modifier]!.pos === 'ADJ')) modifier += 1;
      if (modifier === cue.first) return party;
    }
    const from = Math.max(before.last, party.last);
    // "talks with Sri Lankan officials on expanding port cooperation": the topic of talks with another party is theirs.
    // (After the head noun of the party's phrase: "Sri Lankan officials".)
    let head = from;
    while (head < cue.first && head - from < 2 && tokens[head]!.pos === 'NOUN') head += 1;
    const topic = tokens.slice(head, cue.first);
    if (
      TOPIC_OPENERS.has(topic[0]?.lower ?? '') &&
      topic.length - 1 <= TOPIC_GAP &&
      topic.slice(1).every((t) => t.clause === tokens[cue.first]!.clause && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN' || (t.pos === 'VERB' && t.lower.endsWith('ing'))))
    ) {
      return party;
    }
    // "met the Chinese ambassador in Astana on Monday to discuss a rail link": the purpose of a meeting with another
    // party is discussed with it.
    if (
      tokens[cue.first - 1]?.lower === 'to' &&
      cue.first - 1 - from <= PURPOSE_GAP &&
      tokens.slice(from, cue.first - 1).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && !t.boundary && t.clause === tokens[cue.first]!.clause)
    ) {
      return party;
    }
  }
  return undefined;
}
