import { createActorRegistry } from '../../src/attribution/createActorRegistry';
import { defaultActorRegistry } from '../../src/attribution/defaultActorRegistry';
import { pluralDemonym } from '../../src/attribution/pluralDemonym';
import { registryParties } from '../../src/stance/registryParties';

describe('registryParties', () => {
  const registry = createActorRegistry({
    actors: [
      { id: 'Ruritania', kind: 'state', names: ['Ruritania'], demonyms: ['Ruritanian'], metonyms: ['Strelsau'], institutions: ['Ruritanian Foreign Office'] },
      { id: 'Borduria', kind: 'state', names: ['Borduria'] },
    ],
    officials: [
      { id: 'Rudolf Rassendyll', aliases: ['Rassendyll', 'King Rudolf'], actor: 'Ruritania' },
      { id: 'Plekszy-Gladz', aliases: [], actor: 'Borduria' },
    ],
  });
  const parties = registryParties(registry);

  it('gives one party per actor, in registry order', () => {
    expect(parties.map((p) => p.id)).toEqual(['Ruritania', 'Borduria']);
  });

  it("gathers names, demonyms, metonyms, institutions and the officials' names and aliases, sorted", () => {
    expect(parties[0]).toEqual({
      id: 'Ruritania',
      names: ['King Rudolf', 'Rassendyll', 'Rudolf Rassendyll', 'Ruritania', 'Ruritanian', 'Ruritanian Foreign Office', 'Ruritanians', 'Strelsau'],
    });
    expect(parties[1]).toEqual({ id: 'Borduria', names: ['Borduria', 'Plekszy-Gladz'] });
  });

  it('keeps the officials of a state who left office before another actor came to govern it as parties of their own', () => {
    const governed = createActorRegistry({
      actors: [
        { id: 'Ruritania', kind: 'state', names: ['Ruritania'] },
        { id: 'Black Michael', kind: 'movement', names: ['Black Michael'], governs: ['Ruritania'], governsSince: '2020-05-01' },
      ],
      officials: [
        { id: 'Rudolf Rassendyll', aliases: ['Rassendyll'], actor: 'Ruritania', to: '2020-05-01' },
        { id: 'Rupert Hentzau', aliases: [], actor: 'Ruritania', from: '2020-06-01' },
      ],
    });
    const ids = registryParties(governed).map((p) => [p.id, p.names]);
    expect(ids).toEqual([
      ['Ruritania', ['Rupert Hentzau', 'Ruritania']],
      ['Black Michael', ['Black Michael']],
      ['Rudolf Rassendyll', ['Rassendyll', 'Rudolf Rassendyll']],
    ]);
    expect(registryParties(defaultActorRegistry()).find((p) => p.id === 'Bashar al-Assad')?.names).toContain('Assad');
  });

  it('knows the default registry: New Delhi is India, Lavrov is Russia, each name once', () => {
    const all = registryParties(defaultActorRegistry());
    expect(all.find((p) => p.id === 'India')?.names).toContain('New Delhi');
    expect(all.find((p) => p.id === 'Russia')?.names).toEqual(expect.arrayContaining(['Moscow', 'Kremlin', 'Sergey Lavrov']));
    for (const p of all) expect(new Set(p.names).size).toBe(p.names.length);
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
  });

  it.each([
    ['Israeli', 'Israelis'],
    ['Afghan', 'Afghans'],
    ['Palestinian', 'Palestinians'],
    ['Chinese', null],
    ['Swiss', null],
    ['British', null],
    ['French', null],
  ])('knows the people of the demonym %s as %s', (demonym, plural) => {
    expect(pluralDemonym(demonym)).toBe(plural);
  });

  it('gives nothing for an empty registry', () => {
    expect(registryParties(createActorRegistry({ actors: [], officials: [] }))).toEqual([]);
  });
});
