import type { Lexicon } from '../lexicon/createLexicon';
import type { Nlp } from '../nlp';
import type { Scorer } from '../scoring/createScorer';
import { DIMENSIONS, type Dimension, type Label } from '../types';
import { keywordBaseline, majorityBaseline, vaderBaseline } from './baselines';
import { evaluateStatements, type EvaluationReport } from './evaluateStatements';
import type { GoldRecord } from './GoldRecord';

/** Options of {@link evaluateScorer}. */
export interface EvaluateScorerOptions {
  /** Lexicon for the keyword baseline (the scorer's own, so the comparison isolates the rules). */
  readonly lexicon: Lexicon;
  readonly nlp: Nlp;
  /** Include the vader-sentiment baseline (default true). */
  readonly vader?: boolean;
}

/**
 * Scores gold statements as lone statements (actor, target and aliases from each record) and compares the scorer
 * with three baselines computed in the same run: majority class, keyword counts and vader-sentiment.
 *
 * @example
 * const report = evaluateScorer(records, createStanceScorer(), { lexicon: defaultLexicon(), nlp: defaultNlp() });
 * report.systems[0]?.dimensions.recognition?.macroF1; // e.g. 0.86
 */
export function evaluateScorer(records: readonly GoldRecord[], scorer: Scorer, options: EvaluateScorerOptions): EvaluationReport {
  const usable = records.filter((r) => r.ambiguous !== true);
  const labels = Object.fromEntries(
    DIMENSIONS.map((d) => [d, usable.flatMap((r) => (r[d] === null || r[d] === undefined ? [] : [r[d] as Label]))]),
  ) as Record<Dimension, Label[]>;
  const baselines = [majorityBaseline(labels), keywordBaseline(options.lexicon, options.nlp), ...(options.vader === false ? [] : [vaderBaseline()])];
  return evaluateStatements(
    records,
    {
      id: 'stance-shift',
      description: 'lexicon and codebook rules',
      predict: (r) => {
        const s = scorer.score(r.text, { actor: r.actor ?? null, target: r.target ?? null, targetAliases: r.targetAliases ?? [] });
        return { engagement: s.engagement.label, recognition: s.recognition.label, threat: s.threat.label };
      },
    },
    baselines,
  );
}
