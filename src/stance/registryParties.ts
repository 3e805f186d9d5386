import type { ActorRegistry } from '../attribution/ActorRegistry';
import { pluralDemonym } from '../attribution/pluralDemonym';
import type { Party } from '../scoring/createScorer';

/**
 * The parties an actor registry knows, for the scorer's target check: each actor with its names, demonyms (and their
 * plurals: "the Israelis"), metonyms and institutions, its officials' names under the actor's id (under their own when
 * they left office before another actor came to govern that state: Assad, not Syria, once HTS governs it), and the
 * actors it governs.
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
  // When another actor came to govern a state, the state's officials who left office by then are the old order, a
  // party of their own: "talks with Assad" are no contact with HTS, which governs Syria since Assad fell.
  const governedSince = new Map<string, string>();
  for (const a of registry.actors) if (a.governsSince !== undefined) for (const g of a.governs ?? []) governedSince.set(g, a.governsSince);
  for (const o of registry.officials) {
    const since = governedSince.get(o.actor);
    add(since !== undefined && typeof o.to === 'string' && o.to <= since ? o.id : o.actor, [o.id, ...o.aliases]);
  }
  return [...names.entries()].map(([id, set]) => {
    const governs = registry.actor(id)?.governs ?? [];
    return governs.length === 0 ? { id, names: [...set].sort() } : { id, names: [...set].sort(), governs: [...governs] };
  });
}
