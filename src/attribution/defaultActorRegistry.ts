import data from '../../data/actors.json';
import type { ActorRegistry } from './ActorRegistry';
import { createActorRegistry } from './createActorRegistry';

let shared: ActorRegistry | undefined;

/**
 * The registry shipped in `data/actors.json`: the states, organisations and movements of the founding case and of
 * the other contested regimes analysts follow, with Russian, Taliban and other officials. Built on first use (never at
 * import) and shared afterwards; it is immutable, so sharing cannot leak state.
 *
 * @example
 * defaultActorRegistry().resolveActor('the Kremlin')?.actor; // 'Russia'
 * defaultActorRegistry().resolveActor('Muttaqi')?.actor; // 'Taliban'
 */
export function defaultActorRegistry(): ActorRegistry {
  shared ??= createActorRegistry(data, { file: 'data/actors.json' });
  return shared;
}
