import { optimizeInForeground } from './optimizeInForeground';
import { youngGenerationHold } from './youngGenerationHold';

/**
 * Tunes a process that runs the analysis on worker threads and is the command's own (never a library caller's):
 * the workers started afterwards optimise their hot code themselves ({@link optimizeInForeground}), and this thread,
 * which only reads and writes, keeps a small young generation. Returns the hold's check
 * ({@link youngGenerationHold}), to call as results arrive.
 *
 * @example
 * const hold = tuneOwnProcess();
 * for await (const chunk of analyzeParallelJsonl(docs, options)) { hold(); write(chunk.text); }
 */
export function tuneOwnProcess(): () => boolean {
  optimizeInForeground();
  return youngGenerationHold();
}
