import { InvalidOptionError } from '../../src/errors';
import { ProgressBar, type ProgressBarOptions } from '../../src/cli/progress';

/** A stream that keeps what was written, and a clock the test moves by hand. */
function setup(options: Partial<ProgressBarOptions> = {}) {
  const written: string[] = [];
  let ms = 1_000_000;
  const bar = new ProgressBar({ stream: { write: (s: string) => written.push(s) }, isTTY: true, now: () => ms, ...options });
  return { bar, written, advance: (by: number) => (ms += by) };
}

describe('ProgressBar', () => {
  it.each([
    ['stderr is not a terminal (output redirected to a file or pipe)', { isTTY: false }],
    ['--quiet is given on a terminal', { quiet: true }],
  ])('draws nothing when %s', (_why, options) => {
    const { bar, written, advance } = setup({ total: 10, ...options });
    bar.tick(1, 5);
    advance(5000);
    bar.tick(3, 2);
    bar.done();
    expect(written).toEqual([]);
    expect(bar.active).toBe(false);
  });

  it('shows documents, statements, rate and ETA computed from the clock', () => {
    const { bar, written, advance } = setup({ total: 20, width: 10 });
    advance(2000);
    bar.tick(5, 40);
    // 5 docs in 2 s = 2.5 docs/s; 15 left -> 6 s. The count is padded to the total's width so the line does not jump.
    expect(written[written.length - 1]).toBe('\r[###-------]   5/20 docs  25%  40 statements  2.5 docs/s  ETA 0:06\u001b[K');
  });

  it('counts without a bar or ETA when the total is unknown', () => {
    const { bar, written, advance } = setup();
    advance(4000);
    bar.tick(2, 9);
    expect(written[written.length - 1]).toBe('\r2 docs  9 statements  0.5 docs/s\u001b[K');
  });

  it('redraws at most once per interval, but always at the end', () => {
    const { bar, written, advance } = setup({ total: 100, redrawMs: 100 });
    bar.tick();
    advance(10);
    bar.tick();
    bar.tick();
    expect(written).toHaveLength(1);
    advance(100);
    bar.tick();
    expect(written).toHaveLength(2);
    bar.done();
    expect(written.slice(-2)).toEqual([expect.stringContaining('4/100 docs'), '\n']);
  });

  it('ends with the elapsed time, a newline, and only once', () => {
    const { bar, written, advance } = setup({ total: 3, width: 3 });
    bar.tick(3, 7);
    advance(61_000);
    bar.done();
    bar.done();
    expect(written.slice(-2)).toEqual(['\r[###]  3/3 docs  100%  7 statements  0.0 docs/s  in 1:01\u001b[K', '\n']);
  });

  it('never shows more than 100% when more documents come than announced', () => {
    const { bar, advance } = setup({ total: 2, width: 4 });
    advance(1000);
    bar.tick(5);
    expect(bar.line()).toContain('[####]  5/2 docs  100%');
    expect(bar.line()).not.toContain('ETA');
  });

  it.each([
    ['a negative total', { total: -1 }, 'total'],
    ['a fractional total', { total: 2.5 }, 'total'],
    ['a negative redraw interval', { redrawMs: -5 }, 'redrawMs'],
    ['a zero-width bar', { width: 0 }, 'width'],
  ])('rejects %s, naming the option', (_why, options, option) => {
    expect(() => setup(options)).toThrow(InvalidOptionError);
    expect(() => setup(options)).toThrow(`"${option}"`);
  });
});
