import type { ActorEntry, ActorKind, ActorRegistryInput, OfficialEntry } from './ActorEntry';

/** How a registry name was recognised. */
export type NameKind = 'official' | 'institution' | 'name' | 'metonym' | 'demonym';

/** A registry name found in a text: `[start, end)` offsets, the actor it stands for and, for a person, who. */
export interface RegistryMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: NameKind;
  /** Actor id. */
  readonly actor: string;
  readonly actorKind: ActorKind;
  /** Official id when `kind` is `official`, the canonical institution name when `institution`, else null. */
  readonly canonical: string | null;
}

/** The answer of {@link ActorRegistry.resolveActor}. */
export interface ResolvedActor {
  /** Actor id (`Russia`). */
  readonly actor: string;
  readonly kind: ActorKind;
  /** The official the name refers to, if it names or describes one (`Sergey Lavrov`). */
  readonly official: string | null;
  /** Which kind of name decided it; `role` for a description such as "the Russian president". */
  readonly via: NameKind | 'role';
  /** The part of the name that matched. */
  readonly matched: string;
}

/** Options of {@link ActorRegistry.extend}. */
export interface ExtendOptions {
  /** File name used in validation errors. */
  readonly file?: string;
}

/**
 * A validated, immutable actor registry. Lookups are pure; `extend` returns a new registry.
 *
 * @example
 * const registry = defaultActorRegistry();
 * registry.resolveActor('Kremlin Press Secretary Dmitry Peskov')?.actor; // 'Russia'
 */
export interface ActorRegistry {
  readonly actors: readonly ActorEntry[];
  readonly officials: readonly OfficialEntry[];
  /** The actor with this id, if any. */
  actor(id: string): ActorEntry | undefined;
  /** The official with this id, if any. */
  official(id: string): OfficialEntry | undefined;
  /**
   * Resolves a name or a short description to its actor: an official ("Lavrov", "Kremlin Press Secretary Dmitry
   * Peskov"), an institution, a name, a metonym ("Moscow", "the Kremlin"), a role of a unique official ("the Russian
   * president") or a demonym ("Russian envoy X"). `date` (ISO) picks between officials that share a name or role.
   */
  resolveActor(name: string, date?: string): ResolvedActor | null;
  /** Every registry name in `text`, leftmost-longest, case-sensitive, on Unicode word boundaries. */
  scan(text: string, date?: string): RegistryMatch[];
  /**
   * Officials of `actor` (any actor when null) valid at `date` with a role that `phrase` contains or that equals
   * the head noun of `phrase` (`the Russian ambassador in Kabul` fits the role `ambassador in Kabul`).
   */
  officialsWithRole(phrase: string, actor: string | null, date?: string): OfficialEntry[];
  /** The canonical name of `actor`'s body described by a generic name ("Foreign Ministry"), e.g. `Russian Foreign Ministry`. */
  institutionOf(actor: string, generic: string): string;
  /** A new registry: entries of `input` replace entries with the same id, others are added; everything is re-validated. */
  extend(input: ActorRegistryInput, options?: ExtendOptions): ActorRegistry;
  /** The entries as a registry file. */
  toJSON(): ActorRegistryInput;
}
