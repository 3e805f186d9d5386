import { createActorRegistry } from '../../src/attribution/createActorRegistry';
import { defaultActorRegistry } from '../../src/attribution/defaultActorRegistry';
import { createRegistryCache } from '../../src/attribution/registryCache';

describe('createRegistryCache', () => {
  it('builds a value once per registry and key', () => {
    const cache = createRegistryCache<{ key: string }>(8);
    const registry = defaultActorRegistry();
    let built = 0;
    const make = (key: string) => () => ({ key: `${key}${(built += 1)}` });
    const first = cache(registry, 'a', make('a'));
    expect(cache(registry, 'a', make('a'))).toBe(first);
    expect(cache(registry, 'b', make('b'))).toEqual({ key: 'b2' });
    const other = createActorRegistry({ actors: [{ id: 'Ruritania', kind: 'state', names: ['Ruritania'] }] });
    expect(cache(other, 'a', make('a'))).toEqual({ key: 'a3' });
    expect(built).toBe(3);
  });

  it('starts a registry afresh past its limit of keys', () => {
    const cache = createRegistryCache<number>(2);
    const registry = defaultActorRegistry();
    let built = 0;
    const make = () => (built += 1);
    cache(registry, 'a', make);
    cache(registry, 'b', make);
    cache(registry, 'c', make); // clears a and b
    expect(cache(registry, 'c', make)).toBe(3);
    expect(cache(registry, 'a', make)).toBe(4);
  });
});
