import { compilePattern, type PatternToken } from '../../src/lexicon/compilePattern';
import { DataValidationError } from '../../src/errors';

/** Tokens from "word/lemma" pairs; "," is hard punctuation. */
const toks = (spec: string): PatternToken[] =>
  spec.split(' ').map((w) => {
    const [lower, lemma] = w.split('/');
    return { lower: lower!, lemma: lemma ?? lower!, hard: lower === ',' };
  });

describe('compilePattern', () => {
  it.each([
    // [pattern, tokens, start, expected end, rationale]
    ['talk', 'talks/talk began', 0, 1, 'a word matches the lemma too'],
    ['recogni*', 'recognition of', 0, 1, 'a prefix matches any ending'],
    ['withdraw* its', 'withdrew/withdraw its', 0, 2, 'a prefix matches the lemma too (irregular forms)'],
    ['host|hosted talks', 'hosted talks', 0, 2, 'alternatives within one item'],
    ['no rush|hurry _{0,3} recogni*', 'no rush at all to recognize', 0, 6, 'a bounded gap'],
    ['the? embassy', 'embassy', 0, 1, 'an optional item may be absent'],
    ['the? embassy', 'the embassy', 0, 2, 'an optional item is taken when present'],
    ['no longer | no more', 'no more', 0, 2, 'whole-phrase alternatives separated by " | "'],
    ['list of? _{0,2} terror*|banned group?', 'list of banned terrorist group', 0, 5, 'a gap before an optional step takes the skip that matches furthest'],
    ['talks _{0,3} with', 'talks held with them with', 0, 3, 'a gap with no optional step after it takes the shortest skip'],
  ])('%s matches %s', (pattern, spec, at, end) => {
    expect(compilePattern(pattern).matchAt(toks(spec), at)).toBe(end);
  });

  it.each([
    ['no rush _{0,2} recogni*', 'no rush , to recognize', 'a gap never crosses hard punctuation'],
    ['no rush _{0,1} recogni*', 'no rush at all to recognize', 'a gap never exceeds its maximum'],
    ['talk', 'walk', 'a different word'],
    ['cut ties', 'cut', 'the text ends before the pattern'],
  ])('%s does not match %s (%s)', (pattern, spec) => {
    expect(compilePattern(pattern).matchAt(toks(spec), 0)).toBe(-1);
  });

  it('prefers the longest of several phrases', () => {
    expect(compilePattern('not on the table | not').matchAt(toks('not on the table'), 0)).toBe(4);
  });

  it('lists its vocabulary and the words that can start it', () => {
    const p = compilePattern('no rush|hurry _{0,3} recogni*');
    expect(p.anchors.words).toEqual(['no']);
    expect(p.vocabulary).toEqual(['no', 'rush', 'hurry', 'recogni']);
  });

  it.each([
    ['', 'empty'],
    ['_{0,3}', 'only a gap'],
    ['talks _{4,2}', 'min above max'],
    ['talks _{0,20}', 'gap too long'],
    ['talk$', 'a character that is not part of a word'],
    ['*', 'a bare star'],
  ])('rejects %j (%s) naming the file and entry', (pattern) => {
    expect(() => compilePattern(pattern, { file: 'my.json', entry: 'e1' })).toThrow(DataValidationError);
    expect(() => compilePattern(pattern, { file: 'my.json', entry: 'e1' })).toThrow(/my\.json: entry e1: pattern/);
  });
});
