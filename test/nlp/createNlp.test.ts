import fc from 'fast-check';
import { createNlp } from '../../src/nlp';

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
});
