import { compareTimelines } from '../../src/stance/compareTimelines';
import { InvalidOptionError } from '../../src/errors';
import { said } from './timelineHelpers';

describe('compareTimelines', () => {
  const statements = [
    said('2021-08-10', 0.5, 0),
    said('2021-10-10', 0.7, 0),
    said('2021-12-03', -0.2, 0, { actor: 'China' }),
    said('2021-09-03', 0.3, 0.2, { actor: 'Iran' }),
  ];

  it('aligns every pair on the union of their periods', () => {
    const [russia, china] = compareTimelines(statements, {
      pairs: [
        { actor: 'Russia', target: 'Taliban' },
        { actor: 'China', target: 'Taliban' },
      ],
    });
    const months = ['2021-08', '2021-09', '2021-10', '2021-11', '2021-12'];
    expect(russia?.points.map((p) => p.period)).toEqual(months);
    expect(china?.points.map((p) => p.period)).toEqual(months);
    expect(russia?.points[4]?.n).toBe(0);
    expect(china?.points[0]?.n).toBe(0);
    expect(china?.points[4]?.engagement.mean).toBeCloseTo(-0.2, 12);
  });

  it('keeps the order of the pairs and gives an empty-but-aligned timeline to a pair without data', () => {
    const out = compareTimelines(statements, {
      pairs: [
        { actor: 'Pakistan', target: 'Taliban' },
        { actor: 'Iran', target: 'Taliban' },
      ],
    });
    expect(out.map((t) => t.actor)).toEqual(['Pakistan', 'Iran']);
    expect(out[0]?.points.map((p) => p.n)).toEqual([0]);
    expect(out[1]?.points[0]?.phase).toBe('toward recognition');
  });

  it('needs at least one pair', () => {
    expect(() => compareTimelines(statements, { pairs: [] })).toThrow(InvalidOptionError);
  });
});
