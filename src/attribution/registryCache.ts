import type { ActorRegistry } from './ActorRegistry';

/** A lookup that builds a value once per registry and key, then hands back the same one. */
export type RegistryCache<T> = (registry: ActorRegistry, key: string, make: () => T) => T;

/**
 * Values kept per registry (a registry never changes) and per key, at most `limit` keys per registry: past that the
 * registry's values start afresh, so a stream of ever-new keys (documents that each name their own target) stays
 * bounded. The registry's values go with it when it is no longer used.
 *
 * @example
 * const names = createRegistryCache<string[]>(64);
 * names(registry, 'Russia', () => registry.actor('Russia')?.names ?? []); // built once, then the same array
 */
export function createRegistryCache<T>(limit: number): RegistryCache<T> {
  const caches = new WeakMap<ActorRegistry, Map<string, T>>();
  return (registry, key, make) => {
    let cache = caches.get(registry);
    if (cache === undefined) caches.set(registry, (cache = new Map()));
    let value = cache.get(key);
    if (value === undefined) {
      value = make();
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
