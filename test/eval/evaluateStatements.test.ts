import type { Baseline } from '../../src/eval/baselines';
import { evaluateScorer } from '../../src/eval/evaluateScorer';
import { evaluateStatements, type Predictor } from '../../src/eval/evaluateStatements';
import type { GoldRecord } from '../../src/eval/GoldRecord';
import { defaultLexicon } from '../../src/lexicon/defaultLexicon';
import { defaultNlp } from '../../src/nlp';
import type { ScoreOptions, Scorer } from '../../src/scoring/createScorer';
import type { Dimension, Label, StatementScore } from '../../src/types';

const gold = (id: string, text: string, labels: Partial<Record<Dimension, Label | null>>, extra: Partial<GoldRecord> = {}): GoldRecord => ({
  id,
  text,
  engagement: null,
  recognition: null,
  threat: null,
  ...labels,
  ...extra,
});

/** A system that reads its answer from a table keyed by text, so the expected figures can be worked out by hand. */
const fromTable =
  (table: Record<string, Partial<Record<Dimension, Label>>>): Predictor =>
  (r) => ({ engagement: 0, recognition: 0, threat: 0, ...table[r.text] });

const constant = (id: string, label: Label): Baseline => ({
  id,
  description: `always ${label}`,
  predict: () => ({ engagement: label, recognition: label, threat: label }),
});

describe('evaluateStatements', () => {
  const records = [
    gold('a', 'A', { engagement: 1, recognition: -1 }),
    gold('b', 'B', { engagement: -1, recognition: 0 }),
    gold('c', 'C', { engagement: 0, recognition: null }),
    gold('d', 'D', { engagement: 1, recognition: -1 }, { ambiguous: true }),
  ];
  const system = {
    id: 'sys',
    description: 'table',
    predict: fromTable({ A: { engagement: 1, recognition: -1 }, B: { engagement: 1, recognition: 0 }, C: { engagement: 0, recognition: 1 }, D: { engagement: -1 } }),
  };

  it('skips ambiguous items and counts them', () => {
    const report = evaluateStatements(records, system, []);
    expect(report.items).toBe(3);
    expect(report.ambiguous).toBe(1);
  });

  it('computes each dimension over the items that have a gold label on it', () => {
    const report = evaluateStatements(records, system, []);
    const [sys] = report.systems;
    // engagement over A, B, C: gold 1, -1, 0 vs predicted 1, 1, 0 -> 2 of 3 right
    expect(sys?.dimensions.engagement).toMatchObject({ n: 3, accuracy: 0.6667 });
    // F1: -1 -> 0 (never predicted), 0 -> 1, +1 -> 2*1/(1+2) = 0.6667; macro = 0.5556
    expect(sys?.dimensions.engagement?.macroF1).toBe(0.5556);
    // recognition only over A and B (C's gold is null): both right
    expect(sys?.dimensions.recognition).toMatchObject({ n: 2, accuracy: 1, macroF1: 1 });
    // no item has a threat label: the dimension is absent, not a row of zeros
    expect(sys?.dimensions.threat).toBeUndefined();
  });

  it('puts the system first and the baselines after it, each computed on the same items', () => {
    const report = evaluateStatements(records, system, [constant('plus', 1), constant('zero', 0)]);
    expect(report.systems.map((s) => s.id)).toEqual(['sys', 'plus', 'zero']);
    const plus = report.systems[1]!;
    // always +1 on engagement gold 1, -1, 0: 1 of 3 right
    expect(plus.dimensions.engagement).toMatchObject({ n: 3, accuracy: 0.3333 });
    expect(plus.dimensions.recognition).toMatchObject({ n: 2, accuracy: 0 });
    expect(report.systems[2]!.dimensions.recognition).toMatchObject({ n: 2, accuracy: 0.5 });
  });

  it('gives the baselines the record text', () => {
    const seen: string[] = [];
    const spy: Baseline = { id: 'spy', description: 'records texts', predict: (t) => (seen.push(t), { engagement: 0, recognition: 0, threat: 0 }) };
    evaluateStatements(records, system, [spy]);
    expect(seen).toEqual(['A', 'B', 'C']);
  });

  it('lists the system errors with the gold labels it had and what was predicted', () => {
    const report = evaluateStatements(records, system, []);
    // B is wrong on engagement; C's recognition is wrong but has no gold, so C is not an error; D is ambiguous.
    expect(report.errors).toEqual([{ id: 'b', text: 'B', gold: { engagement: -1, recognition: 0 }, predicted: { engagement: 1, recognition: 0, threat: 0 } }]);
  });

  it('handles no records at all without NaN', () => {
    const report = evaluateStatements([], system, [constant('zero', 0)]);
    expect(report).toEqual({ items: 0, ambiguous: 0, systems: [{ id: 'sys', description: 'table', dimensions: {} }, { id: 'zero', description: 'always 0', dimensions: {} }], errors: [] });
  });
});

describe('evaluateScorer', () => {
  const lexicon = defaultLexicon();
  const nlp = defaultNlp();

  /** A scorer stub: answers +1 engagement for texts with "talk", records the options it was called with. */
  function stubScorer(): { scorer: Scorer; calls: { text: string; options: ScoreOptions | undefined }[] } {
    const calls: { text: string; options: ScoreOptions | undefined }[] = [];
    const zero = { score: 0, label: 0 as Label };
    const scorer = {
      score(text: string, options?: ScoreOptions): StatementScore {
        calls.push({ text, options });
        const e = /talk/.test(text) ? { score: 0.8, label: 1 as Label } : zero;
        return { engagement: e, recognition: zero, threat: zero, phase: 'no signal', evidence: [] };
      },
    } as unknown as Scorer;
    return { scorer, calls };
  }

  const records = [
    gold('1', 'They will talk soon.', { engagement: 1 }, { actor: 'Norway', target: 'Taliban', targetAliases: ['IEA'] }),
    gold('2', 'Nothing happened.', { engagement: 0 }),
    gold('3', 'They will not talk.', { engagement: -1 }),
    gold('4', 'Unclear talk.', { engagement: 1 }, { ambiguous: true }),
  ];

  it('compares the scorer with majority, keywords and vader, in that order', () => {
    const { scorer } = stubScorer();
    const report = evaluateScorer(records, scorer, { lexicon, nlp });
    expect(report.systems.map((s) => s.id)).toEqual(['stance-shift', 'majority', 'keywords', 'vader']);
    expect(report.items).toBe(3);
    expect(report.ambiguous).toBe(1);
    // the stub: +1, 0, +1 against gold 1, 0, -1
    expect(report.systems[0]!.dimensions.engagement).toMatchObject({ n: 3, accuracy: 0.6667 });
  });

  it('drops vader when asked', () => {
    const { scorer } = stubScorer();
    expect(evaluateScorer(records, scorer, { lexicon, nlp, vader: false }).systems.map((s) => s.id)).toEqual(['stance-shift', 'majority', 'keywords']);
  });

  it('builds the majority baseline from the non-ambiguous gold only', () => {
    const { scorer } = stubScorer();
    const more = [...records, gold('5', 'x', { engagement: 1 }, { ambiguous: true }), gold('6', 'y', { engagement: 1 }, { ambiguous: true })];
    const report = evaluateScorer(more, scorer, { lexicon, nlp, vader: false });
    // usable gold: 1, 0, -1 (a three-way tie, so 0); the ambiguous +1s must not tip it to +1
    const majority = report.systems.find((s) => s.id === 'majority')!;
    expect(majority.dimensions.engagement?.matrix.map((row) => row[1])).toEqual([1, 1, 1]);
  });

  it('scores each record as a lone statement with its own actor, target and aliases (null and [] when missing)', () => {
    const { scorer, calls } = stubScorer();
    evaluateScorer(records, scorer, { lexicon, nlp, vader: false });
    expect(calls).toEqual([
      { text: 'They will talk soon.', options: { actor: 'Norway', target: 'Taliban', targetAliases: ['IEA'] } },
      { text: 'Nothing happened.', options: { actor: null, target: null, targetAliases: [] } },
      { text: 'They will not talk.', options: { actor: null, target: null, targetAliases: [] } },
    ]);
  });
});
