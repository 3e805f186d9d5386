import fc from 'fast-check';
import { createRequire } from 'node:module';
import { InvalidOptionError } from '../../src/errors';
import { createNlp, DEFAULT_RENEW_CHARS } from '../../src/nlp';

const nlp = createNlp();

describe('createNlp', () => {
  it('gives every token character offsets that slice back to its text', () => {
    const text = 'Russia hasn’t evacuated its embassy. “We will talk,” he said in Kabul.';
    const doc = nlp.read(text);
    for (const token of doc.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('keeps names with non-ASCII letters whole', () => {
    const doc = nlp.read('Erdoğan met Kabulov in Ankara.');
    expect(doc.tokens.map((t) => t.text)).toEqual(['Erdoğan', 'met', 'Kabulov', 'in', 'Ankara', '.']);
  });

  it('does not glue contractions written with a curly apostrophe', () => {
    const doc = nlp.read('Moscow hasn’t closed it.');
    expect(doc.tokens.map((t) => t.text)).toEqual(['Moscow', 'has', 'n’t', 'closed', 'it', '.']);
  });

  it('splits sentences with character ranges', () => {
    const text = 'Talks began. They ended.';
    expect(nlp.sentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['Talks began.', 'They ended.']);
  });

  it('marks tokens in the scope of a negation', () => {
    const doc = nlp.read('We are not planning to negotiate.');
    const negotiate = doc.tokens.find((t) => t.lower === 'negotiate');
    expect(negotiate?.negated).toBe(true);
  });

  it('reads an empty text without error', () => {
    expect(nlp.read('').tokens).toEqual([]);
  });
});

describe('createNlp read without entities', () => {
  const WORDS = ['Moscow', 'would', 'not', "won't", 'never', 'recognise', 'recognized', 'the', 'Taliban', 'government', 'talks', 'held', 'in', 'Kabul', 'on', 'Monday', '5', 'May', '2023', 'Erdoğan', 'Mr.', 'U.S.', 'said', 'no', 'plans', 'to', 'invite', 'envoy', 'Islamic', 'Emirate', ',', '.', '"', '“', '”', '—', '(', ')', 'cannot', 'isn’t', 'hardly', 'self-proclaimed', '#talks', '$5bn', '10%'];

  it('gives the same tokens, tags, lemmas, negation and sentences as a full read, with no entities', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), fc.constantFrom(' ', '  ', '\n'), (words, gap) => {
        const text = words.join(gap);
        const full = nlp.read(text);
        const light = nlp.read(text, { entities: false });
        expect(light.tokens).toEqual(full.tokens);
        expect(light.sentences).toEqual(full.sentences);
        expect(light.entities).toEqual([]);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('still finds entities by default', () => {
    expect(nlp.read('Talks were held on 5 May 2023 in Kabul.').entities.length).toBeGreaterThan(0);
  });

  it('gives the same results when its wink-nlp instances are renewed every few hundred characters (property)', () => {
    // Words the model has never seen go into wink-nlp's cache: renewal empties it, and nothing read may change.
    // (A new instance takes about 0.2 s, so few runs of many texts.)
    const fresh = createNlp();
    const renewed = createNlp({ renewChars: 400 });
    const word = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[a-z]{3,9}$/), fc.stringMatching(/^[A-Z][a-z]{2,8}$/));
    const text = fc.array(word, { minLength: 1, maxLength: 25 }).map((words) => `${words.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(text, { minLength: 12, maxLength: 16 }), (texts) => {
        for (const t of texts) {
          expect(renewed.read(t)).toEqual(fresh.read(t));
          expect(renewed.read(t, { entities: false })).toEqual(fresh.read(t, { entities: false }));
          expect(renewed.sentences(t)).toEqual(fresh.sentences(t));
        }
      }),
      { numRuns: 4, seed: 11 },
    );
  });

  it('makes as many wink-nlp instances of one model as it needs (the model alone fails at about the seventh)', () => {
    for (let i = 0; i < 3; i += 1) {
      const adapter = createNlp({ renewChars: 1 });
      // Each call after the first renews an instance: tagger, full reader and splitter, three each.
      for (let j = 0; j < 3; j += 1) {
        expect(adapter.read('Talks were held in Kabul on 5 May.').tokens.length).toBe(9);
        expect(adapter.read('Talks ended.', { entities: false }).tokens.length).toBe(3);
        expect(adapter.sentences('Talks ended. They left.')).toHaveLength(2);
      }
    }
  });

  it('starts a fresh wink-nlp instance once the current one has read renewChars characters', () => {
    const model = createRequire(__filename)('wink-eng-lite-web-model') as Record<string, unknown> & { core: () => unknown };
    let loads = 0;
    const counted = { ...model, core: () => ((loads += 1), model.core()) };
    const adapter = createNlp({ model: counted, renewChars: 100 });
    expect(loads).toBe(1);
    const text = 'Russia hosted talks with the Taliban in Moscow on Monday.'; // 57 characters
    adapter.read(text, { entities: false });
    adapter.read(text, { entities: false });
    expect(loads).toBe(1);
    adapter.read(text, { entities: false }); // 114 characters read before it: a new instance
    expect(loads).toBe(2);
  });

  it('renews after about a thousand news articles by default and rejects a renewal size that is not a positive integer', () => {
    expect(DEFAULT_RENEW_CHARS).toBe(4_000_000);
    for (const bad of [0, -1, 1.5, Number.NaN, '100']) {
      expect(() => createNlp({ renewChars: bad as never })).toThrow(InvalidOptionError);
    }
  });
});
