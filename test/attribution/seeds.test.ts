import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributeUnits } from '../../src/attribution/attributeUnits';
import { splitUnits } from './splitUnits';

/** The example corpus: attribution patterns as they occur in real articles. */
const seed = (file: string) => {
  const text = readFileSync(join(__dirname, '../../examples/data', file), 'utf8');
  const units = splitUnits(text);
  const out = attributeUnits(text, units, { target: 'Taliban' });
  return (phrase: string) => {
    const at = text.indexOf(phrase);
    const i = units.findIndex((u) => u.start <= at && at < u.end);
    return out.units[i];
  };
};

describe('attribution on the seed articles', () => {
  const cases: ReadonlyArray<[string, string, string, Record<string, unknown>]> = [
    ['second sentence of a quote opened by "Babushkin said,"', '000_0a1e172f0e736020.txt', 'keeps functioning', { speaker: 'Roman Babushkin', actor: 'Russia', quote: 'direct' }],
    ['"the envoy" refers back to Babushkin', '000_0a1e172f0e736020.txt', 'no need to panic', { speaker: 'Roman Babushkin' }],
    ['the ambassador in Kabul is found through the registry role', '000_0a1e172f0e736020.txt', 'positive and constructive', { speaker: 'Dmitry Zhirnov', actor: 'Russia' }],
    ['Taliban words inside Zhirnov\'s quote', '000_0a1e172f0e736020.txt', 'friendliest', { speaker: 'Dmitry Zhirnov', actor: 'Taliban', target: 'Russia' }],
    ['an appositive speaker after a quote', '001_92abfbba9e505c51.txt', 'blacklist', { speaker: 'Abdul Qahar Balkhi', actor: 'Taliban', target: 'Russia' }],
    ['"the Taliban spokesman" refers back to Balkhi', '001_92abfbba9e505c51.txt', 'chapter of war', { speaker: 'Abdul Qahar Balkhi', actor: 'Taliban' }],
    ['"the Foreign Ministry" is Russia\'s', '001_92abfbba9e505c51.txt', 'apparent contradiction', { speaker: 'Russian Foreign Ministry', actor: 'Russia' }],
    ['"The Russian minister" is Lavrov', '002_f354201d4758c607.txt', 'extremely important', { speaker: 'Sergey Lavrov' }],
    ['a three-sentence quote attributed after it', '003_d093af9fcdfad0bd.txt', 'many times', { speaker: 'Dmitry Peskov', quote: 'direct' }],
    ['a person named through a demonym title', '004_265c24f8302bdf36.txt', 'held a meeting', { speaker: 'JP Singh', actor: 'India' }],
  ];
  it.each(cases)('%s', (_why, file, phrase, expected) => {
    expect(seed(file)(phrase)).toMatchObject(expected);
  });
});
