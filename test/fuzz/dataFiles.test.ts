/**
 * Fuzzing user data files (lexicons and actor registries): whatever the JSON, loading either succeeds or throws
 * DataValidationError naming the file; keys such as `__proto__`, `constructor` and `prototype` never pollute
 * Object.prototype; and an entry with a bad field is rejected with a message that names the entry.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createActorRegistry } from '../../src/attribution';
import { loadActorRegistry } from '../../src/attribution/loadActorRegistry';
import { DataValidationError, StanceShiftError } from '../../src/errors';
import { createLexicon, defaultLexicon } from '../../src/lexicon';
import { loadLexicon } from '../../src/lexicon/loadLexicon';

/** Keys that reach Object.prototype when copied naively (`target[key] = value`, recursive merges). */
const POISON_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Builds JSON text in which poison keys appear as real own keys (JSON.parse keeps `__proto__` as an own key). */
function poisoned(value: unknown, at: (typeof POISON_KEYS)[number]): string {
  return JSON.stringify(value).replace(/"__POISON__"/g, JSON.stringify(at));
}

const GOOD_CUE = { id: 'test.cue', pattern: 'parley|parleys', dimension: 'engagement', sign: 1, weight: 0.5, note: 'written for this test' };
const GOOD_ACTOR = { id: 'Ruritania', kind: 'state', names: ['Ruritania'], demonyms: ['Ruritanian'] };

/** A near-valid lexicon or registry with a poisoned object inserted at the top, in an entry, or as an entry. */
const poisonPlacement = fc.constantFrom('top', 'entry', 'nested', 'array-item');
function withPoison(base: Record<string, unknown>, listKey: string, entry: Record<string, unknown>, placement: string): Record<string, unknown> {
  const poison = { __POISON__: { polluted: 'yes', toString: 'yes' } };
  switch (placement) {
    case 'top':
      return { ...base, ...poison, [listKey]: [entry] };
    case 'entry':
      return { ...base, [listKey]: [{ ...entry, ...poison }] };
    case 'nested':
      return { ...base, [listKey]: [{ ...entry, names: poison, note: poison }] };
    default:
      return { ...base, [listKey]: [entry, poison] };
  }
}

function expectUnpolluted(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(typeof probe.toString).toBe('function');
}

/** Runs `load`; returns 'ok', or the error if it is a DataValidationError naming `file`; fails on anything else. */
function loadOrReject(load: () => unknown, file?: string): string {
  try {
    load();
    return 'ok';
  } catch (error) {
    expect(error).toBeInstanceOf(StanceShiftError);
    if (file !== undefined) {
      expect(error).toBeInstanceOf(DataValidationError);
      expect((error as DataValidationError).file).toBe(file);
    }
    return (error as Error).message;
  }
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'stance-shift-data-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  expectUnpolluted();
});

describe('lexicon files', () => {
  it('with poison keys anywhere, load or are rejected naming the file, and never pollute Object.prototype', () => {
    let n = 0;
    fc.assert(
      fc.property(fc.constantFrom(...POISON_KEYS), poisonPlacement, fc.constantFrom<'extend' | 'replace'>('extend', 'replace'), (key, placement, mode) => {
        n += 1;
        const file = join(work, `lexicon-${n}.json`);
        writeFileSync(file, poisoned(withPoison({ name: 'poisoned' }, 'cues', GOOD_CUE, placement), key));
        loadOrReject(() => loadLexicon(file, { mode, base: defaultLexicon() }), file);
        expectUnpolluted();
      }),
      { numRuns: 40, seed: 11 },
    );
  });

  it('from arbitrary JSON values, are created or rejected with a StanceShiftError, never a TypeError', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        loadOrReject(() => createLexicon(value));
        loadOrReject(() => createLexicon({ name: 'x', cues: [value] }));
        expectUnpolluted();
      }),
      { numRuns: 200, seed: 12 },
    );
  });

  it.each([
    // Rationale: each field of a cue entry broken one at a time; the message must name the entry so it can be fixed.
    ['a weight above 1', { weight: 7 }],
    ['an unknown dimension', { dimension: 'friendliness' }],
    ['a sign that is not -1 or 1', { sign: 0.5 }],
    ['an empty pattern', { pattern: '' }],
    ['a missing id', { id: undefined }],
  ])('rejects a cue with %s, naming the entry', (_label, change) => {
    const message = loadOrReject(() => createLexicon({ name: 'broken', cues: [{ ...GOOD_CUE, ...change }] }));
    expect(message).not.toBe('ok');
    expect(message).toMatch(/entry (test\.cue|cues\[0\])/);
  });

  it('rejects a file that is not JSON, naming the file', () => {
    const file = join(work, 'not-json.json');
    writeFileSync(file, '{"cues": [');
    expect(loadOrReject(() => loadLexicon(file, { mode: 'replace' }), file)).toContain(file);
  });
});

describe('actor registry files', () => {
  it('with poison keys anywhere, load or are rejected naming the file, and never pollute Object.prototype', () => {
    let n = 0;
    fc.assert(
      fc.property(fc.constantFrom(...POISON_KEYS), poisonPlacement, (key, placement) => {
        n += 1;
        const file = join(work, `registry-${n}.json`);
        writeFileSync(file, poisoned(withPoison({}, 'actors', GOOD_ACTOR, placement), key));
        loadOrReject(() => loadActorRegistry(file), file);
        expectUnpolluted();
      }),
      { numRuns: 40, seed: 21 },
    );
  });

  it('from arbitrary JSON values, are created or rejected with a StanceShiftError, never a TypeError', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        loadOrReject(() => createActorRegistry(value));
        loadOrReject(() => createActorRegistry({ actors: [value] }));
        loadOrReject(() => createActorRegistry({ actors: [GOOD_ACTOR], officials: [value] }));
        expectUnpolluted();
      }),
      { numRuns: 200, seed: 22 },
    );
  });

  it('an actor named "__proto__" or "constructor" is an ordinary actor, found by its name', () => {
    for (const id of ['__proto__', 'constructor', 'hasOwnProperty']) {
      const result = loadOrReject(() => createActorRegistry({ actors: [{ id, kind: 'state', names: [id] }] }));
      expect([id, result]).toEqual([id, 'ok']);
    }
    expectUnpolluted();
  });
});
