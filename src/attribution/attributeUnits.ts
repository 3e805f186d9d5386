import type { InputProblem, QuoteKind, Span, TextUnit } from '../types';
import type { OfficialEntry } from './ActorEntry';
import type { ActorRegistry } from './ActorRegistry';
import { APPOSITIVE_MAX_CHARS, COREFERENCE_UNITS_BACK, QUOTE_DIRECT_SHARE, QUOTE_INSIDE_SHARE, QUOTE_MAX_CHARS, QUOTE_MIN_WORDS } from './constants';
import { createTargetMatcher, type TargetMatcher, type TargetMention } from './createTargetMatcher';
import { defaultActorRegistry } from './defaultActorRegistry';
import { isTargetSide, type DocumentContext } from './DocumentContext';
import { findMentions } from './findMentions';
import { findQuotes, type QuoteSpan } from './findQuotes';
import { findSpeechFrames } from './findSpeechFrames';
import { markQuotedUnits } from './markQuotedUnits';
import type { Mention } from './Mention';
import { mentionSpeaker } from './mentionSpeaker';
import { narratorActor, PASSIVE_AFTER } from './narratorActor';
import { quoteSpeakers } from './quoteSpeakers';
import { createRegistryCache } from './registryCache';
import { findPersonAsides, findTrailingTags, resolveMentions } from './resolveMentions';
import type { SpeechFrame } from './SpeechFrame';
import { createSpanIndex } from './spanIndex';
import { addressedParty, describedAct, inTrailingTimeClause, nestedStance, otherParties } from './stancePair';
import { subjectSpeaker } from './subjectSpeaker';
import type { UnitAttribution } from './UnitAttribution';
import { normaliseName, titleCaseLabels } from './unicodeText';
import { validateAttributeUnitsOptions } from './validateAttributeUnitsOptions';

/** Options of {@link attributeUnits}. */
export interface AttributeUnitsOptions {
  /** Actor registry (default {@link defaultActorRegistry}). */
  readonly registry?: ActorRegistry;
  /** The analysis target (`Taliban`); null or absent when there is none. */
  readonly target?: string | null;
  /** The target's other names. */
  readonly targetAliases?: readonly string[];
  /** Actor of narrator units that name no actor (a JSONL record's `actor`). */
  readonly defaultActor?: string | null;
  /** ISO publication date, to pick officials and roles valid at that time. */
  readonly date?: string | null;
  /** Document id used in reported problems (default `<text>`). */
  readonly source?: string;
  /** Longest quote before it is cut and reported (default {@link QUOTE_MAX_CHARS}). */
  readonly maxQuoteChars?: number;
  /** Quoted share from which a unit is `inside` a quote (default {@link QUOTE_INSIDE_SHARE}). */
  readonly quoteInsideShare?: number;
  /** Quoted share from which a unit's `quote` is `direct` (default {@link QUOTE_DIRECT_SHARE}). */
  readonly quoteDirectShare?: number;
  /** Quotes with fewer words are scare quotes (default {@link QUOTE_MIN_WORDS}). */
  readonly quoteMinWords?: number;
  /** Longest appositive between a speaker and its verb (default {@link APPOSITIVE_MAX_CHARS}). */
  readonly appositiveMaxChars?: number;
  /** How many units back a description or pronoun looks for the target (default {@link COREFERENCE_UNITS_BACK}). */
  readonly coreferenceUnitsBack?: number;
}

/** The attribution of every unit of a document, the quotes found and the problems met. */
export interface AttributedUnits {
  /** One attribution per input unit, in the same order. */
  readonly units: readonly UnitAttribution[];
  readonly quotes: readonly QuoteSpan[];
  /** Unbalanced quotes, bad units: counted and located, never dropped silently. */
  readonly problems: readonly InputProblem[];
}

const NARRATOR_KINDS = new Set(['headline', 'subhead', 'caption']);
const PERSONAL = new Set(['official', 'person', 'role', 'pronoun']);

/** 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/** Words outside quotes, besides the speech frame, from which a partly quoted unit is reported, not direct, speech. */
export const FRAME_ONLY_MAX_WORDS = 2;

/**
 * A quote with nothing around it but its frame (`"We are ready," the Norwegian foreign minister said.`) is direct
 * speech however long the speaker's title is.
 */
function onlyFrameOutside(text: string, span: Span, quotes: readonly Span[], frame: SpeechFrame | null): boolean {
  if (frame === null) return false;
  const from = Math.min(frame.speaker.title?.start ?? frame.speaker.start, frame.speaker.start, frame.verb.start);
  const to = Math.max(frame.speaker.end, frame.verb.end);
  let outside = '';
  for (let i = span.start; i < span.end; i += 1) {
    if ((i >= from && i < to) || quotes.some((q) => i >= q.start && i < q.end)) outside += ' ';
    else outside += text[i];
  }
  return (outside.match(/\p{L}+/gu) ?? []).length <= FRAME_ONLY_MAX_WORDS;
}

/** The words of a frame, speaker to verb, for the reason. */
function frameWords(text: string, f: SpeechFrame): string {
  const from = Math.min(f.speaker.title?.start ?? f.speaker.start, f.verb.start);
  return text.slice(from, Math.max(f.speaker.end, f.verb.end)).replace(/\s+/gu, ' ');
}

/** Matchers kept per registry; beyond it the cache starts afresh (documents may each name their own target). */
const MATCHERS_PER_REGISTRY = 64;
/** Target matchers already built, per registry: a stream of documents about one target compiles its patterns once. */
const matchers = createRegistryCache<TargetMatcher>(MATCHERS_PER_REGISTRY);

function targetMatcher(registry: ActorRegistry, target: string, aliases: readonly string[], unitsBack: number): TargetMatcher {
  return matchers(registry, JSON.stringify([target, aliases, unitsBack]), () => createTargetMatcher({ target, aliases, registry, unitsBack }));
}

/**
 * Attributes every unit (sentence, headline, caption) of a document: who speaks it, on whose behalf (actor), about
 * whom (target), whether it is direct or reported speech, and why.
 *
 * Rules, in order: headlines, subheads and captions are the narrator's unless a person is named as speaking in them;
 * a unit inside a quote that began earlier gets the quote's speaker ("X said," before it or "..., X said" after it),
 * so every sentence of a long quote has its speaker; else the unit's own speech frame ("X said that", "according to
 * X", "X told TASS", "..., the Foreign Ministry said"; news agencies that only relay are skipped); else the speaker
 * of a quote in the unit; else a person who is the subject of the sentence ("Lavrov opened the talks"); else the
 * narrator, with the first actor the sentence names as acting ("Russia hosted talks" -> Russia), the target when it
 * acts alone, or `defaultActor`. Pronouns and roles resolve to the last fitting person. A stance nested in the
 * speaker's words ("Zhirnov said the Taliban representatives said ...") belongs to the inner actor (codebook rule 6);
 * when the actor is the target itself, the pair's target is the other party it addresses ("the Taliban welcomed
 * Putin's remarks" -> Taliban towards Russia).
 *
 * @example
 * const text = 'Lavrov said, “We talk to them. Contacts go on.”';
 * const units = [{ start: 0, end: 30, text: text.slice(0, 30), kind: 'body', paragraph: 0 },
 *                { start: 31, end: 47, text: text.slice(31), kind: 'body', paragraph: 0 }] as const;
 * attributeUnits(text, units, { target: 'Taliban' }).units.map((u) => [u.speaker, u.actor, u.quote]);
 * // [['Sergey Lavrov', 'Russia', 'direct'], ['Sergey Lavrov', 'Russia', 'direct']]
 * @throws InvalidOptionError naming a bad option.
 */
export function attributeUnits(text: string, units: readonly TextUnit[], options: AttributeUnitsOptions = {}): AttributedUnits {
  validateAttributeUnitsOptions(text, units, options);
  const registry = options.registry ?? defaultActorRegistry();
  const source = options.source ?? '<text>';
  const date = options.date ?? undefined;
  const defaultActor = options.defaultActor ?? null;
  const problems: InputProblem[] = [];

  const found = findQuotes(text, { maxChars: options.maxQuoteChars ?? QUOTE_MAX_CHARS });
  for (const p of found.problems) problems.push({ source, line: lineOf(text, p.offset), kind: p.kind, message: p.message });
  const quotes = found.quotes;

  const spans: (Span | null)[] = units.map((u, i) => {
    const ok = u !== null && typeof u === 'object' && Number.isInteger(u.start) && Number.isInteger(u.end) && 0 <= u.start && u.start <= u.end && u.end <= text.length;
    if (!ok) problems.push({ source, kind: 'bad-unit', message: `unit ${i} has offsets outside the text: not attributed` });
    return ok ? { start: u.start, end: u.end } : null;
  });
  const goodSpans = spans.filter((s): s is Span => s !== null);

  // Transcripts label their speakers in capitals ("MR MILLER:"): names are found in title case.
  const mentions = resolveMentions(findMentions(titleCaseLabels(text), registry, { date }), registry, {
    date,
    defaultActor,
    units: goodSpans,
    asides: findPersonAsides(text),
    quoted: quotes.map((q) => ({ start: q.contentStart, end: q.contentEnd })),
    tags: findTrailingTags(text, goodSpans),
  });
  const matcher =
    options.target === undefined || options.target === null
      ? null
      : targetMatcher(registry, options.target, options.targetAliases ?? [], options.coreferenceUnitsBack ?? COREFERENCE_UNITS_BACK);
  // The registry actors the target stands for: its own entry, and the actors its name or aliases name exactly
  // ("Maduro government" with aliases Maduro, Caracas -> Venezuela).
  const targetActors = new Set<string>();
  if (matcher !== null) {
    if (matcher.actor !== null) targetActors.add(matcher.actor);
    for (const name of [matcher.target, ...(options.targetAliases ?? [])]) {
      const r = registry.resolveActor(name, date);
      if (r !== null && r.via !== 'demonym' && r.via !== 'role' && r.matched.toLowerCase() === normaliseName(name).toLowerCase()) targetActors.add(r.actor);
    }
  }
  // What the target's actors govern, in a document dated from the day they took power: Kabul speaks for the Taliban
  // from 2021-08-15.
  const governed = new Set<string>();
  for (const id of targetActors) {
    const entry = registry.actor(id);
    if (entry?.governsSince !== undefined && date !== undefined && date >= entry.governsSince) for (const g of entry.governs ?? []) governed.add(g);
  }
  // Its people are the officials of the target's own actors, not of what it governs.
  const ownActors = new Set(targetActors);
  for (const g of governed) targetActors.add(g);
  const ctx: DocumentContext = {
    text,
    registry,
    mentions: createSpanIndex(mentions),
    targets: createSpanIndex(matcher === null ? [] : withTargetOfficials(matcher.find(text, goodSpans), mentions, ownActors)),
    targetActor: matcher === null ? null : (matcher.actor ?? [...targetActors][0] ?? matcher.target),
    targetActors,
    defaultActor,
  };

  const status = markQuotedUnits(text, spans.map((s) => s ?? { start: 0, end: 0 }), quotes, {
    insideShare: options.quoteInsideShare ?? QUOTE_INSIDE_SHARE,
    minWords: options.quoteMinWords ?? QUOTE_MIN_WORDS,
  });
  const directShare = options.quoteDirectShare ?? QUOTE_DIRECT_SHARE;
  const appositiveMaxChars = options.appositiveMaxChars ?? APPOSITIVE_MAX_CHARS;
  const frames: SpeechFrame[][] = spans.map((s) => (s === null ? [] : findSpeechFrames(text, s, ctx.mentions.within(s), { quotes, appositiveMaxChars })));
  const usable = (f: SpeechFrame): boolean => f.speaker.actorKind !== 'media' && (mentionSpeaker(f.speaker).speaker !== null || f.speaker.kind === 'group');
  const quoteFrames = quoteSpeakers(quotes, spans, frames, usable, text);

  const result = units.map((unit, i): UnitAttribution => {
    const span = spans[i];
    if (span === null || span === undefined) {
      return { speaker: null, actor: null, target: null, quote: 'none', quoted: 'none', reason: 'unit offsets are outside the text', nested: null, targetMentions: [], otherParties: [] };
    }
    const st = status[i] ?? { status: 'none' as const, share: 0, quotes: [], continues: null };
    const unitFrames = (frames[i] ?? []).filter((f) => !f.quoted && usable(f) && !inTrailingTimeClause(text, span.start, f));
    const narratorUnit = NARRATOR_KINDS.has(unit.kind);

    let chosen: SpeechFrame | null = null;
    let speakerMention: Mention | null = null;
    let reason = '';
    let region: Span | null = null;

    const continued = st.continues !== null ? (quoteFrames[st.continues] ?? null) : null;
    const insideQuote = st.status === 'inside' ? (st.quotes.map((q) => quoteFrames[q] ?? null).find((f) => f !== null) ?? null) : null;
    const partialQuote = st.quotes.map((q) => quoteFrames[q] ?? null).find((f) => f !== null) ?? null;
    const quoteRegion = (): Span | null => {
      const q = quotes[st.quotes[0] ?? -1];
      return q === undefined ? null : { start: Math.max(span.start, q.contentStart), end: Math.min(span.end, q.contentEnd) };
    };

    if (narratorUnit) {
      const own = unitFrames.find((f) => PERSONAL.has(f.speaker.kind) && f.speaker.who !== null);
      if (own !== undefined) {
        chosen = own;
        region = own.content;
        reason = `${unit.kind} naming its speaker: "${frameWords(text, own)}" (${own.rule})`;
      }
    } else if (continued !== null || insideQuote !== null) {
      chosen = continued ?? insideQuote;
      region = quoteRegion();
      reason = `inside a direct quote attributed by "${chosen === null ? '' : frameWords(text, chosen)}" (${chosen?.rule ?? ''})`;
    } else if (unitFrames.length > 0) {
      chosen = unitFrames[0] ?? null;
      region = chosen?.content ?? null;
      reason = `reported speech: "${chosen === null ? '' : frameWords(text, chosen)}" (${chosen?.rule ?? ''})`;
    } else if (partialQuote !== null) {
      chosen = partialQuote;
      region = quoteRegion();
      reason = `quote attributed by "${frameWords(text, partialQuote)}" (${partialQuote.rule})`;
    } else {
      const subject = subjectSpeaker(ctx, span);
      if (subject !== undefined) {
        speakerMention = subject;
        region = { start: subject.end, end: span.end };
        reason = `the sentence's subject "${subject.text}" speaks or acts${subject.resolution !== null ? ` (${subject.resolution})` : ''}`;
      }
    }
    if (chosen !== null) speakerMention = chosen.speaker;

    let speaker: string | null = null;
    let actor: string | null = null;
    let speakerSpan: Span | undefined;
    if (speakerMention !== null) {
      ({ speaker, actor } = mentionSpeaker(speakerMention));
      if (speakerMention.resolution !== null && !reason.includes(speakerMention.resolution)) reason += `; ${speakerMention.resolution}`;
      speakerSpan = { start: speakerMention.title?.start ?? speakerMention.start, end: speakerMention.end };
      if (actor === null) {
        // A quote that goes on after its frame: the actor of the sentence the speaker is named in.
        const named = chosen?.speaker;
        const own = named !== undefined && (named.start < span.start || named.end > span.end) ? goodSpans.find((s) => s.start <= named.start && named.end <= s.end) : undefined;
        const n = narratorActor(ctx, own ?? span, false);
        actor = n.actor;
        reason += `; ${n.why}`;
      }
    } else {
      // Someone speaks whom the text does not let us resolve ("he said" with no antecedent): not the target.
      const unresolved = (frames[i] ?? []).find((f) => !f.quoted && f.speaker.resolution !== null && f.speaker.who === null);
      const unknownPerson = (frames[i] ?? []).some((f) => !f.quoted && f.speaker.who === null && f.speaker.kind === 'pronoun');
      const n = narratorActor(ctx, span, !unknownPerson && continued === null && insideQuote === null);
      actor = n.actor;
      if (n.speaker !== undefined && !narratorUnit) speaker = n.speaker;
      reason = `narrator${narratorUnit ? ` (${unit.kind})` : ''}: ${n.why}`;
      if (unresolved !== undefined) reason += `; ${unresolved.speaker.resolution ?? ''}`;
    }

    const nested = region === null ? null : nestedStance(text, region, actor, frames[i] ?? []);
    if (nested !== null) {
      reason += `; nested stance (codebook rule 6): "${text.slice(nested.span.start, nested.span.end)}" makes ${nested.actor} the actor`;
      actor = nested.actor;
    }

    // "Assad said ..." after his fall: a former official speaks for no state.
    const former = speaker === null || date === undefined ? undefined : formerOfficial(registry, speaker, date);
    if (former !== undefined && actor === former.actor) {
      reason += `; ${speaker} held office for ${actor} only until ${former.to}: a former official speaks for no one`;
      actor = null;
    }
    if (actor !== null && ctx.targetActor !== null && governed.has(actor)) {
      reason += `; ${actor} speaks for ${ctx.targetActor}, which governs it at the document's date`;
      actor = ctx.targetActor;
    }
    let target: string | null = options.target ?? null;
    if (ctx.targetActor !== null && actor !== null && (actor === ctx.targetActor || targetActors.has(actor))) {
      const act = region !== null && nested === null ? describedAct(ctx, region, actor) : null;
      if (act !== null) {
        reason += `; the target tells of ${act.actor}'s act toward it ("${act.text}"), which is ${act.actor}'s stance`;
        actor = act.actor;
      } else {
        const other = addressedParty(ctx, span, actor, nested);
        target = other?.actor ?? null;
        reason += other !== null ? `; the target speaks about ${other.actor} ("${other.text}")` : '; the target speaks about no other party';
      }
    }

    const quote: QuoteKind =
      st.quotes.length > 0 && (st.share >= directShare || onlyFrameOutside(text, span, st.quotes.map((q) => quotes[q]!), chosen)) ? 'direct' : chosen !== null ? 'reported' : 'none';
    return {
      speaker,
      actor,
      target,
      quote,
      quoted: st.status,
      ...(speakerSpan !== undefined ? { speakerSpan } : {}),
      reason,
      nested,
      targetMentions: ctx.targets.within(span),
      otherParties: otherParties(ctx, span, actor),
    };
  });

  const answered = carryAnswers(units, result, spans, frames, ctx, options.target ?? null);
  return { units: carryPronounActors(units, answered, registry), quotes, problems };
}

/**
 * The target's mentions with its officials named by the registry added ("talks with Foreign Minister Muttaqi" are
 * talks with the Taliban), where no other mention of the target covers them.
 */
function withTargetOfficials(found: TargetMention[], mentions: readonly Mention[], targetActors: ReadonlySet<string>): TargetMention[] {
  const officials = mentions.filter(
    (m) => m.kind === 'official' && m.who !== null && m.actor !== null && targetActors.has(m.actor) && !found.some((t) => t.start < m.end && m.start < t.end),
  );
  if (officials.length === 0) return found;
  const added = officials.map((m): TargetMention => ({ start: m.start, end: m.end, text: m.text, resolution: 'person', antecedent: null, reason: `${m.who} is one of the target's people` }));
  return [...found, ...added].sort((a, b) => a.start - b.start);
}

/** The registry's official `id` when their term ended before `date`. */
function formerOfficial(registry: ActorRegistry, id: string, date: string): OfficialEntry | undefined {
  const official = registry.official(id);
  return official?.to != null && official.to < date ? official : undefined;
}

/** A label of capitalised words, maybe a bracket after them, and a colon opening a unit. */
const capitalisedLabel = (words: number, bracket: number): RegExp =>
  new RegExp(`^\\s*\\p{Lu}[\\p{L}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}.'’-]*){0,${words - 1}}[ \\t]*(?:\\([^()\\n]{1,${bracket}}\\))?[ \\t]*:\\s`, 'u');
/** A label of one to four capitalised words and a colon opening a unit: "MODERATOR:", "Jean-Noël Barrot:". */
const LINE_LABEL = capitalisedLabel(4, 40);
/** ... or of up to six, as a parliament's record prints names ("Mr ESPINOSA DE LOS MONTEROS:"): another turn begins. */
const LONG_LINE_LABEL = capitalisedLabel(6, 60);
/** "A:", "Answer:" at the start of a paragraph: the page answers its own question (an explainer's FAQ). */
const ANSWER_LABEL = /^\s*(?:(?:A|Answer)\s*:|(?:A|Answer)\s+[–—-])\s/iu;
/**
 * A label whose name follows a courtesy title or a title of office ("MR. SMITH:", "SEN. RISCH:", "AMB. YAMAMOTO:"):
 * a person speaks, though the registry does not know them; a question is put by an outlet or "Q:", not by "Mr".
 */
const TITLED_LABEL = /^\s*(?:mr|mrs|ms|dr|prof|amb|ambassador|sen|senator|rep|representative|hon|chairman|chairwoman|chair|gen|shri|smt|(?:(?:deputy|acting|vice|foreign|prime)[ \t]+)*(?:minister|president|spokesperson|spokesman|spokeswoman|secretary))\.?[ \t]+(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2})[ \t]*:\s/iu;
/**
 * A congressional record's label: a courtesy title or office and a surname in capitals, then a full stop ("Mr. JAMES.
 * The subcommittee will come to order.", "Ms. PHEE. Thank you.", "Chairman RISCH.").
 */
const RECORD_LABEL = /^\s*(?:M[Rr]|M[Rr][Ss]|M[Ss]|D[Rr]|S(?:enator|ENATOR)|C(?:hairman|HAIRMAN)|C(?:hairwoman|HAIRWOMAN))\.?[ \t]+(\p{Lu}{2,}(?:[ \t-]\p{Lu}{2,}){0,2})\.(?:\s|$)/u;
/**
 * A parliament's record of a debate: a name with its constituency and party in brackets, or a courtesy title, a name
 * and an office in brackets, then a colon ("Grahame Morris (Easington) (Lab):", "Mr Tobias Ellwood (Parliamentary
 * Under-Secretary of State for Foreign and Commonwealth Affairs):").
 */
const COURTESY = String.raw`(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Baroness)\.?[ \t]+`;
const RECORD_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}`;
const HANSARD_LABEL = new RegExp(
  String.raw`^\s*(?:${COURTESY}(${RECORD_NAME})[ \t]*\([^()\n]{1,100}\)|(${RECORD_NAME})[ \t]*\([^()\n]{1,60}\)[ \t]*\([^()\n]{1,30}\))[ \t]*:\s`,
  'u',
);
/** A courtesy title before a name. */
const COURTESY_TITLE = new RegExp(`^${COURTESY}`, 'u');
/** A line's lead-in that is only a title with its full stop, cut off from the name after it. */
const TITLE_CUT_OFF = /^\s*(?:mr|mrs|ms|dr|prof|amb|sen|rep|hon|gen)\.\s*$/iu;
/**
 * An editor's label opening a paragraph ("Background:", "Editor's note:", "Why it matters:"): the page's own voice, no
 * speaker's, nor a question put.
 */
const EDITORIAL_LABEL =
  /^\s*(?:background|context|note|editor['’]?s\s+note|update|analysis|summary|timeline|factbox|fact\s+check|explainer|why\s+it\s+matters|what['’]?s\s+next|bottom\s+line|key\s+points|the\s+big\s+picture|between\s+the\s+lines)\s*:\s/iu;
/**
 * A label that names an office, maybe with the holder's name in brackets or its body after a comma: "SPOKESPERSON:",
 * "PRIME MINISTER:", "The MINISTER OF FOREIGN AFFAIRS (Albares Bueno):", "Spokesperson, Federal Foreign Office:".
 * Group 1 is the office, group 2 the name.
 */
const OFFICE_LABEL =
  /^\s*(?:the\s+)?((?:(?:deputy|acting|vice|prime|foreign|press|first|chief|state|general|high|official)\s+)*(?:spokesperson|spokesman|spokeswoman|minister|secretary|ambassador|president|chancellor|taoiseach|tánaiste|tanaiste|premier|envoy|commissioner|representative|secretary-general))(?:\s+(?:of|for)\s+[^:()\n]{1,80}?|,[ \t]*[^:()\n,]{2,60}?)?\s*(?:\(([^()\n]{1,60})\))?\s*:(?:\s|$)/iu;

/** A label of any kind opening a line: a name or an office, maybe with a bracket or a comma and an outlet, then a colon. */
const ANY_LABEL = /^\s*\p{Lu}[\p{L}.'’-]*(?:[ \t]+[\p{L}.'’-]+){0,5}[ \t]*(?:\([^()\n]{1,60}\)|,[ \t]*[^:\n,]{2,40})?[ \t]*:\s/u;
/**
 * A fact sheet's lead-in in capitals, which names a section, not a speaker: "PROMOTING STABILITY AND PEACE:",
 * "DELIVERING ON PROMISES:" (a first word in -ING, or "AND" between the words).
 */
const LEAD_IN = /^\s*(?:\p{Lu}{2,}ING(?:[ \t]+\p{Lu}[\p{Lu}'’-]*){1,6}|\p{Lu}[\p{Lu}'’-]*(?:[ \t]+\p{Lu}[\p{Lu}'’-]*)*[ \t]+AND(?:[ \t]+\p{Lu}[\p{Lu}'’-]*){1,4})[ \t]*:\s/u;
/** Paragraphs opened by a label that make a text a transcript. */
const TRANSCRIPT_LABELS = 3;

/** Words before an office that do not change it: "Official Spokesperson" is the spokesperson. */
const CEREMONIAL = /^(?:official|press)\s+/u;

/** A journalist's label in a briefing: a name, a comma and an outlet ("Sidhant Sibal, WION:"), not an office. */
const NAME_AND_OUTLET = /^\s*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3},[ \t]*([^:\n,]{2,40}):\s/u;

function questioner(opening: string): string | null {
  const m = NAME_AND_OUTLET.exec(opening);
  return m === null || OFFICE_LABEL.test(`${m[1]!}: `) ? null : m[0].trim();
}

/** The last person named before `before` who holds `office` ("prime minister": Keir Starmer in the page's intro). */
function officeHolder(ctx: DocumentContext, before: number, office: string): Mention | undefined {
  const earlier = ctx.mentions.within({ start: 0, end: before });
  for (let i = earlier.length - 1; i >= 0; i -= 1) {
    const m = earlier[i]!;
    if ((m.kind === 'official' || m.kind === 'person') && m.who !== null && m.roles.includes(office)) return m;
  }
  return undefined;
}

/** "Q:", "Question:", "Reporter:" at the start of a paragraph of a transcript; "Q –" as French briefings write it. */
const QUESTION_LABEL = /^\s*(?:(?:Q|Question|Reporter|Journalist|Correspondent)(?:\s*\([^()\n]{1,40}\))?\s*:|(?:Q|Question)\s+[–—-])\s/iu;

/**
 * Transcripts of briefings and interviews: a paragraph that opens with "Name:" is that person's answer to its end,
 * so its later sentences are theirs too ("Mao Ning: China's position is clear. We will keep up dialogue ...");
 * a paragraph that opens with a news outlet's name or "Q:" is a journalist's question, no one's stance (actor null).
 * Once a question was put, an answer also goes on over the paragraphs after it, up to the next label.
 */
function carryAnswers(
  units: readonly TextUnit[],
  attributed: readonly UnitAttribution[],
  spans: readonly (Span | null)[],
  frames: readonly (readonly SpeechFrame[])[],
  ctx: DocumentContext,
  target: string | null,
): UnitAttribution[] {
  const out = [...attributed];
  let answer: { from: UnitAttribution; label: string; paragraph: number } | null = null;
  let question: { label: string; paragraph: number } | null = null;
  // Once a question was put, or when several paragraphs open with a speaker's label, the text is a transcript: an
  // answer goes on over its paragraphs up to the next label or section heading.
  const labelled = new Set(out.flatMap((a, i) => (a.reason.includes('(colon)') && units[i]?.kind === 'body' ? [units[i]!.paragraph] : [])));
  // ... or when three paragraphs or more open with a label of any kind ("Official Spokesperson:", "Name, Outlet:").
  const labelOpened = new Set(
    units.flatMap((u) => {
      const opening = ctx.text.slice(u.start, u.end);
      return u.kind === 'body' && ANY_LABEL.test(opening) && !LEAD_IN.test(opening) ? [u.paragraph] : [];
    }),
  );
  let transcript = labelled.size > 1 || labelOpened.size >= TRANSCRIPT_LABELS;
  for (const [i, a] of out.entries()) {
    const unit = units[i];
    const span = spans[i];
    if (unit === undefined || span === undefined || span === null) continue;
    // A section heading, or a label no one was found in ("MODERATOR:"), ends the answer.
    if (unit.kind !== 'body' || (unit.paragraph !== answer?.paragraph && LONG_LINE_LABEL.test(ctx.text.slice(span.start, span.end)))) answer = null;
    if (answer !== null && answer.paragraph !== unit.paragraph && !transcript) answer = null;
    if (question !== null && question.paragraph !== unit.paragraph) question = null;
    const colon = (frames[i] ?? []).find((f) => f.rule === 'colon');
    if (colon !== undefined && a.speaker !== null && a.reason.includes('(colon)')) {
      answer = { from: a, label: ctx.text.slice(colon.speaker.start, colon.verb.end), paragraph: unit.paragraph };
      question = null;
      continue;
    }
    // The label may open the unit or have been set apart from it as a line's lead-in ("AFP: The Taliban say ...").
    const lineStart = lineStartAt(ctx.text, span.start);
    const lead = ctx.text.slice(lineStart, span.start);
    // So may a title the sentence splitter cut off as a sentence of its own ("AMB." | "YAMAMOTO: ...").
    const from = /^\s*[^:\n]{1,40}:\s*$/u.test(lead) || TITLE_CUT_OFF.test(lead) ? lineStart : span.start;
    const opener = ctx.mentions.within({ start: from, end: span.end }).find((m) => m.start - from <= 1);
    const outlet = opener !== undefined && opener.actorKind === 'media' && /^\s*:\s/u.test(ctx.text.slice(opener.end, opener.end + 3)) ? opener.text : null;
    // "A:" answers a "Q:" in the page's own voice: the narrator's, scored as such.
    const opening = ctx.text.slice(from, span.end);
    if (ANSWER_LABEL.test(opening)) {
      question = null;
      answer = null;
      continue;
    }
    // "Background: Germany closed its embassy in 2021." is the narrator's, whatever was asked before it.
    if (EDITORIAL_LABEL.test(opening)) {
      question = null;
      answer = null;
      continue;
    }
    // A titled name the registry does not know ("MR. SMITH:") is a person of no known state, answering.
    // ... and so is a member named in a parliament's record, whoever the sentence names.
    const titledMatch = unit.kind === 'body' && a.speaker === null ? (TITLED_LABEL.exec(opening) ?? RECORD_LABEL.exec(opening)) : null;
    const hansard = (unit.kind === 'body' || unit.kind === 'subhead') && titledMatch === null ? HANSARD_LABEL.exec(opening) : null;
    const titled = titledMatch !== null ? { text: titledMatch[0], name: titledMatch[1]! } : hansard !== null ? { text: hansard[0], name: (hansard[1] ?? hansard[2])!.replace(COURTESY_TITLE, '') } : null;
    if (titled !== null) {
      // A name the registry knows in the label ("FOREIGN MINISTER AL-SHIBANI:") speaks for its actor.
      const known = ctx.mentions.within({ start: from, end: from + titled.text.length }).find((m) => m.kind === 'official' && m.who !== null);
      // ... also written in capitals ("DR. AL-ANSARI:"), which the registry's names in the text do not match.
      const name = titleCase(titled.name.replace(/[.]+$/u, ''));
      const named = known === undefined ? ctx.registry.resolveActor(name) : null;
      const official = named?.official != null && named.via === 'official' ? named : null;
      const speaker = known?.who ?? official?.official ?? name;
      // ... its own, or the target's when the target governs it (Syria's foreign minister speaks for the new authorities).
      const actor =
        known !== undefined ? (ctx.targetActor !== null && isTargetSide(ctx, known) ? ctx.targetActor : known.actor) : official !== null ? official.actor : null;
      const titledAnswer = { ...a, speaker, actor };
      const why = known === undefined && official === null ? 'a person the registry does not know' : `of ${actor ?? 'no actor'}`;
      out[i] = { ...titledAnswer, quote: 'direct', reason: `the paragraph is the answer of ${speaker} ("${titled.text.trim()}"), ${why}`, otherParties: otherParties(ctx, span, actor) };
      answer = { from: titledAnswer, label: titled.text.trim(), paragraph: unit.paragraph };
      question = null;
      transcript = true;
      continue;
    }
    // An office for a label ("SPOKESPERSON:", "PRIME MINISTER:", "The MINISTER OF ... (Albares Bueno):") answers.
    // Alone on its line, such a label may have been taken for a heading or a headline.
    const office = unit.kind !== 'caption' && a.speaker === null ? OFFICE_LABEL.exec(opening) : null;
    if (office !== null) {
      const bracket = office[2] === undefined ? -1 : from + opening.indexOf(`(${office[2]}`) + 1;
      const named = bracket < 0 ? undefined : ctx.mentions.within({ start: bracket, end: bracket + office[2]!.length }).find((m) => m.kind === 'official' || m.kind === 'person');
      const holder = bracket < 0 ? officeHolder(ctx, span.start, office[1]!.toLowerCase().replace(CEREMONIAL, '')) : named;
      const speaker = holder?.who ?? (office[2] !== undefined ? titleCase(office[2].trim()) : titleCase(office[1]!));
      // Else the body the label names ("Spokesperson, Federal Foreign Office:").
      const body = ctx.mentions.within({ start: from, end: from + office[0].length }).find((m) => m.actor !== null && m.kind !== 'official' && m.kind !== 'person');
      const actor = holder?.actor ?? body?.actor ?? ctx.defaultActor;
      const answering = { ...a, speaker, actor };
      out[i] = { ...answering, quote: 'direct', reason: `the paragraph is the answer of ${speaker} ("${office[0].trim()}")`, otherParties: otherParties(ctx, span, actor) };
      answer = { from: answering, label: office[0].trim(), paragraph: unit.paragraph };
      question = null;
      transcript = true;
      continue;
    }
    // In a transcript, a label that names no speaker found ("CCTV:", "MODERATOR:") is a question or a host's line.
    const unknown = transcript && unit.kind === 'body' && !LEAD_IN.test(opening) ? (LINE_LABEL.exec(opening)?.[0].trim() ?? questioner(opening)) : null;
    const label = outlet ?? QUESTION_LABEL.exec(opening)?.[0].trim() ?? unknown;
    if (label !== null) {
      question = { label, paragraph: unit.paragraph };
      answer = null;
      transcript = true;
    }
    if (question !== null && a.quote === 'none') {
      out[i] = { ...a, speaker: null, actor: null, question: true, reason: `a question put by "${question.label}" in a transcript: no one's stance`, otherParties: otherParties(ctx, span, null) };
      continue;
    }
    if (answer !== null && a.speaker === null && a.quote === 'none' && unit.kind === 'body') {
      const { speaker, actor } = answer.from;
      // "The Taliban themselves are fighting ISIS" in Peskov's answer: his stance on the target, not the target's.
      const targetActed = a.actor !== null && (a.actor === ctx.targetActor || ctx.targetActors.has(a.actor));
      out[i] = {
        ...a,
        speaker,
        actor,
        target: targetActed ? target : a.target,
        quote: 'reported',
        reason: `${a.reason}; the paragraph is the answer of ${speaker ?? ''} ("${answer.label}")`,
        otherParties: otherParties(ctx, span, actor),
      };
    }
  }
  const interviewed = dashInterview(units, out, ctx);
  return transcript ? markPutQuestions(units, interviewed) : interviewed;
}

/** A sentence that ends with a question mark, maybe before closing quotation marks or a bracket. */
const ENDS_ASKING = /\?["'”’)]*\s*$/u;

/** Where the line that holds offset `at` starts. */
function lineStartAt(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** A paragraph of an interview that opens with a dash: "- Zamir Nabievich, when will ...?", "- There is no timeframe." */
const DASH_TURN = /^\s*[-–—]\s+\S/u;
/** Fewest dash paragraphs that make an interview. */
const DASH_TURNS_MIN = 3;

/**
 * An interview written as dash paragraphs, as Russian outlets print them: a paragraph whose last sentence asks is the
 * interviewer's question, no one's stance; the others are the answers of the person the text names last before the
 * first dash ("Zamir Kabulov spoke in an interview with RIA Novosti ..."), and take that person and their actor.
 */
function dashInterview(units: readonly TextUnit[], attributed: UnitAttribution[], ctx: DocumentContext): UnitAttribution[] {
  const firstOf = new Map<number, TextUnit>();
  const lastOf = new Map<number, TextUnit>();
  for (const u of units) {
    if (u.kind !== 'body') continue;
    if (!firstOf.has(u.paragraph)) firstOf.set(u.paragraph, u);
    lastOf.set(u.paragraph, u);
  }
  const opensWithDash = (p: number): boolean => {
    const first = firstOf.get(p);
    if (first === undefined) return false;
    return DASH_TURN.test(ctx.text.slice(lineStartAt(ctx.text, first.start), first.end));
  };
  const turns = [...firstOf.keys()].filter(opensWithDash);
  if (turns.length < DASH_TURNS_MIN) return attributed;
  const asks = (p: number): boolean => ENDS_ASKING.test(lastOf.get(p)?.text ?? '');
  if (!turns.some(asks) || turns.every(asks)) return attributed;
  const firstTurn = firstOf.get(turns[0]!)!.start;
  const interviewee = ctx.mentions
    .within({ start: 0, end: firstTurn })
    .filter((m) => (m.kind === 'official' || m.kind === 'person') && m.who !== null)
    .pop();
  if (interviewee === undefined) return attributed;
  const turnSet = new Set(turns);
  return attributed.map((a, i) => {
    const unit = units[i]!;
    if (unit.kind !== 'body' || !turnSet.has(unit.paragraph)) return a;
    if (asks(unit.paragraph)) return { ...a, speaker: null, actor: null, question: true, reason: "an interviewer's question (a dash paragraph that asks): no one's stance" };
    if (a.speaker !== null || a.quote !== 'none') return a;
    return { ...a, speaker: interviewee.who, actor: interviewee.actor, quote: 'reported', reason: `${a.reason}; an answer in a dash interview of ${interviewee.who ?? ''}` };
  });
}

/**
 * In a transcript, a speaker's paragraph that ends with a question, answered by another speaker's label in the next
 * paragraph ("MS. JACOBS: So, Ambassador, you would not rule recognition out?" – "AMB. YAMAMOTO: I would not rule it
 * out."), ends with a question put: scored 0 like a reporter's, and the answer takes what it asked.
 */
function markPutQuestions(units: readonly TextUnit[], attributed: UnitAttribution[]): UnitAttribution[] {
  const answers = (a: UnitAttribution): boolean => a.question !== true && a.speaker !== null && (a.reason.includes('(colon)') || a.reason.includes('is the answer of'));
  return attributed.map((a, i) => {
    const unit = units[i];
    if (unit === undefined || a.speaker === null || a.question === true || !answers(a) || !ENDS_ASKING.test(unit.text)) return a;
    const next = units[i + 1];
    if (next === undefined || next.paragraph === unit.paragraph) return a;
    const replied = units.some((u, j) => j > i && u.paragraph === next.paragraph && answers(attributed[j]!) && attributed[j]!.speaker !== a.speaker);
    return replied ? { ...a, question: true, reason: `${a.reason}; a question put to the next speaker` } : a;
  });
}

/**
 * A narrator sentence that opens with "It" ("It shut its embassy in 2021.") continues the previous sentence's actor;
 * so does one that opens with a noun for that kind of actor ("The bloc will ..." after the EU, "The country ..."
 * after a state), one whose "it" follows an opening time phrase ("In June 2022, it sent a technical team"), and one
 * that ends in "it said" with no actor of its own.
 */
const PRONOUN_SUBJECT =
  /^\s*(?:(?:In|On|By|Later|Then|Earlier|After|Since)\s[^,.;:!?]{1,30},\s+(?=it\s|its\s)|(?:Yet|But|Still|And)\s+(?=it\s|its\s))?(It|it|Its|its|The (?:bloc|union|alliance|organi[sz]ation)|The (?:country|kingdom|nation))(?:['’]s)?\s/u;

/**
 * "The union", "The alliance", "The organisation" opening a sentence. ("The bloc" is a mention of its own, resolved to
 * the last international body named: see `resolveMentions`.)
 */
const BLOC_SUBJECT = /^\s*The (?:union|alliance|organi[sz]ation)(?:['’]s)?\s/u;

/**
 * "... they came on behalf of the EU. The union has not yet decided ...": with no organisation as the previous
 * sentence's actor, "The union" is the last organisation that sentence names, even as an object.
 */
function blocNamedBefore(
  a: UnitAttribution,
  previous: UnitAttribution,
  unit: TextUnit,
  previousUnit: TextUnit | undefined,
  registry: ActorRegistry,
): UnitAttribution {
  if (a.actor !== null || previousUnit?.paragraph !== unit.paragraph || !BLOC_SUBJECT.test(unit.text)) return a;
  const bloc = [...previous.otherParties].reverse().find((p) => p.actor !== null && registry.actor(p.actor)?.kind === 'organisation');
  if (bloc === undefined || bloc.actor === null) return a;
  return { ...a, actor: bloc.actor, reason: `${a.reason}; "The bloc" is the organisation the previous sentence names, ${bloc.actor}` };
}

/** "..., it said.", '"...," it added.': an organisation or government speaks as "it". */
const IT_SAID = /[,”"]\s*it\s+(?:said|says|added|stated|noted|announced|reported|told|wrote)(?![\p{L}])/u;

function carryPronounActors(units: readonly TextUnit[], attributed: readonly UnitAttribution[], registry: ActorRegistry): UnitAttribution[] {
  const out: UnitAttribution[] = [];
  for (const [i, a] of attributed.entries()) out.push(carriedActor(a, out[i - 1], units[i], units[i - 1], registry));
  return out;
}

/** One unit of {@link carryPronounActors}, given the previous unit as already carried ("It ... It ..." chains). */
function carriedActor(
  a: UnitAttribution,
  previous: UnitAttribution | undefined,
  unit: TextUnit | undefined,
  previousUnit: TextUnit | undefined,
  registry: ActorRegistry,
): UnitAttribution {
  // The subject opens the sentence, so it wins over an actor the narrator rule took from a later name.
  const open = a.actor === null || a.reason.startsWith('narrator: actor from');
  if (!open || a.speaker !== null || previous === undefined || unit === undefined) return a;
  if (previous.actor === null) return blocNamedBefore(a, previous, unit, previousUnit, registry);
  // "..., it said." speaks for the previous sentence's actor, even across a paragraph break.
  if (a.actor === null && IT_SAID.test(unit.text)) {
    return { ...a, actor: previous.actor, reason: `${a.reason}; "it said" continues the previous sentence's actor, ${previous.actor}` };
  }
  if (previousUnit?.paragraph !== unit.paragraph) return a;
  const opening = PRONOUN_SUBJECT.exec(unit.text);
  const subject = opening?.[1];
  if (opening === null || subject === undefined) return a;
  // "It is recognised by more than 100 countries": the subject of a passive is done to, not acting.
  if (PASSIVE_AFTER.test(unit.text.slice(opening.index + opening[0].trimEnd().length))) return a;
  const noun = subject.split(' ')[1];
  if (noun !== undefined) {
    const kind = registry.actor(previous.actor)?.kind;
    const wanted = /^(?:country|kingdom|nation)$/u.test(noun) ? 'state' : 'organisation';
    if (kind !== wanted) return wanted === 'organisation' ? blocNamedBefore(a, previous, unit, previousUnit, registry) : a;
  }
  return { ...a, actor: previous.actor, reason: `${a.reason}; "${subject}" continues the previous sentence's actor, ${previous.actor}` };
}

/** "SMITH" → "Smith", "McCAUL" → "McCaul": a name written in capitals, as a name; one in mixed case as it is. */
function titleCase(name: string): string {
  return name.replace(/\p{L}[\p{L}'’]*/gu, (word) => (word === word.toUpperCase() ? word[0]! + word.slice(1).toLowerCase() : word));
}
