import fc from 'fast-check';
import { findQuotes } from '../../src/attribution/findQuotes';
import { markQuotedUnits } from '../../src/attribution/markQuotedUnits';
import { InvalidOptionError } from '../../src/errors';
import { splitUnits } from './splitUnits';

const quoted = (text: string): string[] => findQuotes(text).quotes.map((q) => text.slice(q.contentStart, q.contentEnd));

describe('findQuotes', () => {
  const cases: ReadonlyArray<[string, string, string[], string[]]> = [
    ['straight double quotes', 'The minister said, "We will keep talking to Kabul."', ['We will keep talking to Kabul.'], []],
    ['curly double quotes', 'She said, “Contacts continue.” Then she left.', ['Contacts continue.'], []],
    ['a quote over several sentences', '“We talk. We listen. We decide,” he said.', ['We talk. We listen. We decide,'], []],
    ['a single-quoted headline', "'Talks are useful': Moscow envoy\nBody text.", ['Talks are useful'], []],
    ['curly single quotes', 'A ‘working relationship’ was promised.', ['working relationship'], []],
    ['apostrophes are not quotes', "Russia's envoy and the countries’ ministers didn’t meet.", [], []],
    ['a scare quote is still a quote', "They took a 'u-turn' later.", ['u-turn'], []],
    ['an unbalanced quote is capped at its line end', 'He said, "Nothing will change.\nThe next line is narration.', ['Nothing will change.'], ['unbalanced-quote']],
    ['an unbalanced single quote in a headline', "'Recognition is far off: officials\nBody.", ['Recognition is far off: officials'], ['unbalanced-quote']],
    [
      'the next paragraph opening a quote continues the speech: no problem',
      '“We will talk.\n\n“We will also listen,” he said.',
      ['We will talk.', 'We will also listen,'],
      [],
    ],
    ['a stray closing mark is reported and ignored', 'He said no” and left.', [], ['stray-closing-quote']],
    ['nested single quotes inside double quotes', '"They call it \'progress\' in Doha," she said.', ["They call it 'progress' in Doha,", 'progress'], []],
  ];
  it.each(cases)('%s', (_why, text, expected, problems) => {
    const found = findQuotes(text);
    expect(found.quotes.map((q) => text.slice(q.contentStart, q.contentEnd))).toEqual(expected);
    expect(found.problems.map((p) => p.kind)).toEqual(problems);
  });

  it('cuts a quote longer than maxChars and reports it, so the rest of the text stays narration', () => {
    const text = `He said, "${'word '.repeat(100)}and the text goes on`;
    const found = findQuotes(text, { maxChars: 50 });
    expect(found.quotes[0]?.contentEnd).toBeLessThanOrEqual(10 + 50);
    expect(found.problems.map((p) => p.kind)).toContain('quote-too-long');
  });

  it('reports quotes left open in the order a reader meets their ends: too long first when that comes first', () => {
    const problems = (text: string, maxChars: number) => findQuotes(text, { maxChars }).problems.map((p) => [p.kind, p.offset]);
    // The straight quote is too long at index 7, before the line ends at 9 and leaves the single quote open.
    expect(problems('x "ab ‘cd\n', 3)).toEqual([
      ['quote-too-long', 2],
      ['unbalanced-quote', 6],
    ]);
    // The single quote would be too long at index 6, where the line ends: the line end closes both, in mark order.
    expect(problems('‘ab "c\n', 4)).toEqual([
      ['unbalanced-quote', 4],
      ['quote-too-long', 0],
    ]);
  });

  it('marks a quote continued by the next paragraph', () => {
    const found = findQuotes('“We will talk.\n\n“We will listen,” he said.');
    expect(found.quotes.map((q) => [q.closed, q.continued])).toEqual([
      [false, true],
      [true, false],
    ]);
  });

  it('counts quoted words', () => {
    expect(findQuotes('“One two three four”').quotes[0]?.words).toBe(4);
  });

  it.each([[0], [-1], [1.5], [Number.NaN]])('rejects maxChars %p', (maxChars) => {
    expect(() => findQuotes('x', { maxChars })).toThrow(InvalidOptionError);
  });

  it('keeps every quote inside the text and on one line (property)', () => {
    const pieces = ['"', '“', '”', "'", '‘', '’', 'word', ' ', '\n', '.', ',', 'Russia’s'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const { quotes } = findQuotes(text, { maxChars: 40 });
        for (const q of quotes) {
          expect(0 <= q.start && q.start < q.contentStart && q.contentStart <= q.contentEnd && q.contentEnd <= q.end && q.end <= text.length).toBe(true);
          expect(text.slice(q.contentStart, q.contentEnd)).not.toContain('\n');
          expect(q.contentEnd - q.contentStart).toBeLessThanOrEqual(40);
        }
      }),
    );
  });
});

describe('markQuotedUnits', () => {
  it('marks units inside, partly inside and outside quotes', () => {
    const text = 'Lavrov said, “We talk to them. Contacts are ongoing. We will see.” He left. It was a “test”.';
    const units = splitUnits(text);
    const marks = markQuotedUnits(text, units, findQuotes(text).quotes);
    expect(units.map((u, i) => [u.text, marks[i]?.status])).toEqual([
      ['Lavrov said, “We talk to them.', 'partial'],
      ['Contacts are ongoing.', 'inside'],
      ['We will see.”', 'inside'],
      ['He left.', 'none'],
      ['It was a “test”.', 'partial'],
    ]);
    // The one-word scare quote is not listed as speech.
    expect(marks[4]?.quotes).toEqual([]);
    // The middle sentence is inside a quote that opened before it.
    expect(marks[1]?.continues).toBe(0);
  });
});

describe('quotes in the quoted headline of a seed article', () => {
  it('caps the unclosed headline quote and does not swallow the body', () => {
    const text = "'Global recognition of the group is not on the table: Moscow\nThe body starts here, \"with a quote\" and more.";
    const found = findQuotes(text);
    expect(quoted(text)).toEqual(['Global recognition of the group is not on the table: Moscow', 'with a quote']);
    expect(found.problems).toHaveLength(1);
    expect(found.problems[0]?.offset).toBe(0);
  });
});

describe('findQuotes: a quote interrupted by another opening mark', () => {
  it('ends at that mark instead of running to the line end', () => {
    const text = '“We will talk “and then we will see,” he said.';
    const { quotes } = findQuotes(text);
    const first = quotes[0]!;
    expect(first.closed).toBe(false);
    expect(text.slice(first.contentStart, first.contentEnd)).toBe('We will talk');
  });
});
