import type { ActorRegistry } from '../attribution/ActorRegistry';
import { defaultActorRegistry } from '../attribution/defaultActorRegistry';
import type { Lexicon } from '../lexicon/createLexicon';
import { defaultLexicon } from '../lexicon/defaultLexicon';
import type { Nlp } from '../nlp';
import type { ScoringConstants } from '../scoring/constants';
import { createScorer, type Scorer } from '../scoring/createScorer';
import { defaultRules } from '../scoring/defaultRules';
import type { ScoringRule } from '../scoring/ScoringRule';
import { registryParties } from './registryParties';
import { defaultTargets, type TargetCatalog } from './targetCatalog';

/** Options of {@link createStanceScorer}. */
export interface CreateStanceScorerOptions {
  readonly lexicon?: Lexicon;
  readonly registry?: ActorRegistry;
  readonly rules?: readonly ScoringRule[];
  readonly nlp?: Nlp;
  readonly constants?: Partial<ScoringConstants>;
  /** Targets whose aliases are added to those a call gives (default: data/targets.json); null for none. */
  readonly targets?: TargetCatalog | null;
}

/**
 * A scorer whose target check knows every party of an actor registry, so that "talks in New Delhi with Indian
 * officials" is recognised as talks with someone other than the target. The registry's parties that are the actor
 * or belong to the target (a name inside one of the target's aliases) never count as "another party". A target the
 * catalogue knows (data/targets.json) brings its aliases to every call, and its claimant (the state that claims its
 * territory) to the cues about a state's own territory.
 *
 * @example
 * createStanceScorer().score('Russia held talks with India.', { actor: 'Russia', target: 'Taliban' }).engagement.label; // 0
 */
export function createStanceScorer(options: CreateStanceScorerOptions = {}): Scorer {
  const targets = options.targets === null ? null : (options.targets ?? defaultTargets());
  return createScorer({
    lexicon: options.lexicon ?? defaultLexicon(),
    rules: options.rules ?? defaultRules,
    parties: registryParties(options.registry ?? defaultActorRegistry()),
    ...(targets === null
      ? {}
      : {
          knownAliases: (target: string) => targets.find(target)?.aliases ?? [],
          claimants: (target: string) => {
            const claimant = targets.find(target)?.claimant;
            return claimant === undefined ? [] : [claimant];
          },
        }),
    ...(options.nlp !== undefined ? { nlp: options.nlp } : {}),
    ...(options.constants !== undefined ? { constants: options.constants } : {}),
  });
}
