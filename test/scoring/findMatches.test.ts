import fc from 'fast-check';
import { compilePattern } from '../../src/lexicon/compilePattern';
import { createPatternIndex, dropContained, dropOverlapping } from '../../src/scoring/findMatches';
import type { ScoringToken } from '../../src/scoring/prepareText';

describe('createPatternIndex', () => {
  // Words and prefixes that share beginnings, prefixes shorter than the index's key, lemmas unlike their forms.
  const WORDS = ['talk', 'talks', 'tal', 'recognise', 'recognition', 'rec', 'r', 're', 'met', 'meet', 'host', 'hosted', 'no', 'not', 'the', 'ta'];
  const word = fc.constantFrom(...WORDS);
  const step = fc.oneof(word, word.map((w) => `${w}*`), fc.tuple(word, word).map(([a, b]) => `${a}|${b}`), word.map((w) => `${w}?`), fc.constant('_'));
  const phrase = fc
    .array(step, { minLength: 1, maxLength: 3 })
    .map((steps) => steps.join(' '))
    .filter((p) => p.split(' ').some((s) => s !== '_' && !s.endsWith('?')));
  // Whole phrases separated by ` | `, each indexed on its own.
  const pattern = fc.array(phrase, { minLength: 1, maxLength: 3 }).map((phrases) => phrases.join(' | '));
  const token = fc.tuple(word, word).map(([lower, lemma]): ScoringToken => ({ lower, lemma, hard: false, start: 0, end: 0, pos: 'NOUN', clause: 0, boundary: false, depth: 0 }));

  it('finds exactly what trying every pattern at every token finds, in the same order', () => {
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 12 }), fc.array(token, { maxLength: 12 }), (sources, tokens) => {
        const compiled = sources.map((p) => compilePattern(p));
        const brute: { item: number; first: number; last: number }[] = [];
        for (let at = 0; at < tokens.length; at += 1) {
          compiled.forEach((c, item) => {
            const last = c.matchAt(tokens, at);
            if (last > at) brute.push({ item, first: at, last });
          });
        }
        const indexed = createPatternIndex(compiled.map((_, i) => i), (i) => compiled[i]!).find(tokens);
        expect(indexed).toEqual(brute);
      }),
      { numRuns: 500 },
    );
  });

  it('skips quotation marks: the same matches as without them, mapped to the full token range', () => {
    const quote: ScoringToken = { lower: '"', lemma: '"', hard: false, start: 0, end: 0, pos: 'PUNCT', clause: 0, boundary: false, depth: 0 };
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 8 }), fc.array(fc.tuple(token, fc.boolean()), { maxLength: 10 }), (sources, spec) => {
        const compiled = sources.map((p) => compilePattern(p));
        const index = createPatternIndex(compiled.map((_, i) => i), (i) => compiled[i]!);
        const plain = spec.map(([t]) => t);
        const quoted: ScoringToken[] = [];
        const at: number[] = [];
        for (const [t, q] of spec) {
          if (q) quoted.push(quote);
          at.push(quoted.length);
          quoted.push(t);
        }
        const expected = index.find(plain).map((m) => ({ item: m.item, first: at[m.first]!, last: at[m.last - 1]! + 1 }));
        expect(index.find(quoted)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('dropOverlapping', () => {
  it('keeps the longest non-overlapping matches, in their original order', () => {
    const m = (item: string, first: number, last: number) => ({ item, first, last });
    expect(dropOverlapping([m('b', 2, 5), m('a', 0, 3), m('c', 5, 6)]).map((x) => x.item)).toEqual(['a', 'c']); // a tie goes to the earlier match
    expect(dropOverlapping([m('b', 1, 6), m('a', 0, 3)]).map((x) => x.item)).toEqual(['b']); // the longer wins
    expect(dropOverlapping([m('a', 0, 3), m('b', 2, 4)]).map((x) => x.item)).toEqual(['a']);
  });

  it('lets matches of different groups overlap', () => {
    const m = (item: string, first: number, last: number) => ({ item, first, last });
    expect(dropOverlapping([m('x:a', 0, 3), m('y:b', 1, 4)], (a, b) => a[0] === b[0]).map((x) => x.item)).toEqual(['x:a', 'y:b']);
  });
});

describe('dropContained', () => {
  it('drops only matches strictly inside a longer one', () => {
    const m = (item: string, first: number, last: number) => ({ item, first, last });
    expect(dropContained([m('a', 0, 4), m('b', 1, 2), m('c', 3, 6)]).map((x) => x.item)).toEqual(['a', 'c']);
  });
});
