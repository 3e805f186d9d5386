import type { Span } from '../types';
import { DECLARED_ACT, SPEECH_VERBS, SUBJECT_PREFIX } from './attributionLexicon';
import { isTargetSide, type DocumentContext } from './DocumentContext';

/** A narrator unit's actor, why, and the target as speaker when it is the subject of a speech verb. */
export interface NarratorActor {
  readonly actor: string | null;
  readonly why: string;
  readonly speaker?: string;
}

const AGENT_KINDS = new Set(['official', 'person', 'name', 'demonym', 'metonym', 'institution', 'generic-institution', 'role', 'group']);
/** "For" or "To" opening the sentence before a name and its comma: whose view the sentence gives. */
const FOR_VIEW_BEFORE = /^\s*["“']?(?:For|To)\s+(?:the\s+)?$/u;
/**
 * Words after "is" or "has been" that end in -ed or -en but say what the subject does or is, not what is done to it:
 * verbs that only frame its act ("is expected to", "was said to"), dispositions ("has been keen", "is committed to")
 * and adjectives ("is open to").
 */
const NOT_PASSIVE = String.raw`(?:expected|said|believed|thought|reported|set|scheduled|poised|understood|seen|known|supposed|due|required|forced|prepared|determined|committed|engaged|involved|interested|concerned|based|united|divided|keen|open|even|often)`;
/**
 * A passive after a name and its head noun, or a state done to it: not the agent ("the Taliban were designated", "the
 * Taliban government is not recognised", "HTS, the group he led, remains listed", "remains on the EU's list of
 * terrorist organisations", "is still under UN sanctions").
 */
export const PASSIVE_AFTER = new RegExp(
  String.raw`^(?:\s*\([^()]{1,40}\))?(?:,[^,.;:!?]{1,60},)?(?:\s+\p{L}+){0,2}?\s+(?:was|were|is|are|has been|have been|had been|being|been|be|remains?|remained|stays?|stayed)\s+(?:not\s+|never\s+|still\s+)?(?:\p{L}+ly\s+)?(?:(?!${NOT_PASSIVE}(?![\p{L}]))\p{L}+(?:ed|en)|(?:on|off)\s+(?:[\p{L}'’]+\s+){0,4}?(?:list|lists|blacklist|register|roster)|under\s+(?:[\p{L}'’-]+\s+){0,3}?sanctions)(?![\p{L}])`,
  'iu',
);
/**
 * A passive coordinated with the subject's own clause: the subject is what is done to ("Somaliland declared
 * independence in 1991 but has never been recognised", "the group took Kabul and was put under sanctions"). Verbs
 * that only frame what the subject does ("is expected to", "was said to") are not such a passive.
 */
const COORDINATED_PASSIVE = new RegExp(
  String.raw`(?:^|[\s,])(?:and|but|yet)\s+(?:(?:has|have|had)\s+(?:(?:not|never|yet|still|since|also|long|\p{L}+ly)\s+)*been|(?:is|are|was|were)(?:\s+(?:not|never|yet|still|also|\p{L}+ly))*)\s+(?!${NOT_PASSIVE}(?![\p{L}]))\p{L}+(?:ed|en)(?![\p{L}])`,
  'u',
);

/**
 * A designation or reception passive right before a place: "has been banned in Russia", "is listed as a terrorist
 * group in Kazakhstan", "was accredited in Moscow". The state named is the one that bans or receives (a label in
 * brackets, "(banned in Russia)", has no auxiliary).
 */
const DESIGNATED_IN =
  /(?:^|\s)(?:is|are|was|were|been|remains?|remained)\s+(?:(?:still|officially|formally|also|warmly)\s+)?(?:banned|outlawed|proscribed|designated|listed|prohibited|blacklisted|accredited|received|welcomed|hosted|recognised|recognized)(?:\s+as\s+[^,.;:!?()]{1,40}?)?\s+in\s+(?:the\s+)?$/u;

/**
 * A copula and a noun predicate right after the subject: "The Taliban are not the legitimate government", "the group
 * remains a threat", "were long seen as a threat". The sentence says what the subject is, in someone's view; the
 * subject does nothing.
 */
const NOUN_PREDICATE_AFTER =
  /^\s+(?:(?:is|are|was|were|remains?|remained)(?:\s*,[^,.;:!?]{1,60},)?\s+(?:(?:not|no\s+longer|still|also|now|clearly)\s+)*(?:a|an|the|no)|(?:is|are|was|were)\s+not|(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:not|long|widely|still|also|now|often|largely)\s+)*(?:seen|regarded|considered|viewed|described|treated|perceived)\s+as)\s/u;

/**
 * The target's delegation travelling to a place, up to the place: "'s delegation visited ", " delegation has arrived
 * in ", " officials travelled to ".
 */
const VISITS_AFTER = /^(?:['’]s)?(?:\s+(?:delegation|delegations|officials|ministers|envoys?|team|leaders?))?(?:\s*,[^,.;:!?]{1,60},)?\s+(?:has\s+|have\s+|had\s+)?(?:visited|visits|arrived\s+in|arrives\s+in|travelled\s+to|traveled\s+to|travels\s+to|flew\s+to|flies\s+to)\s+/u;

/** A verb of meeting after the target's subject phrase (its title and name, an aside in brackets). */
const MEETS_AFTER = /^[^.;:!?,]{0,80}?\s(?:meets|met|holds\s+talks\s+with|held\s+talks\s+with|hold\s+talks\s+with|met\s+with|meets\s+with|received|receives|receiving)\s+/u;
/** Most characters between that verb and the one met: "the visiting". */
const MET_GAP = 12;
/** Between the target and a second party of the subject: "the Taliban and Russia", "the Taliban and the EU". */
const PAIRED_AFTER = /^\s+(?:and|&)\s+(?:the\s+)?$/u;

/** A possessive owning a list or register: its owner keeps whoever is on it there ("the EU's list of terrorist groups"). */
const LIST_OWNER = /^['’]s?\s+(?:[\p{L}-]+\s+){0,3}?(?:list|lists|blacklist|register|roster)(?![\p{L}])/u;

/** A speech verb right after a subject, with only adverbs between ("the group also welcomed"). */
const SPEECH_AFTER = new RegExp(
  `^(?:\\s|,|also|meanwhile|however|has|have|had|then|later|again|too|now|recently|earlier)*\\s*(?:${[...SPEECH_VERBS]
    .sort((a, b) => b.length - a.length)
    .map((v) => v.replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}])`,
  'u',
);
/** A subordinate clause's opening: an agent inside it is not the sentence's actor. */
/** An opening subordinate clause of three words or more up to its comma ("While the United States rushed to evacuate, ..."; not a list, "While France, Britain and others ..."). */
const OPENING_CLAUSE = /^\s*(?:While|Whereas|Although|Though|Even though|Unlike|After|When|Before|Once|As|If|Since)\s+(?:[^,;:.!?\s]+\s+){2,24}[^,;:.!?\s]+,/u;
/**
 * "Unlike the United States, Britain and Germany, Russia ...", "Along with China, Pakistan and Iran, it has ...": a list
 * after "Unlike", "Like" or "Along with" runs to the comma after its last item.
 */
const UNLIKE_LIST = /^\s*(?:Unlike|Like|Along\s+with|Together\s+with|As\s+with)\s+(?:[^,;:.!?]+,\s*){1,6}?[^,;:.!?]*?\b(?:and|or)\s+[^,;:.!?]+,/u;
const SUBORDINATE = /^\s*(?:[Aa]fter|[Ss]ince|[Ww]hen|[Ww]hile|[Aa]lthough|[Tt]hough|[Oo]nce|[Bb]efore|[Ff]ollowing|[Dd]espite|[Ii]f|[Uu]ntil)(?![\p{L}])/u;

/**
 * "not by", "nor by" before a name, or before the list it is in ("but not by Serbia, Russia or China"): the agents of
 * a passive named as not doing it.
 */
const NOT_BY_BEFORE = /(?:^|[^\p{L}])(?:not|nor)\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,\s*(?:or\s+|and\s+)?|\s(?:or|and)\s+)(?:the\s+)?)*$/u;

/**
 * A rubric heading a headline, up to its colon: "Syria live:", "Afghanistan latest:", "Explainer:". Who it names is the
 * story's subject, not the actor of what follows.
 */
const RUBRIC = /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:live|latest|updates|explainer|analysis|factbox|timeline|opinion)\s*:\s/iu;

/**
 * The actor of a unit nobody is quoted in: the first actor it names as acting (not a place or an object, not a media
 * outlet, not the target; a compound modifier such as "the Putin-led administration" only as the main subject), unless
 * the target comes first as the subject of the main clause (not possessive, not passive, not in a subordinate clause)
 * and `targetMayAct`; else the document's default actor.
 *
 * @example
 * narratorActor(ctx, unitSpan, true); // { actor: 'Russia', why: 'actor from "Russia" (name)' } for "Russia hosted talks."
 */
export function narratorActor(ctx: DocumentContext, span: Span, targetMayAct: boolean): NarratorActor {
  const { text } = ctx;
  const subject = ctx.targets.within(span).find((t) => SUBJECT_PREFIX.test(text.slice(span.start, t.start)) && !SUBORDINATE.test(text.slice(span.start, t.start)));
  // An appositive after the target subject describes it: "the Taliban, the group that took Kabul, remain ..." (not Kabul's).
  const aside = subject === undefined ? null : /^,[^,.;:!?]{1,80},/u.exec(text.slice(subject.end, span.end));
  const inAside = (m: { start: number }): boolean => aside !== null && subject !== undefined && m.start > subject.end && m.start < subject.end + aside[0].length;
  const rubricEnd = span.start + (RUBRIC.exec(text.slice(span.start, span.end))?.[0].length ?? 0);
  // "While the United States rushed to evacuate, Russia kept its embassy": an opening subordinate clause's agent is
  // another's; the main clause's comes first (the opening one's only when the main clause names none).
  const opening = UNLIKE_LIST.exec(text.slice(span.start, span.end)) ?? OPENING_CLAUSE.exec(text.slice(span.start, span.end));
  const mainStart = opening === null ? span.start : span.start + opening[0].length;
  const agents = ctx.mentions.within(span).filter(
    (m) =>
      AGENT_KINDS.has(m.kind) &&
      m.start >= rubricEnd &&
      m.actor !== null &&
      // Oblique, except as the owner of a list the sentence puts someone on ("remains on the EU's list of ...") or as
      // the state a designation is in ("has been banned in Russia").
      (!m.oblique || LIST_OWNER.test(text.slice(m.end, m.end + 60)) || DESIGNATED_IN.test(text.slice(Math.max(span.start, m.start - 80), m.start))) &&
      (!m.modifier || m.kind === 'demonym' || (SUBJECT_PREFIX.test(text.slice(span.start, m.start)) && !SUBORDINATE.test(text.slice(span.start, m.start)))) &&
      m.actorKind !== 'media' &&
      !isTargetSide(ctx, m) &&
      !inAside(m) &&
      // "Kosovo is not recognised by Serbia": the subject of a passive is what is done to, not the actor.
      !PASSIVE_AFTER.test(text.slice(m.end, m.end + 100)) &&
      // "The East Turkistan Islamic Movement is a terrorist organization": a movement described, not acting.
      !(m.actorKind === 'movement' && NOUN_PREDICATE_AFTER.test(text.slice(m.end, m.end + 100))) &&
      // "..., but not by Serbia": an agent named as not doing it.
      !NOT_BY_BEFORE.test(text.slice(Math.max(span.start, m.start - 120), m.start)) &&
      // A name inside the target's own name ("Myanmar's military") is the target, not an actor beside it.
      !ctx.targets.overlaps(m.start, m.end),
  );
  const agent = agents.find((m) => m.start >= mainStart) ?? agents[0];
  // The first mention of the target in subject position decides; an appositive after it ("HTS, the group he led,
  // remains listed") is the same subject, not a second chance.
  const ownTarget =
    subject !== undefined &&
    !/^['’]s?(?![\p{L}])/u.test(text.slice(subject.end, subject.end + 2)) &&
    !PASSIVE_AFTER.test(text.slice(subject.end, subject.end + 100)) &&
    !NOUN_PREDICATE_AFTER.test(text.slice(subject.end, subject.end + 100)) &&
    !COORDINATED_PASSIVE.test(text.slice(subject.end, span.end))
      ? subject
      : undefined;
  // "The Taliban and Russia agreed to expand trade": a state or body paired with the target as the subject acts with
  // it, as in "Russia and the Taliban".
  const paired =
    ownTarget === undefined
      ? undefined
      : ctx.mentions
          .within(span)
          .find(
            (m) =>
              AGENT_KINDS.has(m.kind) &&
              (m.actorKind === 'state' || m.actorKind === 'organisation') &&
              !isTargetSide(ctx, m) &&
              m.start >= ownTarget.end &&
              PAIRED_AFTER.test(text.slice(ownTarget.end, m.start)),
          );
  if (paired !== undefined) return { actor: paired.actor, why: `actor from "${paired.text}" (${paired.kind}), paired with the target` };
  // "For Tashkent, the Taliban are a business partner": whose view the sentence gives.
  const view = ctx.mentions
    .within(span)
    .find((m) => AGENT_KINDS.has(m.kind) && m.actor !== null && !isTargetSide(ctx, m) && FOR_VIEW_BEFORE.test(text.slice(span.start, m.start)) && /^\s*,/u.test(text.slice(m.end, m.end + 3)));
  if (view !== undefined) return { actor: view.actor, why: `actor from "${view.text}" (${view.kind}), whose view the sentence gives ("For ...,")` };
  const targetFirst = ownTarget !== undefined && (agent === undefined || ownTarget.start < agent.start || (agent.start < mainStart && ownTarget.start >= mainStart));
  if (targetMayAct && targetFirst && ownTarget !== undefined && ctx.targetActor !== null) {
    // "A Taliban delegation visited Beijing", "... arrived in Moscow for talks": the host receives the target.
    const visit = VISITS_AFTER.exec(text.slice(ownTarget.end, span.end));
    const hostStart = visit === null ? -1 : ownTarget.end + visit[0].length;
    const host = visit === null ? undefined : ctx.mentions.within(span).find((m) => m.start === hostStart && m.actor !== null && !isTargetSide(ctx, m) && (m.actorKind === 'state' || m.kind === 'metonym'));
    if (host !== undefined) return { actor: host.actor, why: `the target visits "${host.text}": the host receives it` };
    // "Taliban foreign minister Muttaqi meets Russian ambassador Zhirnov": the one the target meets engages it.
    const meets = MEETS_AFTER.exec(text.slice(ownTarget.end, span.end));
    const metFrom = meets === null ? -1 : ownTarget.end + meets[0].length;
    const met = meets === null ? undefined : ctx.mentions.within(span).find((m) => m.start >= metFrom && m.start - metFrom <= MET_GAP && AGENT_KINDS.has(m.kind) && m.actor !== null && !isTargetSide(ctx, m) && !ctx.targets.overlaps(m.start, m.end));
    if (met !== undefined) return { actor: met.actor, why: `the target meets "${met.text}": its side engages the target` };
    const after = text.slice(ownTarget.end, Math.min(span.end, ownTarget.end + 60));
    const verb = SPEECH_AFTER.exec(after);
    // "Somaliland declared independence": an act, not words.
    const speaks = verb !== null && !DECLARED_ACT.test(after.slice(verb[0].search(/\S+$/u)));
    return { actor: ctx.targetActor, why: `the target ${speaks ? 'speaks' : 'acts'}: "${ownTarget.text}"`, ...(speaks ? { speaker: ctx.targetActor } : {}) };
  }
  if (agent !== undefined) return { actor: agent.actor, why: `actor from "${agent.text}" (${agent.kind})` };
  const d = ctx.defaultActor;
  return { actor: d, why: d === null ? 'no actor named' : `the document's actor ${d}` };
}
