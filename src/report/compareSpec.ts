import { InvalidOptionError } from '../errors';
import { DIMENSIONS, type Dimension, type Timeline } from '../types';
import { DIMENSION_COLORS, TIMELINE_HEIGHT, TIMELINE_WIDTH, VEGA_LITE_SCHEMA } from './chartDefaults';
import { chartConfig } from './chartConfig';
import { timelineLayers } from './timelineLayers';
import { pairLabel } from './pairLabel';
import { timelineRows } from './timelineRows';
import { dimensionRow } from './dimensionRow';
import { checkDimensions } from './checkDimensions';
import { checkSize } from './checkSize';
import type { VegaLiteSpec } from './VegaLiteSpec';

/**
 * Colours for actor-target pairs on a shared panel (Tableau 10): the first pair gets the first colour. More pairs
 * than colours reuse them, so keep comparisons to ten pairs or use the `columns` layout.
 */
export const PAIR_COLORS: readonly string[] = ['#4c78a8', '#f58518', '#e45756', '#72b7b2', '#54a24b', '#eeca3b', '#b279a2', '#ff9da6', '#9d755d', '#bab0ac'];

/** Options of {@link compareSpec}. */
export interface CompareSpecOptions {
  /** `layered`: the pairs share each dimension's panel, one colour each (default). `columns`: one column per pair. */
  readonly layout?: 'layered' | 'columns';
  /** Dimensions to draw, one row of panels each. Default: engagement, recognition, threat. */
  readonly dimensions?: readonly Dimension[];
  /** Width of each panel in pixels. Default {@link TIMELINE_WIDTH} when layered, half of it in columns. */
  readonly width?: number;
  /** Height of each panel in pixels. Default {@link TIMELINE_HEIGHT}. */
  readonly height?: number;
  /** Chart title; an empty string (the default) draws none. */
  readonly title?: string;
}

/**
 * A Vega-Lite chart comparing several actor-target timelines on the same time axis: either layered (each
 * dimension's panel holds every pair, coloured, with a legend) or side by side (one column per pair, one row per
 * dimension). Each pair is drawn as in {@link timelineSpec}: smoothed band and line, raw points, change points.
 * Pairs must have distinct labels (`actor → target`).
 *
 * @example
 * const spec = compareSpec([russia, china], { layout: 'columns', dimensions: ['engagement'] });
 * await renderSvg(spec); // '<svg ...'
 */
export function compareSpec(timelines: readonly Timeline[], options: CompareSpecOptions = {}): VegaLiteSpec {
  if (!Array.isArray(timelines) || timelines.length === 0) throw new InvalidOptionError('timelines', 'give at least one timeline to compare.');
  const layout = options.layout ?? 'layered';
  if (layout !== 'layered' && layout !== 'columns') throw new InvalidOptionError('layout', `expected "layered" or "columns", got ${JSON.stringify(layout)}.`);
  const dimensions = checkDimensions(options.dimensions ?? DIMENSIONS);
  const width = checkSize('width', options.width ?? (layout === 'layered' ? TIMELINE_WIDTH : Math.round(TIMELINE_WIDTH / 2)));
  const height = checkSize('height', options.height ?? TIMELINE_HEIGHT);
  if (options.title !== undefined && typeof options.title !== 'string') throw new InvalidOptionError('title', 'expected a string.');
  const pairs = timelines.map(pairLabel);
  const duplicate = pairs.find((p, i) => pairs.indexOf(p) !== i);
  if (duplicate !== undefined) throw new InvalidOptionError('timelines', `the pair "${duplicate}" is given twice.`);
  const title = options.title ?? '';

  const color =
    layout === 'layered'
      ? { field: 'pair' as const, domain: pairs, range: pairs.map((_, i) => PAIR_COLORS[i % PAIR_COLORS.length] as string), legend: true }
      : { field: 'dimension' as const, domain: [...dimensions], range: dimensions.map((d) => DIMENSION_COLORS[d]), legend: false };
  const column = { field: 'pair', type: 'nominal', sort: pairs, header: { title: null, labelOrient: 'top', labelAnchor: 'start' } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    ...(title === '' ? {} : { title }),
    data: { values: timelineRows(timelines, dimensions) },
    facet: layout === 'layered' ? { row: dimensionRow(dimensions) } : { row: dimensionRow(dimensions), column },
    spacing: 12,
    spec: { width, height, layer: timelineLayers(color) },
    resolve: { scale: { x: 'shared', y: 'shared' } },
    config: chartConfig(),
  };
}
