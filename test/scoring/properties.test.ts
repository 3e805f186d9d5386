import fc from 'fast-check';
import { createScorer, defaultRules, DEFAULT_CONSTANTS, type ScoringRule } from '../../src/scoring';
import { defaultLexicon } from '../../src/lexicon';
import { scoreStatement } from '../../src/stance/scoreStatement';
import { DIMENSIONS } from '../../src/types';
import { InvalidOptionError } from '../../src/errors';

/** Sentences built from cue words, negators, hedges and names, so that the rules actually fire. */
const WORDS = [
  'Russia', 'the', 'Taliban', 'not', 'no', 'never', 'talks', 'recognise', 'recognition', 'but', 'however', 'if', 'could',
  'officially', 'embassy', 'evacuated', 'closed', 'sanctions', 'lifted', 'threat', 'enemies', 'with', 'them', 'all',
  'countries', 'premature', 'on', 'table', 'is', 'has', 'will', ',', '.', '"', 'Kabul', 'in', '2003', 'designated', 'as',
  'terrorist', 'organisation', 'Erdoğan', 'مرحبا', '😀',
];
const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((w) => w.join(' '));

describe('scorer invariants', () => {
  it('keeps scores in [-1, 1], labels consistent with the threshold, and evidence pointing at its words', () => {
    fc.assert(
      fc.property(fc.oneof(sentence, fc.string({ maxLength: 200 })), (text) => {
        const s = scoreStatement(text, { target: 'Taliban' });
        for (const d of DIMENSIONS) {
          const { score, label } = s[d];
          expect(score).toBeGreaterThanOrEqual(-1);
          expect(score).toBeLessThanOrEqual(1);
          expect(label).toBe(Math.abs(score) >= DEFAULT_CONSTANTS.labelThreshold ? Math.sign(score) : 0);
        }
        for (const e of s.evidence) {
          expect(text.slice(e.span.start, e.span.end)).toBe(e.cue);
          expect(Math.abs(e.weight)).toBeLessThanOrEqual(1);
        }
        if (s.evidence.length === 0) expect([s.engagement.score, s.recognition.score, s.threat.score]).toEqual([0, 0, 0]);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same text gives the same result', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(JSON.stringify(scoreStatement(text, { target: 'Taliban' }))).toBe(JSON.stringify(scoreStatement(text, { target: 'Taliban' })));
      }),
      { numRuns: 100 },
    );
  });

  it('gives a neutral score with no evidence for empty and cue-less text', () => {
    for (const text of ['', '   ', 'The weather in Kabul was mild.', '\u0000\u0001\uFFFD']) {
      const s = scoreStatement(text, { target: 'Taliban' });
      expect([s.engagement.label, s.recognition.label, s.threat.label, s.phase]).toEqual([0, 0, 0, 'no signal']);
    }
  });
});

describe('createScorer', () => {
  const lexicon = defaultLexicon();

  it('runs custom rules in order and is customised with with(), never mutated', () => {
    const halve: ScoringRule = {
      id: 'halve',
      description: 'halves every cue (a study design that discounts everything)',
      apply: (cues) => cues.map((c) => ({ ...c, weight: c.weight / 2, applied: [...c.applied, { ruleId: 'halve', factor: 0.5, reason: 'test' }] })),
    };
    const base = createScorer({ lexicon, rules: defaultRules });
    const halved = base.with({ rules: [...defaultRules, halve] });
    const text = 'Russia holds talks with the Taliban.';
    const a = base.score(text, { target: 'Taliban' }).engagement.score;
    const b = halved.score(text, { target: 'Taliban' }).engagement.score;
    expect(b).toBeCloseTo(a / 2, 4);
    expect(base.config.rules).toBe(defaultRules);
  });

  it('applies refiners after the rules', () => {
    const scorer = createScorer({
      lexicon,
      rules: defaultRules,
      refiners: [{ id: 'no-threat', refine: (s) => ({ ...s, threat: { score: 0, label: 0 } }) }],
    });
    expect(scorer.score('They are our enemies.', { target: 'Taliban' }).threat.label).toBe(0);
  });

  it.each([
    [{ lexicon, rules: defaultRules, constants: { labelThreshold: 0 } }, /constants\.labelThreshold/],
    [{ lexicon, rules: defaultRules, constants: { precision: 2.5 } }, /constants\.precision/],
    [{ lexicon, rules: [{ id: 'x' }] }, /"rules"/],
    [{ lexicon: {}, rules: defaultRules }, /"lexicon"/],
  ])('rejects a bad option naming it', (config, message) => {
    expect(() => createScorer(config as never)).toThrow(InvalidOptionError);
    expect(() => createScorer(config as never)).toThrow(message);
  });

  it('recognises known parties from a registry-like list and never the actor itself', () => {
    const scorer = createScorer({ lexicon, rules: defaultRules, parties: [{ id: 'India', names: ['India', 'New Delhi', 'Indian'] }, { id: 'Russia', names: ['Russia', 'Moscow'] }] });
    expect(scorer.score('Russia held talks with India.', { actor: 'Russia', target: 'Taliban' }).engagement.label).toBe(0);
    expect(scorer.score('India held talks in Moscow with the Taliban.', { actor: 'India', target: 'Taliban' }).engagement.label).toBe(1);
  });
});
