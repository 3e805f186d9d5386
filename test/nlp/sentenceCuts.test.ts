import fc from 'fast-check';
import { createRequire } from 'node:module';
import { deriveAbbreviations } from '../../bench/deriveAbbreviations';
import abbreviations from '../../src/nlp/abbreviations.json';
import { createNlp } from '../../src/nlp';

const nlp = createNlp();
const cutsOf = (text: string): readonly number[] => nlp.sentenceCuts!(text);

/** The adapter's sentences of `text` read in pieces cut at `cuts`, as offsets into `text`. */
function piecewise(text: string, cuts: readonly number[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const to of [...cuts, text.length]) {
    for (const s of nlp.sentences(text.slice(from, to))) out.push({ start: from + s.start, end: from + s.end });
    from = to;
  }
  return out;
}

describe('Nlp.sentenceCuts (default model)', () => {
  it('cuts after a lower-case word that ends a sentence before a capital', () => {
    const text = 'Russia hosted talks. The Taliban came! Who paid? Nobody said.';
    expect(cutsOf(text).map((c) => text.slice(0, c))).toEqual(['Russia hosted talks.', 'Russia hosted talks. The Taliban came!', 'Russia hosted talks. The Taliban came! Who paid?']);
  });

  it('cuts after a capitalised word that is no abbreviation, and before an opening quotation mark', () => {
    const text = 'Talks began on Monday. Shop owners left. “We agree,” he said. Lavrov went to Moscow. "Fine," he said.';
    expect(cutsOf(text).map((c) => text.slice(0, c).split(' ').pop())).toEqual(['Monday.', 'left.', 'said.', 'Moscow.']);
  });

  it('does not cut after the model’s abbreviations, capitalised words, initials or before a lower-case word', () => {
    for (const text of [
      'It rose by approx. Ten points.',
      'Delegates from Kabul, Tashkent etc. Were there.',
      'He met Gen. Ivanov.',
      'Talks with the U.S. The envoy left.',
      'They met at 5 p.m. Then they left.',
      'Talks ended. then more talks.',
      'Talks ended.“The envoy left.”',
      'Visit example.com. The site.',
      'Peace talks.The envoy left.',
    ]) {
      expect([text, cutsOf(text)]).toEqual([text, []]);
    }
  });

  const word = fc.constantFrom(
    'talks', 'ended', 'the', 'The', 'Taliban', 'Russia', 'Moscow', 'I', 'A', 'etc.', 'approx.', 'no.', 'No.', 'inc.', 'Inc.', 'jan.',
    'Jan.', 'Oct.', 'Gen.', 'U.S.', 'U.N.', 'e.g.', 'p.m.', 'Mr.', 'St.', 'vs.', '20', '2.5', '3,000', 'Erdoğan', 'talks.', 'said.',
    'met!', 'why?', '“We', 'ready,”', 'Monday.', 'Moscow.', 'Kazan!', 'Mon.', 'Sept.', 'Sep.', 'Dr.', 'Prof.', 'Sen.', 'Rep.', 'Ltd.',
    'Co.', 'Jr.', 'Ms.', 'Mrs.', 'Ave.', 'Corp.', 'Fig.', 'Nov.', 'Ft.', '"Moscow', '‘Yes', '"we', '“the', 'Al.', 'Ok.', 'Hon.', 'Esq.', 'Gov.', '(aside)', '(talks.', '"Yes."', '‘quoted’', "isn't", 'co-operation.', 'www.example.com.',
    '—', '...', '…', ',', ';', ':', '-', '\n', '\n\n', '\t', 'X', 'Z.', 'ok.', 'OK.', 'Ça', 'él.', 'Émile',
  );
  const text = fc.array(word, { maxLength: 30 }).chain((words) =>
    fc.array(fc.constantFrom(' ', ' ', ' ', '  ', '\n', ''), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => `${w}${gaps[i]}`).join('')),
  );

  it('cuts only where the whole text has a sentence end, and reading the pieces gives the same sentences (property)', () => {
    fc.assert(
      fc.property(text, (t) => {
        const cuts = cutsOf(t);
        const whole = nlp.sentences(t).map((s) => ({ start: s.start, end: s.end }));
        for (const cut of cuts) expect(whole.some((s) => s.end === cut)).toBe(true);
        expect(piecewise(t, cuts)).toEqual(whole);
      }),
      { numRuns: 4000 },
    );
  });

  it('is left out for another model, whose splitter it cannot know', () => {
    const other = createNlp({ model: createRequire(__filename)('wink-eng-lite-web-model') });
    expect(other.sentenceCuts).toBeUndefined();
  });
});

describe('abbreviations.json', () => {
  it('is what bench/generateAbbreviations.ts derives from the installed NLP model (regenerate it if this fails)', () => {
    expect(deriveAbbreviations()).toEqual(abbreviations);
  });
});
