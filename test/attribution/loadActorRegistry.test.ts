import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadActorRegistry } from '../../src/attribution/loadActorRegistry';
import { DataValidationError, InvalidOptionError } from '../../src/errors';

const dir = mkdtempSync(join(tmpdir(), 'actors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content, 'utf8');
  return path;
};
const extra = JSON.stringify({
  actors: [{ id: 'Ruritania', kind: 'state', names: ['Ruritania'], demonyms: ['Ruritanian'], metonyms: ['Strelsau'] }],
  officials: [{ id: 'Rudolf Elphberg', aliases: ['Elphberg'], actor: 'Ruritania', roles: ['king'] }],
});

describe('loadActorRegistry', () => {
  it('extends the default registry by default', () => {
    const registry = loadActorRegistry(write('extra.json', extra));
    expect(registry.resolveActor('Strelsau')?.actor).toBe('Ruritania');
    expect(registry.resolveActor('Elphberg')?.official).toBe('Rudolf Elphberg');
    expect(registry.resolveActor('Lavrov')?.actor).toBe('Russia');
  });

  it('replaces the default registry when asked', () => {
    const registry = loadActorRegistry(write('only.json', extra), { mode: 'replace' });
    expect(registry.resolveActor('Strelsau')?.actor).toBe('Ruritania');
    expect(registry.resolveActor('Lavrov')).toBeNull();
  });

  const bad: ReadonlyArray<[string, string, RegExp]> = [
    ['malformed JSON names the file', '{"actors": [', /not valid JSON/],
    ['an entry that clashes with the default registry', JSON.stringify({ actors: [{ id: 'Elsewhere', kind: 'state', names: ['Moscow'] }] }), /name "Moscow" is also used/],
    ['an official of an unknown actor', JSON.stringify({ officials: [{ id: 'A B', aliases: [], actor: 'Atlantis' }] }), /unknown actor "Atlantis"/],
  ];
  it.each(bad)('rejects %s', (_why, content, message) => {
    const path = write(`bad-${message.source.length}.json`, content);
    expect(() => loadActorRegistry(path)).toThrow(DataValidationError);
    expect(() => loadActorRegistry(path)).toThrow(message);
    expect(() => loadActorRegistry(path)).toThrow(path);
  });

  it('reports a missing file as a validation error naming it', () => {
    expect(() => loadActorRegistry(join(dir, 'missing.json'))).toThrow(/missing\.json: entry \(file\): cannot read/);
  });

  it('rejects an unknown mode', () => {
    expect(() => loadActorRegistry(write('x.json', extra), { mode: 'merge' as never })).toThrow(InvalidOptionError);
  });
});
