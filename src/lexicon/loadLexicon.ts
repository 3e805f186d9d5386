import { readFileSync } from 'node:fs';
import { DataValidationError } from '../errors';
import { createLexicon, type Lexicon } from './createLexicon';
import { extendLexicon } from './extendLexicon';
import type { LexiconData } from './types';

/** Options of {@link loadLexicon}. */
export interface LoadLexiconOptions {
  /** `extend` (default) adds the file's entries to `base`; `replace` uses the file alone. */
  readonly mode?: 'extend' | 'replace';
  /** The lexicon to extend (required with `extend`). */
  readonly base?: Lexicon;
}

/**
 * Reads a lexicon JSON file (Node only). Unreadable files, invalid JSON and invalid entries throw a
 * {@link DataValidationError} naming the file, the entry and the problem.
 *
 * @example
 * const lexicon = loadLexicon('my-cues.json', { base: defaultLexicon() });
 */
export function loadLexicon(path: string, options: LoadLexiconOptions = {}): Lexicon {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new DataValidationError(path, '(file)', `cannot be read as JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const mode = options.mode ?? 'extend';
  if (mode === 'replace') return createLexicon(data, { source: path });
  if (options.base === undefined) throw new DataValidationError(path, '(file)', 'extending needs a base lexicon; pass { base: defaultLexicon() }');
  const named = typeof data === 'object' && data !== null && !Array.isArray(data) ? { ...(data as LexiconData), name: path } : data;
  return extendLexicon(options.base, named as LexiconData, { name: `${options.base.name}+${path}` });
}
