import type { Dimension, Estimate, Timeline } from '../types';
import { formatSigned } from './formatSigned';
import { pairLabel } from './pairLabel';

/** One row of chart data: a raw or smoothed estimate, or a change point, of one pair on one dimension. */
export type TimelineChartRow =
  | {
      readonly pair: string;
      readonly dimension: Dimension;
      readonly kind: 'raw' | 'smoothed';
      readonly period: string;
      /** The period's first day (ISO date): where the estimate is drawn. */
      readonly date: string;
      readonly mean: number;
      readonly lo: number | null;
      readonly hi: number | null;
      readonly n: number;
    }
  | {
      readonly pair: string;
      readonly dimension: Dimension;
      readonly kind: 'change';
      readonly date: string;
      readonly method: string;
      readonly confidence: number;
      /** The shift found at this change point (`+1.20`), or an empty string when none was explained. */
      readonly shift: string;
      readonly summary: string;
    };

function estimateRow(estimate: Estimate): { mean: number; lo: number | null; hi: number | null; n: number } | null {
  if (estimate.mean === null || !Number.isFinite(estimate.mean)) return null;
  const finite = (v: number | null): number | null => (v === null || !Number.isFinite(v) ? null : v);
  return { mean: estimate.mean, lo: finite(estimate.lo), hi: finite(estimate.hi), n: estimate.n };
}

/**
 * Flattens timelines into the rows the timeline and comparison charts draw: for each pair and dimension, the raw
 * estimates (periods without a mean are left out: the chart shows a gap), the smoothed estimates and the change
 * points, with the explained shift when there is one. Rows keep the timelines' order, so output is deterministic.
 *
 * @example
 * timelineRows([timeline], ['engagement']).filter((r) => r.kind === 'change').length; // change points on engagement
 */
export function timelineRows(timelines: readonly Timeline[], dimensions: readonly Dimension[]): TimelineChartRow[] {
  const rows: TimelineChartRow[] = [];
  for (const timeline of timelines) {
    const pair = pairLabel(timeline);
    for (const dimension of dimensions) {
      for (const [kind, points] of [['raw', timeline.points], ['smoothed', timeline.smoothed]] as const) {
        for (const point of points) {
          const estimate = estimateRow(point[dimension]);
          if (estimate !== null) rows.push({ pair, dimension, kind, period: point.period, date: point.start, ...estimate });
        }
      }
      for (const change of timeline.changePoints) {
        if (change.dimension !== dimension) continue;
        const shift = timeline.shifts.find((s) => s.dimension === dimension && s.date === change.date && s.method === change.method);
        rows.push({
          pair,
          dimension,
          kind: 'change',
          date: change.date,
          method: change.method,
          confidence: change.confidence,
          shift: shift === undefined ? '' : formatSigned(shift.size),
          summary: shift?.summary ?? '',
        });
      }
    }
  }
  return rows;
}
