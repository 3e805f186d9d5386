import { InvalidOptionError } from '../errors';
import type { Timeline } from '../types';
import { PHASE_COLORS, PLANE_SIZE, VEGA_LITE_SCHEMA } from './chartDefaults';
import { chartConfig } from './chartConfig';
import { pairLabel } from './pairLabel';
import { checkSize } from './checkSize';
import type { VegaLiteSpec } from './VegaLiteSpec';

/** Options of {@link planeSpec}. */
export interface PlaneSpecOptions {
  /** Which series to place: the raw period estimates (default) or the smoothed ones (defined in every period). */
  readonly series?: 'raw' | 'smoothed';
  /** Side of the square plot in pixels. Default {@link PLANE_SIZE}. */
  readonly size?: number;
  /** Chart title. Default: `<actor> → <target>: engagement and recognition`; an empty string draws none. */
  readonly title?: string;
  /** Write each period's label beside its point. Default true. */
  readonly labels?: boolean;
}

const AXIS = { values: [-1, -0.5, 0, 0.5, 1] };

/**
 * The three phase regions of the codebook on the plane, as rectangles in data coordinates, each named at the top
 * left of its region (just under the axis for the lower right one: periods often sit at recognition −1, where a
 * name at the bottom would hide them).
 */
const REGIONS = [
  { phase: 'isolation', x: -1, x2: 0, y: -1, y2: 1, lx: -0.97, ly: 0.99 },
  { phase: 'engagement without recognition', x: 0, x2: 1, y: -1, y2: 0, lx: 0.03, ly: -0.01 },
  { phase: 'toward recognition', x: 0, x2: 1, y: 0, y2: 1, lx: 0.03, ly: 0.99 },
] as const;

/**
 * A Vega-Lite chart of the engagement-recognition plane: engagement across, recognition up, the codebook's phase
 * regions shaded and named (isolation left of the axis; engagement without recognition lower right; toward
 * recognition upper right), each period a point labelled with its period, and the trajectory drawn through the
 * periods in time order with an arrowhead-like final point, so that a shift of stance is a visible move across a
 * region border. Periods without a mean on either dimension are left out of the trajectory.
 *
 * @example
 * const spec = planeSpec(timeline, { series: 'smoothed' });
 * await renderSvg(spec); // '<svg ...'
 */
export function planeSpec(timeline: Timeline, options: PlaneSpecOptions = {}): VegaLiteSpec {
  const series = options.series ?? 'raw';
  if (series !== 'raw' && series !== 'smoothed') throw new InvalidOptionError('series', `expected "raw" or "smoothed", got ${JSON.stringify(series)}.`);
  const size = checkSize('size', options.size ?? PLANE_SIZE);
  if (options.title !== undefined && typeof options.title !== 'string') throw new InvalidOptionError('title', 'expected a string.');
  const labels = options.labels ?? true;
  if (typeof labels !== 'boolean') throw new InvalidOptionError('labels', 'expected true or false.');
  const title = options.title ?? `${pairLabel(timeline)}: engagement and recognition`;

  const points = (series === 'raw' ? timeline.points : timeline.smoothed).flatMap((p) => {
    const e = p.engagement.mean;
    const r = p.recognition.mean;
    if (e === null || r === null || !Number.isFinite(e) || !Number.isFinite(r)) return [];
    return [{ period: p.period, date: p.start, engagement: e, recognition: r, phase: p.phase }];
  });
  const rows = points.map((p, order) => ({ ...p, order, last: order === points.length - 1 }));
  const x = { field: 'engagement', type: 'quantitative', scale: { domain: [-1, 1], nice: false, clamp: true }, title: 'engagement', axis: AXIS };
  const y = { field: 'recognition', type: 'quantitative', scale: { domain: [-1, 1], nice: false, clamp: true }, title: 'recognition', axis: AXIS };
  const region = (key: 'x' | 'y') => ({ field: key, type: 'quantitative', scale: (key === 'x' ? x : y).scale, title: (key === 'x' ? x : y).title, axis: AXIS });

  return {
    $schema: VEGA_LITE_SCHEMA,
    ...(title === '' ? {} : { title }),
    width: size,
    height: size,
    layer: [
      {
        data: { values: REGIONS.map((r) => ({ ...r })) },
        mark: { type: 'rect', opacity: 0.7 },
        encoding: {
          x: region('x'),
          x2: { field: 'x2' },
          y: region('y'),
          y2: { field: 'y2' },
          color: { field: 'phase', type: 'nominal', scale: { domain: REGIONS.map((r) => r.phase), range: REGIONS.map((r) => PHASE_COLORS[r.phase]) }, legend: null },
        },
      },
      {
        data: { values: REGIONS.map((r) => ({ ...r })) },
        mark: { type: 'text', align: 'left', baseline: 'top', dy: 2, fontSize: 10, fontStyle: 'italic', color: '#555555' },
        encoding: {
          x: { field: 'lx', type: 'quantitative' },
          y: { field: 'ly', type: 'quantitative' },
          text: { field: 'phase' },
        },
      },
      {
        data: { values: rows },
        mark: { type: 'line', color: '#333333', strokeWidth: 1.5, opacity: 0.7, point: false },
        encoding: { x, y, order: { field: 'order', type: 'quantitative' } },
      },
      {
        data: { values: rows },
        mark: { type: 'point', filled: true, stroke: '#222222', strokeWidth: 0.8 },
        encoding: {
          x,
          y,
          color: { field: 'order', type: 'quantitative', scale: { scheme: 'blues' }, legend: null },
          size: { condition: { test: 'datum.last', value: 140 }, value: 50 },
          shape: { condition: { test: 'datum.last', value: 'diamond' }, value: 'circle' },
          tooltip: [
            { field: 'period', title: 'period' },
            { field: 'engagement', title: 'engagement', format: '+.2f' },
            { field: 'recognition', title: 'recognition', format: '+.2f' },
            { field: 'phase', title: 'phase' },
          ],
        },
      },
      ...(labels
        ? [
            {
              data: { values: rows },
              mark: { type: 'text', align: 'left', dx: 6, dy: -6, fontSize: 9, color: '#222222' },
              encoding: { x, y, text: { field: 'period' } },
            },
          ]
        : []),
      {
        data: { values: [{ v: 0 }] },
        mark: { type: 'rule', color: '#888888' },
        encoding: { x: { field: 'v', type: 'quantitative' } },
      },
      {
        data: { values: [{ v: 0 }] },
        mark: { type: 'rule', color: '#888888' },
        encoding: { y: { field: 'v', type: 'quantitative' } },
      },
    ],
    config: chartConfig(),
  };
}
