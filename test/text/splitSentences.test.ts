import fc from 'fast-check';
import { createRequire } from 'node:module';
import { createNlp, type Nlp } from '../../src/nlp';
import { splitSentences } from '../../src/text/splitSentences';

const nlp = createNlp();

/** An adapter that counts how often the splitter is asked. */
function counting(inner: Nlp): Nlp & { calls: number } {
  const counted = {
    calls: 0,
    read: inner.read,
    oneSentence: inner.oneSentence,
    sentenceCuts: inner.sentenceCuts,
    sentences(text: string) {
      counted.calls += 1;
      return inner.sentences(text);
    },
  };
  return counted;
}

/** The sentences of `text` with the default adapter, and how often it was asked to split. */
function splitCounting(text: string): { sentences: string[]; calls: number } {
  const spy = counting(nlp);
  const sentences = splitSentences(text, 0, text.length, spy).map((s) => text.slice(s.start, s.end));
  return { sentences, calls: spy.calls };
}

describe('splitSentences', () => {
  // Everything but sentence-final punctuation: commas, colons, dashes, quotes, ellipses, brackets, other scripts,
  // emoji, full-width marks, numbers with decimal commas, single line breaks.
  const piece = fc.constantFrom(
    'Russia', 'talks', 'the Taliban', 'Erdoğan', 'مرحبا', '😀', ',', ';', ':', ' — ', '-', '…', '“quoted”', '"straight"',
    '(aside)', '[note]', '2,5', '№ 7', '？', '！', '。', 'U S', '\n', '  ', '\t', "don't", '«guillemets»',
  );
  const ending = fc.constantFrom('', '.', '!', '?', '?!', '...', '."', '.”', '!»', '.)', '. ', '.\n');
  // Paragraphs have no blank lines (they end at one), and the adapter breaks at them.
  const oneSentence = fc
    .tuple(fc.array(piece, { minLength: 1, maxLength: 25 }), ending)
    .map(([parts, end]) => `${parts.join(' ')}${end}`)
    .filter((text) => !/\n\s*\n/u.test(text));

  it('gives text without final punctuation before its end as one sentence, as the NLP adapter does, without asking it (property)', () => {
    fc.assert(
      fc.property(oneSentence, (text) => {
        const trimmed = { start: text.length - text.trimStart().length, end: text.trimEnd().length };
        if (trimmed.end <= trimmed.start) return;
        // Read by the adapter, the text comes out as one sentence too: the shortcut changes nothing.
        expect(splitSentences(text, 0, text.length, nlp, { readAll: true })).toEqual([trimmed]);
        const spy = counting(nlp);
        expect(splitSentences(text, 0, text.length, spy)).toEqual([trimmed]);
        expect(spy.calls).toBe(0);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same sentences with and without the shortcuts, on any text (property)', () => {
    const anyPiece = fc.oneof(
      piece,
      fc.constantFrom('.', '!', '?', 'U.S.', 'Mr.', 'Oct. 20', '\n\n', '\n \n', '2.5', 'he said.', '"Yes."'),
      // Sentence ends the adapter is sure of, and look-alikes it is not ("approx. Ten").
      fc.constantFrom('talks. The', 'met! They', 'why? Moscow', 'approx. Ten', 'etc. The', 'no. 5', 'talks.  A', 'ended. “We', 'said.\tI'),
    );
    const anyText = fc.tuple(fc.array(anyPiece, { maxLength: 25 }), ending).map(([parts, end]) => `${parts.join(' ')}${end}`);
    fc.assert(
      fc.property(anyText, (text) => {
        expect(splitSentences(text, 0, text.length, nlp)).toEqual(splitSentences(text, 0, text.length, nlp, { readAll: true }));
      }),
      { numRuns: 400 },
    );
  });

  it('asks an adapter that cannot tell one-sentence text (another model) every time', () => {
    const other = counting(createNlp({ model: createRequire(__filename)('wink-eng-lite-web-model') }));
    expect(other.oneSentence).toBeUndefined();
    expect(splitSentences('Russia hosted talks', 0, 19, other)).toEqual([{ start: 0, end: 19 }]);
    expect(other.calls).toBe(1);
  });

  it('reads only the pieces between certain sentence ends that are not one sentence', () => {
    const { sentences, calls } = splitCounting('Russia hosted talks. The Taliban came. Gen. Ivanov spoke. Nobody paid.');
    expect(sentences).toEqual(['Russia hosted talks.', 'The Taliban came.', 'Gen. Ivanov spoke.', 'Nobody paid.']);
    // "spoke. Nobody" and "talks. The", "came. Gen." are cut; "Gen. Ivanov spoke." is read.
    expect(calls).toBe(1);
  });

  it('asks the adapter when there is a break to find', () => {
    const { sentences, calls } = splitCounting('Russia hosted talks. Talks began in 2021. “We are ready,” they said!');
    expect(sentences).toEqual(['Russia hosted talks.', 'Talks began in 2021.', '“We are ready,” they said!']);
    // "2021. “We" is no certain end: the piece after "talks." is read.
    expect(calls).toBe(1);
  });
});
