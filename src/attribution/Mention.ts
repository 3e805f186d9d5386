import type { Span } from '../types';
import type { ActorKind } from './ActorEntry';
import type { NameKind } from './ActorRegistry';

/**
 * What a mention is: a registry name ({@link NameKind}), an unregistered `person` with a title ("senior Indian
 * diplomat JP Singh"), a singular `role` description ("the envoy"), a plural `group` ("the Taliban
 * representatives"), a `pronoun` (he, she), a `generic-institution` ("the Foreign Ministry") or a `generic-party`
 * ("all countries concerned").
 */
export type MentionKind = NameKind | 'person' | 'role' | 'group' | 'pronoun' | 'generic-institution' | 'generic-party';

/**
 * A mention of an actor, a person or a party in a text, with what it resolves to.
 *
 * @example
 * // "Kremlin Press Secretary Dmitry Peskov" gives
 * // { kind: 'official', text: 'Dmitry Peskov', who: 'Dmitry Peskov', actor: 'Russia', title: { start: 0, end: 24 }, ... }
 */
export interface Mention extends Span {
  readonly text: string;
  readonly kind: MentionKind;
  /** Actor id, when known; for pronouns, roles and generic institutions once resolved. */
  readonly actor: string | null;
  readonly actorKind: ActorKind | null;
  /** The person (official id or a titled person's name) or the canonical institution, when known. */
  readonly who: string | null;
  /** Title words before a name ("Russian Foreign Minister"), when there are any. */
  readonly title: Span | null;
  /** What the text and the registry say the person is (roles, title words), lower-case. */
  readonly roles: readonly string[];
  readonly gender: 'm' | 'f' | null;
  /** Followed by a possessive `'s` ("Putin's representative"): not the subject of what follows. */
  readonly possessive: boolean;
  /** Used as a modifier ("Putin-led", a demonym): names an actor but is not an agent. */
  readonly modifier: boolean;
  /** After a preposition ("talks in Moscow", "with Russia"): an object or a place, not an agent. */
  readonly oblique: boolean;
  /** An indefinite description ("a Russian diplomat"): names no particular person. */
  readonly indefinite: boolean;
  /** How a pronoun, role or generic name was resolved, or why it was not; null for names. */
  readonly resolution: string | null;
  /** The mention a pronoun or role was resolved to. */
  readonly antecedent: Span | null;
}
