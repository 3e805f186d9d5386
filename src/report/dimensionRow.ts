import type { Dimension } from '../types';

/**
 * The `facet.row` definition shared by the timeline charts: one panel per dimension, in the given order, each
 * headed by the dimension's name.
 *
 * @example
 * dimensionRow(['engagement', 'recognition']).sort; // ['engagement', 'recognition']
 */
export function dimensionRow(dimensions: readonly Dimension[]): Record<string, unknown> {
  return {
    field: 'dimension',
    type: 'nominal',
    sort: [...dimensions],
    header: { title: null, labelAngle: 0, labelOrient: 'top', labelAnchor: 'start', labelPadding: 4 },
  };
}
