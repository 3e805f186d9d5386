import type { ActorRegistry } from '../attribution/ActorRegistry';
import { loadActorRegistry } from '../attribution/loadActorRegistry';
import { StanceShiftError } from '../errors';
import type { Lexicon } from '../lexicon/createLexicon';
import { defaultLexicon } from '../lexicon/defaultLexicon';
import { loadLexicon } from '../lexicon/loadLexicon';

/**
 * The lexicon and actor registry of `--lexicon`, `--lexicon-mode` and `--registry`, read and validated, without
 * building a scorer (which loads the NLP model): what a command that analyses on worker threads needs.
 */
export function dataFromOptions(values: ReadonlyMap<string, string>): { lexicon: Lexicon; registry?: ActorRegistry } {
  const lexiconFile = values.get('lexicon');
  const mode = values.get('lexicon-mode') ?? 'extend';
  if (mode !== 'extend' && mode !== 'replace') throw new StanceShiftError('invalid-option', `--lexicon-mode must be extend or replace, got "${mode}"`);
  const lexicon = lexiconFile === undefined ? defaultLexicon() : loadLexicon(lexiconFile, { mode, base: defaultLexicon() });
  const registryFile = values.get('registry');
  return registryFile === undefined ? { lexicon } : { lexicon, registry: loadActorRegistry(registryFile) };
}
