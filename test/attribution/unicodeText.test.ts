import fc from 'fast-check';
import { WORD_END, WORD_START, escapeRegExp, literalAlternation, titleCaseLabels, wordBeforeEnd, wordBeforeSpaces } from '../../src/attribution/unicodeText';

/** The end-anchored patterns the backward walks stand for, applied to the slice as before. */
const TITLE_WORD = /([\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.-]*)[ \t]+$/u;
const PREVIOUS_WORD = /([\p{L}]+)\s+(?:the\s+)?$/u;

/** Characters that make the walks' decisions: letters of several scripts, marks, digits, spaces, apostrophes, halves of surrogate pairs. */
const PIECES = ['a', 'Z', 'é', 'ğ', 'Ж', '中', '\u0301', '7', '٣', ' ', '\t', '\n', '\u00a0', '\u2003', "'", '’', '.', '-', ',', '"', 'the', 'The', 'the ', ' the', '𝐀', '😀', '\ud835', '\udc00', '_'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));
const withBounds = texts.chain((text) =>
  fc.tuple(fc.constant(text), fc.nat({ max: text.length }), fc.nat({ max: text.length })).map(([t, a, b]) => [t, Math.min(a, b), Math.max(a, b)] as const),
);

describe('wordBeforeSpaces', () => {
  it('finds the word before final spaces or tabs, as offsets into the text', () => {
    expect(wordBeforeSpaces('Kremlin envoy Zamir', 0, 14)).toEqual({ start: 8, end: 13 });
    expect(wordBeforeSpaces('U.S. envoy', 0, 5)).toEqual({ start: 0, end: 4 });
    expect(wordBeforeSpaces('-.envoy ', 0, 8)).toEqual({ start: 2, end: 7 });
    expect(wordBeforeSpaces('envoy', 0, 5)).toBeNull();
    expect(wordBeforeSpaces('envoy\n', 0, 6)).toBeNull();
    expect(wordBeforeSpaces('... ', 0, 4)).toBeNull();
  });

  it('does not look before the start it is given', () => {
    expect(wordBeforeSpaces('special envoy ', 9, 14)).toEqual({ start: 9, end: 13 });
  });

  it('agrees with the regular expression on the slice for any text and bounds', () => {
    fc.assert(
      fc.property(withBounds, ([text, from, to]) => {
        const m = TITLE_WORD.exec(text.slice(from, to));
        const expected = m === null ? null : { start: from + m.index, end: from + m.index + m[1]!.length };
        expect(wordBeforeSpaces(text, from, to)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('wordBeforeEnd', () => {
  it('gives the last word before final white space, skipping a final "the"', () => {
    expect(wordBeforeEnd('talks with the ', 0, 15)).toBe('with');
    expect(wordBeforeEnd('talks in ', 0, 9)).toBe('in');
    expect(wordBeforeEnd('bathe ', 0, 6)).toBe('bathe');
    expect(wordBeforeEnd('the ', 0, 4)).toBe('the');
    expect(wordBeforeEnd('in', 0, 2)).toBeUndefined();
    expect(wordBeforeEnd('42 ', 0, 3)).toBeUndefined();
  });

  it('agrees with the regular expression on the slice for any text and bounds', () => {
    fc.assert(
      fc.property(withBounds, ([text, from, to]) => {
        expect(wordBeforeEnd(text, from, to)).toBe(PREVIOUS_WORD.exec(text.slice(from, to))?.[1]);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('literalAlternation', () => {
  /** Words made of few pieces, so that they share first characters, contain one another and need escaping. */
  const WORD_PIECES = ['M', 'Mo', 'o', 'scow', 'Ж', '𝐀', '😀', '.', '(', '|', '*', ' ', "'", 'é', 'e\u0301', 'the '];
  const words = fc.array(fc.array(fc.constantFrom(...WORD_PIECES), { maxLength: 4 }).map((p) => p.join('')), { maxLength: 12 });
  const text = fc.array(fc.constantFrom(...WORD_PIECES, ',', 'x', '\n'), { maxLength: 30 }).map((p) => p.join(''));
  const matches = (source: string, t: string): [number, string][] => [...t.matchAll(new RegExp(`${WORD_START}(?:${source})${WORD_END}`, 'gu'))].map((m) => [m.index ?? 0, m[0]]);

  it('matches exactly what the plain alternation matches, in any order of words', () => {
    fc.assert(
      fc.property(words, text, (list, t) => {
        expect(matches(literalAlternation(list), t)).toEqual(matches(list.map(escapeRegExp).join('|'), t));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
  });

  it('groups words by their first character', () => {
    expect(literalAlternation(['Moscow', 'Minsk', 'Kabul', 'M'])).toBe('M(?:oscow|insk|)|Kabul');
  });
});

describe('titleCaseLabels', () => {
  test('writes a speaker label in capitals at the start of a line in title case', () => {
    expect(titleCaseLabels('MR MILLER: We are in contact.\nMS. MAO NING: No comment.')).toBe('Mr Miller: We are in contact.\nMs. Mao Ning: No comment.');
  });
  test('leaves capitals elsewhere and labels already in title case alone', () => {
    const text = 'The UN and NATO: a history.\nMao Ning: We keep up dialogue with the IEA.';
    expect(titleCaseLabels(text)).toBe(text);
  });
  test('only changes case: the length and the offsets of every character stay', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('MR ', 'MS. ', 'LI', 'O’NEIL', 'X', ':', ' ', '\n', 'word', 'É', 'Ж'), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const out = titleCaseLabels(text);
        expect(out).toHaveLength(text.length);
        expect(out.toLowerCase()).toBe(text.toLowerCase());
      }),
    );
  });
});
