import type { ActorRegistry } from '../attribution/ActorRegistry';
import { defaultActorRegistry } from '../attribution/defaultActorRegistry';
import { defaultNlp, type Nlp } from '../nlp';
import type { Scorer } from '../scoring/createScorer';
import { createStanceScorer } from './createStanceScorer';

/** What document analysis needs that is costly to build: the registry, the NLP adapter and the scorer. */
export interface AnalysisParts {
  readonly registry: ActorRegistry;
  readonly nlp: Nlp;
  readonly scorer: Scorer;
}

/**
 * The parts of an analysis: those the caller gives, the defaults for the rest (a scorer built on the given registry
 * and NLP adapter).
 *
 * @example
 * analysisParts({}).scorer; // the default scorer with the default registry's parties
 */
export function analysisParts(options: { readonly registry?: ActorRegistry; readonly nlp?: Nlp; readonly scorer?: Scorer }): AnalysisParts {
  const registry = options.registry ?? defaultActorRegistry();
  const nlp = options.nlp ?? defaultNlp();
  return { registry, nlp, scorer: options.scorer ?? createStanceScorer({ registry, nlp }) };
}
