import type { ActorRegistry } from '../attribution/ActorRegistry';
import type { Party } from '../scoring/createScorer';

/**
 * The people of a demonym as a noun ("the Israelis", "Afghans"), or null when the word has no such plural
 * ("Chinese", "Swiss", "British", "French").
 *
 * @example
 * pluralDemonym('Israeli'); // 'Israelis'
 * pluralDemonym('Chinese'); // null
 */
export function pluralDemonym(demonym: string): string | null {
  return /^\p{Lu}/u.test(demonym) && !/(?:sh|ch|ese|ss|ic|z|ois|sy|que|otho|men|rn)$/u.test(demonym) ? `${demonym}s` : null;
}

/**
 * The parties an actor registry knows, for the scorer's target check: each actor with its names, demonyms (and their
 * plurals: "the Israelis"), metonyms and institutions, its officials' names under the actor's id, and the actors it governs.
 *
 * @example
 * registryParties(defaultActorRegistry()).find((p) => p.id === 'India')?.names.includes('New Delhi'); // true
 */
export function registryParties(registry: ActorRegistry): Party[] {
  const names = new Map<string, Set<string>>();
  const add = (id: string, list: readonly string[] | undefined): void => {
    let set = names.get(id);
    if (set === undefined) names.set(id, (set = new Set()));
    for (const n of list ?? []) if (n.trim() !== '') set.add(n);
  };
  for (const a of registry.actors) {
    add(a.id, a.names);
    add(a.id, a.demonyms);
    add(a.id, (a.demonyms ?? []).map(pluralDemonym).filter((d): d is string => d !== null));
    add(a.id, a.metonyms);
    add(a.id, a.institutions);
  }
  for (const o of registry.officials) add(o.actor, [o.id, ...o.aliases]);
  return [...names.entries()].map(([id, set]) => {
    const governs = registry.actor(id)?.governs ?? [];
    return governs.length === 0 ? { id, names: [...set].sort() } : { id, names: [...set].sort(), governs: [...governs] };
  });
}
