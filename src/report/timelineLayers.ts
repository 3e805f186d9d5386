import { BAND_OPACITY } from './chartDefaults';

/** How the layers colour their marks: by dimension (one pair) or by pair (several actors on one panel). */
export interface TimelineColor {
  readonly field: 'dimension' | 'pair';
  readonly domain: readonly string[];
  readonly range: readonly string[];
  /** Show a legend (useful only when colour tells pairs apart). */
  readonly legend: boolean;
}

const kindIs = (kind: string): string => `datum.kind === '${kind}'`;

/**
 * The layers of one timeline panel, drawn from {@link timelineRows}: the smoothed interval band, the smoothed line,
 * each raw estimate with its interval as a vertical bar and a point sized by its number of statements, and each
 * change point as a dashed rule labelled with the size of its shift. Empty periods have no raw row, so they show
 * as gaps in the points while the smoothed line carries on through them.
 *
 * @example
 * timelineLayers({ field: 'dimension', domain: ['engagement'], range: ['#4c78a8'], legend: false }).length; // 6
 */
export function timelineLayers(color: TimelineColor): Record<string, unknown>[] {
  const colorEncoding = {
    field: color.field,
    type: 'nominal',
    scale: { domain: [...color.domain], range: [...color.range] },
    legend: color.legend ? { title: null, orient: 'top', symbolOpacity: 1, symbolType: 'circle' } : null,
  };
  const x = { field: 'date', type: 'temporal', scale: { type: 'utc', padding: 10 }, title: null };
  const y = {
    field: 'mean',
    type: 'quantitative',
    scale: { domain: [-1, 1], nice: false, clamp: true },
    title: null,
    axis: { values: [-1, -0.5, 0, 0.5, 1], gridColor: { condition: { test: 'datum.value === 0', value: '#9a9a9a' }, value: '#e6e6e6' } },
  };
  return [
    {
      transform: [{ filter: `${kindIs('smoothed')} && datum.lo !== null && datum.hi !== null` }],
      mark: { type: 'area', opacity: BAND_OPACITY },
      encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' }, color: colorEncoding, detail: { field: 'pair' } },
    },
    {
      transform: [{ filter: kindIs('smoothed') }],
      mark: { type: 'line', strokeWidth: 2 },
      encoding: { x, y, color: colorEncoding, detail: { field: 'pair' } },
    },
    {
      transform: [{ filter: `${kindIs('raw')} && datum.lo !== null && datum.hi !== null` }],
      mark: { type: 'rule', opacity: 0.45 },
      encoding: { x, y: { ...y, field: 'lo' }, y2: { field: 'hi' }, color: colorEncoding },
    },
    {
      transform: [{ filter: kindIs('raw') }],
      mark: { type: 'point', filled: true, opacity: 0.9 },
      encoding: {
        x,
        y,
        color: colorEncoding,
        size: { field: 'n', type: 'quantitative', scale: { range: [16, 140], zero: false }, legend: null },
        tooltip: [
          { field: 'pair', title: 'pair' },
          { field: 'period', title: 'period' },
          { field: 'mean', title: 'mean', format: '+.2f' },
          { field: 'lo', title: 'low', format: '+.2f' },
          { field: 'hi', title: 'high', format: '+.2f' },
          { field: 'n', title: 'statements' },
        ],
      },
    },
    {
      transform: [{ filter: kindIs('change') }],
      mark: { type: 'rule', strokeDash: [4, 3], color: '#444444', strokeWidth: 1.2 },
      encoding: {
        x,
        tooltip: [
          { field: 'date', title: 'change from' },
          { field: 'method', title: 'method' },
          { field: 'confidence', title: 'confidence', format: '.2f' },
          { field: 'summary', title: 'shift' },
        ],
      },
    },
    {
      transform: [{ filter: `${kindIs('change')} && datum.shift !== ''` }],
      mark: { type: 'text', align: 'left', baseline: 'top', dx: 3, dy: 2, fontSize: 10, color: '#333333' },
      encoding: { x, y: { value: 0 }, text: { field: 'shift' } },
    },
  ];
}
