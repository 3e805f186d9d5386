import type { Span } from '../types';
import { isTargetSide, type DocumentContext } from './DocumentContext';
import { mentionSpeaker } from './mentionSpeaker';
import type { SpeechFrame } from './SpeechFrame';
import type { NestedStance, PartyMention } from './UnitAttribution';

const PARTY_KINDS = new Set(['official', 'person', 'name', 'demonym', 'metonym', 'institution', 'role', 'group']);

/**
 * A time clause opening before a speaker: ", a day after Serbia's president claimed ...", "hours before Lavrov said ...".
 * What that speaker said is the occasion of the statement, not words inside it.
 */
const TIME_CLAUSE_BEFORE = /(?:^|[^\p{L}])(?:after|before|since|when|while|until|following|once)\s+(?:[\p{L}'’.-]+\s+){0,3}$/iu;
/** The same clause set off by a comma after the main clause: "..., a day after Serbia's president claimed ...". */
const TRAILING_TIME_CLAUSE_BEFORE = /,\s+(?:[\p{L}'’.-]+\s+){0,3}?(?:after|before|since|when|while|until|following|once)\s+(?:[\p{L}'’.-]+\s+){0,3}$/iu;

/** Whether the frame's speaker stands in a time clause (`clause`, read in the 40 characters before it, from `from` on). */
function speakerInTimeClause(text: string, from: number, frame: SpeechFrame, clause: RegExp): boolean {
  const at = frame.speaker.title?.start ?? frame.speaker.start;
  return clause.test(text.slice(Math.max(from, at - 40), at));
}

/**
 * A speech frame in a time clause after the main clause ("Kenya distanced itself from the remarks, a day after
 * Serbia's president claimed a victory") tells the occasion: its speaker is not the sentence's.
 */
export function inTrailingTimeClause(text: string, from: number, frame: SpeechFrame): boolean {
  return speakerInTimeClause(text, from, frame, TRAILING_TIME_CLAUSE_BEFORE);
}

/**
 * A stance nested in a speaker's words (codebook rule 6): the last speech frame inside `region` (the reported words)
 * whose speaker is a named actor other than the outer one. Pronoun speakers and news agencies never nest, nor does a
 * speaker in a time clause ("a day after Serbia's president claimed ...").
 *
 * @example
 * // "Zhirnov said, “The Taliban representatives said ...”": region = after "said,"
 * nestedStance(text, region, 'Russia', frames)?.actor; // 'Taliban'
 */
export function nestedStance(text: string, region: Span, outerActor: string | null, frames: readonly SpeechFrame[]): NestedStance | null {
  const inner = frames.filter(
    (f) =>
      f.verb.start >= region.start &&
      !speakerInTimeClause(text, region.start, f, TIME_CLAUSE_BEFORE) &&
      f.verb.end <= region.end &&
      f.speaker.kind !== 'pronoun' &&
      f.speaker.actorKind !== 'media' &&
      f.speaker.actor !== null &&
      f.speaker.actor !== outerActor,
  );
  const last = inner[inner.length - 1];
  if (last === undefined || last.speaker.actor === null) return null;
  return {
    actor: last.speaker.actor,
    speaker: mentionSpeaker(last.speaker).speaker,
    span: { start: Math.min(last.speaker.start, last.verb.start), end: last.verb.end },
  };
}

/** Whether `at` lies inside brackets opened after `from`: "The Taliban (outlawed in Russia) came to power". */
function inBrackets(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 40) depth += 1;
    else if (c === 41 && depth > 0) depth -= 1;
  }
  return depth > 0;
}

/**
 * When the target itself holds the stance, whom it is about: the first other state, organisation or movement the unit
 * names (after a nested frame first), never the target's own side or what it governs, nor a party inside brackets (an
 * outlet's label: "The Taliban (outlawed in Russia) came to power"). Null when there is none.
 *
 * @example
 * addressedParty(ctx, unitSpan, 'Taliban', null); // { actor: 'Russia', text: 'Putin' } for "The Taliban welcomed Putin's remarks."
 */
export function addressedParty(
  ctx: DocumentContext,
  span: Span,
  actor: string,
  nested: NestedStance | null,
): { readonly actor: string; readonly text: string } | null {
  const own = new Set([actor, ...ctx.targetActors, ...(ctx.registry.actor(actor)?.governs ?? [])]);
  const first = (from: Span) =>
    ctx.mentions
      .within(from)
      .find(
        (m) =>
          PARTY_KINDS.has(m.kind) &&
          m.actor !== null &&
          !own.has(m.actor) &&
          (m.actorKind === 'state' || m.actorKind === 'organisation' || m.actorKind === 'movement') &&
          !inBrackets(ctx.text, span.start, m.start),
      );
  const other = (nested !== null ? first({ start: nested.span.end, end: span.end }) : undefined) ?? first(span);
  return other === undefined || other.actor === null ? null : { actor: other.actor, text: other.text };
}

/**
 * The other parties a unit mentions besides its actor and the target: actors and generic parties ("all countries
 * concerned"), for the scorer's check that a cue's object is the target.
 *
 * @example
 * otherParties(ctx, unitSpan, 'Russia').map((p) => p.text); // ['all countries concerned', 'Pakistan']
 */
export function otherParties(ctx: DocumentContext, span: Span, actor: string | null): PartyMention[] {
  return ctx.mentions
    .within(span)
    .filter(
      (m) =>
        m.kind === 'generic-party' ||
        (PARTY_KINDS.has(m.kind) && m.actor !== null && m.actor !== actor && !isTargetSide(ctx, m) && m.actorKind !== 'media'),
    )
    .map((m) => ({ start: m.start, end: m.end, text: m.text, actor: m.kind === 'generic-party' ? null : m.actor, kind: m.kind }));
}

/** What may stand before the subject of reported words: "said (on Monday) (that) (the) Russia ...". */
const CONTENT_OPENING = /^[\s,:]*(?:(?:on|last|this|in|earlier)\s+(?:[\p{L}\d]+\s+){1,2})?(?:that\s+)?(?:the\s+)?$/iu;
/** A subject goes on into its verb: a lower-case word other than a conjunction, not a possessive. */
const SUBJECT_VERB = /^\s+(?!(?:and|or|nor|but)\b)\p{Ll}/u;

/**
 * When the target reports another party's act toward it ("Muttaqi said Russia would soon recognise the Islamic
 * Emirate"), the stance told is that party's toward the target, not the target's toward the party: the reported words
 * open with the party as their subject and name the target after it. Returns that party's mention, or null.
 *
 * @example
 * // "Mujahid said Moscow had agreed to accept an ambassador of the Islamic Emirate."
 * describedAct(ctx, region, 'Taliban'); // { actor: 'Russia', text: 'Moscow' }
 */
export function describedAct(ctx: DocumentContext, region: Span, actor: string): { readonly actor: string; readonly text: string } | null {
  const own = new Set([actor, ...ctx.targetActors, ...(ctx.registry.actor(actor)?.governs ?? [])]);
  const subject = ctx.mentions.within(region)[0];
  if (subject === undefined || subject.actor === null || own.has(subject.actor) || !PARTY_KINDS.has(subject.kind)) return null;
  if (subject.actorKind !== 'state' && subject.actorKind !== 'organisation') return null;
  if (!CONTENT_OPENING.test(ctx.text.slice(region.start, subject.start)) || !SUBJECT_VERB.test(ctx.text.slice(subject.end, subject.end + 40))) return null;
  const named = ctx.targets.within({ start: subject.end, end: region.end }).some((t) => t.start >= subject.end);
  return named ? { actor: subject.actor, text: subject.text } : null;
}
