import { timeline } from '../../src/stance/timeline';
import { shifts } from '../../src/stance/shifts';
import { timelinePartial } from '../../src/stance/timelinePartial';
import { timelineChangeProbability } from '../../src/stance/timelineChangeProbability';
import { InvalidOptionError } from '../../src/errors';
import type { DatedScore } from '../../src/types';
import { said } from './timelineHelpers';

const pair = { actor: 'Russia', target: 'Taliban' } as const;

/**
 * Six months at −0.8 (two direct quotes a month), then six months at +0.7 (0.9 and 0.5 each month): one shift of
 * +1.5 in engagement at 2021-07; recognition says nothing.
 */
function turn(): DatedScore[] {
  const out: DatedScore[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = String(m).padStart(2, '0');
    if (m <= 6) {
      out.push(said(`2021-${month}-05`, -0.8, 0, { text: `Moscow will not deal with the movement (${month}).`, doc: `d${month}` }));
      out.push(said(`2021-${month}-20`, -0.8, 0, { text: `No contact with them is planned (${month}).`, doc: `d${month}` }));
    } else {
      out.push(said(`2021-${month}-05`, 0.9, 0, { text: `Russia will host a Taliban delegation (${month}).`, doc: `d${month}` }));
      out.push(said(`2021-${month}-20`, 0.5, 0, { text: `Contacts with them continue (${month}).`, doc: `d${month}` }));
    }
  }
  return out;
}

describe('shifts', () => {
  const t = timeline(turn(), { ...pair, interval: 'month' });

  it('both methods find the turn in engagement at 2021-07 and nothing elsewhere', () => {
    expect(t.changePoints.map((c) => [c.method, c.dimension, c.date, c.index])).toEqual([
      ['pelt', 'engagement', '2021-07-01', 6],
      ['bocpd', 'engagement', '2021-07-01', 6],
    ]);
    expect(t.changePoints[0]?.dateRange).toEqual({ start: '2021-06-01', end: '2021-07-31' });
  });

  it('explains the PELT change: levels, size, confidence, drivers and a one-sentence summary', () => {
    expect(t.shifts).toHaveLength(1);
    const s = t.shifts[0];
    expect(s).toMatchObject({ dimension: 'engagement', date: '2021-07-01', method: 'pelt' });
    expect(s?.before).toBeCloseTo(-0.8, 12);
    expect(s?.after).toBeCloseTo(0.7, 12);
    expect(s?.size).toBeCloseTo(1.5, 12);
    expect(s?.confidence).toBe(t.changePoints[0]?.confidence);
    // Contribution of a statement after the change: w (x − before) / (W_after · size), W_after = 12:
    // 0.9 → 1.7 / 18 = 0.0944; 0.5 → 1.3 / 18 = 0.0722. Drivers come from the first two observed periods
    // (July, August), ties broken by date.
    expect(s?.drivers.map((d) => [d.date, d.score])).toEqual([
      ['2021-07-05', 0.9],
      ['2021-08-05', 0.9],
      ['2021-07-20', 0.5],
    ]);
    expect(s?.drivers[0]?.contribution).toBeCloseTo(1.7 / 18, 12);
    expect(s?.drivers[2]?.contribution).toBeCloseTo(1.3 / 18, 12);
    expect(s?.drivers[0]?.doc).toBe('d07');
    expect(s?.summary).toBe("Between 2021-06 and 2021-07 Russia's engagement rose from -0.8 to +0.7: 'Russia will host a Taliban delegation (07).'");
  });

  it('the shares of all after-change statements sum to 1', () => {
    const all = timeline(turn(), { ...pair, shifts: { maxDrivers: 100, driverWindow: 6 } }).shifts[0];
    expect(all?.drivers.reduce((sum, d) => sum + d.contribution, 0)).toBeCloseTo(1, 12);
  });

  it('explains BOCPD change points when BOCPD is listed first', () => {
    const b = timeline(turn(), { ...pair, methods: ['bocpd', 'pelt'] });
    expect(b.shifts.map((s) => [s.method, s.date])).toEqual([['bocpd', '2021-07-01']]);
    expect(b.shifts[0]?.confidence).toBeGreaterThan(0.5);
  });

  it('a fall reads "fell", and a shift without text ends the sentence with a full stop', () => {
    const reversed = turn().map((s) => ({ ...s, engagement: { score: -s.engagement.score, label: -s.engagement.label as -1 | 1 }, text: undefined }));
    const r = timeline(reversed, pair).shifts[0];
    expect(r?.summary).toBe("Between 2021-06 and 2021-07 Russia's engagement fell from +0.8 to -0.7.");
    expect(r?.drivers).toEqual([]);
  });

  it('long quotations are cut to a readable length', () => {
    const long = turn().map((s, i) => (i === 12 ? { ...s, text: `Russia will host a Taliban delegation ${'and talk at length '.repeat(10)}` } : s));
    const summary = timeline(long, pair).shifts[0]?.summary ?? '';
    expect(summary.endsWith("...'")).toBe(true);
    expect(summary.length).toBeLessThan(200);
  });

  it.each([
    [{ method: 'cusum' }, 'method'],
    [{ maxDrivers: -1 }, 'maxDrivers'],
    [{ driverWindow: 0 }, 'driverWindow'],
  ])('rejects %j naming %s', (options, name) => {
    const input = { actor: 'Russia', points: t.points, periods: t.points.map(() => null), changePoints: t.changePoints };
    expect(() => shifts(input, options as never)).toThrow(InvalidOptionError);
    expect(() => shifts(input, options as never)).toThrow(name);
  });

  it('needs periods aligned with points', () => {
    const p = timelinePartial(turn(), pair);
    expect(() => shifts({ actor: 'Russia', points: t.points, periods: p.periods.slice(1), changePoints: t.changePoints })).toThrow('periods');
  });
});

describe('timelineChangeProbability', () => {
  it('gives BOCPD\'s per-period probability of a change, aligned with the points', () => {
    const withGap = turn().filter((s) => !s.date.startsWith('2021-03'));
    const p = timelineChangeProbability(timelinePartial(withGap, pair));
    expect(p.engagement).toHaveLength(12);
    expect(p.engagement[2]).toBeNull(); // March has no statement
    expect(p.engagement[0]).toBe(0); // no change before the first period
    expect(p.engagement[6]).toBeGreaterThan(0.9); // July
    for (const i of [1, 3, 4, 5, 7, 8, 9, 10, 11]) expect(p.engagement[i]).toBeLessThan(0.1);
    expect(p.recognition.every((x) => x === null)).toBe(true); // nothing said on recognition
  });
});
