/**
 * Fuzzing the NLP adapter (createNlp().read), on which sentence splitting, attribution and scoring build: whatever the
 * text, it returns, quickly, with token, sentence and entity offsets that are valid for that text.
 */
import fc from 'fast-check';
import { createNlp, type NlpDoc } from '../../src/nlp';
import { anyText } from './textArbitraries';
import { sized, timeRatio } from './timeRatio';

/** Generous: the largest inputs take seconds each, and more on a slow or busy machine. */
jest.setTimeout(180_000);

const nlp = createNlp();

/** Every broken offset invariant of `doc` for `text`, as readable lines (empty when the document is sound). */
function docProblems(text: string, doc: NlpDoc): string[] {
  const problems: string[] = [];
  if (doc.text !== text) problems.push('doc.text differs from the input');
  let previousEnd = 0;
  doc.tokens.forEach((token, i) => {
    if (!(Number.isInteger(token.start) && Number.isInteger(token.end) && token.start >= 0 && token.end <= text.length)) {
      problems.push(`token ${i} [${token.start}, ${token.end}) is outside the text (length ${text.length})`);
    }
    if (token.start >= token.end) problems.push(`token ${i} [${token.start}, ${token.end}) is empty`);
    if (token.start < previousEnd) problems.push(`token ${i} starts at ${token.start}, inside the previous token ending at ${previousEnd}`);
    if (text.slice(token.start, token.end) !== token.text) problems.push(`token ${i} text ${JSON.stringify(token.text)} is not the slice ${JSON.stringify(text.slice(token.start, token.end))}`);
    previousEnd = Math.max(previousEnd, token.end);
  });
  let previousLast = 0;
  doc.sentences.forEach((sentence, i) => {
    const first = doc.tokens[sentence.first];
    const last = doc.tokens[sentence.last - 1];
    if (!(sentence.first >= previousLast && sentence.first < sentence.last && sentence.last <= doc.tokens.length)) {
      problems.push(`sentence ${i} token range [${sentence.first}, ${sentence.last}) is invalid after ${previousLast} (${doc.tokens.length} tokens)`);
    } else if (first === undefined || last === undefined || sentence.start !== first.start || sentence.end !== last.end) {
      problems.push(`sentence ${i} characters [${sentence.start}, ${sentence.end}) do not match its tokens`);
    }
    previousLast = sentence.last;
  });
  doc.entities.forEach((entity, i) => {
    if (!(entity.start >= 0 && entity.start < entity.end && entity.end <= text.length)) problems.push(`entity ${i} [${entity.start}, ${entity.end}) is invalid`);
  });
  return problems;
}

describe('createNlp().read on arbitrary text', () => {
  it('returns valid, ordered, non-overlapping token, sentence and entity offsets', () => {
    fc.assert(
      fc.property(anyText(200), (text) => {
        expect(docProblems(text, nlp.read(text))).toEqual([]);
      }),
      { numRuns: 300, seed: 20211 },
    );
  });

  it('splits into sentences within the token list, and sentences() agrees with read()', () => {
    fc.assert(
      fc.property(anyText(120), (text) => {
        const fromRead = nlp.read(text).sentences.map((s) => ({ start: s.start, end: s.end }));
        expect(nlp.sentences(text)).toEqual(fromRead);
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('is deterministic: the same text read twice gives the same document', () => {
    fc.assert(
      fc.property(anyText(200), (text) => {
        expect(nlp.read(text)).toEqual(nlp.read(text));
      }),
      { numRuns: 100, seed: 99 },
    );
  });
});

describe('createNlp().read on extreme inputs', () => {
  it.each([
    // Rationale: the empty and blank texts are the commonest degenerate records.
    ['an empty text', ''],
    ['only whitespace', ' \n\t\r\n \u00a0 '],
    // Rationale: scraped pages leave thousands of unbalanced quote marks; a quote matcher must not pair them up.
    ['5,000 unbalanced straight quotes', '"'.repeat(5000)],
    ['5,000 unbalanced curly quotes between words', sized('“Russia said ', 5000 * 13)],
    ['quotes nested five deep', '“Lavrov said ‘the envoy wrote «Kabulov told us “we will ‘never’ recognise” them» today’ again” in Moscow.'],
    // Rationale: right-to-left text with direction marks, the script of many Afghan and Middle-East sources.
    ['Arabic with direction marks', '\u202bقالت روسيا إنها لن تعترف بطالبان.\u202c \u200fوقال المتحدث: «سنواصل الحوار».'],
    ['emoji with skin tones, flags and joiners', '🇷🇺🤝🇦🇫 👍🏽👨‍👩‍👧 Russia 🙏 talks 🔥🔥🔥.'],
    ['control characters and a byte-order mark', '\ufeffRussia\u0000 said\u0007 it\u001b[31m will\u0008 talk.\u007f'],
    ['binary bytes decoded as UTF-8', Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 197 + 31) % 256)).toString('utf8')],
    ['lone surrogates', 'Russia \ud800 said \udc00\ud800 it will talk.'],
  ])('reads %s without error and with valid offsets', (_label, text) => {
    expect(docProblems(text, nlp.read(text))).toEqual([]);
  });

  it('reads a 5 MB text with no sentence break as one sentence with valid offsets', () => {
    const text = sized('Russia hosted talks with the Taliban delegation in Moscow and ', 5_000_000);
    const doc = nlp.read(text);
    expect(doc.sentences).toHaveLength(1);
    const last = doc.tokens[doc.tokens.length - 1];
    expect(last?.end).toBe(text.length);
    // Spot checks instead of the full walk, which would double the test's time.
    for (const token of [doc.tokens[0], doc.tokens[1000], doc.tokens[400_000], last]) {
      expect(token === undefined ? undefined : text.slice(token.start, token.end)).toBe(token?.text);
    }
  });
});

/** Size of the inputs compared by time; large enough for a quadratic cost to dominate, small enough to stay fast. */
const RATIO_SIZE = 20_000;
/** A generous bound: token-dense text legitimately costs a few times more per character than prose. */
const MAX_RATIO = 25;
const PROSE = sized('Russia hosted talks with the Taliban delegation in Moscow. ', RATIO_SIZE);

describe('createNlp().read time is linear in the input', () => {
  it.each([
    // Rationale: each case is the kind of input that sends a regular expression or an offset search quadratic.
    ['unbalanced quotes', sized('"', RATIO_SIZE)],
    ['quotes between words', sized('“a ”b «c ', RATIO_SIZE)],
    ['one unbroken sentence', sized('Russia hosted talks with the Taliban delegation in Moscow and ', RATIO_SIZE)],
    ['right-to-left text', sized('روسيا تستضيف محادثات ', RATIO_SIZE)],
    ['emoji', sized('🇷🇺🤝🏽 ', RATIO_SIZE)],
    ['many short sentences', sized('Talks began. ', RATIO_SIZE)],
    ['abbreviations and decimals', sized('U.S. Dr. 3.5 e.g. ', RATIO_SIZE)],
  ])('%s cost at most a constant factor more than prose of the same size', (_label, text) => {
    expect(timeRatio((t) => nlp.read(t), text, PROSE)).toBeLessThan(MAX_RATIO);
  });

  // wink-nlp's stemmer and punctuation splitter are quadratic in a token's length (measured on Node 20 at 10,000 /
  // 20,000 / 40,000 characters: one base64 token 1.8 s / 7 s / 28 s; a "!?" run 0.6 s / 2.4 s / 12 s). The adapter
  // hands wink-nlp a same-length copy with long runs cut (MAX_TOKEN_RUN), so these inputs stay linear.
  const SMALL = 10_000;
  const SMALL_PROSE = sized('Russia hosted talks with the Taliban delegation in Moscow. ', SMALL);
  it.each([
    ['one 10,000-character token (a base64 blob)', sized('QUJD', SMALL)],
    ['control characters with no space', sized('\u0000\u0001\u0007', SMALL)],
    ['a run of punctuation without spaces', sized('!?', SMALL)],
  ])('%s cost at most a constant factor more than prose', (_label, text) => {
    expect(timeRatio((t) => nlp.read(t), text, SMALL_PROSE)).toBeLessThan(MAX_RATIO);
  });
});
