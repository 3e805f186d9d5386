import type { DatedScore } from '../types';
import { InvalidOptionError } from '../errors';

/** Weight of a statement by how it reports its speaker's words. */
export interface QuoteWeights {
  /** The speaker's own words in quotation marks. */
  readonly direct: number;
  /** Reported speech ("Lavrov said that ..."). */
  readonly reported: number;
  /** The narrator's own sentence: headline, caption, description of an act. */
  readonly none: number;
  /** The input does not say (`quote` missing, as in data from elsewhere). */
  readonly unknown: number;
}

/**
 * Default statement weights. A direct quote is the actor's stance in its own words (1.0); reported speech passes
 * through a journalist's paraphrase (0.8); narration describes rather than states a stance and is where keyword
 * traps live (0.6). Records that do not say how they quote are not penalised (1.0).
 */
export const DEFAULT_QUOTE_WEIGHTS: QuoteWeights = { direct: 1, reported: 0.8, none: 0.6, unknown: 1 };

/** Statement weights: per quote kind, or a function of the statement (returning a positive finite number). */
export type TimelineWeights = Partial<QuoteWeights> | ((statement: DatedScore) => number);

/** The weighting a timeline uses, resolved: numbers per quote kind, or a custom function. */
export type ResolvedWeights = QuoteWeights | ((statement: DatedScore) => number);

/**
 * Fills in defaults and validates the weights option; throws {@link InvalidOptionError} naming the bad entry.
 *
 * @example
 * resolveWeights({ none: 0.5 }); // { direct: 1, reported: 0.8, none: 0.5, unknown: 1 }
 */
export function resolveWeights(weights: TimelineWeights | undefined): ResolvedWeights {
  if (typeof weights === 'function') return weights;
  const out = { ...DEFAULT_QUOTE_WEIGHTS, ...(weights ?? {}) };
  for (const key of Object.keys(out) as (keyof QuoteWeights)[]) {
    const v = out[key];
    if (!(typeof v === 'number' && v > 0 && Number.isFinite(v))) {
      throw new InvalidOptionError(`weights.${key}`, `must be a positive finite number, got ${String(v)}`);
    }
  }
  for (const key of Object.keys(weights ?? {})) {
    if (!(key in DEFAULT_QUOTE_WEIGHTS)) throw new InvalidOptionError(`weights.${key}`, `unknown quote kind; use direct, reported, none or unknown`);
  }
  return out;
}

/**
 * The weight of one statement.
 *
 * @example
 * timelineWeight({ quote: 'reported' } as DatedScore, DEFAULT_QUOTE_WEIGHTS); // 0.8
 */
export function timelineWeight(statement: DatedScore, weights: ResolvedWeights): number {
  if (typeof weights === 'function') {
    const w = weights(statement);
    if (!(typeof w === 'number' && w > 0 && Number.isFinite(w))) {
      throw new InvalidOptionError('weights', `the weight function returned ${String(w)} for a statement dated ${statement.date}; weights must be positive and finite`);
    }
    return w;
  }
  const kind = statement.quote;
  return kind === 'direct' || kind === 'reported' || kind === 'none' ? weights[kind] : weights.unknown;
}
