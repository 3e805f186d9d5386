import fc from 'fast-check';
import { timeline } from '../../src/stance/timeline';
import { phaseOf } from '../../src/scoring/phaseOf';
import { timelineRemarkKey } from '../../src/stance/timelineRemarkKey';
import { timelinePartial } from '../../src/stance/timelinePartial';
import { timelineMergePartials } from '../../src/stance/timelineMergePartials';
import { timelineFromPartial } from '../../src/stance/timelineFromPartial';
import { timelineParsePartial } from '../../src/stance/timelineParsePartial';
import { DEFAULT_QUOTE_WEIGHTS } from '../../src/stance/timelineWeights';
import { DataValidationError, InvalidOptionError } from '../../src/errors';
import type { DatedScore } from '../../src/types';
import { said } from './timelineHelpers';

const pair = { actor: 'Russia', target: 'Taliban' } as const;

describe('timeline: periods and estimates', () => {
  const statements = [
    said('2021-08-03', 0.8, 0, { text: 'We will keep talking to them.' }),
    said('2021-08-20', 0.2, -0.6, { quote: 'none', text: 'Moscow kept its embassy in Kabul open but ruled out recognition for now.' }),
    said('2021-10-05', -0.4, 0, { quote: 'reported', text: 'The envoy said talks were off for the moment.' }),
    said('2021-10-05', 0.5, 0, { actor: 'China', text: 'Beijing will engage with them.' }),
  ];
  const t = timeline(statements, { ...pair, interval: 'month' });

  it('lists every month from the first to the last, the empty one explicit with null means', () => {
    expect(t.points.map((p) => [p.period, p.start, p.end, p.n])).toEqual([
      ['2021-08', '2021-08-01', '2021-08-31', 2],
      ['2021-09', '2021-09-01', '2021-09-30', 0],
      ['2021-10', '2021-10-01', '2021-10-31', 1],
    ]);
    expect(t.points[1]?.engagement).toEqual({ mean: null, lo: null, hi: null, n: 0, weight: 0 });
    expect(t.points[1]?.phase).toBe('no signal');
  });

  it('weights statements by quote kind (direct 1, narration 0.6, reported 0.8)', () => {
    // August engagement: (1·0.8 + 0.6·0.2) / 1.6 = 0.575
    expect(t.points[0]?.engagement.mean).toBeCloseTo(0.575, 12);
    expect(t.points[0]?.engagement.weight).toBeCloseTo(1.6, 12);
    // recognition: only the narrated statement says anything (the other has label 0)
    expect(t.points[0]?.recognition).toMatchObject({ mean: -0.6, n: 1, weight: 0.6 });
    expect(t.points[2]?.engagement).toMatchObject({ n: 1, weight: 0.8 });
    expect(t.points[2]?.engagement.mean).toBeCloseTo(-0.4, 15); // (0.8 · −0.4) / 0.8, up to rounding
  });

  it('derives the phase from the period means', () => {
    expect(t.points.map((p) => p.phase)).toEqual(['engagement without recognition', 'no signal', 'isolation']);
  });

  it('ignores other pairs and keeps the data spelling of the names', () => {
    expect(t.points.reduce((s, p) => s + p.n, 0)).toBe(3);
    expect(timeline(statements, { actor: ' russia ', target: 'TALIBAN' }).actor).toBe('Russia');
  });

  it('gives a smoothed value in every period, gaps included, with an interval', () => {
    expect(t.smoothed).toHaveLength(3);
    for (const s of t.smoothed) {
      expect(s.engagement.mean).not.toBeNull();
      expect(s.engagement.lo as number).toBeLessThanOrEqual(s.engagement.mean as number);
      expect(s.engagement.hi as number).toBeGreaterThanOrEqual(s.engagement.mean as number);
    }
    expect(t.smoothed[1]?.threat.mean).toBeNull(); // no threat statement at all
  });

  it('has no change points on so little data, and does not throw', () => {
    expect(t.changePoints).toEqual([]);
    expect(t.shifts).toEqual([]);
  });

  it('covers from..to when asked, with empty periods at both ends', () => {
    const wide = timeline(statements, { ...pair, from: '2021-06-10', to: '2021-12-01' });
    expect(wide.points.map((p) => p.period)).toEqual(['2021-06', '2021-07', '2021-08', '2021-09', '2021-10', '2021-11', '2021-12']);
  });

  it('no statement for the pair: an empty timeline, not an error', () => {
    expect(timeline(statements, { actor: 'Iran', target: 'Taliban' }).points).toEqual([]);
  });
});

describe('phaseOf (codebook order)', () => {
  const cases: [number | null, number | null, string, string][] = [
    [-0.5, 0.5, 'isolation', 'engagement < 0 comes first in the codebook'],
    [-0.1, null, 'isolation', 'missing recognition counts as 0'],
    [0.6, -0.4, 'engagement without recognition', 'the archetype: talks, no recognition'],
    [0.6, 0, 'engagement without recognition', 'recognition <= 0'],
    [0.2, 0.3, 'toward recognition', 'recognition > 0'],
    [0, 0.3, 'toward recognition', 'recognition > 0 without engagement'],
    [0, 0, 'no signal', 'nothing'],
    [null, null, 'no signal', 'empty period'],
    [0, -0.5, 'no signal', 'withholding recognition alone is not a listed phase'],
  ];
  it.each(cases)('engagement %p, recognition %p -> %s (%s)', (e, r, phase) => {
    expect(phaseOf(e, r)).toBe(phase);
  });
});

describe('duplicates', () => {
  it('normalises the words of a remark', () => {
    expect(timelineRemarkKey(said('2021-10-20', 1, 0, { text: '“Talks are possible,” he said.' }))).toBe('2021-10-20|talks are possible he said');
    expect(timelineRemarkKey(said('2021-10-20', 1, 0))).toBeNull();
  });

  it('counts a remark repeated by several outlets on the same date once, with its best-attested copy', () => {
    const copies = [
      said('2021-10-20', 0.4, 0, { doc: 'b', quote: 'reported', text: 'Talks with the Taliban are possible.' }),
      said('2021-10-20', 0.6, 0, { doc: 'a', quote: 'direct', text: '"Talks with the Taliban are possible"' }),
      said('2021-10-20', 0.4, 0, { doc: 'c', quote: 'none', text: 'talks with the taliban are possible' }),
    ];
    const t = timeline(copies, pair);
    expect(t.points[0]).toMatchObject({ n: 1, engagement: { mean: 0.6, n: 1, weight: 1 } });
  });

  it('the same words on different dates are different remarks', () => {
    const t = timeline([said('2021-10-20', 0.5, 0, { text: 'Talks are possible.' }), said('2021-10-21', 0.5, 0, { text: 'Talks are possible.' })], pair);
    expect(t.points[0]?.n).toBe(2);
  });

  it('statements without text cannot be matched and all count', () => {
    expect(timeline([said('2021-10-20', 0.5, 0), said('2021-10-20', 0.5, 0)], pair).points[0]?.n).toBe(2);
  });
});

describe('weights option', () => {
  const s = [said('2021-01-05', 1, 0, { quote: 'direct' }), said('2021-01-06', 0, 0), said('2021-01-07', -1, 0, { quote: 'none' })];

  it('uses the defaults', () => {
    expect(DEFAULT_QUOTE_WEIGHTS).toEqual({ direct: 1, reported: 0.8, none: 0.6, unknown: 1 });
    // (1 − 0.6) / 1.6 = 0.25
    expect(timeline(s, pair).points[0]?.engagement.mean).toBeCloseTo(0.25, 12);
  });

  it('accepts per-kind numbers and functions', () => {
    expect(timeline(s, { ...pair, weights: { none: 1 } }).points[0]?.engagement.mean).toBe(0);
    expect(timeline(s, { ...pair, weights: (x: DatedScore) => (x.engagement.score > 0 ? 3 : 1) }).points[0]?.engagement.mean).toBeCloseTo(0.5, 12);
  });

  it.each([
    [{ none: 0 }, 'weights.none'],
    [{ direct: -1 }, 'weights.direct'],
    [{ narration: 1 }, 'weights.narration'],
  ])('rejects %j naming %s', (weights, name) => {
    expect(() => timeline(s, { ...pair, weights: weights as never })).toThrow(InvalidOptionError);
    expect(() => timeline(s, { ...pair, weights: weights as never })).toThrow(name);
  });

  it('rejects a weight function returning a non-positive number', () => {
    expect(() => timeline(s, { ...pair, weights: () => 0 })).toThrow(InvalidOptionError);
  });
});

describe('options and input validation', () => {
  const s = [said('2021-01-05', 1, 0)];
  it.each([
    [{ actor: '', target: 'Taliban' }, 'actor'],
    [{ actor: 'Russia', target: '  ' }, 'target'],
    [{ ...pair, interval: 'decade' }, 'interval'],
    [{ ...pair, from: '2021-02-30' }, 'from'],
    [{ ...pair, from: '2021-03-01', to: '2021-02-01' }, 'to'],
    [{ ...pair, methods: ['cusum'] }, 'methods'],
    [{ ...pair, level: 1.5 }, 'level'],
    [{ ...pair, changePoints: { penalty: 'aic' } }, 'penalty'],
    [{ ...pair, changePoints: { minSize: 0 } }, 'minSize'],
    [{ ...pair, levelVariance: -1 }, 'levelVariance'],
    [{ ...pair, shifts: { maxDrivers: -1 } }, 'maxDrivers'],
  ])('rejects %j naming %s, even on data too short to use it', (options, name) => {
    expect(() => timeline(s, options as never)).toThrow(InvalidOptionError);
    expect(() => timeline(s, options as never)).toThrow(name);
  });

  it.each([
    [{ date: '2021-13-01' }, 'date'],
    [{ engagement: { score: 2, label: 1 } }, 'engagement.score'],
    [{ recognition: { score: 0.5, label: 2 } }, 'recognition.label'],
  ])('a bad statement %j is a DataValidationError naming %s', (patch, what) => {
    const bad = { ...said('2021-01-05', 1, 0), ...patch } as DatedScore;
    expect(() => timeline([bad], pair)).toThrow(DataValidationError);
    expect(() => timeline([bad], pair)).toThrow(what);
  });
});

const arbStatement = fc
  .record({
    day: fc.integer({ min: 0, max: 400 }),
    e: fc.double({ min: -1, max: 1, noNaN: true }),
    r: fc.double({ min: -1, max: 1, noNaN: true }),
    quote: fc.constantFrom('direct' as const, 'reported' as const, 'none' as const),
    text: fc.option(fc.constantFrom('Talks are possible.', 'No recognition yet.', 'We met them.', 'Embassy stays open.'), { nil: undefined }),
    doc: fc.constantFrom('a', 'b', 'c'),
  })
  .map(({ day, e, r, quote, text, doc }) => {
    const date = new Date(Date.UTC(2021, 0, 1 + day)).toISOString().slice(0, 10);
    return said(date, e, r, { quote, doc, ...(text === undefined ? {} : { text }) });
  });

describe('timeline properties', () => {
  const options = { ...pair, interval: 'month' as const };

  it('every interval contains its estimate', () => {
    fc.assert(
      fc.property(fc.array(arbStatement, { minLength: 1, maxLength: 40 }), (s) => {
        for (const p of timeline(s, options).points) {
          for (const d of ['engagement', 'recognition'] as const) {
            const e = p[d];
            if (e.mean === null) continue;
            expect(e.lo as number).toBeLessThanOrEqual(e.mean);
            expect(e.hi as number).toBeGreaterThanOrEqual(e.mean);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the order of the statements changes nothing, byte for byte', () => {
    fc.assert(
      fc.property(fc.array(arbStatement, { minLength: 1, maxLength: 40 }), fc.array(fc.nat()), (s, keys) => {
        const shuffled = s.map((x, i) => [keys[i % Math.max(1, keys.length)] ?? i, i, x] as const).sort((a, b) => a[0] - b[0] || b[1] - a[1]).map((x) => x[2]);
        expect(JSON.stringify(timeline(shuffled, options))).toBe(JSON.stringify(timeline(s, options)));
      }),
      { numRuns: 60 },
    );
  });

  it('merging the partials of two halves gives the timeline of the whole, byte for byte (through JSON files too)', () => {
    fc.assert(
      fc.property(fc.array(arbStatement, { minLength: 1, maxLength: 40 }), fc.array(fc.boolean()), (s, sides) => {
        const left = s.filter((_, i) => sides[i] === true);
        const right = s.filter((_, i) => sides[i] !== true);
        const viaFile = (x: readonly DatedScore[]) => timelineParsePartial(JSON.parse(JSON.stringify(timelinePartial(x, options))), 'part.json');
        const merged = timelineFromPartial(timelineMergePartials([viaFile(right), viaFile(left)]));
        expect(JSON.stringify(merged)).toBe(JSON.stringify(timeline(s, options)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('partials', () => {
  it('a remark present in both partitions counts once after merging', () => {
    const a = [said('2021-10-20', 0.4, 0, { doc: 'x', quote: 'reported', text: 'Talks are possible.' })];
    const b = [said('2021-10-20', 0.6, 0, { doc: 'y', quote: 'direct', text: 'Talks are possible!' })];
    const merged = timelineFromPartial(timelineMergePartials([timelinePartial(a, pair), timelinePartial(b, pair)]));
    expect(merged.points[0]).toMatchObject({ n: 1, engagement: { mean: 0.6, weight: 1 } });
  });

  it('refuses to merge different pairs, intervals or weights', () => {
    const s = [said('2021-10-20', 0.4, 0)];
    const base = timelinePartial(s, pair);
    expect(() => timelineMergePartials([base, timelinePartial([{ ...s[0], actor: 'China' } as DatedScore], { actor: 'China', target: 'Taliban' })])).toThrow('actor');
    expect(() => timelineMergePartials([base, timelinePartial(s, { ...pair, interval: 'week' })])).toThrow('week');
    expect(() => timelineMergePartials([base, timelinePartial(s, { ...pair, weights: { none: 0.5 } })])).toThrow('weighted');
    expect(() => timelineMergePartials([])).toThrow(InvalidOptionError);
  });

  it.each([
    [null, '(root)'],
    [{ format: 'other' }, 'format'],
    [{ format: 'stance-shift/timeline-partial', version: 2 }, 'version'],
    [{ format: 'stance-shift/timeline-partial', version: 1, actor: 'A', target: 'B', interval: 'month', weights: null, periods: [{ period: 'x', start: 'a', end: 'b', n: 1, engagement: { n: 1, w: ['1'] } }] }, 'periods[0]'],
  ])('timelineParsePartial rejects %j naming %s', (value, entry) => {
    expect(() => timelineParsePartial(value, 'p.json')).toThrow(DataValidationError);
    expect(() => timelineParsePartial(value, 'p.json')).toThrow(entry);
  });
});
