import fc from 'fast-check';
import { InvalidOptionError } from '../../src/errors';
import { createLexicon } from '../../src/lexicon/createLexicon';
import { defaultLexicon } from '../../src/lexicon/defaultLexicon';
import { createStanceScorer } from '../../src/stance/createStanceScorer';
import { createCascadeScorer } from '../../src/stance/prefilter/createCascadeScorer';
import { createPrefilter } from '../../src/stance/prefilter/createPrefilter';
import { createSubstringMatcher, type Needle } from '../../src/stance/prefilter/createSubstringMatcher';
import lemmaForms from '../../src/stance/prefilter/lemmaForms.json';
import { regularStems } from '../../src/stance/prefilter/regularStem';
import { deriveLemmaForms } from '../../bench/deriveLemmaForms';

describe('regularStems', () => {
  const cases: readonly { lemma: string; stems: string[]; why: string }[] = [
    { lemma: 'talk', stems: ['talk'], why: 'talks, talked, talking all contain the lemma' },
    { lemma: 'receive', stems: ['receive', 'received', 'receiving', 'receiver', 'receivest'], why: 'the lemmatiser adds back a dropped e' },
    { lemma: 'ally', stems: ['ally', 'allies'], why: '-ies is read back as -y' },
    { lemma: 'leaf', stems: ['leaf', 'leaves'], why: '-ves is read back as -f' },
    { lemma: 'chairman', stems: ['chairman', 'chairmen'], why: '-men is read back as -man' },
    { lemma: 'a', stems: ['a'], why: 'one letter has nothing to strip' },
  ];
  it.each(cases)('$lemma ($why)', ({ lemma, stems }) => expect(regularStems(lemma)).toEqual(stems));
});

describe('createSubstringMatcher', () => {
  const suffixes = ['', 's', 'ed', 'ned'];
  const cases: readonly { needles: Needle[]; text: string; expected: boolean; why: string }[] = [
    { needles: [{ text: 'ban', at: 'word' }], text: 'the bank', expected: false, why: '"k" is not an inflection' },
    { needles: [{ text: 'ban', at: 'word' }], text: 'they banned it', expected: true, why: 'doubled consonant + ed' },
    { needles: [{ text: 'ban', at: 'word' }], text: 'urban areas', expected: false, why: 'not at a word start' },
    { needles: [{ text: 'ban', at: 'word' }], text: 'anti-ban', expected: true, why: 'a hyphen starts a word' },
    { needles: [{ text: 'aid', at: 'wordStart' }], text: 'he said', expected: false, why: 'inside a word' },
    { needles: [{ text: 'aid', at: 'wordStart' }], text: 'aides', expected: true, why: 'prefixes accept any ending' },
    { needles: [{ text: "n't" }], text: "don't", expected: true, why: 'anywhere' },
    { needles: [{ text: 'not' }, { text: 'not', at: 'word' }], text: 'cannot', expected: true, why: 'the least restrictive mode wins' },
    { needles: [{ text: '' }], text: '', expected: true, why: 'the empty needle matches everything' },
    { needles: [], text: 'anything', expected: false, why: 'no needle, no match' },
    { needles: [{ text: 'she' }, { text: 'he' }, { text: 'hers' }], text: 'ushers', expected: true, why: 'classic Aho-Corasick overlap' },
  ];
  it.each(cases)('$text ($why)', ({ needles, text, expected }) => expect(createSubstringMatcher(needles, { suffixes }).test(text)).toBe(expected));

  it('agrees with a naive search (property)', () => {
    // Needles with a non-ASCII letter; texts also with letters no needle has.
    const word = fc.stringMatching(/^[abnğ' -]{0,4}$/);
    fc.assert(
      fc.property(fc.array(fc.record({ text: word, at: fc.constantFrom('anywhere', 'wordStart', 'word') as fc.Arbitrary<Needle['at']> }), { maxLength: 6 }), fc.stringMatching(/^[abnxğé' -]{0,20}$/), (needles, text) => {
        const naive = needles.some((n) => {
          if (n.text === '') return true;
          for (let i = text.indexOf(n.text); i >= 0; i = text.indexOf(n.text, i + 1)) {
            if (n.at === 'anywhere') return true;
            if (i > 0 && /[a-z]/.test(text[i - 1]!)) continue;
            if (n.at === 'wordStart') return true;
            const rest = /^[a-z]*/.exec(text.slice(i + n.text.length))![0];
            if (suffixes.includes(rest)) return true;
          }
          return false;
        });
        expect(createSubstringMatcher(needles, { suffixes }).test(text)).toBe(naive);
      }),
      { numRuns: 500 },
    );
  });

  it('found() names every needle the text contains, and test() is whether there is one (property)', () => {
    const word = fc.stringMatching(/^[abnğ' -]{1,4}$/);
    fc.assert(
      fc.property(fc.array(fc.record({ text: word, at: fc.constantFrom('anywhere', 'wordStart', 'word') as fc.Arbitrary<Needle['at']> }), { maxLength: 6 }), fc.stringMatching(/^[abnxğé' -]{0,20}$/), (needles, text) => {
        const all = createSubstringMatcher(needles, { suffixes });
        const found = all.found(text);
        for (const n of new Set(needles.map((x) => x.text))) {
          const alone = createSubstringMatcher(needles.filter((x) => x.text === n), { suffixes });
          expect(found.has(n)).toBe(alone.test(text));
        }
        expect(found.size > 0).toBe(all.test(text));
        const flags = all.foundFlags(text, new Uint8Array(all.needles.length).fill(1));
        expect(all.needles.filter((_, i) => flags[i] === 1)).toEqual(all.needles.filter((n) => found.has(n)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('createPrefilter', () => {
  const prefilter = createPrefilter(defaultLexicon());
  const cases: readonly { text: string; expected: boolean; why: string }[] = [
    { text: 'Lavrov met the delegation in Kazan.', expected: true, why: '"met" has the lemma "meet" (irregular form)' },
    { text: 'Moscow hosted talks.', expected: true, why: 'a regular form of a cue word' },
    { text: 'Russia has not recognised the new rulers.', expected: true, why: 'British spelling normalised like the scorer does' },
    { text: 'RUSSIA WILL RECOGNIZE THEM.', expected: true, why: 'case does not matter' },
    { text: 'It rained in Kazan on Monday.', expected: false, why: 'no cue word at all' },
    { text: 'The bank lowered its rates.', expected: false, why: '"bank" is not a form of "ban"' },
    { text: '', expected: false, why: 'empty text' },
  ];
  it.each(cases)('$text ($why)', ({ text, expected }) => expect(prefilter.mayScore(text)).toBe(expected));

  it('rejects a bad lexicon and bad lemma forms, naming the option', () => {
    expect(() => createPrefilter(null as never)).toThrow(InvalidOptionError);
    expect(() => createPrefilter(defaultLexicon(), { lemmaForms: { forms: {} } as never })).toThrow(/lemmaForms/);
  });

  it('lets a text through only when some phrase of a cue has all of its uncommon words', () => {
    const lexicon = createLexicon({ cues: [{ id: 'x.review', pattern: 'review _{0,3} relations | summit', dimension: 'engagement', sign: 1, weight: 0.5, note: 'test' }] });
    const only = createPrefilter(lexicon);
    expect(['The council reviewed the budget.', 'Relations are calm.', 'They reviewed their relations.', 'A summit opened.'].map((t) => only.mayScore(t))).toEqual([false, false, true, true]);
  });

  it('is a pure function of the lexicon: a one-cue lexicon lets only that cue through', () => {
    const lexicon = createLexicon({ cues: [{ id: 'x.summit', pattern: 'summit|summits', dimension: 'engagement', sign: 1, weight: 0.5, note: 'test' }] });
    const only = createPrefilter(lexicon);
    expect([only.mayScore('A summit opened.'), only.mayScore('Talks opened.')]).toEqual([true, false]);
  });

  // Soundness: whenever the prefilter rules a text out, the full scorer finds no cue in it. Texts are word soups
  // drawn from the cue vocabulary, irregular forms, inflections and filler, so that near misses are frequent.
  it('never rules out a text the full scorer finds a cue in (property)', () => {
    const scorer = createStanceScorer();
    const vocabulary = [...new Set(defaultLexicon().cues.flatMap((c) => c.pattern.vocabulary))];
    const words = fc.oneof(
      fc.constantFrom(...vocabulary),
      fc.constantFrom(...vocabulary).map((w) => `${w}ed`),
      fc.constantFrom(...vocabulary).map((w) => `${w}s`),
      fc.constantFrom('met', 'held', 'kept', 'took', 'broke', 'won\'t', 'cannot', 'Russia', 'Taliban', 'the', 'bank', 'urban', 'said', 'according', 'favour', 'organised', 'they'),
    );
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 8 }), (list) => {
        const text = `${list.join(' ')}.`;
        if (!prefilter.mayScore(text)) expect(scorer.score(text, { target: 'Taliban' }).evidence).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('createCascadeScorer', () => {
  const scorer = createStanceScorer();
  const cascade = createCascadeScorer(scorer);
  const texts = [
    'Russia is not planning to negotiate with the Taliban.',
    'It rained in Kazan on Monday.',
    'Lavrov met them in Moscow.',
    'Investors expected lower inflation, officials said.',
  ];
  it.each(texts)('scores %p exactly like the full scorer', (text) => {
    expect(cascade.score(text, { target: 'Taliban', actor: 'Russia' })).toEqual(scorer.score(text, { target: 'Taliban', actor: 'Russia' }));
  });
  it('keeps the cascade through with() and validates its scorer', () => {
    const changed = cascade.with({ constants: { labelThreshold: 0.5 } });
    expect(changed.score('Russia hosted talks with the Taliban.', { target: 'Taliban' })).toEqual(
      scorer.with({ constants: { labelThreshold: 0.5 } }).score('Russia hosted talks with the Taliban.', { target: 'Taliban' }),
    );
    expect(() => createCascadeScorer({} as never)).toThrow(InvalidOptionError);
  });
  it('applies refiners to the zero result as the full path does', () => {
    const refiners = [{ id: 'mark', refine: (s: never) => ({ ...(s as object), phase: 'toward recognition' }) as never }];
    const refined = scorer.with({ refiners });
    expect(createCascadeScorer(refined).score('It rained.', {})).toEqual(refined.score('It rained.', {}));
  });
});

describe('lemmaForms.json', () => {
  it('is what bench/generateLemmaForms.ts derives from the installed NLP model (regenerate it if this fails)', () => {
    expect(JSON.parse(JSON.stringify(deriveLemmaForms()))).toEqual(lemmaForms);
  });
});
