import { InvalidOptionError } from '../errors';
import type { InputProblem, QuoteKind, Span, TextUnit } from '../types';
import type { ActorRegistry } from './ActorRegistry';
import { APPOSITIVE_MAX_CHARS, COREFERENCE_UNITS_BACK, QUOTE_DIRECT_SHARE, QUOTE_INSIDE_SHARE, QUOTE_MAX_CHARS, QUOTE_MIN_WORDS } from './constants';
import { createTargetMatcher, type TargetMention } from './createTargetMatcher';
import { defaultActorRegistry } from './defaultActorRegistry';
import { findMentions } from './findMentions';
import { findQuotes, type QuoteSpan } from './findQuotes';
import { findSpeechFrames } from './findSpeechFrames';
import { SPEECH_VERBS, SUBJECT_PREFIX } from './attributionLexicon';
import { markQuotedUnits } from './markQuotedUnits';
import type { Mention } from './Mention';
import { resolveMentions } from './resolveMentions';
import type { SpeechFrame } from './SpeechFrame';
import { createSpanIndex } from './spanIndex';
import type { NestedStance, PartyMention, UnitAttribution } from './UnitAttribution';
import { normaliseName } from './unicodeText';

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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const NARRATOR_KINDS = new Set(['headline', 'subhead', 'caption']);
const PERSONAL = new Set(['official', 'person', 'role', 'pronoun']);
const AGENT_KINDS = new Set(['official', 'person', 'name', 'demonym', 'metonym', 'institution', 'generic-institution', 'role', 'group']);
/** A passive after a name and its head noun: not the agent ("the Taliban were designated", "the Taliban government is not recognised"). */
const PASSIVE_AFTER =
  /^(?:\s+\p{L}+){0,2}?\s+(?:was|were|is|are|has been|have been|had been|being|been)\s+(?:not\s+|never\s+)?(?:\p{L}+ly\s+)?\p{L}+(?:ed|en)(?![\p{L}])/u;
/** A speech verb right after a subject, with only adverbs between ("the group also welcomed"). */
const SPEECH_AFTER = new RegExp(
  `^(?:\\s|,|also|meanwhile|however|has|have|had|then|later|again|too|now|recently|earlier)*\\s*(?:${[...SPEECH_VERBS]
    .sort((a, b) => b.length - a.length)
    .map((v) => v.replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}])`,
  'u',
);
/** A subordinate clause's opening: an agent inside it is not the sentence's actor. */
const SUBORDINATE = /^\s*(?:[Aa]fter|[Ss]ince|[Ww]hen|[Ww]hile|[Aa]lthough|[Tt]hough|[Oo]nce|[Bb]efore|[Ff]ollowing|[Dd]espite|[Ii]f|[Uu]ntil)(?![\p{L}])/u;
const PARTY_KINDS = new Set(['official', 'person', 'name', 'demonym', 'metonym', 'institution', 'role', 'group']);

interface Who {
  readonly speaker: string | null;
  readonly actor: string | null;
}

/** The speaker name and actor a mention stands for. */
function whoIs(m: Mention): Who {
  switch (m.kind) {
    case 'official':
    case 'person':
    case 'institution':
    case 'generic-institution':
      return { speaker: m.who, actor: m.actor };
    case 'role':
      return { speaker: m.who ?? m.text.replace(/^(?:the|an?)\s+/iu, ''), actor: m.actor };
    case 'pronoun':
      return { speaker: m.who, actor: m.actor };
    case 'name':
      return { speaker: m.actor, actor: m.actor };
    case 'metonym':
      return { speaker: m.text, actor: m.actor };
    default:
      return { speaker: null, actor: m.actor };
  }
}

const personal = (m: Mention): boolean => PERSONAL.has(m.kind) && m.who !== null;
const isMedia = (m: Mention): boolean => m.actorKind === 'media';
const spanOf = (m: Mention): Span => ({ start: m.title?.start ?? m.start, end: m.end });
const frameWords = (text: string, f: SpeechFrame): string => {
  const from = Math.min(f.speaker.title?.start ?? f.speaker.start, f.verb.start);
  return text.slice(from, Math.max(f.speaker.end, f.verb.end)).replace(/\s+/gu, ' ');
};

function validate(text: unknown, units: unknown, options: AttributeUnitsOptions): void {
  if (typeof text !== 'string') throw new InvalidOptionError('text', 'must be a string');
  if (!Array.isArray(units)) throw new InvalidOptionError('units', 'must be an array of TextUnit');
  const r = options.registry;
  if (r !== undefined && (typeof r !== 'object' || r === null || typeof (r as ActorRegistry).scan !== 'function')) {
    throw new InvalidOptionError('registry', 'must be an ActorRegistry from createActorRegistry or loadActorRegistry');
  }
  if (options.target !== undefined && options.target !== null && (typeof options.target !== 'string' || options.target.trim() === '')) {
    throw new InvalidOptionError('target', 'must be a non-empty string or null');
  }
  if (options.date !== undefined && options.date !== null && (typeof options.date !== 'string' || !ISO_DATE.test(options.date))) {
    throw new InvalidOptionError('date', `must be an ISO date YYYY-MM-DD, got ${JSON.stringify(options.date)}`);
  }
  if (options.defaultActor !== undefined && options.defaultActor !== null && typeof options.defaultActor !== 'string') {
    throw new InvalidOptionError('defaultActor', 'must be a string or null');
  }
  const share = (name: 'quoteInsideShare' | 'quoteDirectShare'): void => {
    const v = options[name];
    if (v !== undefined && !(typeof v === 'number' && v > 0 && v <= 1)) throw new InvalidOptionError(name, `must be a number in (0, 1], got ${String(v)}`);
  };
  share('quoteInsideShare');
  share('quoteDirectShare');
  const count = (name: 'maxQuoteChars' | 'quoteMinWords' | 'appositiveMaxChars' | 'coreferenceUnitsBack', min: number): void => {
    const v = options[name];
    if (v !== undefined && !(Number.isInteger(v) && v >= min)) throw new InvalidOptionError(name, `must be an integer >= ${min}, got ${String(v)}`);
  };
  count('maxQuoteChars', 1);
  count('quoteMinWords', 0);
  count('appositiveMaxChars', 1);
  count('coreferenceUnitsBack', 0);
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
  validate(text, units, options);
  const registry = options.registry ?? defaultActorRegistry();
  const source = options.source ?? '<text>';
  const date = options.date ?? undefined;
  const defaultActor = options.defaultActor ?? null;
  const problems: InputProblem[] = [];

  const found = findQuotes(text, { maxChars: options.maxQuoteChars ?? QUOTE_MAX_CHARS });
  const lineOf = (offset: number): number => {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
    return line;
  };
  for (const p of found.problems) problems.push({ source, line: lineOf(p.offset), kind: p.kind, message: p.message });
  const quotes = found.quotes;

  const good: boolean[] = units.map((u, i) => {
    const ok = u !== null && typeof u === 'object' && Number.isInteger(u.start) && Number.isInteger(u.end) && 0 <= u.start && u.start <= u.end && u.end <= text.length;
    if (!ok) problems.push({ source, kind: 'bad-unit', message: `unit ${i} has offsets outside the text: not attributed` });
    return ok;
  });
  const spans: Span[] = units.map((u, i) => (good[i] ? { start: u.start, end: u.end } : { start: 0, end: 0 }));

  const mentions = resolveMentions(findMentions(text, registry, { date }), registry, { date, defaultActor });
  const matcher =
    options.target === undefined || options.target === null
      ? null
      : createTargetMatcher({ target: options.target, aliases: options.targetAliases ?? [], registry, unitsBack: options.coreferenceUnitsBack ?? COREFERENCE_UNITS_BACK });
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
  const targetActor = matcher === null ? null : (matcher.actor ?? [...targetActors][0] ?? matcher.target);
  const targetMentions = matcher === null ? [] : matcher.find(text, spans.filter((_s, i) => good[i]));
  const status = markQuotedUnits(text, spans, quotes, {
    insideShare: options.quoteInsideShare ?? QUOTE_INSIDE_SHARE,
    minWords: options.quoteMinWords ?? QUOTE_MIN_WORDS,
  });
  const directShare = options.quoteDirectShare ?? QUOTE_DIRECT_SHARE;
  const mentionIndex = createSpanIndex(mentions);
  const targetIndex = createSpanIndex(targetMentions);
  const frames: SpeechFrame[][] = spans.map((s) => findSpeechFrames(text, s, mentionIndex.within(s), { quotes, appositiveMaxChars: options.appositiveMaxChars ?? APPOSITIVE_MAX_CHARS }));
  const unitAt = (pos: number): number => spans.findIndex((s, i) => good[i] && s.start <= pos && pos < s.end);

  const usable = (f: SpeechFrame): boolean => !isMedia(f.speaker) && (whoIs(f.speaker).speaker !== null || f.speaker.kind === 'group');

  // The speaker of each quote: "..., X said" after it, else "X said, ..." before it.
  const quoteFrames: (SpeechFrame | null)[] = quotes.map((q) => {
    const closeUnit = unitAt(Math.max(q.start, q.end - 1));
    const openUnit = unitAt(q.start);
    const after = (frames[closeUnit] ?? []).find((f) => !f.quoted && f.verb.start >= q.end && usable(f));
    if (after !== undefined) return after;
    const before = (frames[openUnit] ?? []).filter((f) => !f.quoted && f.verb.end <= q.start && usable(f));
    return before[before.length - 1] ?? null;
  });
  // A paragraph of speech left open because the next paragraph goes on quoting takes that quote's speaker.
  for (let q = quotes.length - 2; q >= 0; q -= 1) {
    if (quoteFrames[q] === null && quotes[q]?.continued === true) quoteFrames[q] = quoteFrames[q + 1] ?? null;
  }

  const inTarget = (m: Mention): boolean => m.actor !== null && (m.actor === targetActor || targetActors.has(m.actor));

  const narratorActor = (span: Span, targetMayAct: boolean): { actor: string | null; why: string; speaker?: string } => {
    const inUnit = mentionIndex.within(span);
    const agent = inUnit.find(
      (m) =>
        AGENT_KINDS.has(m.kind) &&
        m.actor !== null &&
        !m.oblique &&
        // A compound modifier ("the Putin-led administration") acts only as the sentence's subject.
        (!m.modifier || m.kind === 'demonym' || (SUBJECT_PREFIX.test(text.slice(span.start, m.start)) && !SUBORDINATE.test(text.slice(span.start, m.start)))) &&
        !isMedia(m) &&
        !inTarget(m),
    );
    // The target acts only as the subject of its sentence ("the group banned ..."): not as an object, a possessive or
    // the subject of a passive ("the Taliban were designated by Russia").
    const ownTarget = targetIndex.within(span).find(
      (t) =>
        !/^['’]s?(?![\p{L}])/u.test(text.slice(t.end, t.end + 2)) &&
        !PASSIVE_AFTER.test(text.slice(t.end, t.end + 40)) &&
        SUBJECT_PREFIX.test(text.slice(span.start, t.start)) &&
        !SUBORDINATE.test(text.slice(span.start, t.start)),
    );
    const targetFirst = ownTarget !== undefined && (agent === undefined || ownTarget.start < agent.start);
    if (targetMayAct && targetFirst && ownTarget !== undefined && targetActor !== null) {
      const speaks = SPEECH_AFTER.test(text.slice(ownTarget.end, Math.min(span.end, ownTarget.end + 60)));
      return { actor: targetActor, why: `the target ${speaks ? 'speaks' : 'acts'}: "${ownTarget.text}"`, ...(speaks ? { speaker: targetActor } : {}) };
    }
    if (agent !== undefined) return { actor: agent.actor, why: `actor from "${agent.text}" (${agent.kind})` };
    return { actor: defaultActor, why: defaultActor === null ? 'no actor named' : `the document's actor ${defaultActor}` };
  };

  const subjectSpeaker = (span: Span): Mention | undefined => {
    const first = mentionIndex.within(span).find(
      (m) => personal(m) && !m.oblique && !m.possessive && !m.modifier,
    );
    if (first === undefined) return undefined;
    const prefix = text.slice(span.start, first.title?.start ?? first.start);
    if (!SUBJECT_PREFIX.test(prefix)) return undefined;
    if (!/^(?:\s+\p{Ll}|,)/u.test(text.slice(first.end, first.end + 3))) return undefined;
    return first;
  };

  const nestedIn = (region: Span, outerActor: string | null, all: readonly SpeechFrame[]): NestedStance | null => {
    const inner = all.filter(
      (f) =>
        f.verb.start >= region.start &&
        f.verb.end <= region.end &&
        f.speaker.kind !== 'pronoun' &&
        !isMedia(f.speaker) &&
        f.speaker.actor !== null &&
        f.speaker.actor !== outerActor,
    );
    const last = inner[inner.length - 1];
    if (last === undefined || last.speaker.actor === null) return null;
    const who = whoIs(last.speaker);
    return { actor: last.speaker.actor, speaker: who.speaker, span: { start: Math.min(last.speaker.start, last.verb.start), end: last.verb.end } };
  };

  const otherParties = (span: Span, actor: string | null): PartyMention[] =>
    mentionIndex
      .within(span)
      .filter(
        (m) =>
          (m.kind === 'generic-party' || (PARTY_KINDS.has(m.kind) && m.actor !== null && m.actor !== actor && !inTarget(m) && !isMedia(m))),
      )
      .map((m) => ({ start: m.start, end: m.end, text: m.text, actor: m.kind === 'generic-party' ? null : m.actor, kind: m.kind }));

  const result: UnitAttribution[] = units.map((unit, i) => {
    const span = spans[i] as Span;
    const ownTargets: TargetMention[] = targetIndex.within(span);
    if (!good[i]) {
      return { speaker: null, actor: null, target: null, quote: 'none', quoted: 'none', reason: 'unit offsets are outside the text', nested: null, targetMentions: [], otherParties: [] };
    }
    const st = status[i] ?? { status: 'none' as const, share: 0, quotes: [], continues: null };
    const unitFrames = (frames[i] ?? []).filter((f) => !f.quoted && usable(f));
    const narratorUnit = NARRATOR_KINDS.has(unit.kind);

    let chosen: SpeechFrame | null = null;
    let speakerMention: Mention | null = null;
    let reason = '';
    let region: Span | null = null;

    const continued = st.continues !== null ? (quoteFrames[st.continues] ?? null) : null;
    const insideQuote = st.status === 'inside' ? st.quotes.map((q) => quoteFrames[q] ?? null).find((f) => f !== null) ?? null : null;
    const partialQuote = st.quotes.map((q) => quoteFrames[q] ?? null).find((f) => f !== null) ?? null;
    const quoteRegion = (): Span | null => {
      const q = quotes[st.quotes[0] ?? -1];
      return q === undefined ? null : { start: Math.max(span.start, q.contentStart), end: Math.min(span.end, q.contentEnd) };
    };

    if (narratorUnit) {
      const own = unitFrames.find((f) => personal(f.speaker));
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
      const subject = subjectSpeaker(span);
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
      const who = whoIs(speakerMention);
      speaker = who.speaker;
      actor = who.actor;
      if (speakerMention.resolution !== null && !reason.includes(speakerMention.resolution)) reason += `; ${speakerMention.resolution}`;
      speakerSpan = spanOf(speakerMention);
      if (actor === null) {
        const n = narratorActor(span, false);
        actor = n.actor;
        reason += `; ${n.why}`;
      }
    } else {
      const unresolvedFrame = (frames[i] ?? []).some((f) => !f.quoted && f.speaker.who === null && f.speaker.kind === 'pronoun');
      const n = narratorActor(span, !unresolvedFrame && continued === null && insideQuote === null);
      actor = n.actor;
      if (n.speaker !== undefined && !narratorUnit) speaker = n.speaker;
      reason = `narrator${narratorUnit ? ` (${unit.kind})` : ''}: ${n.why}`;
      const unresolved = (frames[i] ?? []).find((f) => !f.quoted && f.speaker.resolution !== null && f.speaker.who === null);
      if (unresolved !== undefined) reason += `; ${unresolved.speaker.resolution ?? ''}`;
    }

    const nested = region === null ? null : nestedIn(region, actor, frames[i] ?? []);
    if (nested !== null) {
      reason += `; nested stance (codebook rule 6): "${text.slice(nested.span.start, nested.span.end)}" makes ${nested.actor} the actor`;
      actor = nested.actor;
    }

    let target: string | null = options.target ?? null;
    if (targetActor !== null && actor !== null && (actor === targetActor || targetActors.has(actor))) {
      const own = new Set([actor, ...targetActors, ...(registry.actor(actor)?.governs ?? [])]);
      const within = nested !== null ? { start: nested.span.end, end: span.end } : span;
      const candidates = (from: Span): Mention | undefined => mentionIndex.within(from).find(
        (m) =>
          PARTY_KINDS.has(m.kind) &&
          m.actor !== null &&
          !own.has(m.actor) &&
          (m.actorKind === 'state' || m.actorKind === 'organisation' || m.actorKind === 'movement'),
      );
      const other = candidates(within) ?? candidates(span);
      target = other?.actor ?? null;
      reason += other !== undefined ? `; the target speaks about ${other.actor} ("${other.text}")` : '; the target speaks about no other party';
    }

    const quote: QuoteKind =
      st.share >= directShare && st.quotes.length > 0 ? 'direct' : chosen !== null ? 'reported' : 'none';
    const attribution: UnitAttribution = {
      speaker,
      actor,
      target,
      quote,
      quoted: st.status,
      ...(speakerSpan !== undefined ? { speakerSpan } : {}),
      reason,
      nested,
      targetMentions: ownTargets,
      otherParties: otherParties(span, actor),
    };
    return attribution;
  });

  return { units: result, quotes, problems };
}
