import { createLexicon, defaultLexicon, extendLexicon, type CueEntry } from '../../src/lexicon';
import { DataValidationError } from '../../src/errors';

const cue: CueEntry = { id: 'eng.summit', pattern: 'summit', dimension: 'engagement', sign: 1, weight: 0.7, note: 'meeting at the top' };
const modifier = { id: 'neg.hardly', pattern: 'hardly', kind: 'negator', direction: 'forward', note: 'weak negation' };

describe('createLexicon', () => {
  it('validates and compiles cues and modifiers', () => {
    const lexicon = createLexicon({ name: 'mine.json', cues: [cue], modifiers: [modifier] });
    expect(lexicon.name).toBe('mine.json');
    expect(lexicon.cues.map((c) => c.entry.id)).toEqual(['eng.summit']);
    expect(lexicon.modifiers[0]?.entry.kind).toBe('negator');
    expect(lexicon.toData().cues[0]).toEqual(cue);
  });

  it('keeps the optional cue flags it was given, and only those', () => {
    const flagged = { ...cue, noOpposite: true, implicitTarget: true, claimantOwner: true };
    expect(createLexicon({ cues: [flagged] }).toData().cues[0]).toEqual(flagged);
  });

  it.each<[unknown, RegExp, string]>([
    [{ cues: [{ ...cue, dimension: 'friendship' }] }, /entry eng\.summit: unknown dimension "friendship"/, 'unknown dimension'],
    [{ cues: [{ ...cue, weight: 1.5 }] }, /entry eng\.summit: "weight" must be a number in \(0, 1\]/, 'weight out of range'],
    [{ cues: [{ ...cue, weight: 0 }] }, /"weight" must be a number in \(0, 1\]/, 'zero weight'],
    [{ cues: [{ ...cue, sign: 2 }] }, /"sign" must be 1 or -1/, 'bad sign'],
    [{ cues: [cue, { ...cue }] }, /entry eng\.summit: duplicate id/, 'duplicate id'],
    [{ cues: [cue, { ...cue, id: 'eng.summit2' }] }, /entry eng\.summit2: same pattern and dimension as "eng\.summit"/, 'duplicate pattern'],
    [{ cues: [{ ...cue, note: '' }] }, /needs a "note"/, 'no provenance'],
    [{ cues: [{ ...cue, colour: 'red' }] }, /unknown key "colour"/, 'typo in a key'],
    [{ cues: [{ ...cue, noOpposite: 'yes' }] }, /entry eng\.summit: "noOpposite" must be true or false/, 'a flag that is not a boolean'],
    [{ cues: [{ ...cue, claimantOwner: 1 }] }, /entry eng\.summit: "claimantOwner" must be true or false/, '... the territory flag too'],
    [{ cues: [{ ...cue, targetSubject: 'no' }] }, /entry eng\.summit: "targetSubject" must be true or false/, '... and the doer flag'],
    [{ cues: [JSON.parse('{"id":"x","pattern":"a","dimension":"threat","sign":1,"weight":0.5,"note":"n","__proto__":{"polluted":true}}')] }, /unknown key "__proto__"/, 'prototype key'],
    [{ modifiers: [{ ...modifier, kind: 'booster' }] }, /entry neg\.hardly: unknown kind "booster"/, 'unknown modifier kind'],
    [{ modifiers: [{ ...modifier, kind: 'hedge' }] }, /a hedge needs a "factor"/, 'hedge without factor'],
    [{ modifiers: [{ ...modifier, negation: 'sometimes' }] }, /"negation" is for negators only/, 'bad negation class'],
    [{ cues: 'all of them' }, /"cues" must be an array/, 'cues not an array'],
    [[cue], /a lexicon must be an object/, 'an array instead of an object'],
  ])('rejects %j with a message naming the file and entry (%s)', (data, message) => {
    const run = () => createLexicon(data, { source: 'bad.json' });
    expect(run).toThrow(DataValidationError);
    expect(run).toThrow(message);
    expect(run).toThrow(/^bad\.json: /);
  });

  it('cannot pollute Object.prototype through a lexicon file', () => {
    try {
      createLexicon(JSON.parse('{"cues":[],"__proto__":{"polluted":true}}'), { source: 'evil.json' });
    } catch {
      // rejected, as it should be
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('defaultLexicon', () => {
  it('loads once and covers the three dimensions and every rule kind', () => {
    const lexicon = defaultLexicon();
    expect(defaultLexicon()).toBe(lexicon);
    const dims = new Set(lexicon.cues.map((c) => c.entry.dimension));
    expect([...dims].sort()).toEqual(['engagement', 'recognition', 'threat']);
    const kinds = new Set(lexicon.modifiers.map((m) => m.entry.kind));
    for (const k of ['negator', 'hedge', 'condition', 'intensifier', 'contrast', 'concession', 'trap', 'reporting', 'other-party']) expect(kinds).toContain(k);
  });
});

describe('extendLexicon', () => {
  it('adds entries, replaces same-id entries and removes on request', () => {
    const base = createLexicon({ name: 'base', cues: [cue, { ...cue, id: 'eng.forum', pattern: 'forum' }] });
    const extended = extendLexicon(base, { name: 'ext.json', cues: [{ ...cue, weight: 0.9, note: 'stronger here' }, { ...cue, id: 'eng.waiver', pattern: 'waiver' }] }, { remove: ['eng.forum'] });
    expect(extended.cues.map((c) => [c.entry.id, c.entry.weight])).toEqual([
      ['eng.summit', 0.9],
      ['eng.waiver', 0.7],
    ]);
    expect(base.cues).toHaveLength(2);
  });

  it('names the extension file when one of its entries is bad', () => {
    expect(() => extendLexicon(defaultLexicon(), { name: 'syria.json', cues: [{ ...cue, sign: 0 as 1 }] })).toThrow(/^syria\.json: entry eng\.summit/);
  });
});
