import fc from 'fast-check';
import { parseArgs, type ParsedArgs } from '../../src/cli/parseArgs';

const VALUED = ['target', 'target-alias', 'format'];
const SWITCHES = ['strict', 'json'];

function parsed(argv: string[]): ParsedArgs {
  const r = parseArgs(argv, VALUED, SWITCHES);
  if (typeof r === 'string') throw new Error(`expected a parse, got the error "${r}"`);
  return r;
}

describe('parseArgs', () => {
  it('separates positional arguments, valued options and switches', () => {
    const r = parsed(['a.txt', '--target', 'Taliban', 'b.txt', '--strict', '-']);
    expect(r.positional).toEqual(['a.txt', 'b.txt', '-']);
    expect([...r.values]).toEqual([['target', 'Taliban']]);
    expect([...r.flags]).toEqual(['strict']);
  });

  it.each<{ why: string; argv: string[]; value: string }>([
    { why: '--name value', argv: ['--format', 'csv'], value: 'csv' },
    { why: '--name=value', argv: ['--format=csv'], value: 'csv' },
    { why: '--name=value keeps further equals signs', argv: ['--format=a=b'], value: 'a=b' },
    { why: '--name= gives the empty value, not a missing one', argv: ['--format='], value: '' },
    { why: 'a value that looks like an option is taken as the value', argv: ['--format', '--strict'], value: '--strict' },
  ])('reads $why', ({ argv, value }) => {
    expect(parsed(argv).values.get('format')).toBe(value);
  });

  it('keeps every value of a repeated option in order, and the last one in values', () => {
    const r = parsed(['--target-alias', 'IEA', '--target-alias=the group', '--target-alias', 'Kabul']);
    expect(r.repeated.get('target-alias')).toEqual(['IEA', 'the group', 'Kabul']);
    expect(r.values.get('target-alias')).toBe('Kabul');
  });

  it.each<{ why: string; argv: string[]; error: string }>([
    { why: 'an unknown option, named', argv: ['--tagret', 'Taliban'], error: 'unknown option --tagret' },
    { why: 'an unknown option given with =', argv: ['--colour=red'], error: 'unknown option --colour' },
    { why: 'a switch name is not a valued option', argv: ['--verbose'], error: 'unknown option --verbose' },
    { why: 'a valued option at the end without its value', argv: ['a.txt', '--target'], error: 'option --target needs a value' },
    { why: 'the first problem is the one reported', argv: ['--nope', '--target'], error: 'unknown option --nope' },
  ])('returns an error message for $why', ({ argv, error }) => {
    expect(parseArgs(argv, VALUED, SWITCHES)).toBe(error);
  });

  it('treats single-dash words as positional (only "--" starts an option)', () => {
    expect(parsed(['-x', '-']).positional).toEqual(['-x', '-']);
  });

  it('gives empty collections for no arguments', () => {
    const r = parsed([]);
    expect([r.positional, [...r.values], [...r.repeated], [...r.flags]]).toEqual([[], [], [], []]);
  });

  it('property: plain words always come back as positional arguments, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.string().filter((s) => !s.startsWith('--')), { maxLength: 10 }), (words) => {
        expect(parsed(words).positional).toEqual(words);
      }),
    );
  });
});
