/**
 * The data shapes of an actor registry: the political entities that hold stances ({@link ActorEntry}) and the
 * people who speak for them ({@link OfficialEntry}). A registry file is an {@link ActorRegistryInput}.
 */

/**
 * What kind of entity an actor is. `media` outlets relay speech but hold no stance; a `collective`
 * ("the international community") can hold a stance but is never another party's target.
 */
export type ActorKind = 'state' | 'organisation' | 'movement' | 'collective' | 'media';

/** All actor kinds, in the order the documentation lists them. */
export const ACTOR_KINDS: readonly ActorKind[] = ['state', 'organisation', 'movement', 'collective', 'media'];

/**
 * A stance holder: a state, an organisation, a movement.
 *
 * @example
 * const russia: ActorEntry = {
 *   id: 'Russia', kind: 'state', names: ['Russia', 'Russian Federation'], demonyms: ['Russian'],
 *   metonyms: ['Moscow', 'the Kremlin', 'Kremlin'], institutions: ['Russian Foreign Ministry'],
 * };
 */
export interface ActorEntry {
  /** The canonical name, reported as `actor` (`Russia`, `USA`, `Taliban`). */
  readonly id: string;
  readonly kind: ActorKind;
  /** Proper names, matched case-sensitively as whole words (`Russian Federation`, `IEA`). */
  readonly names: readonly string[];
  /** Adjectives that make an unknown person or body speak for the actor (`Russian` envoy). */
  readonly demonyms?: readonly string[];
  /** Capitals and seats that stand for the actor when they act (`Moscow said`, `the Kremlin`). */
  readonly metonyms?: readonly string[];
  /** Named bodies of the actor, reported as the speaker when they speak (`Russian Foreign Ministry`). */
  readonly institutions?: readonly string[];
  /**
   * Ids of actors this one governs or stands for (the Taliban govern Afghanistan): when this actor speaks, a mention
   * of them is the speaker's own side, not another party.
   */
  readonly governs?: readonly string[];
  /**
   * The day (ISO) from which this actor holds power in what it `governs` (the Taliban in Afghanistan from
   * 2021-08-15). In a document published on or after it, the governed actor's names, capital and bodies ("Kabul",
   * "the Afghan foreign ministry") speak for this actor when it is the target.
   */
  readonly governsSince?: string;
}

/**
 * A person who speaks for an actor.
 *
 * @example
 * const lavrov: OfficialEntry = {
 *   id: 'Sergey Lavrov', aliases: ['Sergei Lavrov', 'Lavrov'], actor: 'Russia',
 *   roles: ['foreign minister'], from: '2004-03-09', to: null,
 * };
 */
export interface OfficialEntry {
  /** The canonical full name, reported as `speaker`. It is matched in text too. */
  readonly id: string;
  /** Other spellings and short forms (`Sergei Lavrov`, `Lavrov`). */
  readonly aliases: readonly string[];
  /** The id of the {@link ActorEntry} the person speaks for. */
  readonly actor: string;
  /** Role nouns that refer to the person (`foreign minister`, `Kremlin chief`), lower-case unless a name is part of them. */
  readonly roles?: readonly string[];
  /** `m` or `f`, when pronouns should be checked against it. */
  readonly gender?: 'm' | 'f' | null;
  /** First day (ISO) the entry is valid, or null when open or unknown. */
  readonly from?: string | null;
  /** Last day (ISO) the entry is valid, or null when open or unknown. */
  readonly to?: string | null;
}

/**
 * A registry file: actors and officials. Unknown top-level keys (`description`) are ignored.
 *
 * @example
 * const input: ActorRegistryInput = { actors: [russia], officials: [lavrov] };
 */
export interface ActorRegistryInput {
  readonly actors?: readonly ActorEntry[];
  readonly officials?: readonly OfficialEntry[];
}
