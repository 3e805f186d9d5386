import { ISSUED_TEXTS, ROLE_FAMILIES, ROLE_HEADS, SPEECH_VERBS, UNOWNED_GROUPS } from './attributionLexicon';
import type { ActorRegistry } from './ActorRegistry';
import type { Span } from '../types';
import type { Mention } from './Mention';
import { mentionSpeaker } from './mentionSpeaker';
import { createSpanIndex } from './spanIndex';
import { containsWords, escapeRegExp } from './unicodeText';

/** Options of {@link resolveMentions}. */
export interface ResolveMentionsOptions {
  /** ISO date of the text, for role lookups in the registry. */
  readonly date?: string;
  /** Actor of a generic institution ("the Foreign Ministry") when no actor was mentioned before it. */
  readonly defaultActor?: string | null;
  /**
   * The statement units (sentences) of the text, in order: a titled person of no known nationality after the first
   * agent of their own sentence speaks for that agent ("Norway will recognise a Palestinian state, Prime Minister X
   * said" -> Norway), not for the last actor named in it.
   */
  readonly units?: readonly Span[];
  /**
   * Relative clauses about a person (", who met junta chief Min Aung Hlaing in July,"; see {@link findPersonAsides}):
   * a later "he" or "she" refers to someone named outside them when there is such a person, so the subject the aside
   * describes, not the one it mentions.
   */
  readonly asides?: readonly Span[];
  /**
   * Quoted words (their content spans): an actor named inside a quote ("The Taliban are not a threat to us," the
   * minister said) is what the speaker talks about, not the one who acts, so it is no sentence's agent.
   */
  readonly quoted?: readonly Span[];
  /**
   * Speech tags at the end of a sentence ("..., he added."; see {@link findTrailingTags}): their pronoun is the
   * speaker, so not a person named in the words the tag reports, when someone named before them fits.
   */
  readonly tags?: readonly TrailingTag[];
}

/** A trailing speech tag: where its pronoun starts, and the words before it that it reports. */
export interface TrailingTag {
  readonly pronoun: number;
  readonly reported: Span;
}

const TRAILING_TAG = new RegExp(
  String.raw`[,;]["”’]?\s+(?:he|she)\s+(?:\p{L}+ly\s+)?(?:${SPEECH_VERBS.map((v) => v.replace(/ /gu, '\\s+')).join('|')})(?:\s+[^.!?"“”]{0,60})?[.!?]?["”’]?\s*$`,
  'iu',
);

/**
 * The speech tags that end units: "Moscow has kept up contacts with Damascus since Assad fled, he added." reports
 * words naming Assad, who is not the "he" that says them.
 *
 * @example
 * findTrailingTags('Talks went on after Assad fled, he added.', [{ start: 0, end: 41 }]);
 * // [{ pronoun: 32, reported: { start: 0, end: 30 } }]
 */
export function findTrailingTags(text: string, units: readonly Span[]): TrailingTag[] {
  const tags: TrailingTag[] = [];
  for (const u of units) {
    const m = TRAILING_TAG.exec(text.slice(u.start, u.end));
    if (m === null) continue;
    // The tag's first letter is its pronoun's.
    const pronoun = u.start + m.index + m[0].search(/\p{L}/u);
    tags.push({ pronoun, reported: { start: u.start, end: u.start + m.index } });
  }
  return tags;
}

const PERSON_ASIDE = /,\s+(?:who|whose)\s[^,;:.!?"“”]*(?=,)/gu;

/**
 * The relative clauses about a person in a text: from ", who" or ", whose" to the comma that closes it.
 *
 * @example
 * findPersonAsides('Don, who met Min in July, said so.'); // [{ start: 3, end: 24 }]
 */
export function findPersonAsides(text: string): Span[] {
  return [...text.matchAll(PERSON_ASIDE)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

interface Person {
  readonly mention: Mention;
  readonly who: string;
  readonly actor: string | null;
  readonly roles: Set<string>;
  readonly gender: 'm' | 'f' | null;
  /** The statement unit the mention is in, -1 outside every unit. */
  readonly unit: number;
}

/**
 * The first person of `latest`'s sentence who can be its subject (no possessive, modifier or oblique phrase, `eligible`),
 * when that is someone else than `latest`.
 */
function subjectOf(latest: Person, people: readonly Person[], eligible: (x: Person) => boolean): Person | undefined {
  if (latest.unit < 0) return undefined;
  const first = people.find((x) => x.unit === latest.unit && !x.mention.possessive && !x.mention.modifier && !x.mention.oblique && eligible(x));
  return first !== undefined && first.who !== latest.who && first.mention.start < latest.mention.start ? first : undefined;
}

/** Role nouns that name no office of their own, so fit any titled person: "the official", "the diplomat". */
const GENERIC_ROLE_HEADS = new Set(['official', 'diplomat']);
/** How many units back such a role looks for the titled person it refers to. */
const GENERIC_ROLE_UNITS_BACK = 2;

const HEADS_LONGEST_FIRST = [...ROLE_HEADS].sort((a, b) => b.length - a.length);

/** The role noun a description is built on ("the Russian ambassador in Kabul" -> "ambassador"). */
function roleHead(description: string): string | null {
  const lower = description.toLowerCase();
  return HEADS_LONGEST_FIRST.find((h) => containsWords(lower, h)) ?? null;
}

function fits(head: string, roles: Iterable<string>): boolean {
  const family = ROLE_FAMILIES.find((f) => f.includes(head)) ?? [head];
  for (const role of roles) if (family.some((f) => containsWords(role, f))) return true;
  return false;
}

/** "the bloc", "the 27-nation bloc": an international body named before. */
const BLOC = /(?<![\p{L}])bloc$/iu;

const AGENT_KINDS = new Set(['official', 'person', 'name', 'metonym', 'demonym', 'institution']);
/** Officials named by no one's name, opening a sentence (see findMentions). */
const BARE_GROUP = new RegExp(`^(?:${UNOWNED_GROUPS.map(escapeRegExp).join('|')})$`, 'u');
/** Mentions of people among those: an "It" is none of them. */
const PERSON_SOURCE_KINDS = new Set(['official', 'person', 'role']);
/** Mentions that may have issued a statement. */
const SOURCE_KINDS = new Set(['official', 'person', 'name', 'metonym', 'institution', 'generic-institution', 'role']);
/** A text that speaks for whoever issued it (see findMentions). */
const ISSUED_TEXT = new RegExp(`(?:${ISSUED_TEXTS.map(escapeRegExp).join('|')})$`, 'iu');

/**
 * Resolves pronouns (he, she), role descriptions ("the envoy", "the Russian president", "the Kremlin chief") and
 * generic institutions ("the Foreign Ministry") in document order. A pronoun takes the subject of the sentence of the
 * last person mentioned whose gender fits, outside the `asides` if there is one; a role takes the last person of
 * the same actor whose roles or title fit the role noun (an envoy fits
 * an ambassador), or else the registry's unique official with that role at that date (a role with a place,
 * "ambassador in Kabul", asks the registry first); a generic institution belongs to the last actor mentioned. Each
 * resolved mention records `resolution` and `antecedent`; unresolved ones say why.
 *
 * @example
 * const text = 'Sergey Lavrov spoke. The Russian minister said talks go on.';
 * const m = resolveMentions(findMentions(text, defaultActorRegistry()), defaultActorRegistry());
 * m.find((x) => x.kind === 'role')?.who; // 'Sergey Lavrov'
 */
export function resolveMentions(
  mentions: readonly Mention[],
  registry: ActorRegistry,
  options: ResolveMentionsOptions = {},
): Mention[] {
  const people: Person[] = [];
  const rolesOf = new Map<string, Set<string>>();
  const genderOf = new Map<string, 'm' | 'f'>();
  const actorOf = new Map<string, string>();
  let lastActor: string | null = null;
  /** The last international body named ("the bloc" is that one). */
  let lastOrganisation: string | null = null;
  /** The last actor named as an agent, not as a place or an object. */
  let lastAgent: string | null = null;
  /** The last mention that may have issued a statement a later "the statement said" quotes. */
  let lastSource: Mention | null = null;
  /** The first agent of this sentence and of the last sentence before it that named one, as mentions. */
  let sentenceSource: Mention | null = null;
  let priorSource: Mention | null = null;
  /** The last such mention that is a body or a state, not a person: what a sentence-opening "It added" is. */
  let lastBodySource: Mention | null = null;
  /** The actor of the last institution named, by its head word ("ministry", "office"): "the ministry" is that one again. */
  const institutionActor = new Map<string, { actor: string; who: string | null }>();
  const headOf = (m: Mention): string => (/(\p{L}+)$/u.exec(m.text)?.[1] ?? '').toLowerCase();
  const out: Mention[] = [];

  const remember = (mention: Mention, who: string, actor: string | null, gender: 'm' | 'f' | null): void => {
    const roles = rolesOf.get(who) ?? new Set<string>();
    for (const r of mention.roles) roles.add(r);
    rolesOf.set(who, roles);
    people.push({ mention, who, actor, roles, gender, unit: unitOfAgent });
  };
  /** The last person remembered that `fits`, without copying the list. */
  const lastPerson = (fits: (x: Person) => boolean): Person | undefined => {
    for (let i = people.length - 1; i >= 0; i -= 1) if (fits(people[i]!)) return people[i];
    return undefined;
  };
  /** A role that refers to person `p`, with why. */
  const roleOf = (m: Mention, p: Person, resolution: string): Mention => ({
    ...m,
    who: p.who,
    actor: p.actor,
    actorKind: p.actor === null ? null : (registry.actor(p.actor)?.kind ?? null),
    gender: p.gender,
    antecedent: { start: p.mention.start, end: p.mention.end },
    resolution,
  });
  const fromRegistry = (mention: Mention, phrase: string, actor: string | null): Mention | null => {
    if (actor === null) return null;
    const found = registry.officialsWithRole(phrase, actor, options.date);
    if (found.length !== 1 || found[0] === undefined) return null;
    const o = found[0];
    return { ...mention, who: o.id, actor: o.actor, actorKind: registry.actor(o.actor)?.kind ?? null, gender: o.gender ?? null, resolution: `role "${mention.text}" is the registry's only ${actor} official with this role` };
  };

  const units = options.units ?? [];
  // Indexed, so that a long document with many quotes stays linear-ish.
  const asides = createSpanIndex(options.asides ?? []);
  const quoted = createSpanIndex(options.quoted ?? []);
  const tagAt = new Map((options.tags ?? []).map((t) => [t.pronoun, t]));
  // A name never straddles a quotation mark, so overlapping a quote's words is being inside them.
  const inQuote = (m: Mention): boolean => quoted.overlaps(m.start, m.end);
  let unitAt = 0;
  /** The unit of the last mention seen, and the first actor named as an agent in it. */
  let unitOfAgent = -1;
  let sentenceAgent: string | null = null;
  /** The first agent of the last sentence that named one before this sentence: its subject, usually. */
  let priorSubject: string | null = null;
  let previous: Mention | null = null;
  for (const m of mentions) {
    while (unitAt < units.length && units[unitAt]!.end <= m.start) unitAt += 1;
    const unit = unitAt < units.length && units[unitAt]!.start <= m.start ? unitAt : -1;
    if (unit !== unitOfAgent) {
      unitOfAgent = unit;
      priorSubject = sentenceAgent ?? priorSubject;
      sentenceAgent = null;
      priorSource = sentenceSource ?? priorSource;
      sentenceSource = null;
    }
    let resolved: Mention = m;
    if (m.kind === 'official' || m.kind === 'person') {
      if (m.kind === 'person' && m.actor === null) {
        // A title without a nationality ("Deputy Foreign Minister X") speaks for the actor the text is about.
        const known = m.who !== null ? actorOf.get(m.who) : undefined;
        // A bare name ("John Smith said") says nothing of whom the person speaks for: only the document's own actor
        // stands in; a title ("Deputy Foreign Minister X") speaks for the actor the text is about.
        const titled = (m.title ?? null) !== null;
        const actor = known ?? (!titled ? (options.defaultActor ?? null) : (sentenceAgent ?? priorSubject ?? lastAgent ?? lastActor));
        if (actor !== null) {
          const why =
            known !== undefined
              ? 'as before'
              : !titled
                ? "the document's actor"
                : sentenceAgent !== null
                  ? 'the first actor named as acting in the sentence'
                  : priorSubject !== null
                    ? 'the first actor named as acting in the sentence before'
                    : 'the last actor named as acting';
          resolved = { ...m, actor, actorKind: registry.actor(actor)?.kind ?? null, resolution: `"${m.text}" has no nationality in the text: the actor is ${actor}, ${why}` };
        }
      }
      if (resolved.who !== null) {
        if (resolved.actor !== null && !actorOf.has(resolved.who)) actorOf.set(resolved.who, resolved.actor);
        remember(resolved, resolved.who, resolved.actor, genderOf.get(resolved.who) ?? resolved.gender);
      }
    } else if (m.kind === 'pronoun') {
      const fitting = people.filter((x) => {
        const g = genderOf.get(x.who) ?? x.gender;
        return g === null || g === m.gender;
      });
      const inAside = (x: Person): boolean => asides.overlaps(x.mention.start, x.mention.end);
      const tag = tagAt.get(m.start);
      // A tag's words are not its speaker's name, nor is anyone quoted before it: '"We may disagree with Maduro. ...,"
      // he said.' after a sentence about Lula is Lula.
      const reported = (x: Person): boolean =>
        tag !== undefined && ((x.mention.start >= tag.reported.start && x.mention.end <= tag.reported.end) || inQuote(x.mention));
      const latestFirst = [...fitting].reverse();
      const latest = latestFirst.find((x) => !inAside(x) && !reported(x)) ?? latestFirst.find((x) => !reported(x)) ?? fitting.at(-1);
      // Of the people in the sentence of the last one who fits, its subject: in "Muttaqi praised the decision after
      // meeting ambassador Zhirnov. 'It is brave,' he said." the speaker is Muttaqi.
      const p = latest === undefined ? undefined : (subjectOf(latest, fitting, (x) => !inAside(x) && !reported(x) && !inQuote(x.mention)) ?? latest);
      // The pronoun tells the person's gender for later pronouns ("He added ... She said" is not the same person).
      if (p !== undefined && (genderOf.get(p.who) ?? p.gender) === null && m.gender !== null) genderOf.set(p.who, m.gender);
      resolved =
        p === undefined
          ? { ...m, resolution: `pronoun "${m.text}" has no earlier person to refer to` }
          : {
              ...m,
              who: p.who,
              actor: p.actor,
              actorKind: p.actor === null ? null : (registry.actor(p.actor)?.kind ?? null),
              antecedent: { start: p.mention.start, end: p.mention.end },
              resolution:
                p === latest
                  ? `pronoun "${m.text}" refers to the last person mentioned, ${p.who}`
                  : `pronoun "${m.text}" refers to the subject of the sentence of the last person mentioned, ${p.who}`,
            };
      if (p !== undefined) remember(resolved, p.who, p.actor, p.gender);
    } else if (m.kind === 'role' && !m.indefinite) {
      const phrase = m.roles[0] ?? m.text.toLowerCase();
      const head = roleHead(phrase);
      const withPlace = /\s(?:in|to|for|at|on)\s/u.test(phrase);
      // "its foreign policy chief": the role of the body acting in the sentence, else the last one named as acting.
      const owner = m.actor ?? (/^its\s/iu.test(m.text) ? (sentenceAgent ?? lastAgent) : null);
      let found = withPlace ? fromRegistry(m, phrase, owner) : null;
      if (found === null && head !== null) {
        // "Somalia reacted. Its president, ...": of the owner found for "its", not any earlier president.
        const p = lastPerson((x) => (owner === null || x.actor === owner) && fits(head, rolesOf.get(x.who) ?? x.roles));
        if (p !== undefined) found = roleOf(m, p, `role "${m.text}" refers to the last fitting person mentioned, ${p.who}`);
      }
      found ??= withPlace ? null : fromRegistry(m, phrase, owner);
      // "the official", "the diplomat": words for any titled person just named ("the Foreign Ministry's spokesman Aibek
      // Smadiyarov said ... According to the diplomat, ...").
      if (found === null && head !== null && GENERIC_ROLE_HEADS.has(head)) {
        const p = lastPerson((x) => (m.actor === null || x.actor === m.actor) && (rolesOf.get(x.who)?.size ?? 0) > 0);
        if (p !== undefined && p.unit >= 0 && unit >= 0 && unit - p.unit <= GENERIC_ROLE_UNITS_BACK) {
          found = roleOf(m, p, `role "${m.text}" names no office: it refers to the last titled person, ${p.who}`);
        }
      }
      resolved = found ?? { ...m, resolution: `role "${m.text}" fits no earlier person and no single registry official` };
      if (found !== null && found.who !== null) remember(found, found.who, found.actor, found.gender);
      // "The representative of China said ... He said ...": a role with its state, nobody named, is the one a later
      // "he" is.
      else if (found === null && m.actor !== null) remember(m, mentionSpeaker(m).speaker ?? m.text, m.actor, null);
    } else if (m.kind === 'role' && m.actor !== null) {
      // "A spokesperson for the European Union said ...": nobody by name, yet the one a later "the spokesperson" or
      // "he" is.
      remember(m, mentionSpeaker(m).speaker ?? m.text, m.actor, null);
    } else if (m.kind === 'generic-institution' && /^(?:his|her)\s/iu.test(m.text)) {
      const p = lastPerson((x) => {
        const g = genderOf.get(x.who) ?? x.gender;
        return g === null || g === m.gender;
      });
      resolved =
        p === undefined
          ? { ...m, resolution: `"${m.text}" has no earlier person to belong to` }
          : {
              ...m,
              who: `${p.who}'s ${m.text.replace(/^(?:his|her)\s+/iu, '')}`,
              actor: p.actor,
              actorKind: p.actor === null ? null : (registry.actor(p.actor)?.kind ?? null),
              antecedent: { start: p.mention.start, end: p.mention.end },
              resolution: `"${m.text}" belongs to the last person mentioned, ${p.who}`,
            };
    } else if (m.kind === 'generic-institution' && BLOC.test(m.text)) {
      // "the bloc": the last international body named ("EU foreign ministers agreed ... The bloc had imposed ...").
      resolved =
        lastOrganisation === null
          ? { ...m, resolution: `"${m.text}" has no international body named before it` }
          : { ...m, actor: lastOrganisation, actorKind: 'organisation', who: lastOrganisation, resolution: `"${m.text}" is the last international body named, ${lastOrganisation}` };
    } else if (m.kind === 'group' && m.actor === null && BARE_GROUP.test(m.text)) {
      // "Tehran insists ... Officials say ...": the officials of the subject of the sentence before.
      const actor = sentenceAgent ?? priorSubject;
      resolved =
        actor === null
          ? { ...m, resolution: `"${m.text}" has no actor named before it` }
          : { ...m, actor, actorKind: registry.actor(actor)?.kind ?? null, resolution: `"${m.text}" are those of the first actor named as acting in the sentence before, ${actor}` };
    } else if (m.kind === 'generic-institution' && m.text === 'It') {
      // "The Russian Foreign Ministry said ... It added that ...": the last body (not a person) named as acting.
      const source = lastBodySource;
      resolved =
        source === null
          ? { ...m, resolution: `"It" has no body named before it` }
          : { ...m, actor: source.actor, actorKind: source.actorKind, who: mentionSpeaker(source).speaker, antecedent: { start: source.start, end: source.end }, resolution: `"It" is the last body named as acting, ${mentionSpeaker(source).speaker ?? source.actor}` };
    } else if (m.kind === 'generic-institution' && ISSUED_TEXT.test(m.text)) {
      // "The Russian Foreign Ministry said in a statement ... '...,' the statement said": the first one named as acting
      // in its sentence or the one before, else the last.
      const source = sentenceSource ?? priorSource ?? lastSource;
      resolved =
        source === null
          ? { ...m, resolution: `"${m.text}" has no one named before it to have issued it` }
          : { ...m, actor: source.actor, actorKind: source.actorKind, who: mentionSpeaker(source).speaker, antecedent: { start: source.start, end: source.end }, resolution: `"${m.text}" is that of ${mentionSpeaker(source).speaker ?? source.actor}, the one named as acting before it` };
    } else if (m.kind === 'generic-institution' && m.actor !== null) {
      resolved = { ...m, who: registry.institutionOf(m.actor, m.text), resolution: `"${m.text}" is the one in the capital named after it, ${m.actor}'s` };
    } else if (m.kind === 'generic-institution') {
      // The last actor named as an agent, not in a prepositional phrase: in "Russia will keep its embassy in Kabul
      // open, the foreign ministry said" the ministry is Russia's, not Afghanistan's.
      // A demonym or name right before it says whose it is: "the Chinese foreign ministry", "Ethiopia's government".
      const gap = previous === null ? Infinity : m.start - previous.end;
      const owner =
        previous !== null && previous.actor !== null && (previous.kind === 'demonym' || previous.kind === 'name') && (gap <= 1 || (previous.possessive && gap <= 3))
          ? previous.actor
          : null;
      // The first agent of its own sentence comes before the last one named: in "Russia will host Taliban envoys
      // for talks, the foreign ministry said" the ministry is Russia's.
      // "government" is too common a word to guess whose it is: only a name or demonym right before it says.
      const ownerOnly = /government$/iu.test(m.text);
      const earlier = institutionActor.get(headOf(m));
      const same = earlier?.actor ?? null;
      // Then the subject of the sentence before, as for a titled person: in "Germany let officials sent by the Taliban
      // work here. ..., a Foreign Office spokesperson said." the office is Germany's, not that of the agent of "sent by".
      const actor = ownerOnly ? owner : (owner ?? sentenceAgent ?? same ?? priorSubject ?? lastAgent ?? lastActor ?? options.defaultActor ?? null);
      // A bare "the ministry" is the very one named before, portfolio and all.
      const bare = /^(?:the\s+)?\p{L}+$/u.test(m.text.trim()) && earlier !== undefined && earlier.actor === actor;
      resolved =
        actor === null
          ? { ...m, resolution: `"${m.text}" has no actor mentioned before it` }
          : {
              ...m,
              actor,
              actorKind: registry.actor(actor)?.kind ?? null,
              who: bare ? (earlier?.who ?? registry.institutionOf(actor, m.text)) : registry.institutionOf(actor, m.text),
              resolution:
                owner === null && sentenceAgent !== null
                  ? `"${m.text}" belongs to the first actor named as acting in its sentence, ${actor}`
                  : owner === null && same !== null
                    ? `"${m.text}" is the ${headOf(m)} named before, ${actor}'s`
                    : owner === null && priorSubject !== null
                    ? `"${m.text}" belongs to the first actor named as acting in the sentence before, ${actor}`
                    : lastAgent !== null || lastActor !== null
                    ? `"${m.text}" belongs to the last actor mentioned as an agent, ${actor}`
                    : `"${m.text}" belongs to the document's actor, ${actor}`,
            };
    }
    if ((resolved.kind === 'generic-institution' || resolved.kind === 'institution') && resolved.actor !== null && !/^(?:his|her)\s/iu.test(resolved.text)) {
      institutionActor.set(headOf(resolved), { actor: resolved.actor, who: resolved.who });
    }
    if (resolved.actorKind === 'organisation' && resolved.actor !== null) lastOrganisation = resolved.actor;
    if (AGENT_KINDS.has(resolved.kind) && resolved.actor !== null && resolved.actorKind !== 'media' && resolved.actorKind !== 'collective') {
      lastActor = resolved.actor;
      if (!resolved.oblique && !inQuote(resolved)) {
        lastAgent = resolved.actor;

        if (unit >= 0) sentenceAgent ??= resolved.actor;
      }
    }
    // Who may have issued a statement: a speaker's mention, not a demonym ("the Norwegian foreign ministry").
    if (SOURCE_KINDS.has(resolved.kind) && resolved.actor !== null && !resolved.oblique && !inQuote(resolved) && !ISSUED_TEXT.test(resolved.text)) {
      lastSource = resolved;
      if (unit >= 0) sentenceSource ??= resolved;
      if (!PERSON_SOURCE_KINDS.has(resolved.kind)) lastBodySource = resolved;
    }
    out.push(resolved);
    previous = resolved;
  }
  return out;
}
