import type { ActorRegistry } from '../attribution/ActorRegistry';
import { defaultActorRegistry } from '../attribution/defaultActorRegistry';
import { defaultNlp, type Nlp } from '../nlp';
import type { Scorer } from '../scoring/createScorer';
import { createStanceScorer } from './createStanceScorer';
import { weakMemo } from './weakMemo';

/** What document analysis needs that is costly to build: the registry, the NLP adapter and the scorer. */
export interface AnalysisParts {
  readonly registry: ActorRegistry;
  readonly nlp: Nlp;
  readonly scorer: Scorer;
}

/**
 * Scorers built for a registry and an NLP adapter, by those two objects: building one compiles the lexicon and the
 * registry's party names (tens of milliseconds), and `analyzeDocument(doc, { target })` called in a loop passes a new
 * options object each time. A scorer depends on nothing else and keeps nothing between calls but caches, so one
 * built for the same pair serves every call.
 */
const stanceScorers = weakMemo((registry: ActorRegistry) => weakMemo((nlp: Nlp): Scorer => createStanceScorer({ registry, nlp })));

/**
 * The parts of an analysis: those the caller gives, the defaults for the rest (a scorer built on the given registry
 * and NLP adapter, built once for each pair of them).
 *
 * @example
 * analysisParts({}).scorer === analysisParts({}).scorer; // true: the default scorer with the default registry's parties
 */
export function analysisParts(options: { readonly registry?: ActorRegistry; readonly nlp?: Nlp; readonly scorer?: Scorer }): AnalysisParts {
  const registry = options.registry ?? defaultActorRegistry();
  const nlp = options.nlp ?? defaultNlp();
  return { registry, nlp, scorer: options.scorer ?? stanceScorers(registry)(nlp) };
}
