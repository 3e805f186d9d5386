import fc from 'fast-check';
import { createRequire } from 'node:module';
import { InvalidOptionError } from '../../src/errors';
import { createNlp, DEFAULT_RENEW_WORDS } from '../../src/nlp';

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

  it('gives the same results when its wink-nlp instances are renewed every few dozen new words (property)', () => {
    // Words the model does not know are kept by the instance: renewal drops them, and nothing read may change.
    // (A new instance takes about 0.2 s, so few runs of many texts.)
    const fresh = createNlp();
    const renewed = createNlp({ renewWords: 40 });
    const word = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[a-z]{3,9}$/), fc.stringMatching(/^[A-Z][a-z]{2,8}$/));
    const text = fc.array(word, { minLength: 1, maxLength: 25 }).map((words) => `${words.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(text, { minLength: 8, maxLength: 12 }), (texts) => {
        for (const t of texts) {
          expect(renewed.read(t)).toEqual(fresh.read(t));
          expect(renewed.read(t, { entities: false })).toEqual(fresh.read(t, { entities: false }));
          expect(renewed.sentences(t)).toEqual(fresh.sentences(t));
        }
      }),
      { numRuns: 3, seed: 11 },
    );
  });

  it('makes as many wink-nlp instances of one model as it needs (the model alone fails at about the seventh)', () => {
    for (let i = 0; i < 3; i += 1) {
      const adapter = createNlp({ renewWords: 1 });
      // Every call meets a new word, so the next renews its instance: tagger, full reader and splitter, three each.
      for (let j = 0; j < 3; j += 1) {
        expect(adapter.read(`Talks were held in Qzx${i}${j}vun on 5 May.`).tokens.length).toBe(9);
        expect(adapter.read(`Talks ended in qzx${i}${j}wab.`, { entities: false }).tokens.length).toBe(5);
        expect(adapter.sentences(`Talks ended. They left qzx${i}${j}yor.`)).toHaveLength(2);
      }
    }
  });

  it('starts a fresh wink-nlp instance once the current one keeps renewWords new words', () => {
    const model = createRequire(__filename)('wink-eng-lite-web-model') as Record<string, unknown> & { pos: () => unknown };
    // wink-nlp loads every part of the model for each instance it makes: counting one part counts instances.
    let instances = 0;
    const counted = { ...model, pos: () => ((instances += 1), model.pos()) };
    const adapter = createNlp({ model: counted, renewWords: 3 });
    expect(instances).toBe(1);
    adapter.read('The talks went on.', { entities: false }); // words the model knows
    expect(instances).toBe(1);
    adapter.read('The envoy met zorblaxi and quixxotle.', { entities: false }); // two new words
    expect(instances).toBe(1);
    // Each reading starts from the model's own table, so a word read before is new again: the third.
    adapter.read('The envoy met zorblaxi again.', { entities: false });
    expect(instances).toBe(1); // renewed before the next read
    adapter.read('The talks ended.', { entities: false });
    expect(instances).toBe(2);
  });

  it('reads a text the same whatever it read before: the second reading of a text is the first (property)', () => {
    // wink-nlp splits a piece of text differently once a word in it is known: "isn'tI..." read again gave other
    // tokens and sentences.
    const text = "(talks. (talks. isn'tI...\n\n\n  “We ready,” ";
    const adapter = createNlp();
    const first = [adapter.sentences(text), adapter.read(text), adapter.read(text, { entities: false })];
    expect(first[0]).toHaveLength(4);
    expect([adapter.sentences(text), adapter.read(text), adapter.read(text, { entities: false })]).toEqual(first);
    const piece = fc.constantFrom('talks', 'Kabul', 'zorb', 'Qix', "isn't", "isn'tI", 'I', 'U.N', 'co', '-', '.', '..', '...', '(', ')', '“', '”', '"', ',', '!', '?', '5', 'e.g');
    const odd = fc.array(fc.tuple(piece, fc.constantFrom('', '', ' ', '\n\n')), { maxLength: 24 }).map((parts) => parts.map(([p, gap]) => p + gap).join(''));
    // Every text read twice, after all of them were read once: the second pass must give what the first gave.
    fc.assert(
      fc.property(fc.array(odd, { minLength: 1, maxLength: 6 }), (texts) => {
        const pass = (): unknown[] => texts.map((t) => [adapter.sentences(t), adapter.read(t, { entities: false })]);
        expect(pass()).toEqual(pass());
      }),
      { numRuns: 300 },
    );
  });

  it('reads the model data once for all its instances, which still keep their new words to themselves (property)', () => {
    const model = createRequire(__filename)('wink-eng-lite-web-model') as Record<string, unknown> & { core: () => unknown };
    let loads = 0;
    const counted = { ...model, core: () => ((loads += 1), model.core()) };
    // Two adapters of one model share its data; each of the others has a model object, so data, of its own.
    const shared = [createNlp({ model: counted, renewWords: 30 }), createNlp({ model: counted, renewWords: 30 })] as const;
    const alone = [createNlp({ model: { ...model }, renewWords: 30 }), createNlp({ model: { ...model }, renewWords: 30 })] as const;
    expect(loads).toBe(1);
    const word = fc.oneof(fc.constantFrom(...WORDS), fc.stringMatching(/^[a-z]{3,9}$/), fc.stringMatching(/^[A-Z][a-z]{2,8}$/));
    const text = fc.array(word, { minLength: 1, maxLength: 20 }).map((words) => `${words.join(' ')}. ${words.slice(1).join(' ')}?`);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(0 as const, 1 as const), text), { minLength: 6, maxLength: 12 }), (reads) => {
        // Interleaved: what one shared adapter added must not change what the other reads.
        for (const [which, t] of reads) {
          expect(shared[which].read(t)).toEqual(alone[which].read(t));
          expect(shared[which].read(t, { entities: false })).toEqual(alone[which].read(t, { entities: false }));
          expect(shared[which].sentences(t)).toEqual(alone[which].sentences(t));
        }
      }),
      { numRuns: 3, seed: 5 },
    );
    expect(loads).toBe(1);
  });

  it('renews at 10,000 new words by default and rejects a renewal size that is not a positive integer', () => {
    expect(DEFAULT_RENEW_WORDS).toBe(10_000);
    for (const bad of [0, -1, 1.5, Number.NaN, '100']) {
      expect(() => createNlp({ renewWords: bad as never })).toThrow(InvalidOptionError);
    }
  });
});
