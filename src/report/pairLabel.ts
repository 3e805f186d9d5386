import type { Timeline } from '../types';

/**
 * The label of an actor-target pair in charts and legends.
 *
 * @example
 * pairLabel({ actor: 'Russia', target: 'Taliban' }); // 'Russia → Taliban'
 */
export function pairLabel(timeline: Pick<Timeline, 'actor' | 'target'>): string {
  return `${timeline.actor} → ${timeline.target}`;
}
