import fc from 'fast-check';

/**
 * Pieces of hostile real-world text: straight, curly and guillemet quotes (often unbalanced), sentence punctuation,
 * right-to-left scripts and direction marks, emoji with modifiers and joiners, combining marks, control characters,
 * the byte-order mark, the replacement character and lone surrogates (what a bad decoder leaves), HTML leftovers.
 */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  ' ', '  ', '\n', '\n\n', '\t', '\r\n', '\u00a0', '\u2028',
  '"', "'", '“', '”', '‘', '’', '«', '»', '„', '‹', '›', '「', '」',
  '.', '!', '?', '…', ':', ';', ',', '-', '—', '(', ')', '[', ']',
  'Russia', 'the Taliban', 'Moscow said', 'Kabulov', 'Erdoğan', 'recognition', 'not', 'will', 'U.S.', 'Dr.', '3.5',
  'روسيا', 'طالبان', 'שלום', '\u200f', '\u200e', '\u202e', '\u2066', '\u2069',
  '🇷🇺', '🤝🏽', '👨‍👩‍👧', '\u200d', '\ufe0f', 'e\u0301', '\u0301',
  '\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\ufeff', '\ufffd', '\ud800', '\udc00',
  '<p>', '</div>', '&nbsp;', '&amp;', 'http://example.org/a?b=c', '2021-08-15', '15 August 2021',
];

/** Text assembled from {@link HOSTILE_FRAGMENTS}. */
export const hostileText = (maxPieces = 60): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...HOSTILE_FRAGMENTS), { maxLength: maxPieces }).map((pieces) => pieces.join(''));

/** Any UTF-16 code units, lone surrogates included. */
export const codeUnitText = (maxLength = 200): fc.Arbitrary<string> =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });

/** Random bytes decoded the two ways a reader might: as UTF-8 (with replacement characters) or as Latin-1. */
export const binaryText = (maxLength = 200): fc.Arbitrary<string> =>
  fc
    .tuple(fc.uint8Array({ maxLength }), fc.constantFrom<BufferEncoding>('utf8', 'latin1'))
    .map(([bytes, encoding]) => Buffer.from(bytes).toString(encoding));

/**
 * Every kind of hostile text: arbitrary Unicode (full code points and grapheme clusters), raw code units, binary
 * bytes, and assemblies of hostile fragments (weighted up, because they reach the interesting branches).
 */
export const anyText = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.string({ unit: 'binary', maxLength }), weight: 1 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength }), weight: 1 },
    { arbitrary: codeUnitText(maxLength), weight: 1 },
    { arbitrary: binaryText(maxLength), weight: 1 },
    { arbitrary: hostileText(Math.ceil(maxLength / 3)), weight: 3 },
  );
