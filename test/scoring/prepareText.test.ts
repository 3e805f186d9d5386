import { defaultNlp } from '../../src/nlp';
import { prepareText } from '../../src/scoring/prepareText';

const nlp = defaultNlp();

/** The clause index of each word (not of punctuation) of the text. */
function clauses(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of prepareText(text, nlp).tokens) if (!t.boundary) out[t.lower] = t.clause;
  return out;
}

describe('prepareText: clauses', () => {
  test('a connective between commas interrupts its clause, which goes on after it', () => {
    const c = clauses('Ankara has not, however, lifted its ban.');
    expect(c['lifted']).toBe(c['not']);
    expect(c['however']).not.toBe(c['not']);
  });

  test('... also between the subject and its verb', () => {
    const c = clauses('Baku, meanwhile, has kept its mission open.');
    expect(c['kept']).toBe(c['baku']);
  });

  test('after a whole clause, the comma still ends it', () => {
    const c = clauses('Ankara talks to them, however, it will not lift the ban.');
    expect(c['lift']).not.toBe(c['ankara']);
  });

  test('"but" opens a clause', () => {
    const c = clauses('Ankara will not recognise them but it keeps contact.');
    expect(c['keeps']).toBeGreaterThan(c['ankara']!);
  });
});
