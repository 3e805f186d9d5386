import { createNlp, type Nlp } from './createNlp';

let shared: Nlp | undefined;

/**
 * The NLP adapter with the default model, created on first use (never at import) and shared afterwards.
 * It is stateless between calls, so sharing it cannot leak state from one text to another.
 *
 * @example
 * defaultNlp().read('Talks began.').sentences.length; // 1
 */
export function defaultNlp(): Nlp {
  shared ??= createNlp();
  return shared;
}
