import { createRequire } from 'node:module';
import type { Lexicon } from '../lexicon/createLexicon';
import type { Nlp } from '../nlp';
import { prepareText } from '../scoring/prepareText';
import { createPatternIndex, dropContained } from '../scoring/findMatches';
import { DIMENSIONS, type Dimension, type Label } from '../types';

/** A baseline predicts a label per dimension for a statement. */
export interface Baseline {
  readonly id: string;
  readonly description: string;
  predict(text: string): Readonly<Record<Dimension, Label>>;
}

const sign = (x: number): Label => (x > 0 ? 1 : x < 0 ? -1 : 0);

/**
 * Majority class: every statement gets, on each dimension, the most frequent gold label of the evaluated set
 * (ties go to 0, then to the smaller label).
 *
 * @example
 * majorityBaseline({ engagement: [1, 1, 0], recognition: [0], threat: [] }).predict('x').engagement; // 1
 */
export function majorityBaseline(goldLabels: Readonly<Record<Dimension, readonly Label[]>>): Baseline {
  const pick = (labels: readonly Label[]): Label => {
    const counts = new Map<Label, number>([[0, 0], [-1, 0], [1, 0]]);
    for (const l of labels) counts.set(l, (counts.get(l) ?? 0) + 1);
    return [...counts.entries()].reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
  };
  const labels = Object.fromEntries(DIMENSIONS.map((d) => [d, pick(goldLabels[d])])) as Record<Dimension, Label>;
  return { id: 'majority', description: 'most frequent gold label per dimension', predict: () => labels };
}

/**
 * Keyword count: the sign of (positive minus negative) lexicon cue matches per dimension, with no rule at all (no
 * negation, no target check, no hedges). It shows what the rules add over the word lists alone.
 *
 * @example
 * keywordBaseline(defaultLexicon(), nlp).predict('Russia is not planning to negotiate.').engagement; // 1 (negation ignored)
 */
export function keywordBaseline(lexicon: Lexicon, nlp: Nlp): Baseline {
  const index = createPatternIndex(lexicon.cues, (c) => c.pattern);
  return {
    id: 'keywords',
    description: 'lexicon cue counts without negation or any other rule',
    predict(text) {
      const sums: Record<Dimension, number> = { engagement: 0, recognition: 0, threat: 0 };
      for (const m of dropContained(index.find(prepareText(text, nlp).tokens))) sums[m.item.entry.dimension] += m.item.entry.sign;
      return { engagement: sign(sums.engagement), recognition: sign(sums.recognition), threat: sign(sums.threat) };
    },
  };
}

interface Vader {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
}

/** VADER's conventional neutral band for the compound score. */
export const VADER_NEUTRAL = 0.05;

/**
 * vader-sentiment mapped to labels: compound >= 0.05 gives +1 and <= -0.05 gives -1 on every dimension (except
 * threat, where negative sentiment is read as +1 threat). A general sentiment model, not a stance model.
 *
 * @example
 * vaderBaseline().predict('Talks were positive and constructive.').engagement; // 1
 */
export function vaderBaseline(): Baseline {
  const vader = createRequire(import.meta.url)('vader-sentiment') as Vader;
  return {
    id: 'vader',
    description: `vader-sentiment compound score, |compound| >= ${VADER_NEUTRAL} mapped to ±1`,
    predict(text) {
      const c = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
      const label: Label = c >= VADER_NEUTRAL ? 1 : c <= -VADER_NEUTRAL ? -1 : 0;
      return { engagement: label, recognition: label, threat: (-label || 0) as Label };
    },
  };
}
