import { readFileSync } from 'node:fs';
import { DataValidationError, InvalidOptionError } from '../errors';
import type { ActorRegistry } from './ActorRegistry';
import { createActorRegistry } from './createActorRegistry';
import { defaultActorRegistry } from './defaultActorRegistry';

/** Options of {@link loadActorRegistry}. */
export interface LoadActorRegistryOptions {
  /**
   * `extend` (default) adds the file's entries to the default registry, replacing entries with the same id;
   * `replace` uses the file alone.
   */
  readonly mode?: 'extend' | 'replace';
}

/**
 * Reads an actor registry JSON file (Node only; the main entry never imports `fs`) and validates it.
 *
 * @example
 * const registry = loadActorRegistry('my-actors.json'); // default registry plus the file's entries
 * const only = loadActorRegistry('my-actors.json', { mode: 'replace' });
 * @throws InvalidOptionError for a bad `mode`; DataValidationError when the file is unreadable, not JSON or invalid (naming the entry and the fix).
 */
export function loadActorRegistry(path: string, options: LoadActorRegistryOptions = {}): ActorRegistry {
  const mode = options.mode ?? 'extend';
  if (mode !== 'extend' && mode !== 'replace') {
    throw new InvalidOptionError('mode', `expected "extend" or "replace", got ${JSON.stringify(mode)}`);
  }
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new DataValidationError(path, '(file)', `cannot read the file: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new DataValidationError(path, '(file)', `not valid JSON (${(error as Error).message}): fix the syntax`);
  }
  if (mode === 'replace') return createActorRegistry(parsed, { file: path });
  return defaultActorRegistry().extend(parsed as never, { file: path });
}
