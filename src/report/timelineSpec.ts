import { InvalidOptionError } from '../errors';
import { DIMENSIONS, type Dimension, type Timeline } from '../types';
import { DIMENSION_COLORS, TIMELINE_HEIGHT, TIMELINE_WIDTH, VEGA_LITE_SCHEMA } from './chartDefaults';
import { chartConfig } from './chartConfig';
import { dimensionRow } from './dimensionRow';
import { timelineLayers } from './timelineLayers';
import { pairLabel } from './pairLabel';
import { timelineRows } from './timelineRows';
import { checkDimensions } from './checkDimensions';
import { checkSize } from './checkSize';
import type { VegaLiteSpec } from './VegaLiteSpec';

/** Options of {@link timelineSpec}. */
export interface TimelineSpecOptions {
  /** Dimensions to draw, one panel each, in this order. Default: engagement, recognition, threat. */
  readonly dimensions?: readonly Dimension[];
  /** Width of each panel in pixels. Default {@link TIMELINE_WIDTH}. */
  readonly width?: number;
  /** Height of each panel in pixels. Default {@link TIMELINE_HEIGHT}. */
  readonly height?: number;
  /** Chart title. Default: `<actor> → <target>`; an empty string draws none. */
  readonly title?: string;
}

/**
 * A Vega-Lite chart of one actor-target timeline: one panel per dimension on a shared time axis, each with the
 * smoothed series and its interval band, the raw period estimates with their intervals (point size grows with the
 * number of statements; empty periods are gaps), and the change points as dashed rules labelled with the shift.
 * Pure: the timeline is copied into the spec's inline data, so the spec renders anywhere Vega-Lite does.
 *
 * @example
 * const spec = timelineSpec(timeline, { dimensions: ['engagement', 'recognition'] });
 * spec.$schema; // 'https://vega.github.io/schema/vega-lite/v6.json'
 * await renderSvg(spec); // '<svg ...'
 */
export function timelineSpec(timeline: Timeline, options: TimelineSpecOptions = {}): VegaLiteSpec {
  const dimensions = checkDimensions(options.dimensions ?? DIMENSIONS);
  const width = checkSize('width', options.width ?? TIMELINE_WIDTH);
  const height = checkSize('height', options.height ?? TIMELINE_HEIGHT);
  if (options.title !== undefined && typeof options.title !== 'string') throw new InvalidOptionError('title', 'expected a string.');
  const title = options.title ?? pairLabel(timeline);
  return {
    $schema: VEGA_LITE_SCHEMA,
    ...(title === '' ? {} : { title }),
    data: { values: timelineRows([timeline], dimensions) },
    facet: { row: dimensionRow(dimensions) },
    spacing: 12,
    spec: {
      width,
      height,
      layer: timelineLayers({
        field: 'dimension',
        domain: [...dimensions],
        range: dimensions.map((d) => DIMENSION_COLORS[d]),
        legend: false,
      }),
    },
    resolve: { scale: { x: 'shared', y: 'shared' } },
    config: chartConfig(),
  };
}
