import fc from 'fast-check';
import { InvalidOptionError } from '../../src/errors';
import { compareSpec } from '../../src/report/compareSpec';
import { planeSpec } from '../../src/report/planeSpec';
import { timelineRows, type TimelineChartRow } from '../../src/report/timelineRows';
import { timelineSpec } from '../../src/report/timelineSpec';
import type { Estimate, Timeline, TimelinePoint } from '../../src/types';
import { secondTimeline, seedTimeline } from './fixtures/seedTimeline';

type AnyRecord = Record<string, unknown>;
const layersOf = (spec: AnyRecord): AnyRecord[] => ((spec.spec as AnyRecord).layer as AnyRecord[]);
const valuesOf = (spec: AnyRecord): TimelineChartRow[] => (spec.data as { values: TimelineChartRow[] }).values;

describe('timelineSpec', () => {
  const spec = timelineSpec(seedTimeline);

  it('declares the Vega-Lite 6 schema and one facet row per dimension, in the given order', () => {
    expect(spec.$schema).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    const row = (spec.facet as AnyRecord).row as AnyRecord;
    expect(row.field).toBe('dimension');
    expect(row.sort).toEqual(['engagement', 'recognition', 'threat']);
    const two = timelineSpec(seedTimeline, { dimensions: ['recognition', 'engagement'] });
    expect(((two.facet as AnyRecord).row as AnyRecord).sort).toEqual(['recognition', 'engagement']);
    expect(new Set(valuesOf(two).map((r) => r.dimension))).toEqual(new Set(['recognition', 'engagement']));
  });

  it('draws a band, a smoothed line, interval rules, raw points and change-point rules with labels', () => {
    const marks = layersOf(spec).map((l) => (l.mark as AnyRecord).type);
    expect(marks).toEqual(['area', 'line', 'rule', 'point', 'rule', 'text']);
    const band = layersOf(spec)[0] as AnyRecord;
    expect((band.encoding as AnyRecord).y2).toEqual({ field: 'hi' });
  });

  it('leaves empty periods out of the raw rows but keeps every smoothed period', () => {
    const rows = valuesOf(spec);
    const raw = rows.filter((r) => r.kind === 'raw' && r.dimension === 'engagement');
    const smoothed = rows.filter((r) => r.kind === 'smoothed' && r.dimension === 'engagement');
    // Two quarters of the fixture are empty: 12 periods, 10 raw estimates.
    expect(raw).toHaveLength(10);
    expect(smoothed).toHaveLength(12);
    expect(raw.map((r) => r.kind === 'raw' && r.period)).not.toContain('2022-Q1');
  });

  it('puts each change point on its own dimension, labelled with the explained shift', () => {
    const changes = valuesOf(spec).filter((r) => r.kind === 'change');
    expect(changes).toEqual([
      expect.objectContaining({ dimension: 'engagement', date: '2021-10-01', method: 'bocpd', shift: '+0.17' }),
      expect.objectContaining({ dimension: 'recognition', date: '2023-10-01', method: 'pelt', shift: '+0.70' }),
    ]);
  });

  it('is plain JSON and deterministic', () => {
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    expect(JSON.stringify(timelineSpec(seedTimeline))).toBe(JSON.stringify(spec));
  });

  it('titles the chart with the pair unless told otherwise', () => {
    expect(spec.title).toBe('Russia → Taliban');
    expect(timelineSpec(seedTimeline, { title: '' }).title).toBeUndefined();
  });

  it.each([
    ['no dimension', { dimensions: [] }, 'dimensions'],
    ['an unknown dimension', { dimensions: ['trust'] }, 'dimensions'],
    ['a repeated dimension', { dimensions: ['engagement', 'engagement'] }, 'dimensions'],
    ['a negative width', { width: -5 }, 'width'],
    ['a NaN height', { height: Number.NaN }, 'height'],
    ['a title that is not text', { title: 3 }, 'title'],
  ])('rejects %s, naming the option', (_why, options, option) => {
    expect(() => timelineSpec(seedTimeline, options as never)).toThrow(InvalidOptionError);
    expect(() => timelineSpec(seedTimeline, options as never)).toThrow(`"${option}"`);
  });
});

describe('timelineRows (property)', () => {
  const estimate = fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: null }).map(
    (mean): Estimate => (mean === null ? { mean: null, lo: null, hi: null, n: 0, weight: 0 } : { mean, lo: mean - 0.1, hi: mean + 0.1, n: 1, weight: 1 }),
  );
  const point = fc.record({ engagement: estimate, recognition: estimate, threat: estimate });
  const timelineArb = fc.array(point, { maxLength: 20 }).map(
    (ps): Timeline => {
      const points: TimelinePoint[] = ps.map((p, i) => ({ period: `P${i}`, start: `2020-01-${String(i + 1).padStart(2, '0')}`, end: `2020-01-${String(i + 1).padStart(2, '0')}`, n: 1, phase: 'no signal', ...p }));
      return { actor: 'A', target: 'B', interval: 'day', points, smoothed: points, changePoints: [], shifts: [] };
    },
  );

  it('has one raw row per defined mean, never a null or non-finite mean', () => {
    fc.assert(
      fc.property(timelineArb, (t) => {
        const rows = timelineRows([t], ['engagement', 'recognition', 'threat']);
        const defined = t.points.reduce((s, p) => s + [p.engagement, p.recognition, p.threat].filter((e) => e.mean !== null).length, 0);
        expect(rows.filter((r) => r.kind === 'raw')).toHaveLength(defined);
        for (const r of rows) if (r.kind !== 'change') expect(Number.isFinite(r.mean)).toBe(true);
      }),
    );
  });
});

describe('planeSpec', () => {
  const spec = planeSpec(seedTimeline);
  const layers = spec.layer as AnyRecord[];
  const trajectory = layers.find((l) => (l.mark as AnyRecord).type === 'line') as AnyRecord;
  const rows = (trajectory.data as { values: { period: string; order: number; last: boolean }[] }).values;

  it('shades and names the three phase regions of the codebook', () => {
    const regions = (layers[0]?.data as { values: { phase: string }[] }).values.map((r) => r.phase);
    expect(regions).toEqual(['isolation', 'engagement without recognition', 'toward recognition']);
    expect((layers[1]?.mark as AnyRecord).type).toBe('text');
  });

  it('draws the trajectory through the periods in time order, skipping periods without both means', () => {
    expect(rows.map((r) => r.period)).toEqual(['2021-Q3', '2021-Q4', '2022-Q2', '2022-Q3', '2022-Q4', '2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2']);
    expect(rows.map((r) => r.order)).toEqual(rows.map((_, i) => i));
    expect((trajectory.encoding as AnyRecord).order).toEqual({ field: 'order', type: 'quantitative' });
    expect(rows.filter((r) => r.last).map((r) => r.period)).toEqual(['2024-Q2']);
  });

  it('can place the smoothed series, which has every period', () => {
    const smoothed = planeSpec(seedTimeline, { series: 'smoothed' });
    const line = (smoothed.layer as AnyRecord[]).find((l) => (l.mark as AnyRecord).type === 'line') as AnyRecord;
    expect((line.data as { values: unknown[] }).values).toHaveLength(12);
  });

  it('drops the period labels when asked', () => {
    const without = planeSpec(seedTimeline, { labels: false });
    expect((without.layer as AnyRecord[]).length).toBe(layers.length - 1);
  });

  it.each([
    ['an unknown series', { series: 'mean' }, 'series'],
    ['a zero size', { size: 0 }, 'size'],
    ['labels that are not a boolean', { labels: 'yes' }, 'labels'],
  ])('rejects %s, naming the option', (_why, options, option) => {
    expect(() => planeSpec(seedTimeline, options as never)).toThrow(`"${option}"`);
  });
});

describe('planeSpec (property)', () => {
  const mean = fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: null });
  it('places exactly the periods with both means, in time order, the last one marked', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(mean, mean), { maxLength: 15 }), (pairs) => {
        const est = (m: number | null): Estimate => ({ mean: m, lo: m, hi: m, n: m === null ? 0 : 1, weight: m === null ? 0 : 1 });
        const points: TimelinePoint[] = pairs.map(([e, r], i) => ({
          period: `P${String(i).padStart(2, '0')}`, start: '2020-01-01', end: '2020-01-01', n: 1, phase: 'no signal',
          engagement: est(e), recognition: est(r), threat: est(null),
        }));
        const spec = planeSpec({ actor: 'A', target: 'B', interval: 'day', points, smoothed: points, changePoints: [], shifts: [] });
        const line = (spec.layer as AnyRecord[]).find((l) => (l.mark as AnyRecord).type === 'line') as AnyRecord;
        const rows = (line.data as { values: { period: string; last: boolean }[] }).values;
        const expected = points.filter((p) => p.engagement.mean !== null && p.recognition.mean !== null).map((p) => p.period);
        expect(rows.map((r) => r.period)).toEqual(expected);
        expect(rows.filter((r) => r.last).length).toBe(expected.length === 0 ? 0 : 1);
      }),
    );
  });
});

describe('compareSpec', () => {
  it('layers the pairs on shared panels with one colour and a legend entry each', () => {
    const spec = compareSpec([seedTimeline, secondTimeline], { dimensions: ['engagement'] });
    const color = ((layersOf(spec)[1] as AnyRecord).encoding as AnyRecord).color as AnyRecord;
    expect(color.field).toBe('pair');
    expect((color.scale as AnyRecord).domain).toEqual(['Russia → Taliban', 'China → Taliban']);
    expect(color.legend).not.toBeNull();
    expect(new Set(valuesOf(spec).map((r) => r.pair))).toEqual(new Set(['Russia → Taliban', 'China → Taliban']));
  });

  it('puts the pairs side by side in columns when asked', () => {
    const spec = compareSpec([seedTimeline, secondTimeline], { layout: 'columns' });
    const column = (spec.facet as AnyRecord).column as AnyRecord;
    expect(column.field).toBe('pair');
    expect(column.sort).toEqual(['Russia → Taliban', 'China → Taliban']);
  });

  it.each([
    ['no timeline', [], {}, 'timelines'],
    ['the same pair twice', [seedTimeline, seedTimeline], {}, 'timelines'],
    ['an unknown layout', [seedTimeline], { layout: 'grid' }, 'layout'],
  ])('rejects %s, naming the option', (_why, timelines, options, option) => {
    expect(() => compareSpec(timelines as Timeline[], options as never)).toThrow(`"${option}"`);
  });
});
