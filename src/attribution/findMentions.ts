import type { Span } from '../types';
import type { ActorEntry } from './ActorEntry';
import type { ActorRegistry, RegistryMatch } from './ActorRegistry';
import { createSpanIndex, type SpanIndex } from './spanIndex';
import {
  GENERIC_INSTITUTIONS,
  GENERIC_PARTIES,
  GROUP_HEADS,
  ISSUED_TEXTS,
  NOT_NAMES,
  FAMILY_NAMES_FIRST,
  OBLIQUE_PREPOSITIONS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  SPEECH_VERBS,
  STATE_STYLE_HEADS,
  STATE_STYLE_MODIFIERS,
  UNOWNED_GROUPS,
} from './attributionLexicon';
import type { Mention } from './Mention';
import { pluralDemonym } from './pluralDemonym';
import { WORD_END, WORD_START, eitherCase, escapeRegExp, wordBeforeEnd, wordBeforeSpaces } from './unicodeText';

/** Options of {@link findMentions}. */
export interface FindMentionsOptions {
  /** ISO date of the text, to pick between officials that share a name. */
  readonly date?: string;
}

const LINK_WORDS = new Set(['to', 'for', 'on', 'of', 'in', 'the', 'at']);
/** The words of a state's formal style ("the Islamic Republic of"), walked over like link words in a title. */
const STYLE_WORDS = new Set([...STATE_STYLE_HEADS, ...STATE_STYLE_MODIFIERS]);
const TITLE_WORDS = new Set(
  [...ROLE_HEADS, ...ROLE_MODIFIERS, ...GROUP_HEADS].flatMap((w) => w.toLowerCase().split(' ')).concat([...LINK_WORDS]),
);
const HEAD_WORDS = new Set(ROLE_HEADS.flatMap((w) => w.toLowerCase().split(' ')).filter((w) => !LINK_WORDS.has(w)));
const NOT_NAME = new Set(NOT_NAMES);
const FAMILY_FIRST = new Set(FAMILY_NAMES_FIRST);
const OBLIQUE = new Set(OBLIQUE_PREPOSITIONS);

const phrase = (words: readonly string[]): string => words.map((w) => w.split(' ').map(eitherCase).join('\\s+')).join('|');
const byLength = (list: readonly string[]): string[] => [...list].sort((a, b) => b.length - a.length);

const ROLE_PATTERN = new RegExp(
  `${WORD_START}((?:(?:${phrase(byLength(ROLE_MODIFIERS))})\\s+)*)(${phrase(byLength(ROLE_HEADS))}|${phrase(byLength(GROUP_HEADS))})${WORD_END}`,
  'gu',
);
const PRONOUN_PATTERN = new RegExp(`${WORD_START}(?:[Hh]e|[Ss]he)${WORD_END}`, 'gu');
/** "According to him": the object pronoun names a source only after "according to". */
const ACCORDING_PRONOUN = /(?<![\p{L}])[Aa]ccording\s+to\s+(him|her)(?![\p{L}])/gu;
const GENERIC_INSTITUTION_PATTERN = new RegExp(
  `${WORD_START}(?:${byLength(GENERIC_INSTITUTIONS).map(escapeRegExp).join('|')})${WORD_END}`,
  'gu',
);
/** Officials with no owner opening a sentence, right before a speech verb: "Officials say ...". */
const BARE_OFFICIALS = new RegExp(
  `(?<=^|[.!?]["”’]?\\s+|\\n\\s*)(${UNOWNED_GROUPS.map(escapeRegExp).join('|')})(?=\\s+(?:said|say|says|told|tell|added|noted|stressed|insisted|warned)(?![\\p{L}]))`,
  'gu',
);
/** "It" opening a sentence before a speech verb: a body that spoke before ("It added that ..."). */
const SENTENCE_IT = /(?<=^|[.!?]["”’]?\s+|\n\s*)It(?=\s+(?:said|says|added|adds|noted|notes|stressed|stresses|warned|insisted|announced|urged|called)(?![\p{L}]))/gu;
/** A text that speaks for whoever issued it: "the statement said", "the communique added". */
const ISSUED_TEXT_PATTERN = new RegExp(`${WORD_START}(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+(?:${byLength(ISSUED_TEXTS).map(escapeRegExp).join('|')})${WORD_END}`, 'gu');
const PERSONAL_BODY_PATTERN = new RegExp(`${WORD_START}(?:[Hh]is|[Hh]er)\\s+(?:office|spokesman|spokeswoman|spokesperson|press office|press secretary|ministry)${WORD_END}`, 'gu');
const GENERIC_PARTY_PATTERN = new RegExp(`${WORD_START}(?:${byLength(GENERIC_PARTIES).map(escapeRegExp).join('|')})${WORD_END}`, 'gu');
/**
 * Capitalised words in a row, with the lower-case particles of names between them ("Mohammed al-Khulaifi", "Luiz
 * Inacio Lula da Silva", "Ursula von der Leyen").
 */
const CAPITALISED_RUN =
  /\p{Lu}[\p{L}\p{M}’'.-]*(?:[ \t]+(?:(?:al|el|ad|as|ash|an)-|(?:bin|ibn|bint|da|de|del|della|di|do|dos|du|van|von|der|den|ter|la|le)[ \t]+(?:(?:der|den|la|le)[ \t]+)?)?\p{Lu}[\p{L}\p{M}’'.-]*)*/gu;
const TOKEN = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.-]*/gu;
/** A full stop after two lower-case letters: the end of a sentence, not of an initial ("J.") or "U.S.". */
const SENTENCE_STOP = /(?<=\p{Ll}\p{Ll})\.$/u;
/** {@link TOKEN} for the words of a capitalised run, read with `exec` and its own `lastIndex`. */
const RUN_TOKEN = new RegExp(TOKEN.source, 'gu');
/** Most words of a titled person's name, particles included ("Luiz Inacio Lula da Silva"). */
const RUN_NAME_MAX_WORDS = 5;
const NAME_WORD = '\\p{Lu}[\\p{Ll}\\p{M}’\'-]+(?:\\p{Lu}[\\p{Ll}\\p{M}’\'-]+)*';
const SPEECH_VERB_PATTERN = byLength(SPEECH_VERBS.filter((v) => !v.includes(' ')))
  .map(escapeRegExp)
  .join('|');
/**
 * A capitalised two-to-four-word name before a speech verb, or after "said" at the end of a clause or before the body
 * the person is "of" ("said Andreas Krieg of King's College London").
 */
const UNTITLED_SPEAKER = new RegExp(
  `(?<![\\p{L}\\p{M}])((?:${NAME_WORD})(?:[ \\t]+${NAME_WORD}){1,3})[ \\t]+(?:${SPEECH_VERB_PATTERN})${WORD_END}|${WORD_START}said[ \\t]+((?:${NAME_WORD})(?:[ \\t]+${NAME_WORD}){1,3})(?=[.,;]|[ \\t]+(?:of|from|at)[ \\t]+(?:the[ \\t]+)?\\p{Lu})`,
  'gu',
);
/**
 * A capitalised two-to-four-word name followed by an appositive that holds a role and closes with a comma:
 * "Hassan Kazemi Qomi, Iran's special envoy for Afghanistan, said ...".
 */
const APPOSED_NAME = new RegExp(`(?<![\\p{L}\\p{M}])((?:${NAME_WORD})(?:[ \\t]+${NAME_WORD}){1,3}),[ \\t]+([^,.;:!?“”"()\\n]{3,80}),`, 'gu');
/** ", Yue Xiaoyong," after a role: the name the role is apposed to ("China's special envoy, Yue Xiaoyong, said"). */
/** A commentator's description right before a name: "security analyst Amir Rana", "Analyst Andrew Watkins". */
const COMMENTATOR_NAME = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:[Aa]nalyst|[Ee]xpert|[Rr]esearcher|[Ss]cholar|[Pp]rofessor|[Cc]ommentator|[Jj]ournalist|[Aa]ctivist|[Ee]conomist|[Hh]istorian|[Pp]olitical scientist)[ \\t]+((?:${NAME_WORD})(?:[ \\t]+${NAME_WORD}){1,3})`,
  'gu',
);
/** A speech verb right after an appositive's closing comma: "Andrey Kortunov, an analyst at ..., said". */
const SPEECH_VERB_AFTER = new RegExp(`^[ \\t]+(?:(?:has|have|had)[ \\t]+(?:(?:long|also|often|repeatedly|\\p{L}+ly)[ \\t]+)?)?(?:${SPEECH_VERB_PATTERN}|thinks|believes)${WORD_END}`, 'u');
const NAME_APPOSED = new RegExp(`,[ \\t]+((?:${NAME_WORD})(?:[ \\t]+${NAME_WORD}){1,3}),`, 'gu');
/** The words of a role before such a name, within its clause; a full stop only of an initial ("The U.S. envoy"). */
const ROLE_BEFORE_NAME = /(?:[^,.;:!?“”"()\n]|(?<=(?:^|[^\p{L}\p{M}])\p{Lu})\.){3,80}$/u;
/** A role head closing the words before such a name. */
const ROLE_HEAD_END = new RegExp(`${WORD_START}(?:${phrase(byLength(ROLE_HEADS))})$`, 'iu');
const ROLE_HEAD_WORD = new RegExp(`${WORD_START}(?:${phrase(byLength(ROLE_HEADS))})${WORD_END}`, 'u');
/**
 * A posting after a role head: " for Afghanistan", " to the United Nations", " in Kabul", " for the Belgrade-Pristina
 * dialogue" (a name, then maybe a few lower-case words of what the posting is about).
 */
const POSTING_END = /\s+(?:for|to|in|at|on)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+[\p{L}\p{M}.'’-]+){0,3}$/u;
const PLACE_AFTER = /^\s+(?:in|to|for|at|on)\s+/u;
/** Role heads held at home: "in" a capital after them names their state, not a posting. */
const HOME_POSTS = /^(?:spokes(?:man|woman|person|men|women|people)|officials?|ministers?|government)$/u;
/**
 * "of" and its article after a role: the name that follows says whose role it is. "for" says it of a spokesperson
 * and of an organisation or institution ("a spokesperson for the European Commission", "an envoy for the EU"); a
 * state after "for" is a posting ("an envoy for Afghanistan").
 */
const OF_AFTER = /^\s+(of|for)\s+(?:the\s+)?/u;
/** A ministry's portfolio after "of", in capitals: "of Commerce", "of Refugees and Repatriation". */
const MINISTRY_PORTFOLIO = /^[ \t]+of[ \t]+(?:the[ \t]+)?\p{Lu}\p{Ll}+(?:(?:[ \t]+and|,)?[ \t]+\p{Lu}\p{Ll}+){0,3}/u;
/** A possessive ending of a word ("Russia's"). */
const POSSESSIVE_END = /['’]s$/u;

/** Capitalised words that may name a person the registry does not know: none a title or a word that is no name. */
function isUnknownName(name: string): boolean {
  return !name.split(/\s+/u).some((w) => NOT_NAME.has(w) || TITLE_WORDS.has(w.toLowerCase()));
}

interface Flags {
  possessive: boolean;
  modifier: boolean;
  oblique: boolean;
}

const GOVERNMENT_OF = /(?:government|authorities|leadership|administration|presidents?|leaders?|ministry|ministers?|envoys?|ambassadors?|representatives?|delegations?|officials|diplomats|spokes(?:man|woman|person)|heads?|chief|(?:foreign|internal|home)\s+affairs|defen[cs]e|interior|justice|(?:supreme|constitutional|high)\s+court|parliament|senate|congress|council|cabinet|prosecutor(?:-|\s)general|security\s+service)\s+of\s+(?:the\s+)?$|spokes(?:man|woman|person)\s+for\s+(?:the\s+)?$/iu;
/**
 * A gerund right before a name (after "the" at most) makes the name its object: "recognising the Taliban
 * government", "engaging Moscow". After a determiner the word is an adjective and the name the agent ("the ruling
 * Taliban said").
 */
const GERUND_BEFORE = /(?<![\p{L}\p{M}])(\p{Ll}{2,}ing)\s+(?:the\s+)?$/u;
const DETERMINER_BEFORE = /(?<![\p{L}\p{M}])(?:the|a|an|its|their|his|her|our|this|that|whose)\s+$/iu;
/** Words in -ing that are no gerunds: "On Monday morning Russia said ...", "In spring Moscow hosted ...". */
const NOT_GERUNDS = new Set(['morning', 'evening', 'spring', 'nothing', 'something', 'anything', 'everything', 'thing', 'wing', 'king', 'ring', 'string', 'ceiling', 'ruling', 'governing', 'leading', 'incoming', 'outgoing']);
const POSSESSIVE_AFTER = /^['’]s?(?![\p{L}])/u;
const HYPHEN_AFTER = /^-\p{L}/u;
/** "1.1 billion US dollars", "Hong Kong dollars": a currency named after a state, which names no agent. */
const CURRENCY_AFTER = /^\s+(?:dollars?|cents?)\b/iu;
const HYPHEN_BEFORE = /\p{L}-$/u;
const PAIR_AFTER = /^-\p{Lu}/u;
/** "a Swiss-based fund", "a UK-registered firm": a place compound qualifies a thing and names no agent. */
const PLACE_COMPOUND_AFTER = /^-(?:based|registered|owned|made|funded|headquartered)(?![\p{L}])/u;
/** "the Trump administration", "the Biden camp": a leader's name that names the body, which acts, not the leader. */
const LEADER_OF_BODY_AFTER = /^\s+(?:administration|government|camp|cabinet|campaign|era)(?![\p{L}\p{M}])/u;
/**
 * "NATO members", "G7 countries", "five EU states": the members act, not the body named before them. "states" is
 * also a speech verb ("Qatar states that ..."): a noun only after a number or a quantifier.
 */
const MEMBERS_AFTER = /^\s+(?:member\s+(?:states|countries)|countries|members|nations|governments|capitals)(?![\p{L}\p{M}])/u;
const STATES_AFTER = /^\s+states(?![\p{L}\p{M}])/u;
const QUANTIFIER_BEFORE = /(?:^|[^\p{L}\p{N}])(?:the|other|all|many|some|several|most|few|both|\p{N}+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty)\s+$/iu;

function namesMembers(text: string, from: number, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  return MEMBERS_AFTER.test(after) || (STATES_AFTER.test(after) && QUANTIFIER_BEFORE.test(text.slice(from, start)));
}

/**
 * A state's formal style before its name: "the Republic of Kazakhstan" is read as the name itself (so are "the State
 * of ...", "the People's Republic of ..." and "the United Kingdom of ...").
 */
const FORMAL_STYLE = new RegExp(
  String.raw`(?:^|\s)(?:the\s+)?(?:(?:${[...STATE_STYLE_MODIFIERS, "people's", 'united'].join('|')})\s+)?(?:${[...STATE_STYLE_HEADS, 'state'].join('|')})\s+of\s+$`,
  'iu',
);

function flagsAt(text: string, nameStart: number, end: number): Flags {
  const after = text.slice(end, end + 3);
  const style = FORMAL_STYLE.exec(text.slice(Math.max(0, nameStart - 48), nameStart));
  const start = style === null ? nameStart : nameStart - style[0].length + (/^\s/u.test(style[0]) ? 1 : 0);
  const from = Math.max(0, start - 40);
  const prev = wordBeforeEnd(text, from, start)?.toLowerCase();
  const joined = HYPHEN_BEFORE.test(text.slice(Math.max(0, start - 2), start));
  const currency = CURRENCY_AFTER.test(text.slice(end, end + 10));
  return {
    possessive: POSSESSIVE_AFTER.test(after),
    modifier: HYPHEN_AFTER.test(after) || joined || currency,
    // "the government of Peru expelled ...", "the foreign ministers of France and Germany met ...": the name after
    // "government of" or a role "of" is the agent, not an object.
    // "Kyrgyz-Afghan cooperation", "the Pakistan-Afghanistan border", "pro-Russian groups": a side of a pair, or a
    // name joined to the word before it, qualifies a noun and names no agent.
    oblique:
      joined ||
      currency ||
      PAIR_AFTER.test(after) ||
      PLACE_COMPOUND_AFTER.test(text.slice(end, end + 12)) ||
      (prev !== undefined && ((OBLIQUE.has(prev) && !GOVERNMENT_OF.test(text.slice(from, start))) || gerundObject(text, from, start))) ||
      namesMembers(text, from, start, end) ||
      inAskedClause(text, start) ||
      ORG_NAME_AFTER.test(text.slice(end, end + 60)),
  };
}

/**
 * The rest of the name of a research body or school a place name is part of: "(the Carnegie) Russia Eurasia Center",
 * "Russian International Affairs Council". The place names no agent there.
 */
const ORG_NAME_AFTER = /^(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*){0,3}[ \t]+(?:Center|Centre|Institute|Foundation|University|School|Programme|Program|Forum|Endowment|Studies|Project|Initiative|Affairs Council)(?![\p{L}])/u;

/** An opening "Asked ..." clause up to a mention: "Asked whether Tehran would accept a Taliban ambassador, he said". */
const ASKED_OPENING = /(?:^|[.!?\n]["”’]?\s+|\n)["“]?Asked\s[^,.;:!?\n]*$/u;
/** How far back an "Asked" clause may open before a mention in it. */
const ASKED_WINDOW = 200;

/** Whether a mention is inside an opening "Asked ..." clause: the topic of a question, not anyone who speaks in it. */
function inAskedClause(text: string, start: number): boolean {
  return ASKED_OPENING.test(text.slice(Math.max(0, start - ASKED_WINDOW), start));
}

function gerundObject(text: string, from: number, start: number): boolean {
  const before = text.slice(from, start);
  const gerund = GERUND_BEFORE.exec(before);
  return gerund !== null && !NOT_GERUNDS.has(gerund[1] ?? '') && !DETERMINER_BEFORE.test(before.slice(0, gerund.index));
}

/**
 * Title words before a name, walking back over role words, modifiers, registry names ("Kremlin Press Secretary",
 * "Russian envoy to India", "senior Indian diplomat"). Null when none; leading link words are dropped.
 */
/** The gap between a name and the word after it: spaces, maybe after a possessive "'s" ("Russia's envoy"). */
const MAYBE_POSSESSIVE_GAP = /(?:['’]s)?\s+$/u;
/** ... and with the possessive: "the Islamic Emirate's Ministry". */
const POSSESSIVE_GAP = /['’]s\s+$/u;

/**
 * The registry name, no official's, that ends right before `at` across `gap` (and passes `accept`): the owner or
 * qualifier of the words at `at` ("Russia's envoy", "the Islamic Emirate's Ministry of Commerce").
 */
function nameEndingBefore(
  text: string,
  at: number,
  names: SpanIndex<RegistryMatch>,
  gap: RegExp,
  accept: (r: RegistryMatch) => boolean = () => true,
): RegistryMatch | undefined {
  const found = gap.exec(text.slice(Math.max(0, at - 8), at));
  return found === null ? undefined : names.endingAt(at - found[0].length).find((r) => r.kind !== 'official' && accept(r));
}

function titleBefore(text: string, pos: number, names: SpanIndex<RegistryMatch>): Span | null {
  let cursor = pos;
  let start = pos;
  for (;;) {
    const word = wordBeforeSpaces(text, Math.max(0, cursor - 60), cursor);
    if (word === null) break;
    const { start: wordStart, end: wordEnd } = word;
    const value = text.slice(wordStart, wordEnd);
    const possessive = POSSESSIVE_END.test(value) ? 2 : 0;
    const name = names.endingAt(wordEnd - possessive).find((r) => r.kind !== 'official');
    if (name !== undefined) {
      cursor = name.start;
      start = name.start;
      continue;
    }
    const lower = value.toLowerCase();
    // Two titles joined by "and" are one: "State Councilor and Foreign Minister Wang Yi".
    if (lower === 'and') {
      const before = wordBeforeSpaces(text, Math.max(0, wordStart - 60), wordStart);
      if (before === null || !TITLE_WORDS.has(text.slice(before.start, before.end).toLowerCase())) break;
      cursor = wordStart;
      continue;
    }
    // "Minister of Foreign Affairs of the Republic of Kazakhstan": a state's formal style is part of its name.
    if (!TITLE_WORDS.has(lower) && !STYLE_WORDS.has(lower)) break;
    cursor = wordStart;
    if (!LINK_WORDS.has(lower) && !STYLE_WORDS.has(lower)) start = wordStart;
  }
  let end = pos;
  while (end > start && /\s/u.test(text.charAt(end - 1))) end -= 1;
  return start < end ? { start, end } : null;
}

/**
 * The actor a title speaks for: a possessive name first ("Pakistan's UN envoy" -> Pakistan), else the first state
 * or movement, else the first name ("UN envoy" -> United Nations).
 */
function titleQualifier(text: string, title: Span, names: SpanIndex<RegistryMatch>): RegistryMatch | undefined {
  const inside = names.within(title).filter((r) => r.kind !== 'official');
  return (
    inside.find((r) => /^['’]s/u.test(text.slice(r.end, r.end + 2))) ??
    inside.find((r) => r.actorKind === 'state' || r.actorKind === 'movement') ??
    inside[0]
  );
}

function titleRoles(text: string, title: Span | null): string[] {
  if (title === null) return [];
  return [text.slice(title.start, title.end).trim().toLowerCase()];
}

function hasHead(text: string, span: Span | null): boolean {
  if (span === null) return false;
  return (text.slice(span.start, span.end).toLowerCase().match(TOKEN) ?? []).some((w) => HEAD_WORDS.has(w));
}

/** Words before "ministry" that say whose ministry it is, or which one, but are not its portfolio. */
const NOT_PORTFOLIO = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'this', 'that', 'same', 'said', 'whose', 'which', 'one', 'new', 'relevant', 'responsible', 'former', 'federal', 'national', 'state']);

/**
 * Where a bare "ministry" starts with its portfolio: "justice" in "Russia's justice ministry said", so that it is the
 * justice ministry, not whichever ministry the actor lists first. Names and words of ownership are not portfolios.
 */
function portfolioBefore(text: string, start: number, names: SpanIndex<RegistryMatch>): number {
  const word = wordBeforeSpaces(text, Math.max(0, start - 30), start);
  if (word === null || names.overlaps(word.start, word.end)) return start;
  const value = text.slice(word.start, word.end);
  return /^\p{L}+$/u.test(value) && !NOT_PORTFOLIO.has(value.toLowerCase()) ? word.start : start;
}

/** What a mention found here says beyond its span: its kind, and whatever else it knows (null, none or false otherwise). */
/** "a senior", "one high-ranking": an indefinite article and a word of rank before a role, someone new all the same. */
const INDEFINITE_RANKED = /(?:^|[^\p{L}])((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:senior|top|high-ranking|high-level|veteran|former|leading|junior|mid-level|unnamed|anonymous)\s+)$/u;

type MentionFields = Pick<Mention, 'kind'> & Partial<Pick<Mention, 'actor' | 'actorKind' | 'who' | 'title' | 'roles' | 'gender' | 'modifier' | 'indefinite'>>;

/**
 * A mention of `text.slice(start, end)`, built as one object with its properties always in the same order (a
 * resolver adds `resolution` and `antecedent`). `modifier` given in `fields` replaces the flag read from the text.
 */
function mention(text: string, start: number, end: number, fields: MentionFields, flags: Flags = flagsAt(text, start, end)): Mention {
  const person = fields.kind === 'official' || fields.kind === 'person';
  const leadsBody = person && LEADER_OF_BODY_AFTER.test(text.slice(end, end + 16));
  return {
    start,
    end,
    text: text.slice(start, end),
    actor: fields.actor ?? null,
    actorKind: fields.actorKind ?? null,
    who: fields.who ?? null,
    title: fields.title ?? null,
    roles: fields.roles ?? [],
    gender: fields.gender ?? null,
    possessive: flags.possessive,
    modifier: (fields.modifier ?? flags.modifier) || leadsBody,
    oblique: flags.oblique,
    indefinite: fields.indefinite ?? false,
    resolution: null,
    antecedent: null,
    kind: fields.kind,
  };
}

/** Per registry, "the" before the plural demonym of a state, with the state of each plural (null: none to find). */
const peoplePatterns = new WeakMap<ActorRegistry, { pattern: RegExp; states: Map<string, ActorEntry> } | null>();

function peoplePattern(registry: ActorRegistry): { pattern: RegExp; states: Map<string, ActorEntry> } | null {
  let found = peoplePatterns.get(registry);
  if (found !== undefined) return found;
  const governed = new Set(registry.actors.flatMap((a) => a.governs ?? []));
  const states = new Map<string, ActorEntry>();
  for (const a of registry.actors) {
    if (a.kind !== 'state' || governed.has(a.id)) continue;
    for (const d of a.demonyms ?? []) {
      const plural = pluralDemonym(d);
      if (plural !== null && !states.has(plural)) states.set(plural, a);
    }
  }
  const plurals = [...states.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  found = plurals.length === 0 ? null : { pattern: new RegExp(`${WORD_START}[Tt]he\\s+(${plurals.map(escapeRegExp).join('|')})${WORD_END}`, 'gu'), states };
  peoplePatterns.set(registry, found);
  return found;
}

/**
 * "The Emiratis", "the Russians": the plural demonym of a state after "the" names that state's side, as its name
 * would ("the Emiratis have accepted an ambassador"). Not the people of a state another actor governs ("the Afghans"),
 * and not a bare plural ("Afghans who fled").
 */
function peopleMentions(text: string, registry: ActorRegistry): Mention[] {
  const found = peoplePattern(registry);
  if (found === null) return [];
  const out: Mention[] = [];
  for (const m of text.matchAll(found.pattern)) {
    const word = m[1] as string;
    const state = found.states.get(word) as ActorEntry;
    const start = (m.index ?? 0) + m[0].length - word.length;
    out.push(mention(text, start, start + word.length, { kind: 'name', actor: state.id, actorKind: state.kind }));
  }
  return out;
}

/** "In Paraguay, " opening a sentence, up to a title after it. */
const SETTING_BEFORE = /(?:^|[.!?]["”’]?\s+|\n)In\s+(?:the\s+)?$/u;

/**
 * The state a sentence opens with as its setting, right before a title without a nationality: "In Paraguay,
 * President Santiago Peña broke off relations" (Paraguay's president).
 */
function settingOf(text: string, titleStart: number, nameIndex: SpanIndex<RegistryMatch>): RegistryMatch | null {
  const comma = /,\s+$/u.exec(text.slice(Math.max(0, titleStart - 4), titleStart));
  if (comma === null) return null;
  const placeEnd = titleStart - comma[0].length;
  const place = nameIndex
    .within({ start: Math.max(0, placeEnd - 40), end: placeEnd })
    .find((r) => r.end === placeEnd && r.actorKind === 'state' && r.kind !== 'demonym');
  return place !== undefined && SETTING_BEFORE.test(text.slice(Math.max(0, place.start - 8), place.start)) ? place : null;
}

/** "National" before a body's name makes it another body: a "National Security Council" is no UN Security Council. */
const NATIONAL_BEFORE = /(?:^|[^\p{L}])National\s$/u;
/** A capital that names a venue, not a state: "the Doha process", "the third Doha meeting" (the "Moscow format" is Russia's). */
const VENUE_AFTER = /^\s+(?:process|meetings?|talks|conference|summit|agreement|accords?|round|forum|platform|declaration|communiqu[eé])(?![\p{L}])/u;

/** A capitalised word of letters right after a place: "Santiago Peña", "Santiago Cafiero". */
const SURNAME_AFTER = /^ (\p{Lu}\p{Ll}[\p{L}'’-]*)/u;

/**
 * Whether a place name the registry knows as a capital is a person's first name: "Santiago Peña", "Santiago Cafiero"
 * (not Chile). The word after it is capitalised, no name the registry knows, and no weekday, month or institution
 * word ("Moscow Wednesday", "Kabul Office").
 */
function firstNameOf(text: string, end: number, nameIndex: SpanIndex<RegistryMatch>): boolean {
  const next = SURNAME_AFTER.exec(text.slice(end, end + 40));
  if (next === null) return false;
  const word = next[1]!.replace(POSSESSIVE_END, '');
  return !NOT_NAME.has(word) && !TITLE_WORDS.has(word.toLowerCase()) && !nameIndex.overlaps(end + 1, end + 1 + next[1]!.length);
}

/**
 * Finds every mention of an actor, a person or a party in a text, in order: registry names (officials,
 * institutions, names, metonyms, demonyms), titled people the registry does not know ("senior Indian diplomat
 * JP Singh": their actor comes from the demonym), role descriptions ("the Russian president", "the envoy"), groups
 * ("the Taliban representatives"), the pronouns he/she, generic institutions ("the Foreign Ministry") and generic
 * parties ("all countries concerned"). Pronouns, roles and generic institutions are left unresolved: see
 * {@link resolveMentions}.
 *
 * @example
 * findMentions('Kremlin Press Secretary Dmitry Peskov said so.', defaultActorRegistry())[0];
 * // { kind: 'official', who: 'Dmitry Peskov', actor: 'Russia', title: { start: 0, end: 24 }, ... }
 */
export function findMentions(text: string, registry: ActorRegistry, options: FindMentionsOptions = {}): Mention[] {
  const scanned = registry.scan(text, options.date);
  const scannedIndex = createSpanIndex(scanned);
  const names = scanned.filter(
    (r) => (r.kind !== 'metonym' || !firstNameOf(text, r.end, scannedIndex)) && !NATIONAL_BEFORE.test(text.slice(Math.max(0, r.start - 9), r.start)),
  );
  const nameIndex = createSpanIndex(names);
  const mentions: Mention[] = [];
  const titles: Span[] = [];

  for (const r of names) {
    const official = r.kind === 'official' && r.canonical !== null ? registry.official(r.canonical) : undefined;
    const title = official !== undefined ? titleBefore(text, r.start, nameIndex) : null;
    if (title !== null) titles.push(title);
    const at = flagsAt(text, r.start, r.end);
    // "The Doha process", "the third Doha meeting": a capital that names a venue is no agent.
    const flags = r.kind === 'metonym' && VENUE_AFTER.test(text.slice(r.end, r.end + 16)) ? { ...at, oblique: true } : at;
    mentions.push(
      mention(
        text,
        r.start,
        r.end,
        {
          kind: r.kind,
          actor: r.actor,
          actorKind: r.actorKind,
          who: r.canonical,
          title,
          roles: [...(official?.roles ?? []).map((x) => x.toLowerCase()), ...titleRoles(text, title)],
          gender: official?.gender ?? null,
          modifier: flags.modifier || r.kind === 'demonym',
        },
        flags,
      ),
    );
  }

  for (const p of peopleMentions(text, registry)) if (!nameIndex.overlaps(p.start, p.end)) mentions.push(p);

  // Titled people the registry does not know: the trailing name-like words of a capitalised run after a title.
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const runStart = m.index ?? 0;
    const tokens: { text: string; start: number }[] = [];
    RUN_TOKEN.lastIndex = 0;
    for (let t = RUN_TOKEN.exec(m[0]); t !== null; t = RUN_TOKEN.exec(m[0])) tokens.push({ text: t[0], start: runStart + t.index });
    let first = tokens.length;
    while (first > 0) {
      const t = tokens[first - 1];
      if (t === undefined) break;
      const end = t.start + t.text.length;
      const bare = t.text.replace(POSSESSIVE_END, '');
      if (NOT_NAME.has(bare) || TITLE_WORDS.has(bare.toLowerCase()) || nameIndex.overlaps(t.start, end)) break;
      first -= 1;
    }
    if (first >= tokens.length || tokens.length - first > RUN_NAME_MAX_WORDS) continue;
    const firstToken = tokens[first];
    const lastToken = tokens[tokens.length - 1];
    if (firstToken === undefined || lastToken === undefined) continue;
    const nameStart = firstToken.start;
    // A full stop after a word that is no initial ends the sentence, not the name ("said spokesman Zia Takal.").
    const nameEnd = lastToken.start + lastToken.text.replace(POSSESSIVE_END, '').replace(SENTENCE_STOP, '').length;
    const courtesy = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+$/u.exec(text.slice(Math.max(0, nameStart - 6), nameStart));
    const title = titleBefore(text, nameStart, nameIndex);
    if ((!hasHead(text, title) || title === null) && courtesy === null) continue;
    // "the Ministry of Justice": a capitalised word after "of" names the ministry's field, no person.
    if (courtesy === null && /(?:^|[^\p{L}])of\s+$/u.test(text.slice(Math.max(0, nameStart - 4), nameStart))) continue;
    if (title === null) {
      const gender = courtesy === null ? null : /Mr/u.test(courtesy[0]) && !/Mrs/u.test(courtesy[0]) ? 'm' : /Mrs|Ms|Dame/u.test(courtesy[0]) ? 'f' : null;
      mentions.push(mention(text, nameStart, nameEnd, { kind: 'person', who: text.slice(nameStart, nameEnd), gender }));
      continue;
    }
    const qualifier = titleQualifier(text, title, nameIndex) ?? settingOf(text, title.start, nameIndex) ?? undefined;
    titles.push(title);
    mentions.push(
      mention(text, nameStart, nameEnd, {
        kind: 'person',
        actor: qualifier?.actor ?? null,
        actorKind: qualifier?.actorKind ?? null,
        who: text.slice(nameStart, nameEnd),
        title,
        roles: titleRoles(text, title),
      }),
    );
  }

  // Commentators named after what they do ("security analyst Amir Rana", "Analyst Andrew Watkins"): people who
  // speak for no state, whatever place their description names.
  const found = createSpanIndex(mentions);
  for (const m of text.matchAll(COMMENTATOR_NAME)) {
    const name = m[1];
    if (name === undefined) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    const end = start + name.length;
    if (!isUnknownName(name) || nameIndex.overlaps(start, end) || found.overlaps(start, end)) continue;
    mentions.push(mention(text, start, end, { kind: 'person', who: name, gender: null, roles: [m[0].slice(0, m[0].length - name.length).trim().toLowerCase()] }));
  }

  // Untitled people the registry does not know, named right next to a speech verb: '..., John Smith said.',
  // 'John Smith told reporters', 'said John Smith.' Two to four capitalised words, none a title or a known name.
  const known = createSpanIndex(mentions);
  for (const m of text.matchAll(UNTITLED_SPEAKER)) {
    const name = m[1] ?? m[2];
    if (name === undefined) continue;
    const start = (m.index ?? 0) + m[0].indexOf(name);
    const end = start + name.length;
    if (!isUnknownName(name) || known.overlaps(start, end) || nameIndex.overlaps(start, end)) continue;
    mentions.push(mention(text, start, end, { kind: 'person', who: name, gender: null }));
  }

  // Untitled people the registry does not know, described by a role in an appositive: after their name ("Hassan
  // Kazemi Qomi, Iran's special envoy for Afghanistan, said ...") or before it ("China's special envoy, Yue
  // Xiaoyong, said ..."). The role's name gives the actor.
  const named = createSpanIndex(mentions);
  const describedPerson = (name: string, start: number, role: Span, office = true): void => {
    const end = start + name.length;
    if (!isUnknownName(name) || named.overlaps(start, end) || nameIndex.overlaps(start, end)) return;
    // A posting names where the person serves, not whom: "The U.S. envoy for the Belgrade-Pristina dialogue".
    const posting = POSTING_END.exec(text.slice(role.start, role.end));
    const owner = office ? titleQualifier(text, posting === null ? role : { start: role.start, end: role.start + posting.index }, nameIndex) : null;
    const roleText = text.slice(role.start, role.end).trim().toLowerCase();
    mentions.push(
      mention(text, start, end, {
        kind: 'person',
        who: name,
        actor: owner?.actor ?? null,
        actorKind: owner?.actorKind ?? null,
        roles: [roleText],
        gender: null,
      }),
    );
  };
  for (const m of text.matchAll(APPOSED_NAME)) {
    const name = m[1];
    const aside = m[2];
    if (name === undefined || aside === undefined) continue;
    // With no office in the appositive, only a speech verb after it makes the name a speaker, of no state: "Andrey
    // Kortunov, an analyst at a Moscow think tank, said", "Ivan Petrov, who heads a research centre, told ...".
    const office = ROLE_HEAD_WORD.test(aside);
    const start = m.index ?? 0;
    if (!office && !SPEECH_VERB_AFTER.test(text.slice(start + m[0].length))) continue;
    const asideStart = start + name.length + m[0].slice(name.length).indexOf(aside);
    describedPerson(name, start, { start: asideStart, end: asideStart + aside.length }, office);
  }
  for (const m of text.matchAll(NAME_APPOSED)) {
    const name = m[1];
    const comma = m.index ?? 0;
    const role = ROLE_BEFORE_NAME.exec(text.slice(Math.max(0, comma - 80), comma))?.[0];
    // The role may end in its posting: "Iran's special envoy for Afghanistan, Hassan Kazemi Qomi,".
    if (name === undefined || role === undefined || !ROLE_HEAD_END.test(role.trim().replace(POSTING_END, ''))) continue;
    describedPerson(name, comma + m[0].indexOf(name), { start: comma - role.length, end: comma });
  }

  // Later mentions of an unknown person by full name or surname ("Mikhail Bogdanov ... Bogdanov said"): one pass
  // over the text, each form taken by the latest person introduced with it before the match.
  const byForm = new Map<string, Mention[]>();
  for (const person of mentions.filter((x) => x.kind === 'person' || x.kind === 'official')) {
    if (person.who === null) continue;
    // The name as the registry spells it and as the text does ("Pedro Sánchez" written "Pedro Sanchez").
    const forms = new Set([person.who]);
    for (const name of new Set([person.who, person.text.replace(POSSESSIVE_END, '')])) {
      const words = name.split(/\s+/u);
      const last = words.at(-1) ?? '';
      const first = words.length > 1 ? (words[0] ?? '') : '';
      if (last.length >= 3 && !NOT_NAME.has(last)) forms.add(last);
      if (FAMILY_FIRST.has(first)) forms.add(first);
    }
    for (const form of forms) byForm.set(form, [...(byForm.get(form) ?? []), person]);
  }
  if (byForm.size > 0) {
    // "Minister Nurtleu" after "Murat Nurtleu": a surname with a title of its own is that person again.
    mentions.forEach((m, i) => {
      if (m.kind !== 'person' || m.who === null || /\s/u.test(m.who)) return;
      const person = (byForm.get(m.who) ?? []).filter((x) => x.end <= m.start && x.who !== m.who).pop();
      if (person === undefined) return;
      mentions[i] = { ...m, who: person.who, actor: m.actor ?? person.actor, actorKind: m.actor === null ? person.actorKind : m.actorKind, gender: m.gender ?? person.gender };
    });
    const taken = createSpanIndex(mentions);
    const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`${WORD_START}(?:${forms.map(escapeRegExp).join('|')})${WORD_END}`, 'gu');
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.overlaps(start, end)) continue;
      const person = (byForm.get(m[0]) ?? []).filter((x) => x.end <= start).pop();
      if (person === undefined) continue;
      mentions.push(
        mention(text, start, end, {
          kind: 'person',
          who: person.who,
          actor: person.actor,
          actorKind: person.actorKind,
          roles: person.roles,
          gender: person.gender,
        }),
      );
    }
  }

  const titleIndex = createSpanIndex(titles);
  const people = createSpanIndex(mentions.filter((x) => x.kind === 'official' || x.kind === 'person'));
  for (const m of text.matchAll(ROLE_PATTERN)) {
    let start = m.index ?? 0;
    let end = start + m[0].length;
    const headStart = end - (m[2] ?? '').length;
    // "A State Department official": a name that swallowed a modifier ("Department") qualifies the role instead.
    const swallowed = nameIndex.within({ start: Math.max(0, start - 60), end: headStart }).filter((r) => r.end > start);
    if (swallowed.length > 0) {
      const nameEnd = Math.max(...swallowed.map((r) => r.end));
      start = nameEnd + (/^\s*/u.exec(text.slice(nameEnd, headStart))?.[0].length ?? 0);
    }
    if (titleIndex.overlaps(start, end) || people.overlaps(start, end) || nameIndex.overlaps(start, end)) continue;
    const head = (m[2] ?? '').toLowerCase();
    const group = GROUP_HEADS.includes(head);
    let qualifier = nameEndingBefore(text, start, nameIndex, MAYBE_POSSESSIVE_GAP);
    if (qualifier !== undefined) start = qualifier.start;
    else {
      // "the president of the United States", "the foreign ministers of France and Germany": the name after "of".
      const of = OF_AFTER.exec(text.slice(end, end + 12));
      const at = of === null ? -1 : end + of[0].length;
      const owner =
        of === null
          ? undefined
          : nameIndex
              .within({ start: at, end: at + 80 })
              .find(
                (r) =>
                  r.start === at &&
                  r.kind !== 'official' &&
                  (of[1] === 'of' || head.startsWith('spokes') || r.kind === 'institution' || r.actorKind === 'organisation'),
              );
      if (owner !== undefined) {
        qualifier = owner;
        end = owner.end;
      }
    }
    const det =
      /(?:^|[^\p{L}])((?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ne|[Aa]nother)\s+)$/u.exec(text.slice(Math.max(0, start - 9), start)) ??
      INDEFINITE_RANKED.exec(text.slice(Math.max(0, start - 24), start));
    if (det?.[1] !== undefined) start -= det[1].length;
    const place = PLACE_AFTER.exec(text.slice(end));
    const posting =
      place === null
        ? undefined
        : nameIndex.within({ start: end + place[0].length, end: end + place[0].length + 60 }).find((r) => r.start === end + place[0].length && r.kind !== 'official');
    // "a government spokesman in Berlin", "officials in Tehran": a post at home belongs to the capital's state; an
    // ambassador or envoy "in Kabul" is posted there.
    if (posting !== undefined && qualifier === undefined && posting.kind === 'metonym' && /^\s+in\s/u.test(place?.[0] ?? '') && HOME_POSTS.test(head)) {
      qualifier = posting;
    }
    if (qualifier === undefined && det === null) continue;
    if (posting !== undefined) end = posting.end;
    mentions.push(
      mention(text, start, end, {
        kind: group ? 'group' : 'role',
        actor: qualifier?.actor ?? null,
        actorKind: qualifier?.actorKind ?? null,
        roles: [text.slice(start, end).toLowerCase().replace(/^(?:the|an?|its|their|one|another)\s+/u, '')],
        // "a diplomat", "one EU diplomat", "another official": someone new, not the last one named.
        indefinite: det !== null && /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s/u.test(det[1] ?? ''),
      }),
    );
  }

  for (const m of text.matchAll(PRONOUN_PATTERN)) {
    const start = m.index ?? 0;
    mentions.push(mention(text, start, start + m[0].length, { kind: 'pronoun', gender: /^[Ss]/u.test(m[0]) ? 'f' : 'm' }));
  }
  for (const m of text.matchAll(ACCORDING_PRONOUN)) {
    const word = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].length - word.length;
    mentions.push(mention(text, start, start + word.length, { kind: 'pronoun', gender: word === 'her' ? 'f' : 'm' }));
  }
  for (const m of text.matchAll(GENERIC_INSTITUTION_PATTERN)) {
    let start = m.index ?? 0;
    let end = start + m[0].length;
    if (nameIndex.overlaps(start, end)) continue;
    // "Ministry of Commerce", "Ministry of Refugees and Repatriation": its portfolio is part of its name.
    if (m[0] === 'Ministry') {
      const portfolio = MINISTRY_PORTFOLIO.exec(text.slice(end, end + 60));
      if (portfolio !== null && !nameIndex.overlaps(end, end + portfolio[0].length)) end += portfolio[0].length;
    }
    if (m[0].toLowerCase() === 'ministry') start = portfolioBefore(text, start, nameIndex);
    // "the government in Kabul", "the administration in Damascus": a body "in" a capital is that state's.
    const place = /^\s+in\s+/u.exec(text.slice(end, end + 6));
    const seat = place === null ? undefined : nameIndex.within({ start: end + place[0].length, end: end + place[0].length + 40 }).find((r) => r.start === end + place[0].length && r.kind === 'metonym');
    // "the Islamic Emirate's Ministry of Commerce": a body after a name in the possessive is that name's.
    const owner = seat ?? nameEndingBefore(text, start, nameIndex, POSSESSIVE_GAP, (r) => r.actor !== null);
    mentions.push(mention(text, start, end, { kind: 'generic-institution', ...(owner !== undefined ? { actor: owner.actor, actorKind: owner.actorKind } : {}) }));
  }
  for (const m of text.matchAll(ISSUED_TEXT_PATTERN)) {
    const start = m.index ?? 0;
    mentions.push(mention(text, start, start + m[0].length, { kind: 'generic-institution' }));
  }
  // A person's body: "his office said", "her spokesman said" (resolved to the last fitting person).
  for (const m of text.matchAll(PERSONAL_BODY_PATTERN)) {
    const start = m.index ?? 0;
    mentions.push(mention(text, start, start + m[0].length, { kind: 'generic-institution', gender: /^[Hh]is/u.test(m[0]) ? 'm' : 'f' }));
  }
  // "It added that ...", opening a sentence: the body that spoke before (resolved later).
  for (const m of text.matchAll(SENTENCE_IT)) {
    const start = m.index ?? 0;
    mentions.push(mention(text, start, start + 2, { kind: 'generic-institution' }));
  }
  // "Officials say ...", opening a sentence with nobody's name: the officials of whoever the text was just about.
  for (const m of text.matchAll(BARE_OFFICIALS)) {
    const start = m.index ?? 0;
    const end = start + (m[1]?.length ?? 0);
    if (named.overlaps(start, end)) continue;
    mentions.push(mention(text, start, end, { kind: 'group', roles: [(m[1] ?? '').toLowerCase()] }));
  }
  for (const m of text.matchAll(GENERIC_PARTY_PATTERN)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (nameIndex.overlaps(start, end)) continue;
    mentions.push(mention(text, start, end, { kind: 'generic-party' }));
  }
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end);
}
