import fc from 'fast-check';
import { compileNames } from '../../src/scoring/findMentions';

/** compileNames(names, true) as one plain alternation of the names, longest first. */
function plain(names: readonly string[]): RegExp | null {
  const cleaned = [...new Set(names.map((n) => n.trim().replace(/[\u2019\u2018]/g, "'")).filter((n) => n.length > 0))];
  if (cleaned.length === 0) return null;
  cleaned.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const body = (n: string): string => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['\u2019]").replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${cleaned.map(body).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

const PIECES = ['Sudan', 'South ', 'S', 'Niger', 'ia', "'", '’', ' ', '  ', 'N', 'Ж', '😀', '.', '(', 'U.K.'];
const names = fc.array(fc.array(fc.constantFrom(...PIECES), { maxLength: 4 }).map((p) => p.join('')), { maxLength: 10 });
const texts = fc.array(fc.constantFrom(...PIECES, ',', 'x', '\n'), { maxLength: 24 }).map((p) => p.join(''));
const found = (re: RegExp | null, text: string): [number, string][] => (re === null ? [] : [...text.matchAll(re)].map((m) => [m.index ?? 0, m[0]]));

describe('compileNames (case-sensitive)', () => {
  it('finds exactly what one plain alternation of the names finds', () => {
    fc.assert(
      fc.property(names, texts, (list, text) => {
        expect(found(compileNames(list, true), text)).toEqual(found(plain(list), text));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
  });

  it('prefers the longer name and keeps both apostrophes', () => {
    expect(found(compileNames(['Sudan', 'South Sudan', "Sana'a"], true), 'South  Sudan and Sana’a')).toEqual([
      [0, 'South  Sudan'],
      [17, 'Sana’a'],
    ]);
  });
});
