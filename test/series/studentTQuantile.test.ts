import { studentTCdf, studentTQuantile } from '../../src/series/studentTQuantile';
import { normalQuantile } from '../../src/series/normalQuantile';
import { InvalidOptionError } from '../../src/errors';

describe('studentTQuantile', () => {
  // Reference values: standard t tables (e.g. R's qt) to the digits shown.
  it.each([
    [0.975, 1, 12.7062047362, 'Cauchy: tan(0.475 π)'],
    [0.975, 2, 4.3026527297, 'closed form for 2 df: t = (2p − 1)·√(2 / (4p(1 − p)))'],
    [0.975, 10, 2.2281388520, 'table value'],
    [0.95, 5, 2.0150483733, 'table value'],
    [0.025, 4, -2.7764451052, 'lower tail is the mirror image'],
    [0.5, 3, 0, 'the median is 0'],
    [0.975, 1e9, 1.959963985, 'very many df: the normal quantile'],
  ])('t(%d; df %d) = %d (%s)', (p, df, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 8);
  });

  it('inverts the CDF for real-valued df', () => {
    for (const df of [1.3, 2.5, 7.25, 40.5]) {
      for (const p of [0.6, 0.9, 0.975, 0.995]) expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 12);
    }
  });

  it.each([
    [0, 3, 'p'],
    [1, 3, 'p'],
    [Number.NaN, 3, 'p'],
    [0.9, 0, 'df'],
    [0.9, -1, 'df'],
  ])('rejects p=%d, df=%d naming %s', (p, df, option) => {
    expect(() => studentTQuantile(p, df)).toThrow(InvalidOptionError);
    expect(() => studentTQuantile(p, df)).toThrow(option);
  });
});

describe('normalQuantile', () => {
  it.each([
    [0.975, 1.959963985],
    [0.5, 0],
    [0.001, -3.090232306],
    [0.9999, 3.719016485],
  ])('z(%d) = %d', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 8);
  });
});
