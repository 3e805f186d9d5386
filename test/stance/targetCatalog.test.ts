import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataValidationError } from '../../src/errors';
import { defaultTargets, targetAliases } from '../../src/stance/targetCatalog';

describe('defaultTargets', () => {
  const catalog = defaultTargets();

  it('holds every entry of data/targets.json', () => {
    const data = JSON.parse(readFileSync(join(__dirname, '../../data/targets.json'), 'utf8')) as { targets: { id: string }[] };
    expect(catalog.targets.map((t) => t.id)).toEqual(data.targets.map((t) => t.id));
    for (const t of catalog.targets) expect(t.note.length).toBeGreaterThan(0);
  });

  it.each([
    ['Taliban', 'Taliban'],
    ['Islamic Emirate', 'Taliban'],
    ['islamic emirate', 'Taliban'],
    ['  IEA  ', 'Taliban'],
    ['interim government', 'Taliban'],
    ['Hayat Tahrir al-Sham', 'HTS'],
    ['authorities in Kabul', 'Taliban'],
    ['authorities in Damascus', 'HTS'],
    ['Maduro regime', 'Maduro government'],
    ['military regime', 'Myanmar junta'],
  ])('finds %j as %s (id or alias, any case, trimmed)', (name, id) => {
    expect(catalog.find(name)?.id).toBe(id);
  });

  it('gives an alias shared by two targets to the first one that lists it', () => {
    const owners = catalog.targets.filter((t) => t.aliases.some((a) => a.toLowerCase() === 'the group'));
    expect(owners.length).toBeGreaterThan(1);
    expect(catalog.find('the group')?.id).toBe(owners[0]!.id);
  });

  it('leaves "the regime" out of the aliases of Syria\'s new authorities: in news of Syria it is the fallen one', () => {
    expect(catalog.targets.find((t) => t.id === 'HTS')?.aliases.map((a) => a.toLowerCase())).not.toContain('the regime');
    expect(catalog.find('the regime')?.id).toBe('Taliban');
  });

  it('finds nothing for an unknown name', () => {
    expect(catalog.find('Atlantis')).toBeUndefined();
    expect(catalog.find('')).toBeUndefined();
  });

  it('is built once and frozen', () => {
    expect(defaultTargets()).toBe(catalog);
    expect(Object.isFrozen(catalog)).toBe(true);
  });
});

describe('TargetCatalog.extend', () => {
  const base = defaultTargets();

  it('adds entries and finds them by id and alias, leaving the original unchanged', () => {
    const more = base.extend({ targets: [{ id: 'Polisario', aliases: ['Polisario Front', 'SADR'], note: 'test entry' }] }, 'mine.json');
    expect(more.find('SADR')?.id).toBe('Polisario');
    expect(more.find('Taliban')?.id).toBe('Taliban');
    expect(base.find('SADR')).toBeUndefined();
    expect(more.targets).toHaveLength(base.targets.length + 1);
  });

  it('accepts a bare array of entries and an entry without a note', () => {
    const more = base.extend([{ id: 'Polisario', aliases: [] }]);
    expect(more.find('polisario')).toEqual({ id: 'Polisario', aliases: [], note: '' });
  });

  it('replaces an entry with the same id (any case), keeping the others', () => {
    const more = base.extend({ targets: [{ id: 'taliban', aliases: ['the Kabul rulers'], note: 'narrower' }] });
    expect(more.find('the Kabul rulers')?.id).toBe('taliban');
    expect(more.find('Islamic Emirate')).toBeUndefined();
    expect(more.targets.filter((t) => t.id.toLowerCase() === 'taliban')).toHaveLength(1);
    expect(more.find('HTS')?.id).toBe('HTS');
  });

  it('keeps the claimant of a target, the state that claims its territory', () => {
    expect(base.find('Somaliland')?.claimant).toBe('Somalia');
    expect(base.find('Taliban')?.claimant).toBeUndefined();
    expect(base.extend({ targets: [{ id: 'Abkhazia', aliases: ['Sukhumi'], claimant: 'Georgia', note: 'n' }] }).find('Sukhumi')?.claimant).toBe('Georgia');
  });

  it.each<{ why: string; input: unknown; entry: string; problem: RegExp }>([
    { why: 'not a list', input: { targets: 'Taliban' }, entry: '(file)', problem: /expected \{ "targets"/ },
    { why: 'a number', input: 7, entry: '(file)', problem: /expected/ },
    { why: 'an entry that is not an object', input: { targets: ['Taliban'] }, entry: 'targets[0]', problem: /must be an object/ },
    { why: 'a missing id', input: { targets: [{ aliases: [] }] }, entry: 'targets[0]', problem: /needs an "id" string/ },
    { why: 'a blank id', input: { targets: [{ id: '  ', aliases: [] }] }, entry: '  ', problem: /needs an "id" string/ },
    { why: 'an unknown key, named', input: { targets: [{ id: 'X', aliases: [], colour: 'red' }] }, entry: 'X', problem: /unknown key "colour"/ },
    { why: 'aliases not an array', input: { targets: [{ id: 'X', aliases: 'x' }] }, entry: 'X', problem: /"aliases" must be an array of non-empty strings/ },
    { why: 'a blank alias', input: { targets: [{ id: 'X', aliases: ['ok', ' '] }] }, entry: 'X', problem: /"aliases" must be/ },
    { why: 'a non-string alias', input: { targets: [{ id: 'X', aliases: [3] }] }, entry: 'X', problem: /"aliases" must be/ },
    { why: 'a blank claimant', input: { targets: [{ id: 'X', aliases: [], claimant: ' ' }] }, entry: 'X', problem: /"claimant" must be the id of the actor/ },
    { why: 'a claimant that is not a string', input: { targets: [{ id: 'X', aliases: [], claimant: ['Somalia'] }] }, entry: 'X', problem: /"claimant" must be/ },
    { why: 'a duplicate id (any case), the second named', input: { targets: [{ id: 'X', aliases: [] }, { id: 'x', aliases: [] }] }, entry: 'x', problem: /duplicate id/ },
  ])('rejects $why with a DataValidationError naming the file and the entry', ({ input, entry, problem }) => {
    let error: unknown;
    try {
      base.extend(input, 'my-targets.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataValidationError);
    const e = error as DataValidationError;
    expect(e.file).toBe('my-targets.json');
    expect(e.entry).toBe(entry);
    expect(e.problem).toMatch(problem);
    expect(e.message).toContain(`my-targets.json: entry ${entry}:`);
  });

  it('names the source "<targets>" when none is given', () => {
    expect(() => base.extend({ targets: [{ id: 'X' }] })).toThrow('<targets>: entry X:');
  });
});

describe('targetAliases', () => {
  it("gives the catalogue's aliases plus the caller's, without duplicates", () => {
    const aliases = targetAliases('Taliban', ['the Kabul rulers', 'IEA']);
    expect(aliases).toContain('Islamic Emirate');
    expect(aliases).toContain('the Kabul rulers');
    expect(aliases.filter((a) => a === 'IEA')).toHaveLength(1);
    expect(aliases.slice(0, defaultTargets().find('Taliban')!.aliases.length)).toEqual(defaultTargets().find('Taliban')!.aliases);
  });

  it('finds the target by alias too', () => {
    expect(targetAliases('Islamic Emirate')).toEqual(defaultTargets().find('Taliban')!.aliases);
  });

  it("gives only the caller's aliases for an unknown target", () => {
    expect(targetAliases('Atlantis', ['the lost city'])).toEqual(['the lost city']);
    expect(targetAliases('Atlantis')).toEqual([]);
  });

  it('uses the catalogue it is given', () => {
    const mine = defaultTargets().extend([{ id: 'Atlantis', aliases: ['the lost city'] }]);
    expect(targetAliases('Atlantis', ['Poseidonia'], mine)).toEqual(['the lost city', 'Poseidonia']);
  });
});
