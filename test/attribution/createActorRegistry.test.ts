import fc from 'fast-check';
import { createActorRegistry } from '../../src/attribution/createActorRegistry';
import { defaultActorRegistry } from '../../src/attribution/defaultActorRegistry';
import { DataValidationError } from '../../src/errors';

const small = {
  actors: [
    { id: 'Russia', kind: 'state', names: ['Russia', 'Russian Federation'], demonyms: ['Russian'], metonyms: ['Moscow', 'the Kremlin'], institutions: ['Russian Foreign Ministry'] },
    { id: 'Qatar', kind: 'state', names: ['Qatar'], demonyms: ['Qatari'], metonyms: ['Doha'] },
  ],
  officials: [{ id: 'Sergey Lavrov', aliases: ['Sergei Lavrov', 'Lavrov'], actor: 'Russia', roles: ['foreign minister'], from: '2004-03-09', to: null }],
};

describe('createActorRegistry: validation', () => {
  const bad: ReadonlyArray<[string, unknown, RegExp]> = [
    ['the root must be an object', [], /expected an object/],
    ['actors must be an array', { actors: {} }, /must be an array of actor entries/],
    ['an actor needs an id', { actors: [{ kind: 'state', names: [] }] }, /"id" must be a non-empty string/],
    ['kind must be known', { actors: [{ id: 'X', kind: 'country', names: ['X'] }] }, /"kind" must be one of state/],
    ['names must be strings', { actors: [{ id: 'X', kind: 'state', names: ['X', 3] }] }, /"names\[1\]" must be a non-empty string/],
    ['duplicate ids are rejected', { actors: [small.actors[1], small.actors[1]] }, /duplicate id/],
    [
      'a name shared by two actors is rejected',
      { actors: [small.actors[1], { id: 'Qatar2', kind: 'state', names: ['Doha'] }] },
      /name "Doha" is also used by actors\[0\] "Qatar"/,
    ],
    ['an official of an unknown actor is rejected', { actors: [small.actors[1]], officials: [{ id: 'A B', aliases: [], actor: 'Nowhere' }] }, /unknown actor "Nowhere"/],
    ['a malformed date is rejected', { actors: [small.actors[1]], officials: [{ id: 'A B', aliases: [], actor: 'Qatar', from: '2021-02-30' }] }, /"from" must be an ISO date/],
    ['from after to is rejected', { actors: [small.actors[1]], officials: [{ id: 'A B', aliases: [], actor: 'Qatar', from: '2022-01-01', to: '2021-01-01' }] }, /swap them/],
    [
      'an alias shared by officials over overlapping dates is rejected',
      { actors: [small.actors[1]], officials: [{ id: 'A B', aliases: ['AB'], actor: 'Qatar' }, { id: 'C D', aliases: ['AB'], actor: 'Qatar' }] },
      /non-overlapping "from"\/"to"/,
    ],
    ['unknown fields are rejected (a typo of "aliases")', { actors: [small.actors[1]], officials: [{ id: 'A B', alias: ['AB'], actor: 'Qatar' }] }, /unknown field "alias"/],
    ['a __proto__ key is an unknown field, never a prototype', JSON.parse('{"actors":[{"id":"X","kind":"state","names":["X"],"__proto__":{"polluted":true}}]}'), /unknown field "__proto__"/],
    ['governs must name a known actor', { actors: [{ id: 'X', kind: 'movement', names: ['X'], governs: ['Y'] }] }, /"governs" names unknown actor "Y"/],
    ['governsSince must be an ISO date', { actors: [small.actors[1], { id: 'X', kind: 'movement', names: ['X'], governs: ['Qatar'], governsSince: '15 Aug 2021' }] }, /"governsSince" must be an ISO date/],
    ['governsSince needs governs', { actors: [{ id: 'X', kind: 'movement', names: ['X'], governsSince: '2021-08-15' }] }, /"governsSince" needs "governs"/],
    ['gender must be m, f or null', { actors: [small.actors[1]], officials: [{ id: 'A B', aliases: [], actor: 'Qatar', gender: 'x' }] }, /"gender" must be/],
  ];
  it.each(bad)('%s', (_why, input, message) => {
    let thrown: unknown;
    try {
      createActorRegistry(input, { file: 'mine.json' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DataValidationError);
    expect((thrown as Error).message).toMatch(/^mine\.json: entry /);
    expect((thrown as Error).message).toMatch(message);
  });

  it('leaves Object.prototype untouched by a registry with "constructor" and "__proto__" names', () => {
    const registry = createActorRegistry({ actors: [{ id: 'constructor', kind: 'state', names: ['__proto__', 'toString'] }] });
    expect(registry.resolveActor('__proto__')?.actor).toBe('constructor');
    expect(registry.resolveActor('hasOwnProperty')).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('allows officials to share an alias over non-overlapping dates and picks by date', () => {
    const registry = createActorRegistry({
      actors: [{ id: 'Group', kind: 'movement', names: ['the Group'] }, { id: 'Land', kind: 'state', names: ['Land'] }],
      officials: [
        { id: 'Abu Example', aliases: ['Example'], actor: 'Group', to: '2020-12-31' },
        { id: 'Ahmad Example', aliases: ['Example'], actor: 'Land', from: '2021-01-01' },
      ],
    });
    expect(registry.resolveActor('Example', '2019-05-01')).toMatchObject({ official: 'Abu Example', actor: 'Group' });
    expect(registry.resolveActor('Example', '2022-05-01')).toMatchObject({ official: 'Ahmad Example', actor: 'Land' });
    // Without a date the most recent entry wins.
    expect(registry.resolveActor('Example')?.official).toBe('Ahmad Example');
  });
});

describe('resolveActor on the default registry', () => {
  const registry = defaultActorRegistry();
  const cases: ReadonlyArray<[string, string, string | undefined, Record<string, unknown> | null]> = [
    ['an official by surname', 'Lavrov', undefined, { actor: 'Russia', official: 'Sergey Lavrov', via: 'official' }],
    ['an official by another spelling', 'Sergei Lavrov', undefined, { official: 'Sergey Lavrov' }],
    ['title plus name goes through the official', 'Kremlin Press Secretary Dmitry Peskov', undefined, { actor: 'Russia', official: 'Dmitry Peskov' }],
    ['an unknown envoy through the demonym', 'Russian envoy Pavel Ignatov', undefined, { actor: 'Russia', official: null, via: 'demonym' }],
    ['an unknown diplomat through the demonym', 'Indian diplomat Arvind Rao', undefined, { actor: 'India', via: 'demonym' }],
    ['a capital as metonym', 'Moscow', undefined, { actor: 'Russia', via: 'metonym' }],
    ['the Kremlin with its article', 'the Kremlin', undefined, { actor: 'Russia', via: 'metonym' }],
    ['a role unique to one official', 'the Russian president', undefined, { official: 'Vladimir Putin', via: 'role' }],
    ['a nickname role', 'the Kremlin chief', undefined, { official: 'Vladimir Putin' }],
    ['a Taliban official', 'Muttaqi', undefined, { actor: 'Taliban', official: 'Amir Khan Muttaqi' }],
    ['a Taliban spokesman', 'Zabihullah Mujahid', undefined, { actor: 'Taliban' }],
    ['the movement by its own name', 'Islamic Emirate', undefined, { actor: 'Taliban', via: 'name' }],
    ['an acronym', 'IEA', undefined, { actor: 'Taliban' }],
    ['a name with a non-ASCII letter', 'Erdoğan', undefined, { actor: 'Turkey' }],
    ['the ASCII spelling of the same name', 'Erdogan', undefined, { actor: 'Turkey' }],
    ['HTS leader before December 2024', 'Jolani', '2023-06-01', { actor: 'HTS', official: 'Abu Mohammad al-Jolani' }],
    ['the same man after December 2024', 'al-Sharaa', '2025-02-01', { official: 'Ahmed al-Sharaa' }],
    ['an institution', 'Russian Foreign Ministry', undefined, { actor: 'Russia', via: 'institution' }],
    ['a possessive is dropped', 'Russia’s', undefined, { actor: 'Russia' }],
    ['lower case of a proper name', 'pakistan', undefined, { actor: 'Pakistan' }],
    ['an acronym in lower case is a word, not a state', 'us', undefined, null],
    ['a small state that has recognised and derecognised', 'Suriname', undefined, { actor: 'Suriname', via: 'name' }],
    ['a small state by its capital', 'Lomé', undefined, { actor: 'Togo', via: 'metonym' }],
    ['a hyphenated name wins over the shorter one inside it', 'Guinea-Bissau', undefined, { actor: 'Guinea-Bissau' }],
    ['Taiwan by its capital', 'Taipei', undefined, { actor: 'Taiwan' }],
    ['a regional organisation by its adjective', 'Southeast Asian', undefined, { actor: 'ASEAN', via: 'demonym' }],
    ['an unknown name', 'Ruritania', undefined, null],
    ['an empty name', '   ', undefined, null],
  ];
  it.each(cases)('%s: %s', (_why, name, date, expected) => {
    const got = registry.resolveActor(name, date);
    if (expected === null) expect(got).toBeNull();
    else expect(got).toMatchObject(expected);
  });

  it('covers the actors and officials analysts use', () => {
    const ids = registry.actors.map((a) => a.id);
    for (const id of ['Russia', 'China', 'India', 'Pakistan', 'Iran', 'USA', 'UK', 'EU', 'United Nations', 'Turkey', 'Qatar', 'Uzbekistan', 'Tajikistan', 'Kazakhstan', 'Afghanistan', 'Taliban', 'Syria', 'HTS', 'Israel', 'Palestine', 'Kosovo', 'Serbia', 'Somalia', 'Somaliland', 'Myanmar', 'Venezuela']) {
      expect(ids).toContain(id);
    }
    for (const name of ['Putin', 'Lavrov', 'Peskov', 'Zakharova', 'Kabulov', 'Zhirnov', 'Nebenzia', 'Babushkin', 'Shoigu', 'Medvedev', 'Muttaqi', 'Mujahid', 'Balkhi', 'Shaheen', 'Dilawar']) {
      expect(registry.resolveActor(name)?.official).not.toBeNull();
    }
  });

  it('finds names on Unicode word boundaries only', () => {
    const found = registry.scan('Erdoğan met Putin; Putinism and Russians are not names here.');
    expect(found.map((m) => m.text)).toEqual(['Erdoğan', 'Putin']);
  });

  it('scan offsets always point at the matched text (property)', () => {
    const words = ['Russia', 'Moscow', 'Lavrov', 'Erdoğan', 'the Kremlin', 'said', 'talks', 'Russian', 'US', 'us', ',', '.', ' ', 'ğ', '’s'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), fc.string({ maxLength: 20 }), (parts, noise) => {
        const text = parts.join(' ') + noise;
        for (const m of registry.scan(text)) {
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(registry.actor(m.actor)).toBeDefined();
        }
        expect(() => registry.resolveActor(text)).not.toThrow();
      }),
    );
  });
});

describe('extend', () => {
  it('adds entries, replaces same-id entries and re-validates', () => {
    const base = createActorRegistry(small);
    const extended = base.extend({
      actors: [{ id: 'Ruritania', kind: 'state', names: ['Ruritania'], demonyms: ['Ruritanian'] }],
      officials: [{ id: 'Sergey Lavrov', aliases: ['Lavrov'], actor: 'Ruritania' }],
    });
    expect(extended.resolveActor('Ruritanian envoy Anna Marek')?.actor).toBe('Ruritania');
    expect(extended.resolveActor('Lavrov')?.actor).toBe('Ruritania');
    // The replaced entry's other alias is gone: only the surname still matches.
    expect(extended.scan('Sergei Lavrov').map((m) => m.text)).toEqual(['Lavrov']);
    // The original registry is unchanged.
    expect(base.resolveActor('Lavrov')?.actor).toBe('Russia');
    expect(() => base.extend({ actors: [{ id: 'Qatar3', kind: 'state', names: ['Moscow'] }] }, { file: 'user.json' })).toThrow(
      /user\.json: entry actors\[2\] "Qatar3": name "Moscow"/,
    );
  });

  it('round-trips through toJSON', () => {
    const registry = createActorRegistry(small);
    const again = createActorRegistry(JSON.parse(JSON.stringify(registry.toJSON())));
    expect(again.resolveActor('the Kremlin')?.actor).toBe('Russia');
    expect(again.officials.map((o) => o.id)).toEqual(['Sergey Lavrov']);
  });

  it('finds the institution behind a generic name', () => {
    const registry = defaultActorRegistry();
    expect(registry.institutionOf('Russia', 'the Foreign Ministry')).toBe('Russian Foreign Ministry');
    expect(registry.institutionOf('Qatar', 'Foreign Ministry')).toBe('Qatari Foreign Ministry');
    expect(registry.institutionOf('Kosovo', 'Foreign Ministry')).toBe('Kosovar Foreign Ministry');
  });
});
