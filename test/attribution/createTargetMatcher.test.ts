import fc from 'fast-check';
import { createTargetMatcher } from '../../src/attribution/createTargetMatcher';
import { defaultActorRegistry } from '../../src/attribution/defaultActorRegistry';
import { InvalidOptionError } from '../../src/errors';
import { splitUnits } from './splitUnits';

const registry = defaultActorRegistry();
const taliban = createTargetMatcher({ target: 'Taliban', aliases: ['interim government'], registry });
const found = (text: string): Array<[string, string]> => taliban.find(text, splitUnits(text)).map((m) => [m.text, m.resolution]);

describe('createTargetMatcher', () => {
  const cases: ReadonlyArray<[string, string, Array<[string, string]>]> = [
    ['the name', 'Moscow invited the Taliban.', [['Taliban', 'name']]],
    ['registry names of the target', 'The Islamic Emirate and the IEA replied.', [['Islamic Emirate', 'name'], ['IEA', 'name']]],
    ['a lower-case alias also matches capitalised', 'The Interim Government met.', [['Interim Government', 'alias']]],
    ['"the group" after the target', 'The Taliban took power. Later the group asked for aid.', [['Taliban', 'name'], ['the group', 'description']]],
    ['"the movement" and "the insurgents"', 'The Taliban marched on. The movement and the insurgents won.', [['Taliban', 'name'], ['The movement', 'description'], ['the insurgents', 'description']]],
    ['"them" in the same sentence', 'Moscow hosted the Taliban and praised them.', [['Taliban', 'name'], ['them', 'pronoun']]],
    ['"their" in the next sentence', 'The Taliban came. Moscow noted their promises.', [['Taliban', 'name'], ['their', 'pronoun']]],
    ['a rival state in between takes the pronoun', 'The Taliban came. Pakistan sent aid. Moscow thanked them.', [['Taliban', 'name']]],
    ['a generic party in between takes the pronoun', 'The Taliban spoke to all countries concerned and thanked them.', [['Taliban', 'name']]],
    ['another group in between takes "the group"', 'The Taliban fought the Islamic State group. Later the group attacked.', [['Taliban', 'name']]],
    [
      "the target's own predicate noun is no other group",
      'The Taliban were, for Moscow, a terrorist organisation. A court banned the movement.',
      [['Taliban', 'name'], ['the movement', 'description']],
    ],
    ['a sentence-opening "They" is the previous subject, not the last name', 'Pakistan has hosted Taliban envoys. They want more talks.', [['Taliban', 'name']]],
    ['a sentence-opening "They" continuing the target', 'The Taliban met Pakistani envoys. They want more talks.', [['Taliban', 'name'], ['They', 'pronoun']]],
    [
      'a sentence-opening "They" after a sentence of other people, with no name in it, is those people',
      'Moscow lifted the ban on the Taliban. The step was criticised by rights activists. They said it was premature.',
      [['Taliban', 'name']],
    ],
    ['too far back: no coreference', 'The Taliban came. One. Two. Three. They left.', [['Taliban', 'name']]],
    ['no antecedent: no coreference', 'They said the group would meet.', []],
    ['a word that contains the name is not the name', 'Talibanisation worried analysts.', []],
  ];
  it.each(cases)('%s', (_why, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('records the antecedent of a pronoun', () => {
    const text = 'Moscow hosted the Taliban and praised them.';
    const [name, pronoun] = taliban.find(text);
    expect(pronoun?.antecedent).toEqual({ start: name?.start, end: name?.end });
  });

  it('can switch pronouns off and use its own descriptions', () => {
    const m = createTargetMatcher({ target: 'Junta', descriptions: ['the generals'], pronouns: false });
    const text = 'The Junta ruled. The generals and their allies stayed.';
    expect(m.find(text).map((x) => x.text)).toEqual(['Junta', 'The generals']);
  });

  it('treats a user alias starting with "the" as a description', () => {
    const m = createTargetMatcher({ target: 'HTS', aliases: ['the new rulers'], descriptions: [] });
    expect(m.find('HTS took Damascus. The new rulers met envoys.').map((x) => x.resolution)).toEqual(['name', 'description']);
    expect(m.find('The new rulers met envoys.')).toEqual([]);
  });

  const bad: ReadonlyArray<[string, Record<string, unknown>]> = [
    ['target', { target: ' ' }],
    ['aliases', { target: 'X', aliases: 'Y' }],
    ['unitsBack', { target: 'X', unitsBack: -1 }],
  ];
  it.each(bad)('rejects a bad %s', (name, options) => {
    expect(() => createTargetMatcher(options as never)).toThrow(InvalidOptionError);
    expect(() => createTargetMatcher(options as never)).toThrow(`"${name}"`);
  });

  it('returns sorted mentions whose offsets point at their text (property)', () => {
    const pieces = ['The Taliban', 'the group', 'them', 'Pakistan', 'said', '.', ' ', 'their', 'IEA', 'all countries concerned', '\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join(' ');
        const mentions = taliban.find(text);
        mentions.forEach((m, i) => {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1]?.start ?? 0);
          if (m.resolution === 'pronoun' || m.resolution === 'description') expect(m.antecedent).not.toBeNull();
        });
      }),
    );
  });
});
